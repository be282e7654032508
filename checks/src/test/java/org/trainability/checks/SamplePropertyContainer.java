package org.trainability.checks;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Two properties for testing {@link PropertyCheck}: one true, one false. Named so that surefire
 * does not run it as a test.
 */
public class SamplePropertyContainer {

    @Property(tries = 1000, seed = "4242")
    void additionCommutes(@ForAll @IntRange(max = 1000) int a, @ForAll @IntRange(max = 1000) int b) {
        if (a + b != b + a) {
            throw new AssertionError("addition does not commute");
        }
    }

    @Property(tries = 1000, seed = "4242")
    void subtractionCommutes(@ForAll @IntRange(max = 1000) int a, @ForAll @IntRange(max = 1000) int b) {
        if (a - b != b - a) {
            throw new AssertionError(a + " - " + b + " != " + b + " - " + a);
        }
    }

    @Property // deliberately without a seed: PropertyCheck must refuse it (see FixedSeedsTest's exception)
    void unseeded(@ForAll int a) {
    }
}

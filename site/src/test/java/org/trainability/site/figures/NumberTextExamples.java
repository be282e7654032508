package org.trainability.site.figures;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class NumberTextExamples {

    @Example
    void wholeNumbersStayWhole() {
        assertThat(NumberText.format(48)).isEqualTo("48");
        assertThat(NumberText.format(-3)).isEqualTo("-3");
    }

    @Example
    void othersGetSixSignificantDigits() {
        assertThat(NumberText.format(0.958333333)).isEqualTo("0.958333");
        assertThat(NumberText.format(166.7)).isEqualTo("166.7");
    }

    @Example
    void tinyAndHugeGoToENotation() {
        assertThat(NumberText.format(3.5e-17)).isEqualTo("3.5e-17");
        assertThat(NumberText.format(-1.234567e30)).isEqualTo("-1.23457e30");
    }

    @Example
    void nonFiniteByName() {
        assertThat(NumberText.format(Double.NaN)).isEqualTo("NaN");
        assertThat(NumberText.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Property(seed = "20261127", tries = 500)
    void theTextReadsBackWithinSixDigits(@ForAll double x) {
        if (!Double.isFinite(x)) {
            return;
        }
        double back = Double.parseDouble(NumberText.format(x));
        assertThat(Math.abs(back - x)).isLessThanOrEqualTo(Math.abs(x) * 5e-6);
    }
}

package org.trainability.ledger.gate;

import java.util.Arrays;
import java.util.Optional;

/**
 * A check's verdict. {@code unresolved} is what an estimate gets when its chain was too short to
 * trust (docs/math.md §5): it supports nothing, and it is not a failure either.
 */
public enum Verdict {
    PASS("pass"),
    FAIL("fail"),
    UNRESOLVED("unresolved");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Verdict> parse(String label) {
        return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}

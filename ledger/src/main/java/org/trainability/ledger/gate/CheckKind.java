package org.trainability.ledger.gate;

import java.util.Arrays;
import java.util.Optional;

/** What a check is: a jqwik property, a numerical run of the engine, or a run at scale. */
public enum CheckKind {
    PROPERTY("property"),
    NUMERICAL("numerical"),
    AT_SCALE("at-scale");

    private final String label;

    CheckKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Numerical and at-scale checks both run the engine on concrete models. */
    public boolean isNumerical() {
        return this != PROPERTY;
    }

    public static Optional<CheckKind> parse(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}

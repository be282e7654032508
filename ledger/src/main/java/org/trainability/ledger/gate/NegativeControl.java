package org.trainability.ledger.gate;

import java.util.Arrays;
import java.util.Optional;

/**
 * What happened when a check was run on an input it must reject (a non-reversible kernel for A2,
 * a broken symmetry for O1.c, a window far below τ for A6).
 */
public enum NegativeControl {
    /** The check rejected the bad input: it can discriminate. */
    FAILED_AS_EXPECTED("failed-as-expected"),
    /** The check accepted the bad input: its passes mean nothing. */
    PASSED_UNEXPECTEDLY("passed-unexpectedly"),
    /**
     * The control ended UNRESOLVED or threw: it rejected nothing, so the check's passes support
     * nothing (docs/ledger.md, "What counts as a negative control"); unlike a control that passed,
     * this says nothing against the check either.
     */
    INCONCLUSIVE("inconclusive"),
    /** The check has no negative control, so its passes support nothing. */
    NONE("none");

    private final String label;

    NegativeControl(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<NegativeControl> parse(String label) {
        return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}

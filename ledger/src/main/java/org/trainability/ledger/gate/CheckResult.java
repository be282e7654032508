package org.trainability.ledger.gate;

import java.util.List;
import java.util.Objects;
import org.trainability.ledger.figure.Figures;

/**
 * The outcome of one check run: the single interface through which evidence reaches the gate.
 *
 * @param id              the check's id, unique in a run ({@code A2.detailed-balance})
 * @param kind            property, numerical or at-scale
 * @param verifies        the ledger entries this check is evidence for
 * @param verdict         pass, fail or unresolved
 * @param figures         named figures the check measured
 * @param seed            the seed the run used, as text ({@code "0x5eed"}, or {@code "none"} for a
 *                        deterministic check)
 * @param negativeControl what the check did on its known-bad input
 * @param cases           how many generated cases a property check ran (0 for numerical checks)
 * @param checksStatement true when the check tests the very statement of what it verifies (as
 *                        {@code proven-here} requires), not just a consequence or a supporting fact
 * @param detail          a one-line account of the outcome, for people
 */
public record CheckResult(
        String id,
        CheckKind kind,
        List<String> verifies,
        Verdict verdict,
        Figures figures,
        String seed,
        NegativeControl negativeControl,
        int cases,
        boolean checksStatement,
        String detail) {

    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        verifies = List.copyOf(verifies);
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(negativeControl, "negativeControl");
        Objects.requireNonNull(detail, "detail");
        if (cases < 0) {
            throw new IllegalArgumentException("cases must be non-negative: " + cases);
        }
        if (verifies.isEmpty()) {
            throw new IllegalArgumentException(id + " verifies no entry");
        }
    }

    /** How this result counts at the gate. */
    public Standing standing() {
        if (verdict == Verdict.FAIL) {
            return Standing.FAILED;
        }
        if (verdict == Verdict.UNRESOLVED) {
            return Standing.UNRESOLVED;
        }
        return switch (negativeControl) {
            case FAILED_AS_EXPECTED -> Standing.SUPPORTS;
            case PASSED_UNEXPECTEDLY -> Standing.DISCREDITED;
            case INCONCLUSIVE -> Standing.CONTROL_INCONCLUSIVE;
            case NONE -> Standing.UNCONTROLLED;
        };
    }

    /** How a check result counts at the gate. */
    public enum Standing {
        /** Passed, and its negative control failed as it must: evidence. */
        SUPPORTS,
        /** Failed: demotes what it verifies. */
        FAILED,
        /** Passed, but so did its negative control: it cannot discriminate, so it counts as failed. */
        DISCREDITED,
        /** Passed without a negative control: shown, but supports nothing. */
        UNCONTROLLED,
        /** Passed, but its negative control was unresolved or errored: supports nothing, demotes nothing. */
        CONTROL_INCONCLUSIVE,
        /** Its estimate was not resolved: supports nothing, demotes nothing. */
        UNRESOLVED;

        public boolean countsAsFailure() {
            return this == FAILED || this == DISCREDITED;
        }
    }
}

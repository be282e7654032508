package org.trainability.checks;

import java.util.Objects;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.gate.Verdict;

/**
 * What one run of a check on one input found.
 *
 * @param verdict pass, fail, or unresolved (an estimate that could not be trusted)
 * @param figures named figures (docs/figures.md)
 * @param detail  one line for people: the deciding numbers
 * @param cases   generated cases, for property checks; 0 otherwise
 */
public record Measurement(Verdict verdict, Figures figures, String detail, int cases) {

    public Measurement {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(detail, "detail");
    }

    public static Measurement of(boolean passed, Figures figures, String detail) {
        return new Measurement(passed ? Verdict.PASS : Verdict.FAIL, figures, detail, 0);
    }

    public boolean passed() {
        return verdict == Verdict.PASS;
    }
}

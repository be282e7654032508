package org.trainability.checks.calibration;

import java.util.List;
import org.trainability.engine.estimate.ResolutionRule;

/**
 * What the RESOLVED rule said on one case of the calibration, at every run length.
 *
 * @param index    the case's place in the corpus
 * @param family   its family
 * @param name     its name
 * @param tauMax   the exact τ_int of its slowest probe
 * @param probes   the observables judged
 * @param rungs    one per run length, ascending
 */
public record CaseResult(int index, String family, String name, double tauMax, List<String> probes,
                         List<Rung> rungs) {

    /** A RESOLVED τ̂ further than this from the exact τ_int, relatively, is a false RESOLVED. */
    public static final double TOLERANCE = 0.3;

    public CaseResult {
        probes = List.copyOf(probes);
        rungs = List.copyOf(rungs);
    }

    /**
     * The rule at one run length.
     *
     * @param length      L, per chain
     * @param tauHatMax   the largest τ̂ over the probes ({@code NaN} when none has one)
     * @param before      every probe RESOLVED by the within-chain conditions alone (the rule before
     *                    R̂ and the bulk ESS joined it)
     * @param after       every probe RESOLVED by the full rule
     * @param rhatMax     the largest R̂ over the probes
     * @param essBulkMin  the smallest bulk ESS over the probes
     */
    public record Rung(int length, double tauHatMax, boolean before, boolean after, double rhatMax,
                       double essBulkMin) {
    }

    /**
     * Whether a RESOLVED verdict at this rung would be false: L below 50 exact τ_max, or τ̂_max
     * more than {@value #TOLERANCE} away from it, relatively.
     */
    public boolean wrongAt(Rung r) {
        return r.length() < ResolutionRule.MIN_LENGTH_IN_TAUS * tauMax
                || !(Math.abs(r.tauHatMax() / tauMax - 1) <= TOLERANCE);
    }
}

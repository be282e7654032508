package org.trainability.engine.estimate;

import java.util.List;

/**
 * What the τ ∝ L diagnostic ({@link TauGrowthDiagnostic}) found: for every run length L of a
 * ladder, τ̂ of every probe with its RESOLVED/UNRESOLVED verdict (docs/math.md §5), the largest τ̂ and
 * the worst verdict; and the least-squares slope of log τ̂_max against log L over the ladder.
 *
 * <p>"τ ∝ L" — the failure exp4 and exp6 of the research page report — is read here as: every rung
 * UNRESOLVED and the ladder slope above {@link ResolutionRule#MAX_GROWTH_SLOPE} (the same 0.5
 * that docs/math.md §5 applies within one run, applied across the ladder). A slope near 1 with τ̂/L
 * roughly constant is the pure form. Immutable (lists copied); thread-safe.
 *
 * @param probes      the probe names, in the order of every rung's verdicts
 * @param rungs       one per run length, ascending
 * @param ladderSlope slope of log τ̂_max against log L over the rungs with a finite τ̂_max
 *                    ({@code NaN} when fewer than two have one)
 */
public record TauGrowthFindings(List<String> probes, List<Rung> rungs, double ladderSlope) {

    public TauGrowthFindings {
        probes = List.copyOf(probes);
        rungs = List.copyOf(rungs);
        if (rungs.isEmpty()) {
            throw new IllegalArgumentException("a τ-growth diagnostic needs at least one run length");
        }
    }

    /**
     * One run length.
     *
     * @param length     L, values per chain
     * @param tauMax     the largest τ̂ over the probes that have one ({@code NaN} if none has)
     * @param slowest    the probe with that τ̂ (empty if none)
     * @param resolution the worst verdict over the probes
     * @param verdicts   every probe's verdict, in probe order
     */
    public record Rung(int length, double tauMax, String slowest, Resolution resolution,
                       List<ResolutionVerdict> verdicts) {

        public Rung {
            verdicts = List.copyOf(verdicts);
        }

        /** τ̂_max / L. */
        public double tauOverLength() {
            return tauMax / length;
        }
    }

    /**
     * Whether τ̂ grows with L as the τ ∝ L failure does: every rung UNRESOLVED and the ladder slope
     * above {@link ResolutionRule#MAX_GROWTH_SLOPE}.
     */
    public boolean growsWithLength() {
        return rungs.stream().noneMatch(r -> r.resolution().isResolved())
                && ladderSlope > ResolutionRule.MAX_GROWTH_SLOPE;
    }

    /** Whether the longest run is RESOLVED (the estimate there may be relied on). */
    public boolean resolvedAtLongest() {
        return rungs.get(rungs.size() - 1).resolution().isResolved();
    }

    /** The run lengths. */
    public int[] lengths() {
        return rungs.stream().mapToInt(Rung::length).toArray();
    }

    /** τ̂_max per run length. */
    public double[] tauMax() {
        return rungs.stream().mapToDouble(Rung::tauMax).toArray();
    }

    /** τ̂_max / L per run length. */
    public double[] tauOverLength() {
        return rungs.stream().mapToDouble(Rung::tauOverLength).toArray();
    }

    /** The largest over the smallest finite τ̂_max/L ({@code NaN} when fewer than two are finite): 1 is exactly τ ∝ L. */
    public double tauOverLengthSpread() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int finite = 0;
        for (double r : tauOverLength()) {
            if (Double.isFinite(r)) {
                lo = Math.min(lo, r);
                hi = Math.max(hi, r);
                finite++;
            }
        }
        return finite < 2 ? Double.NaN : hi / lo;
    }
}

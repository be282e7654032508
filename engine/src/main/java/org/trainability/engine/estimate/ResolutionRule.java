package org.trainability.engine.estimate;

import java.util.ArrayList;
import java.util.Optional;

/**
 * The RESOLVED / UNRESOLVED rule of docs/math.md §5. An estimate is RESOLVED only if
 * <ul>
 *   <li>a number was obtained and the automatic window was found inside the series,</li>
 *   <li>{@code L ≥ 50 τ̂_int}, and</li>
 *   <li>τ̂ is not still growing with L: estimates from the first L/4, L/2 and all L values of every
 *       chain are fitted as {@code log τ̂ = a + s·log L} by least squares, and a slope
 *       {@code s > 0.5} marks the estimate UNRESOLVED (the "τ ∝ L" failure, where a chain far
 *       shorter than its relaxation time reports a τ̂ that is a fixed fraction of L), and</li>
 *   <li>the chains have mixed with each other: rank-normalised split R̂ ≤ {@value #MAX_RHAT} and
 *       bulk ESS ≥ {@value #MIN_BULK_ESS} ({@link ChainDiagnostics}). Within-chain
 *       autocorrelation alone cannot see chains stuck in different wells; these can.</li>
 * </ul>
 * The prefixes are chain prefixes (each chain cut at L/4 and L/2), so the three estimates see the
 * same chains. When L/4 < 2 there is no growth test and the verdict is UNRESOLVED.
 *
 * <p>Stateless and thread-safe.
 */
public final class ResolutionRule {

    /** L must be at least this many τ̂. */
    public static final double MIN_LENGTH_IN_TAUS = 50.0;

    /** Rank-normalised split R̂ (the larger of bulk and tail) may not exceed this. */
    public static final double MAX_RHAT = 1.01;

    /** The bulk ESS must reach this. */
    public static final double MIN_BULK_ESS = 400;

    /** A log–log growth slope above this marks τ̂ as still growing. */
    public static final double MAX_GROWTH_SLOPE = 0.5;

    private ResolutionRule() {
    }

    /**
     * Estimates τ̂ on the chains and judges it.
     *
     * @param chains one row per chain, all of one length. Not modified.
     * @param c      the window constant (5 by default)
     * @return the verdict, with the estimate it judged
     * @throws IllegalArgumentException for no chains, unequal lengths, non-finite values or a bad c
     */
    public static ResolutionVerdict judge(double[][] chains, double c) {
        int length = IntegratedAutocorrelationTime.validate(chains, c);
        var full = IntegratedAutocorrelationTime.estimate(chains, length, c);
        var reasons = new ArrayList<String>();
        double quarter = Double.NaN;
        double half = Double.NaN;
        double slope = Double.NaN;
        if (!full.isAvailable()) {
            reasons.add("some chain is constant over all " + length + " steps, so it carries no information on its own relaxation");
        } else if (!full.windowFound()) {
            reasons.add("no window W < L satisfies W ≥ " + c + "·τ_e(W): the autocorrelation has not decayed within L = " + length);
        }
        double lengthInTaus = length / full.tauInt();
        if (full.isAvailable() && !(lengthInTaus >= MIN_LENGTH_IN_TAUS)) {
            reasons.add(String.format("L = %d is only %.3g τ̂ (τ̂ = %.4g); at least %.0f τ̂ are needed",
                    length, lengthInTaus, full.tauInt(), MIN_LENGTH_IN_TAUS));
        }
        int lq = length / 4;
        int lh = length / 2;
        if (lq < 2) {
            reasons.add("L = " + length + " is too short to estimate τ̂ at L/4, so growth cannot be ruled out");
        } else {
            quarter = IntegratedAutocorrelationTime.estimate(chains, lq, c).tauInt();
            half = IntegratedAutocorrelationTime.estimate(chains, lh, c).tauInt();
            if (Double.isFinite(quarter) && Double.isFinite(half) && full.isAvailable()) {
                slope = logLogSlope(new double[] {lq, lh, length}, new double[] {quarter, half, full.tauInt()});
                if (slope > MAX_GROWTH_SLOPE) {
                    reasons.add(String.format("τ̂ is still growing with L: %.4g, %.4g, %.4g at L = %d, %d, %d "
                                    + "(log–log slope %.3f > %.1f)",
                            quarter, half, full.tauInt(), lq, lh, length, slope, MAX_GROWTH_SLOPE));
                }
            } else if (full.isAvailable()) {
                reasons.add("some chain is constant over the first L/4 or L/2 steps, so growth cannot be ruled out");
            }
        }
        var mixing = new ArrayList<String>();
        var diagnostics = length >= 4 ? Optional.of(ChainDiagnostics.of(chains)) : Optional.<ChainDiagnostics.Summary>empty();
        if (diagnostics.isEmpty()) {
            mixing.add("L = " + length + " is too short for R̂ and the bulk ESS (at least 4 values per chain)");
        }
        diagnostics.ifPresent(d -> {
            if (!(d.rhat() <= MAX_RHAT)) {
                mixing.add(String.format("R̂ = %.4g > %.2f (bulk %.4g, tail %.4g): the chains have not mixed with each"
                        + " other", d.rhat(), MAX_RHAT, d.rhatBulk(), d.rhatTail()));
            }
            if (!(d.essBulk() >= MIN_BULK_ESS)) {
                mixing.add(String.format("bulk ESS = %.4g < %.0f", d.essBulk(), MIN_BULK_ESS));
            }
        });
        return new ResolutionVerdict(full, quarter, half, slope, lengthInTaus, diagnostics, reasons, mixing);
    }

    /** Least-squares slope of log y against log x. */
    static double logLogSlope(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int k = 0; k < n; k++) {
            mx += Math.log(x[k]);
            my += Math.log(y[k]);
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < n; k++) {
            double dx = Math.log(x[k]) - mx;
            sxy += dx * (Math.log(y[k]) - my);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }
}

package org.trainability.engine.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trainability.engine.sample.ChainSampler;
import org.trainability.engine.sample.StartLaw;

/**
 * The τ ∝ L diagnostic: does τ̂_int settle as the run length L grows, or keep growing with it?
 *
 * <p>M chains are run once, from μ0 after burn-in B, for the longest L of a ladder (e.g.
 * 1,000 … 32,000 steps); for every L of the ladder the first L values of every chain are judged
 * by the RESOLVED rule of docs/math.md §5 ({@link ResolutionRule}: a window found, L ≥ 50 τ̂, and no
 * growth over L/4, L/2, L), for every <em>probe</em> — a fixed linear combination
 * {@code Σ_a w_a f_a(X_t)} of the model's observables (one observable, or an aggregate such as a
 * magnetisation, which a large sparse model needs: a single spin of it may not move at all over a
 * short prefix). The result ({@link TauGrowthFindings}) gives τ̂_max per L, the worst verdict per L and
 * the ladder slope of log τ̂_max against log L. This is the diagnostic of exp4 of the research
 * page (τ̂ from 166.7 to 5,280 over L = 1,000 … 32,000, τ/L ≈ 0.16: UNRESOLVED at every L).
 *
 * <p>Prefixes of one run rather than independent runs per L: the same chains are judged as they
 * grow, as a practitioner extending a run would see them, and the cost is that of the longest run.
 * Streams are those of {@link CanonicalEstimator} (one replicate), so the result is a function of
 * the seed alone, whatever the thread count.
 *
 * <p>Memory: the longest run keeps its series (a flip log for spin models); each probe's series
 * is then built over all chains, M·L_max doubles at a time. Stateless and thread-safe.
 */
public final class TauGrowthDiagnostic {

    private TauGrowthDiagnostic() {
    }

    /**
     * A series to judge: {@code Σ_a w_a f_a(X_t)}.
     *
     * @param name    how it is reported
     * @param weights w_a in parameter order (zeros skipped). Not modified.
     */
    public record Probe(String name, double[] weights) {

        public Probe {
            Objects.requireNonNull(name, "name");
            weights = weights.clone();
            boolean any = false;
            for (int a = 0; a < weights.length; a++) {
                if (!Double.isFinite(weights[a])) {
                    throw new IllegalArgumentException("probe " + name + ": weight " + a + " is " + weights[a]);
                }
                any |= weights[a] != 0;
            }
            if (!any) {
                throw new IllegalArgumentException("probe " + name + " has no non-zero weight");
            }
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }

        /** The probe of one observable f_a. */
        public static Probe observable(String name, int a, int parameterCount) {
            if (a < 0 || a >= parameterCount) {
                throw new IllegalArgumentException("observable " + a + " of " + parameterCount);
            }
            var w = new double[parameterCount];
            w[a] = 1;
            return new Probe(name, w);
        }
    }

    /**
     * How to run the chains.
     *
     * @param chains  M ≥ 1
     * @param burnIn  B ≥ 0
     * @param start   μ0
     * @param lengths the ladder of run lengths, strictly ascending, each ≥ 8 (so that L/4 ≥ 2)
     * @param c       Sokal's window constant (5)
     * @param threads how many chains run at once (never changes a number)
     */
    public record Settings(int chains, long burnIn, StartLaw start, int[] lengths, double c, int threads) {

        public Settings {
            Objects.requireNonNull(start, "start");
            lengths = lengths.clone();
            if (lengths.length == 0) {
                throw new IllegalArgumentException("the ladder of run lengths is empty");
            }
            for (int k = 0; k < lengths.length; k++) {
                if (lengths[k] < 8 || (k > 0 && lengths[k] <= lengths[k - 1])) {
                    throw new IllegalArgumentException("run lengths must be at least 8 and strictly ascending, got "
                            + Arrays.toString(lengths));
                }
            }
            // The rest is checked where it is used (EstimatorSettings, ResolutionRule).
            new EstimatorSettings(chains, burnIn, lengths[lengths.length - 1], start, threads);
            if (!(c > 0) || !Double.isFinite(c)) {
                throw new IllegalArgumentException("the window constant c must be positive and finite, got " + c);
            }
        }

        @Override
        public int[] lengths() {
            return lengths.clone();
        }

        /** The longest run length. */
        public int longest() {
            return lengths[lengths.length - 1];
        }
    }

    /**
     * Runs the chains and judges every probe at every run length.
     *
     * @param sampler  the model under its kernel
     * @param probes   what to judge (at least one), each with one weight per parameter
     * @param settings chains, burn-in, μ0, ladder, c, threads
     * @param seed     the root seed
     * @return the diagnostic's result
     * @throws IllegalArgumentException when a probe does not fit the sampler's parameters
     */
    public static TauGrowthFindings run(ChainSampler sampler, List<Probe> probes, Settings settings, long seed) {
        if (probes.isEmpty()) {
            throw new IllegalArgumentException("the τ-growth diagnostic needs at least one probe");
        }
        int p = sampler.parameterCount();
        for (var probe : probes) {
            if (probe.weights.length != p) {
                throw new IllegalArgumentException("probe " + probe.name() + " has " + probe.weights.length
                        + " weights for " + p + " parameters");
            }
        }
        var estimator = new CanonicalEstimator(sampler, new double[p], Optional.empty());
        var estimatorSettings = new EstimatorSettings(settings.chains(), settings.burnIn(), settings.longest(),
                settings.start(), settings.threads());
        var run = estimator.run(estimatorSettings, 1, seed, true);
        var chains = CanonicalEstimator.firstReplicate(run, estimatorSettings);
        var series = new ArrayList<double[][]>();
        for (var probe : probes) {
            double[][] sum = null;
            for (int a = 0; a < p; a++) {
                double w = probe.weights[a];
                if (w == 0) {
                    continue;
                }
                var s = ChainSeries.of(chains, a);
                if (sum == null) {
                    sum = new double[s.length][s[0].length];
                }
                for (int c = 0; c < s.length; c++) {
                    for (int t = 0; t < s[c].length; t++) {
                        sum[c][t] += w * s[c][t];
                    }
                }
            }
            series.add(sum);
        }
        return judge(probes.stream().map(Probe::name).toList(), series, settings.lengths(), settings.c());
    }

    /**
     * Judges given series: for every run length, the RESOLVED rule on the first L values of every
     * chain of every probe.
     *
     * @param names   the probe names
     * @param series  per probe, one row per chain, each at least as long as the longest L. Not modified.
     * @param lengths the ladder, strictly ascending
     * @param c       the window constant
     * @return the diagnostic's result
     */
    public static TauGrowthFindings judge(List<String> names, List<double[][]> series, int[] lengths, double c) {
        var rungs = new ArrayList<TauGrowthFindings.Rung>();
        for (int length : lengths) {
            rungs.add(rung(names, series, length, c));
        }
        return new TauGrowthFindings(names, rungs, ladderSlope(rungs));
    }

    /**
     * Judges given series at one run length: the RESOLVED rule on the first {@code length} values
     * of every chain of every probe, the largest τ̂ (the first probe with it, on a tie) and the
     * worst verdict. With {@code length} the whole series, this is τ̂_max of one run.
     *
     * @param names  the probe names
     * @param series per probe, one row per chain, each at least {@code length} long. Not modified.
     * @param length L
     * @param c      the window constant
     * @return the rung of L
     * @throws IllegalArgumentException when the names do not match the series, or a chain is shorter than L
     */
    public static TauGrowthFindings.Rung rung(List<String> names, List<double[][]> series, int length, double c) {
        if (names.size() != series.size() || names.isEmpty()) {
            throw new IllegalArgumentException(names.size() + " probe names for " + series.size() + " probe series");
        }
        var verdicts = new ArrayList<ResolutionVerdict>();
        double tauMax = Double.NaN;
        String slowest = "";
        var resolution = Resolution.RESOLVED;
        for (int k = 0; k < series.size(); k++) {
            var chains = series.get(k);
            var prefix = new double[chains.length][];
            for (int ch = 0; ch < chains.length; ch++) {
                if (chains[ch].length < length) {
                    throw new IllegalArgumentException("probe " + names.get(k) + ", chain " + ch + " has "
                            + chains[ch].length + " values, fewer than the run length " + length);
                }
                prefix[ch] = chains[ch].length == length ? chains[ch] : Arrays.copyOf(chains[ch], length);
            }
            var verdict = ResolutionRule.judge(prefix, c);
            verdicts.add(verdict);
            resolution = Resolution.worst(resolution, verdict.resolution());
            double tau = verdict.estimate().tauInt();
            if (Double.isFinite(tau) && !(tau <= tauMax)) {
                tauMax = tau;
                slowest = names.get(k);
            }
        }
        return new TauGrowthFindings.Rung(length, tauMax, slowest, resolution, verdicts);
    }

    private static double ladderSlope(List<TauGrowthFindings.Rung> rungs) {
        var x = new ArrayList<Double>();
        var y = new ArrayList<Double>();
        for (var r : rungs) {
            if (Double.isFinite(r.tauMax()) && r.tauMax() > 0) {
                x.add((double) r.length());
                y.add(r.tauMax());
            }
        }
        if (x.size() < 2) {
            return Double.NaN;
        }
        return ResolutionRule.logLogSlope(x.stream().mapToDouble(Double::doubleValue).toArray(),
                y.stream().mapToDouble(Double::doubleValue).toArray());
    }
}

package org.trainability.checks.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.study.ObservableTraces;
import org.trainability.engine.estimate.IntegratedAutocorrelationTime;
import org.trainability.engine.estimate.TauGrowthDiagnostic;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.sample.ParallelChains;
import org.trainability.engine.sample.StartLaw;
import org.trainability.engine.spectral.SpectralAnalysis;

/**
 * One case of the calibration: the exact τ_int of every observable, then M = {@value #CHAINS}
 * chains from overdispersed starts (no burn-in, as a user who judges a fresh run would have them)
 * judged by the RESOLVED rule at a ladder of run lengths, each the prefix of the longest run.
 *
 * <p>The probes are the {@value #SLOWEST} observables with the largest exact τ_int and up to
 * {@value #SPREAD} more spread over the parameter order (the first, the middle, the last), so that
 * the slowest observable is always judged. The ladder is {@code m·τ_max} for the multiples in
 * {@link #MULTIPLES}, each clamped to [{@value #MIN_LENGTH}, {@value #MAX_LENGTH}]: from far below
 * the rule's 50 τ to far beyond it, and for a model too slow for any of that, the longest run the
 * budget allows. Deterministic given the case (its chains' streams come from its index); thread-safe.
 */
public final class CaseRun {

    /** M, chains per case. */
    public static final int CHAINS = 4;
    /** The ladder in units of the exact τ_max. */
    static final double[] MULTIPLES = {2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000};
    /** The shortest run judged (L/4 must leave the growth test some room). */
    public static final int MIN_LENGTH = 256;
    /** The longest run judged, per chain. */
    public static final int MAX_LENGTH = 1 << 17;
    static final int SLOWEST = 3;
    static final int SPREAD = 3;

    private CaseRun() {
    }

    /**
     * Runs one case.
     *
     * @param engine the engine whose kernels and samplers are calibrated
     * @param c      the case
     * @return what the rule said at every length
     */
    public static CaseResult run(EngineUnderTest engine, CalibrationCorpus.Case c) {
        var law = EnumeratedLaw.of(c.model());
        double[] tau = SpectralAnalysis.of(law, engine.kernel(c.kernel(), c.model())).tauInt();
        int[] probes = probes(tau);
        double tauMax = Arrays.stream(probes).mapToDouble(a -> tau[a]).max().orElseThrow();
        int[] lengths = lengths(tauMax);
        var names = c.model().parameterNames();
        var probeNames = Arrays.stream(probes).mapToObj(names::get).toList();
        var series = ObservableTraces.record(engine.sampler(c.model(), c.kernel()), c.model(), probes,
                new StartLaw.Overdispersed(), CHAINS, 0, lengths[lengths.length - 1],
                ParallelChains.root(CalibrationCorpus.seed(c.index())));
        var findings = TauGrowthDiagnostic.judge(probeNames, series, lengths, IntegratedAutocorrelationTime.DEFAULT_C);
        var rungs = new ArrayList<CaseResult.Rung>();
        for (var r : findings.rungs()) {
            boolean withinChain = r.verdicts().stream().allMatch(v -> v.withinChainResolved());
            double rhat = r.verdicts().stream().flatMap(v -> v.diagnostics().stream())
                    .mapToDouble(d -> d.rhat()).max().orElse(Double.NaN);
            double essBulk = r.verdicts().stream().flatMap(v -> v.diagnostics().stream())
                    .mapToDouble(d -> d.essBulk()).min().orElse(Double.NaN);
            rungs.add(new CaseResult.Rung(r.length(), r.tauMax(), withinChain, r.resolution().isResolved(), rhat,
                    essBulk));
        }
        return new CaseResult(c.index(), c.family(), c.name(), tauMax, probeNames, rungs);
    }

    /** The probes: the slowest observables by exact τ_int and a few spread over the parameters. */
    static int[] probes(double[] tau) {
        var finite = IntStream.range(0, tau.length).filter(a -> Double.isFinite(tau[a]) && tau[a] > 0).boxed().toList();
        if (finite.isEmpty()) {
            throw new IllegalArgumentException("no observable has a finite τ_int");
        }
        var chosen = new TreeSet<Integer>();
        finite.stream().sorted(Comparator.comparingDouble((Integer a) -> -tau[a]).thenComparing(a -> a))
                .limit(SLOWEST).forEach(chosen::add);
        for (int k : new int[] {0, finite.size() / 2, finite.size() - 1}) {
            if (chosen.size() < SLOWEST + SPREAD) {
                chosen.add(finite.get(k));
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The ladder of run lengths for a model whose slowest probe has the exact τ_max. */
    static int[] lengths(double tauMax) {
        var set = new TreeSet<Integer>();
        for (double m : MULTIPLES) {
            double l = Math.rint(m * tauMax);
            set.add((int) Math.max(MIN_LENGTH, Math.min(MAX_LENGTH, l)));
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }
}

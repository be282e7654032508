package org.trainability.checks.experiments;

import java.util.random.RandomGenerator;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.FaultyEngines;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.sample.ChainSampler;
import org.trainability.engine.sample.ChainWindow;

/**
 * A tempering sampler with one fault: its swap between rungs k and k+1 is accepted with
 * {@code min(1, e^{-(β_k − β_{k+1})(E_k − E_{k+1})})}, the exponent's sign flipped, which breaks
 * detailed balance for the product law and pushes high-energy states towards the cold rungs. Every
 * other move is docs/math.md §3's (a heat-bath update of a uniformly chosen replica with probability ½).
 * Only {@link #trace} is implemented: it is all the tempering check uses. Not thread-safe per run
 * (each trace builds its own replicas); the object itself is immutable.
 */
final class BrokenSwapTempering implements ChainSampler {

    private final IsingModel model;
    private final double[] ladder;

    BrokenSwapTempering(IsingModel model, double[] ladder) {
        this.model = model;
        this.ladder = ladder.clone();
    }

    /** The real engine, except that {@code tempering} is this faulty sampler. */
    static EngineUnderTest engine() {
        return FaultyEngines.withSampler(KernelName.TEMPERING,
                (model, ladder) -> new BrokenSwapTempering((IsingModel) model, ladder.orElseThrow()));
    }

    @Override
    public int parameterCount() {
        return model.parameterCount();
    }

    @Override
    public int units() {
        return model.n();
    }

    @Override
    public long updatesPerStep() {
        return 1;
    }

    @Override
    public String kernel() {
        return "tempering (swap sign flipped)";
    }

    @Override
    public ChainWindow run(int[] start, long burnIn, int window, boolean keepSeries, RandomGenerator rng) {
        throw new UnsupportedOperationException("the faulty tempering sampler only traces");
    }

    @Override
    public void trace(int[] start, long steps, RandomGenerator rng, StateVisitor visitor) {
        int rungs = ladder.length;
        int n = model.n();
        var x = new int[rungs][];
        var energy = new double[rungs];
        for (int k = 0; k < rungs; k++) {
            x[k] = start.clone();
            energy[k] = energy(x[k]);
        }
        for (long t = 0; t < steps; t++) {
            if (rng.nextBoolean()) {
                int k = rng.nextInt(rungs);
                int i = rng.nextInt(n);
                double h = model.field(i);
                for (int j = 0; j < n; j++) {
                    h += model.coupling(i, j) * x[k][j];
                }
                int spin = rng.nextDouble() < 1 / (1 + Math.exp(-2 * ladder[k] * h)) ? 1 : -1;
                energy[k] -= (spin - x[k][i]) * h;
                x[k][i] = spin;
            } else {
                int k = rng.nextInt(rungs - 1);
                double logAccept = -(ladder[k] - ladder[k + 1]) * (energy[k] - energy[k + 1]);
                if (logAccept >= 0 || rng.nextDouble() < Math.exp(logAccept)) {
                    var state = x[k];
                    x[k] = x[k + 1];
                    x[k + 1] = state;
                    double e = energy[k];
                    energy[k] = energy[k + 1];
                    energy[k + 1] = e;
                }
            }
            visitor.visit(x[rungs - 1]);
        }
    }

    private double energy(int[] s) {
        double e = 0;
        for (int i = 0; i < s.length; i++) {
            e -= model.field(i) * s[i];
            for (int j = i + 1; j < s.length; j++) {
                e -= model.coupling(i, j) * s[i] * s[j];
            }
        }
        return e;
    }
}

package org.trainability.engine.sample;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Reversible parallel tempering, exactly as docs/math.md §3's {@code tempering} row: R replicas of the
 * model at inverse temperatures β_1 &lt; … &lt; β_R = β (the model's own β is the top rung, the
 * one observed). One step: with probability ½ ({@code nextBoolean()}) one random-scan heat-bath
 * update on a uniformly chosen replica; otherwise one swap proposal between a uniformly chosen
 * adjacent pair (k, k+1), accepted with {@code min(1, e^{(β_k − β_{k+1})(E_k − E_{k+1})})}. The
 * random choice of move makes the kernel a mixture of reversible moves, hence reversible for the
 * product law; a fixed alternation would not be.
 *
 * <p>Every replica starts from the chain's X_0. The observables are those of the replica currently
 * at the top rung, evaluated at every step (a swap replaces that state wholesale).
 *
 * <p>Immutable and thread-safe.
 */
public final class TemperingSampler implements ChainSampler {

    private final SpinLaw law;
    private final double[] ladder;

    /**
     * @param law    the model at its own β, which must be the last rung
     * @param ladder β_1 &lt; … &lt; β_R, R ≥ 2, all finite and ≥ 0, β_R equal to the law's β. Not modified.
     * @throws IllegalArgumentException for a ladder that is too short, not increasing, or does not
     *                                  end at the model's β
     */
    public TemperingSampler(SpinLaw law, double[] ladder) {
        if (ladder.length < 2) {
            throw new IllegalArgumentException("tempering needs at least 2 rungs, got " + ladder.length);
        }
        for (int k = 0; k < ladder.length; k++) {
            if (!(ladder[k] >= 0) || !Double.isFinite(ladder[k])) {
                throw new IllegalArgumentException("rung " + k + " has beta " + ladder[k] + "; it must be finite and >= 0");
            }
            if (k > 0 && !(ladder[k] > ladder[k - 1])) {
                throw new IllegalArgumentException("the ladder must increase strictly: rung " + k + " has beta "
                        + ladder[k] + " after " + ladder[k - 1]);
            }
        }
        if (ladder[ladder.length - 1] != law.beta()) {
            throw new IllegalArgumentException("the top rung's beta " + ladder[ladder.length - 1]
                    + " must be the model's beta " + law.beta() + " (the top rung is the one observed)");
        }
        this.law = law;
        this.ladder = ladder.clone();
    }

    /** A geometric ladder of {@code rungs} values from {@code lowest} to {@code beta}. */
    public static double[] geometricLadder(double lowest, double beta, int rungs) {
        if (rungs < 2 || !(lowest > 0) || !(beta > lowest)) {
            throw new IllegalArgumentException("a geometric ladder needs at least 2 rungs and 0 < lowest < beta; got "
                    + rungs + " rungs from " + lowest + " to " + beta);
        }
        var out = new double[rungs];
        for (int k = 0; k < rungs; k++) {
            out[k] = lowest * Math.pow(beta / lowest, (double) k / (rungs - 1));
        }
        out[rungs - 1] = beta;
        return out;
    }

    /** The ladder β_1 … β_R. */
    public double[] ladder() {
        return ladder.clone();
    }

    @Override
    public int parameterCount() {
        return law.parameterCount();
    }

    @Override
    public int units() {
        return law.size();
    }

    /** One move per step: a heat-bath update (half the steps) or a swap proposal. */
    @Override
    public long updatesPerStep() {
        return 1;
    }

    @Override
    public String kernel() {
        return "tempering";
    }

    @Override
    public ChainWindow run(int[] start, long burnIn, int window, boolean keepSeries, RandomGenerator rng) {
        Windows.check(burnIn, window);
        int rungs = ladder.length;
        var level = new SpinChain[rungs];
        for (int k = 0; k < rungs; k++) {
            level[k] = new SpinChain(law, start);
            level[k].beta = ladder[k];
        }
        int n = law.size();
        for (long t = 0; t < burnIn; t++) {
            step(level, n, rng);
        }
        var recorder = new StepRecorder(parameterCount(), window, keepSeries);
        var f = new double[parameterCount()];
        for (int t = 0; t < window; t++) {
            if (t > 0) {
                step(level, n, rng);
            }
            law.observables(level[rungs - 1].x, f);
            recorder.add(f);
        }
        return new ChainWindow(recorder.means(), Optional.ofNullable(recorder.series()),
                (burnIn + window - 1L) * updatesPerStep());
    }

    @Override
    public void trace(int[] start, long steps, RandomGenerator rng, StateVisitor visitor) {
        int rungs = ladder.length;
        var level = new SpinChain[rungs];
        for (int k = 0; k < rungs; k++) {
            level[k] = new SpinChain(law, start);
            level[k].beta = ladder[k];
        }
        for (long t = 0; t < steps; t++) {
            step(level, law.size(), rng);
            visitor.visit(level[rungs - 1].x);
        }
    }

    /**
     * Like {@link #trace}, but hands over every rung's state after each step, rung 0 (β_1) first:
     * the joint law of the replicas must be the product of the rungs' Gibbs laws.
     */
    void traceAllRungs(int[] start, long steps, RandomGenerator rng, java.util.function.Consumer<int[][]> visitor) {
        int rungs = ladder.length;
        var level = new SpinChain[rungs];
        for (int k = 0; k < rungs; k++) {
            level[k] = new SpinChain(law, start);
            level[k].beta = ladder[k];
        }
        var view = new int[rungs][];
        for (long t = 0; t < steps; t++) {
            step(level, law.size(), rng);
            for (int k = 0; k < rungs; k++) {
                view[k] = level[k].x;
            }
            visitor.accept(view);
        }
    }

    private void step(SpinChain[] level, int n, RandomGenerator rng) {
        if (rng.nextBoolean()) {
            var chain = level[rng.nextInt(level.length)];
            chain.time++;
            chain.heatBath(rng.nextInt(n), rng);
        } else {
            int k = rng.nextInt(level.length - 1);
            double logAccept = (ladder[k] - ladder[k + 1]) * (level[k].energy - level[k + 1].energy);
            if (logAccept >= 0 || rng.nextDouble() < Math.exp(logAccept)) {
                var lower = level[k];
                level[k] = level[k + 1];
                level[k + 1] = lower;
                level[k].beta = ladder[k];
                level[k + 1].beta = ladder[k + 1];
            }
        }
    }
}

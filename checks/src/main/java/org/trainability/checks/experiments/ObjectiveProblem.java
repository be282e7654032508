package org.trainability.checks.experiments;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.trainability.checks.EngineUnderTest;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.sensitivity.PredictorGradient;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.engine.spectral.Spectrum;

/**
 * A point where exp8 evaluates the differentiable objective log Q⊥ (docs/glossary.md): a fully
 * visible Ising model under random scan, with the data moments its gradient is taken against. The
 * objective is computed two ways — through the Poisson form of T_O ({@link #gradient}), and by dense
 * diagonalisation ({@link #logSignalOverTime}) — so that {@link GradientAgreement} can set one
 * against the other. Exact (enumerated law), no sampling; immutable and thread-safe.
 *
 * @param name  how the figures name it
 * @param model the model; its couplings are what the gradient is taken in
 * @param data  the data moments, one per observable. Not modified.
 */
record ObjectiveProblem(String name, IsingModel model, double[] data) {

    /** ε of C*(O) wherever exp8 needs one. */
    static final double EPSILON = 1e-3;

    ObjectiveProblem {
        data = data.clone();
    }

    @Override
    public double[] data() {
        return data.clone();
    }

    /**
     * The random 8-spin model of exp8: couplings 0.5·N(0,1), fields 0.3·N(0,1), β = 1, couplings and
     * fields trained, the data the mean of four random states; L64X128MixRandom from {@code seed}.
     */
    static ObjectiveProblem random(long seed) {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        int n = 8;
        var j = new double[n][n];
        var b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = 0.3 * rng.nextGaussian();
            for (int k = i + 1; k < n; k++) {
                j[i][k] = 0.5 * rng.nextGaussian();
                j[k][i] = j[i][k];
            }
        }
        var model = new IsingModel(n, j, b, 1.0, true);
        var data = new double[model.parameterCount()];
        var f = new double[data.length];
        int states = 4;
        for (int s = 0; s < states; s++) {
            var x = new int[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextBoolean() ? 1 : -1;
            }
            model.observables(x, f);
            for (int a = 0; a < f.length; a++) {
                data[a] += f[a] / states;
            }
        }
        return new ObjectiveProblem("random 8-spin model", model, data);
    }

    /** The same data at another model. */
    ObjectiveProblem at(IsingModel other) {
        return new ObjectiveProblem(name, other, data);
    }

    /** The same problem with J_kl (and J_lk) moved by {@code by}. */
    ObjectiveProblem shifted(int k, int l, double by) {
        var j = model.couplings();
        j[k][l] += by;
        j[l][k] += by;
        return at(new IsingModel(model.n(), j, model.fields(), model.beta(), model.trainFields()));
    }

    /** log Q⊥ and its derivatives through the Poisson form of T_O, without eigenvectors. */
    PredictorGradient gradient(EngineUnderTest engine) {
        return PredictorGradient.of(model, EnumeratedLaw.of(model), engine.kernel(KernelName.RANDOM_SCAN, model),
                data);
    }

    /** {@code log ‖g‖² - log T_O} by dense diagonalisation: the finite differences' side. */
    double logSignalOverTime(EngineUnderTest engine) {
        var analysis = diagonalise(engine, model);
        double g2 = 0;
        for (double g : analysis.law().gradient(data)) {
            g2 += g * g;
        }
        return Math.log(g2) - Math.log(analysis.aggregateTime());
    }

    /** The exact stationary Q_op(K) of {@code chains} chains of window {@code window}. */
    double exactOperational(EngineUnderTest engine, long window, int chains) {
        var a = diagonalise(engine, model);
        return a.predict(a.law().gradient(data), window, chains, EPSILON).qOp();
    }

    /** The dense spectral analysis of random scan on {@code model}. */
    static SpectralAnalysis diagonalise(EngineUnderTest engine, IsingModel model) {
        return SpectralAnalysis.of(EnumeratedLaw.of(model), engine.kernel(KernelName.RANDOM_SCAN, model),
                SmallDenseSolver.INSTANCE, Spectrum.DEFAULT_CLUSTER_WIDTH);
    }
}

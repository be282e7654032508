package org.trainability.checks.study;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.trainability.engine.model.Model;
import org.trainability.engine.sample.ChainSampler;
import org.trainability.engine.sample.ParallelChains;
import org.trainability.engine.sample.StartLaw;

/**
 * Runs independent chains of a sampler and keeps the series of a few chosen observables only (a
 * sampler's own window keeps every observable's series, which for long runs of a tempering chain
 * is hundreds of megabytes). Each chain draws X_0 from the start law on its own stream, split from
 * the given root in chain order, runs {@code burnIn + length} steps through
 * {@link ChainSampler#trace}, and keeps {@code f_a(X_t)} for t = B+1 … B+K. The chains run one
 * after the other, so nothing depends on a thread count. Stateless; thread-safe.
 */
public final class ObservableTraces {

    private ObservableTraces() {
    }

    /**
     * The series of the chosen observables.
     *
     * @param sampler    the model under its kernel
     * @param model      the model (its observables, in the engine's parameter order)
     * @param parameters the parameters a whose f_a is kept. Not modified.
     * @param start      the start law μ0
     * @param chains     M ≥ 1
     * @param burnIn     B ≥ 0 steps discarded
     * @param length     K ≥ 2 steps kept
     * @param root       the stream the chains' streams are split from
     * @return for each chosen parameter, one row of K values per chain
     */
    public static List<double[][]> record(ChainSampler sampler, Model model, int[] parameters, StartLaw start, int chains,
            long burnIn, int length, RandomGenerator.SplittableGenerator root) {
        if (chains < 1 || burnIn < 0 || length < 2) {
            throw new IllegalArgumentException("need M >= 1, B >= 0 and K >= 2; got M = " + chains + ", B = " + burnIn
                    + ", K = " + length);
        }
        var out = new double[parameters.length][chains][length];
        var f = new double[model.parameterCount()];
        var streams = ParallelChains.split(root, chains);
        for (int c = 0; c < chains; c++) {
            var rng = streams.get(c);
            var x0 = start.drawForChain(c, chains, sampler.units(), rng);
            int chain = c;
            long[] step = {0};
            sampler.trace(x0, burnIn + length, rng, state -> {
                long t = step[0]++;
                if (t >= burnIn) {
                    model.observables(state, f);
                    for (int k = 0; k < parameters.length; k++) {
                        out[k][chain][(int) (t - burnIn)] = f[parameters[k]];
                    }
                }
            });
        }
        var list = new ArrayList<double[][]>(parameters.length);
        for (var rows : out) {
            list.add(rows);
        }
        return list;
    }
}

package org.trainability.engine.estimate;

import java.util.List;
import org.trainability.engine.sample.ChainWindow;

/**
 * R independent replicates of the canonical estimator: per replicate r its positive phase p_r
 * (the exact E_data, repeated, unless it was sampled), its negative phase
 * {@code n_r = (1/(MK)) Σ_chains Σ_t f(X_t)}, and {@code ĝ_r = p_r − n_r}; the chains in
 * replicate-major order (replicate r's chains are {@code r·M … r·M+M−1}); and the work done.
 *
 * @param positive        R × P positive phases
 * @param negative        R × P negative phases
 * @param positiveSampled whether the positive phase was sampled (else exact)
 * @param chains          every chain's window, R·M of them
 * @param updates         single-site updates made in all chains
 * @param seconds         wall-clock seconds the chains took
 */
public record ReplicateRun(double[][] positive, double[][] negative, boolean positiveSampled,
                           List<ChainWindow> chains, long updates, double seconds) {

    public ReplicateRun {
        positive = deepCopy(positive);
        negative = deepCopy(negative);
        chains = List.copyOf(chains);
    }

    private static double[][] deepCopy(double[][] a) {
        var out = new double[a.length][];
        for (int k = 0; k < a.length; k++) {
            out[k] = a[k].clone();
        }
        return out;
    }

    @Override
    public double[][] positive() {
        return deepCopy(positive);
    }

    @Override
    public double[][] negative() {
        return deepCopy(negative);
    }

    /** R. */
    public int replicates() {
        return negative.length;
    }

    /** ĝ_r = p_r − n_r for every replicate, R × P. */
    public double[][] gradients() {
        var out = new double[negative.length][];
        for (int r = 0; r < out.length; r++) {
            out[r] = new double[negative[r].length];
            for (int a = 0; a < out[r].length; a++) {
                out[r][a] = positive[r][a] - negative[r][a];
            }
        }
        return out;
    }

    /** Single-site updates per second of wall-clock time over all chains. */
    public double updatesPerSecond() {
        return seconds > 0 ? updates / seconds : Double.NaN;
    }
}

package org.trainability.engine.kernel;

import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.DenseLimit;
import org.trainability.engine.model.DenoisingLayer;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.model.RbmModel;
import org.trainability.engine.model.SpinStates;

/**
 * Builds the kernels of docs/math.md §3 as exact dense operators on the model's enumerated states.
 *
 * <ul>
 *   <li>Single-site kernels (Ising models and denoising layers, whose law is the conditional Ising
 *       law): with {@code h_i = Σ_j J_ij x_j + b_i} and the heat-bath site operator T_i that
 *       resamples x_i from {@code P(x_i = +1 | rest) = e^{βh_i}/(2cosh βh_i)}:
 *       {@code random-scan} = {@code (1/N) Σ_i T_i}; {@code systematic-scan} =
 *       {@code T_0 T_1 ⋯ T_{N-1}}; {@code symmetric-scan} = {@code T_0 ⋯ T_{N-1} T_{N-1} ⋯ T_0};
 *       {@code metropolis}: pick i uniformly, flip with probability {@code min(1, e^{-βΔE})},
 *       {@code ΔE = 2 x_i h_i}.</li>
 *   <li>{@code block-rbm} (RBM): the v-marginal {@code P(v,v') = Σ_h p(h|v) p(v'|h)}, summing over
 *       all 2^m hidden states.</li>
 * </ul>
 * Transition probabilities are formed as logistic functions of their own argument (never as
 * {@code 1 - p}), so tiny probabilities keep their relative precision.
 *
 * <p>Refuses (with {@link RefusedInputException}): models beyond the dense limit; a single-site
 * kernel on an RBM or {@code block-rbm} on a non-RBM; {@code tempering} (sampler only); a
 * {@code block-rbm} operator costing more than 2^34 multiply-adds. Stateless; thread-safe.
 */
public final class ExactKernels {

    /** The largest {@code 2^(2n+m)} work the block-rbm operator may take. */
    static final long MAX_BLOCK_WORK = 1L << 34;

    private ExactKernels() {
    }

    /** The exact operator of a named kernel for a model. */
    public static DenseKernel build(KernelName name, Model model) {
        int states = DenseLimit.stateCount(model);
        if (name == KernelName.TEMPERING) {
            throw new RefusedInputException("tempering runs R replicas; the exact engine has no operator for it"
                    + " — use the sampler (./ledger.sh sample --kernel tempering)");
        }
        if (name == KernelName.CHECKERBOARD) {
            throw new RefusedInputException("checkerboard is a block sampler; the exact engine has no operator for it"
                    + " — use the sampler (./ledger.sh sample --kernel checkerboard)");
        }
        if (model instanceof RbmModel rbm) {
            if (name != KernelName.BLOCK_RBM) {
                throw new RefusedInputException("kernel " + name + " is not built for an RBM in the exact engine;"
                        + " an RBM is analysed on its v-marginal with --kernel block-rbm");
            }
            return blockRbm(rbm, states);
        }
        if (name == KernelName.BLOCK_RBM) {
            throw new RefusedInputException("kernel block-rbm needs an rbm model; for an Ising model or a"
                    + " denoising layer use random-scan, systematic-scan, symmetric-scan or metropolis");
        }
        var ising = model instanceof DenoisingLayer d ? d.conditional() : (IsingModel) model;
        var fields = new LocalFields(ising, states);
        return switch (name) {
            case RANDOM_SCAN -> randomScan(fields, states);
            case METROPOLIS -> metropolis(fields, states);
            case SYSTEMATIC_SCAN -> sweeps(fields, states, false);
            case SYMMETRIC_SCAN -> sweeps(fields, states, true);
            default -> throw new IllegalStateException("unhandled kernel " + name);
        };
    }

    /** Local fields of every state and site, and the heat-bath flip/stay probabilities. */
    private static final class LocalFields {
        final int n;
        final double beta;
        final double[] h;

        LocalFields(IsingModel model, int states) {
            n = model.n();
            beta = model.beta();
            h = new double[states * n];
            var x = new int[n];
            for (int s = 0; s < states; s++) {
                SpinStates.spins(s, n, x);
                for (int i = 0; i < n; i++) {
                    h[s * n + i] = model.localField(x, i);
                }
            }
        }

        /** {@code x_i h_i} at state s. */
        double alignment(int s, int i) {
            return SpinStates.spin(s, i) * h[s * n + i];
        }

        /** Heat-bath probability that site i ends opposite to its value in s: σ(-2β x_i h_i). */
        double flip(int s, int i) {
            return logistic(-2 * beta * alignment(s, i));
        }

        /** Heat-bath probability that site i keeps its value in s: σ(2β x_i h_i). */
        double stay(int s, int i) {
            return logistic(2 * beta * alignment(s, i));
        }
    }

    /** {@code 1/(1 + e^{-z})}, accurate in both tails. */
    static double logistic(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    private static DenseKernel randomScan(LocalFields lf, int states) {
        int n = lf.n;
        var p = new double[states * states];
        for (int s = 0; s < states; s++) {
            double stay = 0;
            for (int i = 0; i < n; i++) {
                p[s * states + (s ^ (1 << i))] = lf.flip(s, i) / n;
                stay += lf.stay(s, i);
            }
            p[s * states + s] = stay / n;
        }
        return new DenseKernel(KernelName.RANDOM_SCAN, states, p);
    }

    private static DenseKernel metropolis(LocalFields lf, int states) {
        int n = lf.n;
        var p = new double[states * states];
        for (int s = 0; s < states; s++) {
            double reject = 0;
            for (int i = 0; i < n; i++) {
                double betaDeltaE = 2 * lf.beta * lf.alignment(s, i);
                double accept = betaDeltaE <= 0 ? 1 : Math.exp(-betaDeltaE);
                p[s * states + (s ^ (1 << i))] = accept / n;
                reject += betaDeltaE <= 0 ? 0 : -Math.expm1(-betaDeltaE);
            }
            p[s * states + s] = reject / n;
        }
        return new DenseKernel(KernelName.METROPOLIS, states, p);
    }

    /** Products of site operators: one forward sweep, or a forward then a backward sweep. */
    private static DenseKernel sweeps(LocalFields lf, int states, boolean symmetric) {
        var m = new double[states * states];
        for (int s = 0; s < states; s++) {
            m[s * states + s] = 1;
        }
        for (int i = 0; i < lf.n; i++) {
            multiplyBySite(m, states, lf, i);
        }
        if (symmetric) {
            for (int i = lf.n - 1; i >= 0; i--) {
                multiplyBySite(m, states, lf, i);
            }
        }
        return new DenseKernel(symmetric ? KernelName.SYMMETRIC_SCAN : KernelName.SYSTEMATIC_SCAN, states, m);
    }

    /** {@code M ← M T_i}: columns y and y⊕bit mix through T_i's 2×2 block. */
    private static void multiplyBySite(double[] m, int states, LocalFields lf, int i) {
        int bit = 1 << i;
        var stay = new double[states];
        var flip = new double[states];
        for (int y = 0; y < states; y++) {
            stay[y] = lf.stay(y, i);
            flip[y] = lf.flip(y, i);
        }
        for (int r = 0; r < states; r++) {
            int base = r * states;
            for (int y = 0; y < states; y++) {
                if ((y & bit) != 0) {
                    continue;
                }
                int z = y | bit;
                double a = m[base + y];
                double b = m[base + z];
                m[base + y] = a * stay[y] + b * flip[z];
                m[base + z] = a * flip[y] + b * stay[z];
            }
        }
    }

    private static DenseKernel blockRbm(RbmModel rbm, int states) {
        int n = rbm.visible();
        int m = rbm.hidden();
        if (m > 30 || (long) states * states * (1L << m) > MAX_BLOCK_WORK) {
            throw new RefusedInputException("block-rbm with " + n + " visible and " + m + " hidden units needs 2^"
                    + (2 * n + m) + " multiply-adds, beyond the exact engine's 2^34; use fewer hidden units"
                    + " or the sampler (./ledger.sh sample --kernel block-rbm)");
        }
        int hiddenStates = 1 << m;
        double beta = rbm.beta();
        // p(v'|h) for every h: B[h, v'] = Π_i σ(2β v'_i (b_i + (W h)_i)).
        var down = new double[hiddenStates * states];
        var hs = new int[m];
        var vs = new int[n];
        var input = new double[n];
        for (int h = 0; h < hiddenStates; h++) {
            SpinStates.spins(h, m, hs);
            for (int i = 0; i < n; i++) {
                input[i] = rbm.visibleInput(hs, i);
            }
            for (int v = 0; v < states; v++) {
                double p = 1;
                for (int i = 0; i < n; i++) {
                    p *= logistic(2 * beta * SpinStates.spin(v, i) * input[i]);
                }
                down[h * states + v] = p;
            }
        }
        var kernel = new double[states * states];
        var hiddenInput = new double[m];
        for (int v = 0; v < states; v++) {
            SpinStates.spins(v, n, vs);
            for (int j = 0; j < m; j++) {
                hiddenInput[j] = rbm.hiddenInput(vs, j);
            }
            int base = v * states;
            for (int h = 0; h < hiddenStates; h++) {
                double up = 1;
                for (int j = 0; j < m; j++) {
                    up *= logistic(2 * beta * SpinStates.spin(h, j) * hiddenInput[j]);
                }
                if (up == 0) {
                    continue;
                }
                int hb = h * states;
                for (int w = 0; w < states; w++) {
                    kernel[base + w] += up * down[hb + w];
                }
            }
        }
        return new DenseKernel(KernelName.BLOCK_RBM, states, kernel);
    }
}

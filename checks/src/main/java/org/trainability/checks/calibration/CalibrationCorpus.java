package org.trainability.checks.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGeneratorFactory;
import org.trainability.checks.study.ModelFamilies;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.DenoisingLayer;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.model.RbmModel;

/**
 * The calibration corpus of the RESOLVED rule: small models whose exact τ_int the engine knows,
 * under the kernels the checks run, from fast-mixing to stuck. Every drawn coupling comes from a
 * stream seeded by the case's index, so the corpus is a fixed list. Families:
 * <ul>
 *   <li>Curie–Weiss ({@code J_ij = 1/N}, b = 0, fields trained, so the odd field observables see
 *       the tunnelling between the two ordered wells), N = 4 … 12, β = 0.5 … 4, under random scan,
 *       symmetric scan and Metropolis; N = 11 at β = 3 is the blind spot recorded on R5;</li>
 *   <li>ferromagnetic rings (fields trained), N = 6, 8, 10, β = 0.5, 1, 2, same kernels;</li>
 *   <li>spin glasses ({@code J_ij ~ N(0, 1/N)}, b = 0, fields trained), N = 5, 7, 9, β = 0.5, 1.5, 3,
 *       two draws each, under random scan and Metropolis;</li>
 *   <li>RBMs ({@code W ~ N(0, σ²)}, fields trained) with 4 × 2, 5 × 3 and 6 × 4 units, σ = 0.5, 1, 2,
 *       two draws each, under the block kernel;</li>
 *   <li>denoising layers (a glass energy with Γ = 0.2, 0.6 towards a drawn input), N = 5, 7, 9,
 *       β = 1, 2, under random scan, symmetric scan and Metropolis.</li>
 * </ul>
 * Stateless; thread-safe.
 */
public final class CalibrationCorpus {

    private static final List<KernelName> SINGLE_SITE = List.of(KernelName.RANDOM_SCAN, KernelName.SYMMETRIC_SCAN,
            KernelName.METROPOLIS);

    private CalibrationCorpus() {
    }

    /**
     * One model of the corpus under one kernel.
     *
     * @param index  its place in the corpus (also the seed of its drawn numbers and of its chains)
     * @param family curie-weiss, ring, glass, rbm or layer
     * @param name   what it is, unique in the corpus: family, size, β, draw and kernel
     * @param model  the model
     * @param kernel the kernel
     */
    public record Case(int index, String family, String name, Model model, KernelName kernel) {
    }

    /** The corpus, in a fixed order. */
    public static List<Case> cases() {
        var out = new ArrayList<Case>();
        for (int n : new int[] {4, 5, 6, 8, 10, 11}) {
            for (double beta : new double[] {0.5, 1, 1.5, 2, 3, 4}) {
                for (var kernel : SINGLE_SITE) {
                    add(out, "curie-weiss", String.format(Locale.ROOT, "N=%d beta=%s", n, beta), curieWeiss(n, beta),
                            kernel);
                }
            }
        }
        for (double beta : new double[] {1, 3}) {
            add(out, "curie-weiss", "N=12 beta=" + beta, curieWeiss(12, beta), KernelName.RANDOM_SCAN);
        }
        for (int n : new int[] {6, 8, 10}) {
            for (double beta : new double[] {0.5, 1, 2}) {
                for (var kernel : SINGLE_SITE) {
                    add(out, "ring", String.format(Locale.ROOT, "N=%d beta=%s", n, beta), ring(n, beta), kernel);
                }
            }
        }
        for (int n : new int[] {5, 7, 9}) {
            for (double beta : new double[] {0.5, 1.5, 3}) {
                for (int draw = 0; draw < 2; draw++) {
                    long seed = seed(out.size());
                    for (var kernel : List.of(KernelName.RANDOM_SCAN, KernelName.METROPOLIS)) {
                        add(out, "glass", String.format(Locale.ROOT, "N=%d beta=%s draw=%d", n, beta, draw),
                                glass(n, beta, seed), kernel);
                    }
                }
            }
        }
        for (int[] units : new int[][] {{4, 2}, {5, 3}, {6, 4}}) {
            for (double sigma : new double[] {0.5, 1, 2}) {
                for (int draw = 0; draw < 2; draw++) {
                    add(out, "rbm", String.format(Locale.ROOT, "%dx%d sigma=%s draw=%d", units[0], units[1], sigma,
                            draw), rbm(units[0], units[1], sigma, seed(out.size())), KernelName.BLOCK_RBM);
                }
            }
        }
        for (int n : new int[] {5, 7, 9}) {
            for (double beta : new double[] {1, 2}) {
                for (double gamma : new double[] {0.2, 0.6}) {
                    long seed = seed(out.size());
                    for (var kernel : SINGLE_SITE) {
                        add(out, "layer", String.format(Locale.ROOT, "N=%d beta=%s gamma=%s", n, beta, gamma),
                                layer(n, beta, gamma, seed), kernel);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static void add(List<Case> out, String family, String what, Model model, KernelName kernel) {
        out.add(new Case(out.size(), family, family + " " + what + " / " + kernel.label(), model, kernel));
    }

    /** The seed of the numbers drawn for the case at {@code index}. */
    static long seed(int index) {
        return 0xCA1B_0000L + index;
    }

    private static IsingModel curieWeiss(int n, double beta) {
        return ModelFamilies.curieWeiss(n, beta, true);
    }

    private static IsingModel ring(int n, double beta) {
        return ModelFamilies.ring(n, beta, true);
    }

    private static IsingModel glass(int n, double beta, long seed) {
        return new IsingModel(n, ModelFamilies.frustratedCouplings(n, seed), new double[n], beta, true);
    }

    private static RbmModel rbm(int visible, int hidden, double sigma, long seed) {
        var rng = RandomGeneratorFactory.of(ModelFamilies.ALGORITHM).create(seed);
        var w = new double[visible][hidden];
        for (int i = 0; i < visible; i++) {
            for (int k = 0; k < hidden; k++) {
                w[i][k] = sigma * rng.nextGaussian();
            }
        }
        return new RbmModel(visible, hidden, w, new double[visible], new double[hidden], 1.0, true);
    }

    private static DenoisingLayer layer(int n, double beta, double gamma, long seed) {
        var rng = RandomGeneratorFactory.of(ModelFamilies.ALGORITHM).create(seed ^ 0x5EEDL);
        var input = new int[n];
        for (int i = 0; i < n; i++) {
            input[i] = rng.nextBoolean() ? 1 : -1;
        }
        return new DenoisingLayer(IsingModel.withoutFields(ModelFamilies.frustratedCouplings(n, seed), beta, true),
                gamma, input);
    }
}

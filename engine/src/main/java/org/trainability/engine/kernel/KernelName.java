package org.trainability.engine.kernel;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.trainability.engine.RefusedInputException;

/**
 * The kernels of docs/math.md §3 by their names on the command line and in evidence, shared by the
 * exact engine and the sampler. One application of a kernel is one step of the chain. Knows whether
 * the kernel is reversible in general (what the contract promises; {@link DetailedBalance} measures
 * it on each model). Immutable.
 */
public enum KernelName {
    /** Pick i uniformly, heat-bath resample x_i. Reversible; spectrum in [0,1]. */
    RANDOM_SCAN("random-scan", true),
    /** Heat-bath on i = 0,…,N-1 in turn: one sweep. Not reversible in general. */
    SYSTEMATIC_SCAN("systematic-scan", false),
    /** A forward sweep then a backward sweep. Reversible; real spectrum. */
    SYMMETRIC_SCAN("symmetric-scan", true),
    /** Pick i uniformly, propose its flip, accept with min(1, e^{-βΔE}). Reversible; spectrum in [-1,1]. */
    METROPOLIS("metropolis", true),
    /** RBM: h ~ p(h|v) then v ~ p(v|h), seen on v. Reversible on v; spectrum in [0,1]. */
    BLOCK_RBM("block-rbm", true),
    /** Replica exchange over β_1 &lt; … &lt; β_R (docs/math.md §3); the sampler's, no exact operator here. */
    TEMPERING("tempering", true),
    /**
     * Two-colour block Gibbs on a bipartite coupling graph (a grid): every site of one colour at once,
     * then the other. Reversible as a symmetric sweep of two blocks; the sampler's, no exact operator here.
     */
    CHECKERBOARD("checkerboard", true);

    private final String label;
    private final boolean reversible;

    KernelName(String label, boolean reversible) {
        this.label = label;
        this.reversible = reversible;
    }

    /** The name as written on the command line, e.g. {@code random-scan}. */
    public String label() {
        return label;
    }

    /** Whether docs/math.md §3 lists it as reversible. */
    public boolean reversible() {
        return reversible;
    }

    /**
     * The kernel of a name.
     *
     * @throws RefusedInputException for an unknown name, listing the known ones
     */
    public static KernelName parse(String name) {
        for (var k : values()) {
            if (k.label.equals(name == null ? "" : name.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new RefusedInputException("unknown kernel '" + name + "'; expected one of "
                + Arrays.stream(values()).map(KernelName::label).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label;
    }
}

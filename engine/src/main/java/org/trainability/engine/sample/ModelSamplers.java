package org.trainability.engine.sample;

import java.util.Optional;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.DenoisingLayer;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.model.RbmModel;

/**
 * The sampler of a model under a named kernel, on the same law and in the same parameter order as
 * the exact engine (docs/math.md §1): an Ising model as it is; a denoising layer on its conditional law
 * (fields {@code b + Γy}) with the observables of its energy; an RBM under {@code block-rbm} with
 * the Rao–Blackwellised observables. A dense coupling matrix becomes the sampler's sparse form.
 * Besides docs/math.md's kernel names, {@code checkerboard} (two-colour block Gibbs on a bipartite
 * coupling graph) is a sampler-only kernel.
 *
 * <p>Refuses ({@link RefusedInputException}, saying what would work): a single-site kernel on an
 * RBM, {@code block-rbm} on a spin model, {@code checkerboard} on a graph that is not bipartite, and
 * a tempering ladder that does not end at the model's β. Stateless; thread-safe.
 */
public final class ModelSamplers {

    /** The name of the sampler-only two-colour block kernel. */

    private ModelSamplers() {
    }

    /** The law and observables of a spin model (Ising or denoising layer). */
    public static SpinLaw spinLaw(Model model) {
        if (model instanceof RbmModel) {
            throw new RefusedInputException("an RBM has no single-site spin law here; sample it with --kernel block-rbm");
        }
        var ising = model instanceof DenoisingLayer d ? d.conditional() : (IsingModel) model;
        return SpinLaw.dense(ising.couplings(), ising.fields(), ising.beta(), ising.trainFields());
    }

    /** The block-Gibbs sampler of an RBM. */
    public static RbmBlockSampler rbm(RbmModel rbm) {
        return new RbmBlockSampler(rbm.weights(), rbm.visibleFields(), rbm.hiddenFields(), rbm.beta(), rbm.trainFields());
    }

    /**
     * The sampler of a model under a kernel.
     *
     * @param model  the model
     * @param name   the kernel
     * @param ladder the tempering ladder (β_1 &lt; … &lt; β_R = β); when empty, a geometric ladder of
     *               8 rungs from β/10 to β
     * @throws RefusedInputException for a kernel that does not fit the model, or an unknown name
     */
    public static ChainSampler of(Model model, KernelName name, Optional<double[]> ladder) {
        if (name == KernelName.CHECKERBOARD) {
            var law = spinLaw(model);
            try {
                return new SpinChainSampler(law, ColouredBlockGibbs.checkerboard(law.couplings()));
            } catch (IllegalArgumentException e) {
                throw new RefusedInputException(e.getMessage());
            }
        }
        if (model instanceof RbmModel rbm) {
            if (name != KernelName.BLOCK_RBM) {
                throw new RefusedInputException("kernel " + name + " does not apply to an RBM here; use --kernel block-rbm");
            }
            return rbm(rbm);
        }
        if (name == KernelName.BLOCK_RBM) {
            throw new RefusedInputException("kernel block-rbm needs an rbm model; for an Ising model or a denoising layer"
                    + " use random-scan, systematic-scan, symmetric-scan, metropolis, tempering or checkerboard");
        }
        var law = spinLaw(model);
        return switch (name) {
            case RANDOM_SCAN -> new SpinChainSampler(law, SingleSiteRule.RANDOM_SCAN);
            case SYSTEMATIC_SCAN -> new SpinChainSampler(law, SingleSiteRule.SYSTEMATIC_SCAN);
            case SYMMETRIC_SCAN -> new SpinChainSampler(law, SingleSiteRule.SYMMETRIC_SCAN);
            case METROPOLIS -> new SpinChainSampler(law, SingleSiteRule.METROPOLIS);
            case TEMPERING -> tempering(law, ladder);
            default -> throw new IllegalStateException("unhandled kernel " + name);
        };
    }

    private static TemperingSampler tempering(SpinLaw law, Optional<double[]> ladder) {
        double beta = law.beta();
        try {
            var rungs = ladder.orElseGet(() -> TemperingSampler.geometricLadder(beta / 10, beta, 8));
            return new TemperingSampler(law, rungs);
        } catch (IllegalArgumentException e) {
            throw new RefusedInputException("tempering: " + e.getMessage());
        }
    }
}

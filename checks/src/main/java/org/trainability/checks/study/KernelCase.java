package org.trainability.checks.study;

import java.util.Arrays;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.model.RbmModel;

/**
 * One generated case of the theorem properties: a model, a kernel and the regime it was drawn from.
 * Immutable (the models are).
 *
 * @param model  an Ising model or an RBM
 * @param kernel the kernel to build for it
 * @param regime the generator's regime, for coverage statistics
 */
public record KernelCase(Model model, KernelName kernel, String regime) {

    @Override
    public String toString() {
        if (model instanceof IsingModel m) {
            return regime + " Ising N=" + m.n() + " beta=" + m.beta() + " " + kernel + " J=" + Arrays.deepToString(m.couplings())
                    + " b=" + Arrays.toString(m.fields());
        }
        var r = (RbmModel) model;
        return regime + " RBM n=" + r.visible() + " m=" + r.hidden() + " beta=" + r.beta() + " " + kernel + " W="
                + Arrays.deepToString(r.weights()) + " b=" + Arrays.toString(r.visibleFields()) + " c="
                + Arrays.toString(r.hiddenFields());
    }
}

package org.trainability.checks;

import org.trainability.engine.model.DenoisingLayer;
import org.trainability.engine.model.IsingModel;
import org.trainability.engine.model.Model;
import org.trainability.engine.model.RbmModel;

/**
 * Known-bad versions of a model: the negative controls of sampler-based checks hand the sampler the
 * wrong model while the exact reference keeps the right one, and the tests' faulty engines hand it
 * to the exact kernels, the samplers or both. Returns new models; the input is not modified.
 * Stateless; thread-safe.
 */
public final class ModelFaults {

    private ModelFaults() {
    }

    /**
     * A sign error in the heat-bath conditional: {@code P(x_i = +1 | rest) = e^{−βh_i}/(2cosh βh_i)}
     * is the conditional of the model with every coupling and field negated (an RBM: W, b and c
     * negated; a denoising layer: its energy negated and its input flipped, so b + Γy changes sign).
     */
    public static Model signError(Model model) {
        if (model instanceof IsingModel m) {
            var j = m.couplings();
            var b = m.fields();
            for (int i = 0; i < m.n(); i++) {
                b[i] = -b[i];
                for (int k = 0; k < m.n(); k++) {
                    j[i][k] = -j[i][k];
                }
            }
            return new IsingModel(m.n(), j, b, m.beta(), m.trainFields());
        }
        if (model instanceof DenoisingLayer d) {
            var y = d.input();
            for (int i = 0; i < y.length; i++) {
                y[i] = -y[i];
            }
            return new DenoisingLayer((IsingModel) signError(d.energy()), d.gamma(), y);
        }
        var r = (RbmModel) model;
        var w = r.weights();
        for (var row : w) {
            for (int j = 0; j < row.length; j++) {
                row[j] = -row[j];
            }
        }
        return new RbmModel(r.visible(), r.hidden(), w, negate(r.visibleFields()), negate(r.hiddenFields()), r.beta(),
                r.trainFields());
    }

    /** A mis-specified conditional: the model at {@code factor · β}. */
    public static Model scaledBeta(Model model, double factor) {
        if (model instanceof IsingModel m) {
            return new IsingModel(m.n(), m.couplings(), m.fields(), factor * m.beta(), m.trainFields());
        }
        if (model instanceof DenoisingLayer d) {
            return new DenoisingLayer((IsingModel) scaledBeta(d.energy(), factor), d.gamma(), d.input());
        }
        var r = (RbmModel) model;
        return new RbmModel(r.visible(), r.hidden(), r.weights(), r.visibleFields(), r.hiddenFields(),
                factor * r.beta(), r.trainFields());
    }

    private static double[] negate(double[] v) {
        var out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = -out[i];
        }
        return out;
    }
}

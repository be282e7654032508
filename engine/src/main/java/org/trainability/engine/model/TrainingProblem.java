package org.trainability.engine.model;

import java.util.Objects;
import org.trainability.engine.RefusedInputException;

/**
 * A model with its data: what a model file describes, and everything the gradient
 * {@code g = E_data[f] - E_π[f]} needs. Construction refuses data moments whose length is not the
 * parameter count, and data states whose length is not the number of enumerated units.
 * Immutable, thread-safe.
 *
 * @param model the model
 * @param data its data
 */
public record TrainingProblem(Model model, TrainingData data) {

    public TrainingProblem {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        if (data instanceof TrainingData.Moments m && m.values().length != model.parameterCount()) {
            throw new RefusedInputException("dataMoments has " + m.values().length + " entries but the model has "
                    + model.parameterCount() + " parameters (" + describeOrder(model)
                    + "); give one moment per parameter in that order");
        }
        if (data instanceof TrainingData.States s && s.width() != model.enumeratedUnits()) {
            throw new RefusedInputException("dataStates[0] has " + s.width() + " spins but the model has "
                    + model.enumeratedUnits() + (model instanceof RbmModel ? " visible units" : " spins"));
        }
    }

    /** {@code E_data[f_a]} in parameter order. */
    public double[] dataExpectations() {
        return model.dataExpectations(data);
    }

    private static String describeOrder(Model model) {
        if (model instanceof RbmModel r) {
            return r.visible() * r.hidden() + " weights" + (r.trainFields()
                    ? ", then " + r.visible() + " visible and " + r.hidden() + " hidden fields" : "");
        }
        var ising = model instanceof DenoisingLayer d ? d.energy() : (IsingModel) model;
        return ising.couplingCount() + " couplings" + (ising.trainFields() ? ", then " + ising.n() + " fields" : "");
    }
}

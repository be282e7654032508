package org.trainability.engine.model;

import java.util.ArrayList;
import java.util.List;
import org.trainability.engine.RefusedInputException;

/**
 * The data side of the gradient {@code g_a = E_data[f_a] - E_π[f_a]}: either the data moments
 * {@code E_data[f_a]} themselves, in parameter order, or data states (spins over the model's
 * enumerated units, i.e. visible states for an RBM). Immutable, thread-safe; arrays are copied.
 */
public sealed interface TrainingData {

    /**
     * Data moments in parameter order.
     *
     * @param values E_data[f_a], finite
     */
    record Moments(double[] values) implements TrainingData {
        public Moments {
            values = ModelValidation.vector("dataMoments", values, values == null ? 0 : values.length);
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Moments m && java.util.Arrays.equals(values, m.values);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Moments" + java.util.Arrays.toString(values);
        }
    }

    /**
     * Data states, each a ±1 vector.
     *
     * @param states at least one state; all of one length, entries ±1
     */
    record States(List<int[]> states) implements TrainingData {
        public States {
            if (states == null || states.isEmpty()) {
                throw new RefusedInputException("dataStates is empty; give at least one state");
            }
            var copy = new ArrayList<int[]>(states.size());
            int length = states.get(0) == null ? 0 : states.get(0).length;
            for (int k = 0; k < states.size(); k++) {
                copy.add(ModelValidation.spins("dataStates[" + k + "]", states.get(k), length));
            }
            states = List.copyOf(copy);
        }

        @Override
        public List<int[]> states() {
            return states.stream().map(int[]::clone).toList();
        }

        /** The length of every state. */
        public int width() {
            return states.get(0).length;
        }
    }
}

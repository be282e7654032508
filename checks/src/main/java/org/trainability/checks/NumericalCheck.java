package org.trainability.checks;

import java.util.Objects;

/**
 * A check made of two measurements written as functions: one on the real input, one on the
 * known-bad input. Most numerical checks are one of these.
 *
 * @param spec    what the check declares
 * @param real    the measurement on the input the entry is about
 * @param control the same measurement on a known-bad input, which must not pass
 */
public record NumericalCheck(CheckSpec spec, Trial real, Trial control) implements Check {

    /** One measurement. */
    @FunctionalInterface
    public interface Trial {
        Measurement run() throws Exception;
    }

    public NumericalCheck {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(real, "real");
        Objects.requireNonNull(control, "control");
    }

    @Override
    public Measurement measure() throws Exception {
        return real.run();
    }

    @Override
    public Measurement negativeControl() throws Exception {
        return control.run();
    }
}

package org.trainability.checks;

import java.util.List;
import java.util.Objects;
import org.trainability.ledger.gate.CheckKind;

/**
 * A check made of two runs of one design: on the input its entry is about, and on a wrong input
 * that must not pass (its negative control). Every numerical and at-scale check is one of these;
 * property checks are {@link PropertyCheck}s.
 *
 * @param spec    what the check declares (its parameters and description come from {@code real})
 * @param engine  the engine both runs use
 * @param real    the design of the run on the real input
 * @param control the same design on the wrong input
 * @param <R>     what one run measures
 */
public record NumericalCheck<R extends Outcome>(CheckSpec spec, EngineUnderTest engine, CheckDesign<R> real,
        CheckDesign<R> control) implements Check {

    public NumericalCheck {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(real, "real");
        Objects.requireNonNull(control, "control");
    }

    /**
     * The check {@code id} of {@code verifies}: runs {@code real} and {@code control} on the engine
     * with {@code seed}.
     *
     * @param checksStatement true when it tests the very statement of what it verifies
     */
    public static <R extends Outcome> NumericalCheck<R> of(String id, CheckKind kind, List<String> verifies, long seed,
            boolean checksStatement, EngineUnderTest engine, CheckDesign<R> real, CheckDesign<R> control) {
        var spec = new CheckSpec(id, kind, verifies, seed, real.parameters(), checksStatement, real.description());
        return new NumericalCheck<>(spec, engine, real, control);
    }

    @Override
    public Measurement measure() throws Exception {
        return real.measure(engine, spec.seed()).present();
    }

    @Override
    public Measurement negativeControl() throws Exception {
        return control.measure(engine, spec.seed()).present();
    }
}

package org.trainability.checks;

import java.util.List;
import java.util.Map;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.Verdict;

/** A check whose two measurements are given, for testing the runner and the audit. */
public record FakeCheck(CheckSpec spec, Measurement real, Measurement control) implements Check {

    public static FakeCheck of(String id, CheckKind kind, boolean passes, boolean controlPasses, String... verifies) {
        var spec = new CheckSpec(id, kind, List.of(verifies), 42L, Map.of("n", 3), false, "a fake check");
        return new FakeCheck(spec,
                new Measurement(passes ? Verdict.PASS : Verdict.FAIL, Figures.builder().put("ratio", 1.01).put("cells", "45/48").build(),
                        passes ? "held" : "broke", 0),
                new Measurement(controlPasses ? Verdict.PASS : Verdict.FAIL, Figures.builder().put("ratio", 7.5).build(),
                        controlPasses ? "held on bad input" : "rejected bad input", 0));
    }

    @Override
    public Measurement measure() {
        return real;
    }

    @Override
    public Measurement negativeControl() {
        return control;
    }
}

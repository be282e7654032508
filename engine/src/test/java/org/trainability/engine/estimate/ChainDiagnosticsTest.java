package org.trainability.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ChainDiagnostics} against ArviZ on fixed series: the numbers in
 * {@code arviz/reference.json} were produced by ArviZ (version recorded in the file) with
 * {@code arviz/make_reference.py}, which also wrote the series. Agreement is required to 1e-8,
 * relative.
 */
class ChainDiagnosticsTest {

    static final double TOLERANCE = 1e-8;

    static Stream<JsonNode> cases() throws IOException {
        try (var in = ChainDiagnosticsTest.class.getResourceAsStream("arviz/reference.json")) {
            var cases = new ObjectMapper().readTree(in).get("cases");
            return Stream.iterate(0, i -> i < cases.size(), i -> i + 1).map(cases::get);
        }
    }

    static double[][] chains(JsonNode c) {
        var rows = c.get("chains");
        var out = new double[rows.size()][];
        for (int m = 0; m < out.length; m++) {
            out[m] = new double[rows.get(m).size()];
            for (int t = 0; t < out[m].length; t++) {
                out[m][t] = rows.get(m).get(t).asDouble();
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void agreesWithArviz(JsonNode c) {
        var d = ChainDiagnostics.of(chains(c));
        var name = c.get("name").asText();
        assertRelative(name + " rhatBulk", d.rhatBulk(), c.get("rhatBulk").asDouble());
        assertRelative(name + " rhatTail", d.rhatTail(), c.get("rhatTail").asDouble());
        assertRelative(name + " rhat", d.rhat(), c.get("rhat").asDouble());
        assertRelative(name + " essBulk", d.essBulk(), c.get("essBulk").asDouble());
        assertRelative(name + " essTail", d.essTail(), c.get("essTail").asDouble());
        assertRelative(name + " essMean", d.essMean(), c.get("essMean").asDouble());
        assertRelative(name + " mcseMean", d.mcseMean(), c.get("mcseMean").asDouble());
    }

    private static void assertRelative(String what, double actual, double expected) {
        assertThat(actual).as(what).isCloseTo(expected, within(TOLERANCE * Math.abs(expected)));
    }

    /** Chains stuck in two wells: every one looks settled on its own, R̂ and the bulk ESS see it. */
    @Test
    void chainsInDifferentWellsShowAsAnRhatFarAboveOne() throws IOException {
        var stuck = cases().filter(c -> c.get("name").asText().startsWith("stuck")).findFirst().orElseThrow();
        var d = ChainDiagnostics.of(chains(stuck));
        assertThat(d.rhat()).isGreaterThan(1.5);
        assertThat(d.essBulk()).isLessThan(10);
    }

    @Test
    void refusesShortUnequalOrNonFiniteChains() {
        assertThatThrownBy(() -> ChainDiagnostics.of(new double[][] {{1, 2, 3}})).hasMessageContaining("at least 4");
        assertThatThrownBy(() -> ChainDiagnostics.of(new double[][] {{1, 2, 3, 4}, {1, 2, 3, 4, 5}}))
                .hasMessageContaining("chain 1 has 5 draws");
        assertThatThrownBy(() -> ChainDiagnostics.of(new double[][] {{1, 2, Double.NaN, 4}}))
                .hasMessageContaining("non-finite");
    }
}

package org.trainability.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trainability.engine.linalg.Tolerance;

/**
 * {@code analyze} against an independent implementation: numpy/scipy, written from docs/math.md alone.
 * The reference values and the script that made them sit beside each other in
 * {@code src/test/resources/org/trainability/cli/reference/} (make_reference.py;
 * versions inside reference.json). Every field of the output is compared.
 */
class AnalyzeReferenceTest {

    private static final String REFERENCE = "/org/trainability/cli/reference/reference.json";
    /** Rounding differences between two LAPACKs and two summation orders stay far below this. */
    private static final Tolerance AGREEMENT = Tolerance.relative(1e-9);

    static Stream<JsonNode> cases() throws Exception {
        try (InputStream in = AnalyzeReferenceTest.class.getResourceAsStream(REFERENCE)) {
            var root = new ObjectMapper().readTree(in);
            List<JsonNode> list = new ArrayList<>();
            root.get("cases").forEach(list::add);
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFieldMatchesNumpy(JsonNode c, @TempDir Path dir) throws Exception {
        var file = dir.resolve("model.json");
        Files.writeString(file, c.get("model").toString());
        var run = AnalyzeCommandTest.run("analyze", "--model", file.toString(), "--kernel", c.get("kernel").asText(),
                "--window", c.get("window").asText(), "--chains", c.get("chains").asText(),
                "--epsilon", c.get("epsilon").asText());
        assertThat(run.status()).as(run.err()).isZero();
        var actual = run.json();
        var expected = c.get("expected");
        assertThat(actual.get("states").asInt()).isEqualTo(expected.get("states").asInt());
        for (var field : List.of("gap", "tO", "gammaEff", "rEff", "gradNorm2", "qOp", "qPerp", "qPerpCStar", "qSingle")) {
            close(c, field, actual.get(field).asDouble(), expected.get(field).asDouble());
        }
        for (var field : List.of("lambdas", "variance", "tauInt", "gradient")) {
            assertThat(actual.get(field)).as(field).hasSameSizeAs(expected.get(field));
            for (int i = 0; i < expected.get(field).size(); i++) {
                double e = expected.get(field).get(i).asDouble();
                double a = actual.get(field).get(i).asDouble();
                if (field.equals("lambdas") || field.equals("gradient")) {
                    assertThat(Math.abs(a - e)).as("%s: %s[%d]", c.get("name").asText(), field, i).isLessThan(1e-12);
                } else {
                    close(c, field + "[" + i + "]", a, e);
                }
            }
        }
        assertThat(actual.get("cStar")).hasSameSizeAs(expected.get("cStar"));
        for (int i = 0; i < expected.get("cStar").size(); i++) {
            var e = expected.get("cStar").get(i);
            var a = actual.get("cStar").get(i);
            assertThat(a.get("multiplicity").asInt()).isEqualTo(e.get("multiplicity").asInt());
            assertThat(Math.abs(a.get("lambda").asDouble() - e.get("lambda").asDouble())).isLessThan(1e-12);
            // A cluster's weight is conditioned by ε/separation from the rest of the spectrum
            // (Davis–Kahan): two correct solvers differ by ~1e-16/separation relative.
            double separation = e.get("separation").asDouble();
            var tolerance = Tolerance.relative(Math.max(1e-9, 1e-15 / separation));
            assertThat(tolerance.agree(a.get("weight").asDouble(), e.get("weight").asDouble()))
                    .as("%s: cStar[%d].weight = %s, numpy %s (separation %s)", c.get("name").asText(), i,
                            a.get("weight").asDouble(), e.get("weight").asDouble(), separation).isTrue();
        }
    }

    private static void close(JsonNode c, String what, double actual, double expected) {
        assertThat(AGREEMENT.agree(actual, expected))
                .as("%s: %s = %s, numpy %s", c.get("name").asText(), what, actual, expected).isTrue();
    }
}

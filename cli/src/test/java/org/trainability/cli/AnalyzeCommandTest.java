package org.trainability.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.ModelFiles;
import org.trainability.engine.spectral.SpectralAnalysis;

/** Runs {@code ./ledger.sh analyze} as a user would, through the command line's entry point. */
class AnalyzeCommandTest {

    record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int status = LedgerCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    /** Curie–Weiss, N = 6, b = 0, fields not trained: the setting of the mis-anchoring. */
    static String curieWeiss(int n, double beta) {
        var rows = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            var row = new ArrayList<String>();
            for (int j = 0; j < n; j++) {
                row.add(i == j ? "0" : Double.toString(1.0 / n));
            }
            rows.add("[" + String.join(",", row) + "]");
        }
        var moments = new ArrayList<String>();
        for (int a = 0; a < n * (n - 1) / 2; a++) {
            moments.add("-0.6");
        }
        return "{\"type\":\"ising\",\"n\":" + n + ",\"couplings\":[" + String.join(",", rows) + "],\"beta\":" + beta
                + ",\"trainFields\":false,\"dataMoments\":[" + String.join(",", moments) + "]}";
    }

    @Test
    void printsTheIssuesJsonWithNumbersFromTheEngine(@TempDir Path dir) throws Exception {
        var file = dir.resolve("cw.json");
        Files.writeString(file, curieWeiss(6, 1.5));
        var run = run("analyze", "--model", file.toString(), "--window", "1000", "--chains", "2");
        assertThat(run.status()).as(run.err()).isZero();
        var json = run.json();
        var fields = new ArrayList<String>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("states", "kernel", "gap", "lambdas", "variance", "tauInt", "tO", "epsilon",
                "cStar", "gammaEff", "rEff", "gradient", "gradNorm2", "window", "chains", "qOp", "qPerp",
                "qPerpCStar", "qSingle");
        assertThat(json.get("states").asInt()).isEqualTo(64);
        assertThat(json.get("kernel").asText()).isEqualTo("random-scan");
        assertThat(json.get("lambdas")).hasSize(10);
        assertThat(json.get("lambdas").get(0).asDouble()).isEqualTo(1.0);
        assertThat(json.get("variance")).hasSize(15);
        assertThat(json.get("gradient")).hasSize(15);
        assertThat(json.get("window").asLong()).isEqualTo(1000);
        assertThat(json.get("chains").asInt()).isEqualTo(2);
        assertThat(json.get("cStar").get(0).get("multiplicity").asInt()).isPositive();

        var problem = ModelFiles.read(file);
        var law = EnumeratedLaw.of(problem.model());
        var analysis = SpectralAnalysis.of(law, ExactKernels.build(KernelName.RANDOM_SCAN, problem.model()));
        var prediction = analysis.predict(law.gradient(problem.dataExpectations()), 1000, 2, 1e-3);
        assertThat(json.get("qOp").asDouble()).isEqualTo(prediction.qOp());
        assertThat(json.get("qPerp").asDouble()).isEqualTo(prediction.qPerp());
        assertThat(json.get("gap").asDouble()).isEqualTo(analysis.spectrum().gap());
        // The mis-anchoring shows in the output: Q_single is absurdly large (or the string "Infinity").
        var qSingle = json.get("qSingle");
        assertThat(qSingle.isTextual() ? Double.POSITIVE_INFINITY : qSingle.asDouble()).isGreaterThan(1e20 * prediction.qOp());
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() {
        var run = run("analyze", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--model=FILE").contains("--window=K").contains("block-rbm");
    }

    @Test
    void writesInfinitiesAsStrings() {
        var node = new ObjectMapper().createObjectNode();
        AnalyzeCommand.number(node, "q", Double.POSITIVE_INFINITY);
        AnalyzeCommand.number(node, "r", Double.NaN);
        assertThat(node.get("q").asText()).isEqualTo("Infinity");
        assertThat(node.get("r").asText()).isEqualTo("NaN");
    }

    @Test
    void reportsBiasWhenABurnInIsGiven(@TempDir Path dir) throws Exception {
        var file = dir.resolve("cw.yaml");
        Files.writeString(file, curieWeiss(4, 0.5));
        var run = run("analyze", "--model", file.toString(), "--window", "10", "--burn-in", "3", "--kernel", "metropolis");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.json().get("bias")).hasSize(6);
        assertThat(run.json().get("kernel").asText()).isEqualTo("metropolis");
    }

    static List<String> lines(String s) {
        return s.lines().filter(l -> !l.isBlank()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            asymmetric J       | {"type":"ising","n":2,"couplings":[[0,1],[2,0]],"dataMoments":[0,0,0]}            | J must be symmetric
            non-zero diagonal  | {"type":"ising","n":2,"couplings":[[1,1],[1,0]],"dataMoments":[0,0,0]}            | the diagonal of J must be zero
            wrong sizes        | {"type":"ising","n":3,"couplings":[[0,1],[1,0]],"dataMoments":[0,0,0]}            | couplings has 2 rows; expected 3
            NaN                | {"type":"ising","n":2,"couplings":[[0,NaN],[NaN,0]],"dataMoments":[0,0,0]}        | couplings[0][1] is NaN
            moments wrong size | {"type":"ising","n":2,"couplings":[[0,1],[1,0]],"dataMoments":[0,0]}              | dataMoments has 2 entries but the model has 3 parameters
            numerically reducible | {"type":"ising","n":3,"couplings":[[0,1,1],[1,0,1],[1,1,0]],"beta":50,"dataMoments":[0,0,0,0,0,0]} | the kernel is reducible at double precision
            beta overflows     | {"type":"ising","n":2,"couplings":[[0,1],[1,0]],"beta":1e308,"dataMoments":[0,0,0]} | beyond what double precision can exponentiate
            """)
    void badModelFilesGiveOneClearMessageAndExitTwo(String what, String text, String message, @TempDir Path dir)
            throws Exception {
        var file = dir.resolve("bad.json");
        Files.writeString(file, text);
        var run = run("analyze", "--model", file.toString(), "--window", "10");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(lines(run.err())).hasSize(1);
        assertThat(run.err()).contains(message).contains("bad.json").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aModelBeyondTheDenseLimitPointsToTheMatrixFreePath(@TempDir Path dir) throws Exception {
        var file = dir.resolve("big.json");
        int n = 13;
        var rows = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            rows.add("[" + String.join(",", java.util.Collections.nCopies(n, "0")) + "]");
        }
        Files.writeString(file, "{\"type\":\"ising\",\"n\":13,\"couplings\":[" + String.join(",", rows)
                + "],\"trainFields\":false,\"dataStates\":[[" + String.join(",", java.util.Collections.nCopies(n, "1")) + "]]}");
        var run = run("analyze", "--model", file.toString(), "--window", "10");
        assertThat(run.status()).isEqualTo(2);
        assertThat(lines(run.err())).hasSize(1);
        assertThat(run.err()).contains("N = 13").contains("beyond the dense limit of 4096").contains("matrix-free path")
                .contains("sampler");
    }

    @Test
    void aNonReversibleKernelIsRefusedWithItsResidual(@TempDir Path dir) throws Exception {
        var file = dir.resolve("cw.json");
        Files.writeString(file, curieWeiss(4, 1.0));
        var run = run("analyze", "--model", file.toString(), "--window", "10", "--kernel", "systematic-scan");
        assertThat(run.status()).isEqualTo(2);
        assertThat(lines(run.err())).hasSize(1);
        assertThat(run.err()).contains("systematic-scan is not reversible").containsPattern("residual .* = \\d\\.\\d{3}e-\\d+");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --window|0|--kernel|random-scan|the window K must be at least 1
            --window|5|--kernel|gibbs|unknown kernel 'gibbs'; expected one of random-scan
            --window|5|--chains|0|at least one chain is needed
            --window|5|--epsilon|2|it must lie strictly between 0 and 1
            """)
    void badOptionsGiveOneClearMessage(String o1, String v1, String o2, String v2, String message, @TempDir Path dir)
            throws Exception {
        var file = dir.resolve("cw.json");
        Files.writeString(file, curieWeiss(3, 1.0));
        var run = run("analyze", "--model", file.toString(), o1, v1, o2, v2);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(message);
    }
}

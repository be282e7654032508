package org.trainability.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./ledger.sh sample} end to end on model files. */
class SampleCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int status = LedgerCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    /** A ferromagnetic ring with trained fields and data moments. */
    private Path isingFile(int n, double j, double beta) throws Exception {
        var rows = new StringBuilder();
        for (int a = 0; a < n; a++) {
            rows.append(a == 0 ? "[" : ",[");
            for (int b = 0; b < n; b++) {
                boolean ring = Math.abs(a - b) == 1 || Math.abs(a - b) == n - 1;
                rows.append(b == 0 ? "" : ",").append(ring && a != b ? j : 0.0);
            }
            rows.append(']');
        }
        int p = n * (n - 1) / 2 + n;
        var moments = new StringBuilder();
        for (int a = 0; a < p; a++) {
            moments.append(a == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", -0.3 + 0.01 * (a % 7)));
        }
        var text = String.format(Locale.ROOT, "{\"type\":\"ising\",\"n\":%d,\"couplings\":[%s],\"fields\":%s,"
                        + "\"beta\":%s,\"trainFields\":true,\"dataMoments\":[%s]}", n, rows, zeros(n), beta, moments);
        var file = dir.resolve("ising" + n + ".json");
        Files.writeString(file, text);
        return file;
    }

    private static String zeros(int n) {
        return "[" + String.join(",", java.util.Collections.nCopies(n, "0.0")) + "]";
    }

    @Test
    void printsQopWithItsIntervalTauAndThroughput() throws Exception {
        var file = isingFile(4, 0.5, 1.0);
        var r = run("sample", "--model", file.toString(), "--kernel", "random-scan", "--window", "2000",
                "--burn-in", "200", "--chains", "2", "--replicates", "10", "--seed", "7", "--threads", "2");
        assertThat(r.status()).as(r.err()).isZero();
        var json = r.json();
        assertThat(json.fieldNames()).toIterable().containsExactly("qOp", "qOpLow", "qOpHigh", "mse", "replicates",
                "tauInt", "resolved", "rhat", "essBulk", "essTail", "mcse", "updatesPerSecond");
        assertThat(json.get("qOpLow").asDouble()).isLessThan(json.get("qOp").asDouble());
        assertThat(json.get("qOpHigh").asDouble()).isGreaterThan(json.get("qOp").asDouble());
        assertThat(json.get("mse").asDouble()).isPositive();
        assertThat(json.get("replicates").asInt()).isEqualTo(10);
        assertThat(json.get("tauInt")).hasSize(10);
        assertThat(json.get("resolved")).hasSize(10);
        for (var v : json.get("resolved")) {
            assertThat(v.isBoolean()).isTrue();
        }
        for (var v : json.get("tauInt")) {
            assertThat(v.asDouble()).isBetween(0.4, 200.0);
        }
        for (var field : new String[] {"rhat", "essBulk", "essTail", "mcse"}) {
            assertThat(json.get(field)).as(field).hasSize(10);
        }
        for (var v : json.get("rhat")) {
            assertThat(v.asDouble()).isBetween(0.98, 1.1);
        }
        assertThat(json.get("updatesPerSecond").asDouble()).isPositive();
        // Same seed, other thread count: the same numbers (throughput aside).
        var again = run("sample", "--model", file.toString(), "--kernel", "random-scan", "--window", "2000",
                "--burn-in", "200", "--chains", "2", "--replicates", "10", "--seed", "7", "--threads", "1");
        assertThat(again.json().get("qOp")).isEqualTo(json.get("qOp"));
        assertThat(again.json().get("tauInt")).isEqualTo(json.get("tauInt"));
        assertThat(again.json().get("rhat")).isEqualTo(json.get("rhat"));
    }

    /**
     * A strongly coupled ring (βJ = 3, six spins) barely ever reverses its magnetisation: chains
     * started all-plus and all-minus (the default start) stay apart, and the fields' R̂ shows it.
     */
    @Test
    void overdispersedStartsByDefaultExposeChainsThatNeverMeet() throws Exception {
        var file = isingFile(6, 1.0, 3.0);
        var r = run("sample", "--model", file.toString(), "--kernel", "random-scan", "--window", "2000",
                "--burn-in", "200", "--chains", "4", "--replicates", "2", "--seed", "7", "--threads", "2");
        assertThat(r.status()).as(r.err()).isZero();
        var rhat = r.json().get("rhat");
        int fields = 6;
        for (int a = rhat.size() - fields; a < rhat.size(); a++) {
            assertThat(rhat.get(a).asDouble()).as("R-hat of field " + a).isGreaterThan(1.5);
        }
        assertThat(r.err()).contains("UNRESOLVED, parameter").contains("the chains have not mixed");
    }

    @Test
    void aModelBeyondEnumerationOmitsQopAndSaysWhy() throws Exception {
        var file = isingFile(14, 0.4, 1.0);
        var r = run("sample", "--model", file.toString(), "--kernel", "checkerboard", "--window", "300",
                "--chains", "2", "--replicates", "3", "--seed", "3");
        assertThat(r.status()).as(r.err()).isZero();
        var json = r.json();
        assertThat(json.has("qOp")).isFalse();
        assertThat(json.has("qOpLow")).isFalse();
        assertThat(json.get("mse").asDouble()).isPositive();
        assertThat(json.get("tauInt")).hasSize(14 * 13 / 2 + 14);
        assertThat(r.err()).contains("qOp").contains("2^14");
    }

    @Test
    void anRbmWithSampledPositivePhaseReportsF4() throws Exception {
        var text = "{\"type\":\"rbm\",\"visible\":3,\"hidden\":2,\"weights\":[[0.5,-0.3],[0.2,0.4],[-0.6,0.1]],"
                + "\"visibleFields\":[0,0,0],\"hiddenFields\":[0,0],\"beta\":1.0,\"trainFields\":false,"
                + "\"dataStates\":[[1,1,-1],[1,-1,-1],[-1,1,1]]}";
        var file = dir.resolve("rbm.json");
        Files.writeString(file, text);
        var r = run("sample", "--model", file.toString(), "--kernel", "block-rbm", "--window", "200",
                "--chains", "2", "--replicates", "8", "--seed", "5", "--sample-positive-phase", "--start", "data");
        assertThat(r.status()).as(r.err()).isZero();
        var json = r.json();
        assertThat(json.get("positiveMse").asDouble()).isPositive();
        assertThat(json.get("negativeMse").asDouble()).isPositive();
        assertThat(json.get("positiveToNegativeMse").asDouble())
                .isCloseTo(json.get("positiveMse").asDouble() / json.get("negativeMse").asDouble(),
                        org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void badInputGetsOneClearMessageAndExitTwo() throws Exception {
        var file = isingFile(4, 0.5, 1.0);
        var cases = new String[][] {
            {"--kernel", "gibbs"},
            {"--kernel", "block-rbm"},
            {"--replicates", "1"},
            {"--start", "data"},
            {"--start", "sideways"},
            {"--kernel", "tempering", "--ladder", "0.5,0.2,1.0"},
            {"--chains", "0"},
        };
        for (var extra : cases) {
            var args = new java.util.ArrayList<>(java.util.List.of("sample", "--model", file.toString(), "--window", "10"));
            args.addAll(java.util.List.of(extra));
            var r = run(args.toArray(String[]::new));
            assertThat(r.status()).as(String.join(" ", extra) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        var missing = run("sample", "--model", dir.resolve("none.json").toString(), "--window", "10");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("none.json");
    }
}

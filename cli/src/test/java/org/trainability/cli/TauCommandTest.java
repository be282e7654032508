package org.trainability.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./ledger.sh tau} end to end: a file of AR(1) chains in, the JSON verdict out. */
class TauCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int status = LedgerCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Path ar1File(double rho, int chains, int length) throws Exception {
        var root = (RandomGenerator.SplittableGenerator) RandomGeneratorFactory.of("L64X128MixRandom").create(7);
        var x = new double[chains];
        var gens = new RandomGenerator[chains];
        for (int c = 0; c < chains; c++) {
            gens[c] = root.split();
            x[c] = gens[c].nextGaussian();
        }
        var text = new StringBuilder("# AR(1), rho = " + rho + "\n");
        for (int t = 0; t < length; t++) {
            for (int c = 0; c < chains; c++) {
                text.append(c == 0 ? "" : "\t").append(x[c]);
                x[c] = rho * x[c] + Math.sqrt(1 - rho * rho) * gens[c].nextGaussian();
            }
            text.append('\n');
        }
        var file = dir.resolve("series.txt");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void printsTauWindowEssLengthAndVerdict() throws Exception {
        var file = ar1File(0.8, 3, 20_000);
        var r = run("tau", "--series", file.toString());
        assertThat(r.status()).as(r.err()).isZero();
        var json = new ObjectMapper().readTree(r.out());
        // Exact 4.5; Sokal standard error about 0.1, so the band is 5 errors wide each way
        // (false-failure rate below 1e-6 if the estimate is normal; the seed is fixed).
        assertThat(json.get("tauInt").asDouble()).isBetween(4.0, 5.0);
        assertThat(json.get("length").asInt()).isEqualTo(20_000);
        assertThat(json.get("ess").asDouble()).isCloseTo(3 * 20_000 / (2 * json.get("tauInt").asDouble()),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(json.get("window").asInt()).isPositive();
        assertThat(json.get("resolved").asBoolean()).isTrue();
    }

    /**
     * Two chains that each look settled, one around +2 and one around −2 (a model stuck in two
     * wells): τ̂ alone would call it RESOLVED; R̂ and the bulk ESS make it UNRESOLVED, and stderr
     * names both conditions.
     */
    @Test
    void chainsInTwoWellsAreUnresolvedByRhat() throws Exception {
        var file = ar1File(0.5, 2, 4_000);
        var lines = Files.readAllLines(file);
        var shifted = new StringBuilder();
        for (var line : lines) {
            if (line.startsWith("#")) {
                shifted.append(line).append('\n');
                continue;
            }
            var cells = line.split("\t");
            shifted.append(Double.parseDouble(cells[0]) + 2).append('\t').append(Double.parseDouble(cells[1]) - 2)
                    .append('\n');
        }
        Files.writeString(file, shifted);
        var r = run("tau", "--series", file.toString());
        assertThat(r.status()).as(r.err()).isZero();
        var json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("resolved").asBoolean()).isFalse();
        assertThat(json.get("rhat").asDouble()).isGreaterThan(1.5);
        assertThat(json.get("rhatBulk").asDouble()).isGreaterThan(1.5);
        assertThat(json.get("essBulk").asDouble()).isLessThan(400);
        assertThat(r.err()).contains("UNRESOLVED: R̂ = ").contains("the chains have not mixed")
                .contains("UNRESOLVED: bulk ESS = ").doesNotContain("still growing").doesNotContain("only");
    }

    @Test
    void wellMixedChainsHaveRhatNearOneAndNoNote() throws Exception {
        var r = run("tau", "--series", ar1File(0.8, 3, 20_000).toString());
        var json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("rhat").asDouble()).isBetween(0.99, 1.01);
        assertThat(json.get("essBulk").asDouble()).isGreaterThan(400);
        assertThat(json.get("essTail").asDouble()).isGreaterThan(400);
        assertThat(json.get("mcse").asDouble()).isPositive();
        assertThat(r.err()).doesNotContain("note:");
    }

    @Test
    void aShortSlowSeriesIsUnresolvedAndSaysWhy() throws Exception {
        var file = ar1File(0.999, 2, 3_000);
        var r = run("tau", "--series", file.toString(), "--c", "5");
        assertThat(r.status()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("resolved").asBoolean()).isFalse();
        assertThat(r.err()).contains("UNRESOLVED");
    }

    @Test
    void raggedRowsAreBadInput() throws Exception {
        var file = dir.resolve("bad.txt");
        Files.writeString(file, "1 2\n3 4\n5\n");
        var r = run("tau", "--series", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("line 3").doesNotContain("Exception");
    }

    @Test
    void aWordIsBadInput() throws Exception {
        var file = dir.resolve("bad.txt");
        Files.writeString(file, "1 2\n3 x\n");
        var r = run("tau", "--series", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("line 2, column 2");
    }

    @Test
    void aMissingFileIsBadInput() {
        var r = run("tau", "--series", dir.resolve("none.txt").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("does not exist");
    }

    @Test
    void aNonPositiveWindowConstantIsBadInput() throws Exception {
        var file = ar1File(0.5, 1, 100);
        var r = run("tau", "--series", file.toString(), "--c", "-1");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--c");
    }
}

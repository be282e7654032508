package org.trainability.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainability.ledger.audit.Audit;
import org.trainability.ledger.audit.AuditJson;
import org.trainability.ledger.model.Ledger;

/** The generator's command line: one clear message and exit 2 on bad input; an empty ledger is fine. */
class SiteGeneratorTest {

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = SiteGenerator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingAuditIsOneClearError(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("ledger"));
        var run = run("--root", root.toString(), "--out", root.resolve("site").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no audit at " + root.resolve("cli/target/audit/audit.json"))
                .contains("run `mvn verify`").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.exists(root.resolve("site"))).isFalse();
    }

    @Test
    void aMalformedAuditNamesTheFieldAndTheFix(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("ledger"));
        var audit = root.resolve("audit.json");
        Files.writeString(audit, "{\"entries\": [{\"id\": \"A2\", \"kind\": \"assumption\", \"title\": \"t\","
                + " \"reported\": \"solid\", \"claimed\": \"solid\", \"supported\": \"rock-solid\"}], \"summary\": {}}");
        var run = run("--root", root.toString(), "--audit", audit.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("entries[0].supported").contains("unknown value 'rock-solid'")
                .contains("./ledger.sh audit --json");
    }

    @Test
    void aFigureTheSiteCannotDrawFailsTheBuild(@TempDir Path dir) throws Exception {
        var root = FixtureSite.copyFixture(dir.resolve("root"));
        var audit = dir.resolve("audit.json");
        FixtureSite.writeEvidence(root, audit);
        var json = JsonMapper.builder().build();
        var tree = json.readTree(audit.toFile());
        var grid = findCheck(tree, "exp7.sweet-spot").with("figures").with("grid");
        ((ArrayNode) grid.get("xValues")).set(2, TextNode.valueOf("wide"));
        json.writeValue(audit.toFile(), tree);
        var site = dir.resolve("site");
        var run = run("--root", root.toString(), "--audit", audit.toString(), "--out", site.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(audit.toString()).contains("check exp7.sweet-spot")
                .contains(".figures.grid.xValues[2]").contains("must be a number")
                .contains("./ledger.sh audit --json").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(Files.exists(site)).isFalse();
    }

    private static ObjectNode findCheck(JsonNode audit, String id) {
        for (var entry : audit.get("entries")) {
            for (var check : entry.get("checks")) {
                if (check.get("id").asText().equals(id)) {
                    return (ObjectNode) check;
                }
            }
        }
        throw new IllegalArgumentException("no check " + id);
    }

    @Test
    void aBrokenLedgerIsReportedWithFileAndLine(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("ledger/assumptions"));
        Files.writeString(root.resolve("ledger/assumptions/A2.yaml"), "id: A2\nkind: assumption\ntitle: t\n");
        var run = run("--root", root.toString(), "--audit", root.resolve("a.json").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("the ledger cannot be read").contains("ledger/assumptions/A2.yaml")
                .contains("statement");
    }

    @Test
    void unknownOptionsGetTheUsage() {
        var run = run("--colour", "blue");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown argument '--colour'").contains("usage: SiteGenerator");
        assertThat(run("--help").out()).contains("--audit FILE");
    }

    @Test
    void anEmptyLedgerGivesASiteThatSaysSo(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("ledger"));
        var audit = root.resolve("audit.json");
        AuditJson.write(Audit.of(Ledger.of(List.of()), List.of(), path -> null, "unknown", Instant.EPOCH,
                Duration.ZERO), audit);
        var site = root.resolve("site");
        var result = SiteGenerator.generate(root, audit, site, SharedRenderer.get());
        assertThat(result.problems()).isEmpty();
        var inspection = new SiteInspection(site);
        assertThat(inspection.pages()).hasSize(2);
        assertThat(inspection.page("index.html").text()).contains("The ledger holds no entries yet")
                .contains("No audit snapshot has been recorded yet")
                .contains("The ledger holds no operational claim yet");
        assertThat(inspection.page("graph.html").text()).contains("The ledger holds no entries yet");
        assertThat(inspection.brokenLinks()).isEmpty();
        assertThat(inspection.networkLoads()).isEmpty();
    }

    @Test
    void regeneratingReplacesTheSiteAsAWhole(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("ledger"));
        var audit = root.resolve("audit.json");
        AuditJson.write(Audit.of(Ledger.of(List.of()), List.of(), path -> null, "unknown", Instant.EPOCH,
                Duration.ZERO), audit);
        var site = root.resolve("site");
        Files.createDirectories(site.resolve("entries"));
        Files.writeString(site.resolve("entries/stale.html"), "from an earlier ledger");
        SiteGenerator.generate(root, audit, site, SharedRenderer.get());
        assertThat(Files.exists(site.resolve("entries/stale.html"))).isFalse();
        try (var left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ledger", "audit.json",
                    "site");
        }
    }
}

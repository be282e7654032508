package org.trainability.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.calibration.CalibrationCorpus;
import org.trainability.checks.calibration.CalibrationFile;
import org.trainability.checks.calibration.CalibrationStudy;
import org.trainability.checks.calibration.CalibrationSummary;
import org.trainability.checks.calibration.CaseResult;
import org.trainability.checks.evidence.EvidenceException;
import org.trainability.ledger.store.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./ledger.sh calibrate}: measures how often the RESOLVED rule is wrong over the calibration
 * corpus (docs/sampling.md, "Calibration of RESOLVED") and keeps the result, sealed, in
 * {@code evidence/calibration/resolved-rule.json}, which the audit re-gates on
 * ({@code R5.resolved-calibration}). Some minutes on two cores: every finished case is appended to
 * a checkpoint beside the output, so a killed run resumes where it stopped; progress goes to stderr.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, description = {
        "Measure the false-RESOLVED rate of the RESOLVED rule over the calibration corpus (small models with exact",
        "tau_int) and keep it, sealed, in evidence/calibration/resolved-rule.json (the audit re-gates on it).",
        "Resumes from its checkpoint (OUT.checkpoint) after a kill; progress on stderr."})
final class CalibrateCommand implements Callable<Integer> {

    static final String KEPT = "evidence/calibration/resolved-rule.json";

    @Mixin
    RootOption root;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to keep the result (default: " + KEPT
            + " under the root).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Cases run at once (default: one per processor)."
            + " The results do not depend on it.")
    Integer threads;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var target = (out != null ? out : root.root().resolve(KEPT)).toAbsolutePath();
        var checkpoint = target.resolveSibling(target.getFileName() + ".checkpoint");
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new UserInputException("--threads must be at least 1");
        }
        var err = spec.commandLine().getErr();
        var cases = CalibrationCorpus.cases();
        var fingerprint = CalibrationFile.fingerprint(cases);
        java.util.List<CaseResult> done;
        try {
            done = CalibrationFile.readCheckpoint(checkpoint, fingerprint);
        } catch (EvidenceException e) {
            throw new UserInputException(e.getMessage());
        }
        Files.createDirectories(target.getParent());
        if (done.isEmpty()) {
            Files.writeString(checkpoint, CalibrationFile.checkpointHeader(fingerprint) + "\n", StandardCharsets.UTF_8);
        } else {
            err.printf(Locale.ROOT, "resuming: %d of %d cases already in %s%n", done.size(), cases.size(), checkpoint);
        }
        var progress = new Progress(err, System.nanoTime(), done.size());
        var results = CalibrationStudy.run(EngineUnderTest.real(), cases, done, n, (result, count, total) -> {
            try {
                Files.writeString(checkpoint, CalibrationFile.checkpointLine(result) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot append to the checkpoint " + checkpoint, e);
            }
            progress.report(result, count, total);
        });
        AtomicFiles.writeString(target, CalibrationFile.toText(fingerprint, results, Instant.now()));
        Files.deleteIfExists(checkpoint);
        var summary = new CalibrationSummary(results);
        var stdout = spec.commandLine().getOut();
        for (var rule : CalibrationSummary.Rule.values()) {
            var t = summary.tally(rule);
            var ci = t.interval();
            stdout.printf(Locale.ROOT, "%-22s %4d of %4d RESOLVED verdicts false: %.2f%% (95%% interval %.2f-%.2f%%),"
                            + " %d with L < 50 tau_int; Curie-Weiss N=11 beta=3 %s%n", rule.label(), t.falseResolved(),
                    t.resolved(), 100 * t.rate(), 100 * ci[0], 100 * ci[1], t.unmixed(),
                    summary.blindSpotCaught(rule) ? "UNRESOLVED" : "RESOLVED");
        }
        stdout.println("kept in " + target + " (" + results.size() + " cases; goal at most "
                + (100 * CalibrationSummary.GOAL) + "% under the full rule: "
                + (summary.meetsGoal(CalibrationSummary.Rule.FULL) ? "met" : "not met") + ")");
        return 0;
    }

    /** A line on stderr per finished case, at most one every few seconds, with the time left. */
    private static final class Progress {
        private final PrintWriter err;
        private final long start;
        private final int before;
        private long last;

        Progress(PrintWriter err, long start, int before) {
            this.err = err;
            this.start = start;
            this.before = before;
            this.last = start;
        }

        void report(CaseResult result, int count, int total) {
            long now = System.nanoTime();
            if (now - last < 5_000_000_000L && count < total) {
                return;
            }
            last = now;
            double elapsed = (now - start) / 1e9;
            int ran = count - before;
            double left = ran == 0 ? Double.NaN : elapsed / ran * (total - count);
            err.printf(Locale.ROOT, "[%d/%d] %s (exact tau_max %.4g), %.0f s elapsed, about %.0f s left%n", count,
                    total, result.name(), result.tauMax(), elapsed, left);
            err.flush();
        }
    }
}

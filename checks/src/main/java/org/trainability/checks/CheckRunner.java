package org.trainability.checks;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.trainability.checks.evidence.EvidenceRecord;
import org.trainability.checks.evidence.StatementFingerprint;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.NegativeControl;
import org.trainability.ledger.gate.Verdict;
import org.trainability.ledger.model.Ledger;

/**
 * Runs checks — each on its input and on its negative control — and turns what they found into
 * evidence records.
 *
 * <p>Checks run concurrently on {@code threads} threads; since each check draws only on its own
 * seed, the records do not depend on the thread count (only durations do). A check that throws
 * fails; a negative control that throws instead of failing cleanly counts as having passed, so a
 * crash can never pass for discrimination. Thread-safe.
 */
public final class CheckRunner {

    private final Ledger ledger;
    private final String commit;
    private final int threads;
    private final Clock clock;

    /**
     * @param ledger  the ledger the checks verify (for statement fingerprints)
     * @param commit  the project commit, recorded with the evidence
     * @param threads how many checks run at once (at least 1)
     * @param clock   the clock for timestamps and durations
     */
    public CheckRunner(Ledger ledger, String commit, int threads, Clock clock) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.ledger = ledger;
        this.commit = commit;
        this.threads = threads;
        this.clock = clock;
    }

    /** Told of every finished check, one at a time (for progress reports). */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param record the finished check's evidence
         * @param done   checks finished so far
         * @param total  checks in the run
         */
        void finished(EvidenceRecord record, int done, int total);

        /** Tells nobody. */
        Progress SILENT = (record, done, total) -> { };
    }

    public List<EvidenceRecord> run(List<? extends Check> checks) throws InterruptedException {
        return run(checks, Progress.SILENT);
    }

    /** Runs every check and its negative control, telling {@code progress} as each finishes; results in input order. */
    public List<EvidenceRecord> run(List<? extends Check> checks, Progress progress) throws InterruptedException {
        var pool = Executors.newFixedThreadPool(threads, r -> {
            var t = new Thread(r, "check-runner");
            t.setDaemon(true);
            return t;
        });
        try {
            var futures = new ArrayList<Future<EvidenceRecord>>();
            int[] done = {0};
            for (var c : checks) {
                futures.add(pool.submit(() -> {
                    var record = runOne(c);
                    synchronized (done) {
                        progress.finished(record, ++done[0], checks.size());
                    }
                    return record;
                }));
            }
            var out = new ArrayList<EvidenceRecord>();
            for (var f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("the check runner itself failed", e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one check and its negative control. */
    public EvidenceRecord runOne(Check check) {
        var spec = check.spec();
        var start = clock.instant();
        var measured = attempt(check::measure, false);
        var control = attempt(check::negativeControl, true);
        // Only a clean FAIL is a rejection; an UNRESOLVED or erroring control rejected nothing.
        var outcome = switch (control.verdict()) {
            case PASS -> NegativeControl.PASSED_UNEXPECTEDLY;
            case FAIL -> NegativeControl.FAILED_AS_EXPECTED;
            case UNRESOLVED -> NegativeControl.INCONCLUSIVE;
        };
        var detail = measured.detail() + " | negative control: " + control.detail();
        var result = new CheckResult(spec.id(), spec.kind(), spec.verifies(), measured.verdict(),
                measured.figures(), spec.seedText(), outcome, measured.cases(),
                spec.checksStatement(), detail);
        var duration = Duration.between(start, clock.instant());
        return new EvidenceRecord(result, spec.description(), ParameterValues.sanitize(spec.parameters()),
                control.detail(), control.figures(), duration.toMillis(), commit,
                StatementFingerprint.of(ledger, spec.verifies()), start);
    }

    private interface Attempt {
        Measurement run() throws Exception;
    }

    private static Measurement attempt(Attempt a, boolean negativeControl) {
        try {
            return a.run();
        } catch (Exception | AssertionError | StackOverflowError e) {
            if (negativeControl) {
                return new Measurement(Verdict.UNRESOLVED, Figures.none(), "threw " + e
                        + " instead of failing cleanly, so it is not counted as a rejection", 0);
            }
            return new Measurement(Verdict.FAIL, Figures.none(), "threw " + e, 0);
        }
    }
}

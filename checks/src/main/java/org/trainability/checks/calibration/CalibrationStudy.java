package org.trainability.checks.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.trainability.checks.EngineUnderTest;

/**
 * Runs the calibration corpus, or what is left of it: the cases not yet done run on a pool of
 * threads, and each finished case is handed to a listener (the command line checkpoints it and
 * reports progress) as it finishes. A case's result depends on its index alone, never on the
 * thread count or the order in which cases finish. Stateless; thread-safe.
 */
public final class CalibrationStudy {

    private CalibrationStudy() {
    }

    /** Told of every finished case, one at a time. */
    public interface Listener {
        /**
         * @param result the finished case
         * @param done   cases done so far, those done before this run included
         * @param total  cases in the corpus
         */
        void finished(CaseResult result, int done, int total);
    }

    /**
     * Runs every case of {@code cases} that {@code done} does not already hold.
     *
     * @param engine   the engine calibrated
     * @param cases    the corpus
     * @param done     results kept from an interrupted run (a checkpoint)
     * @param threads  how many cases run at once
     * @param listener told of each finished case
     * @return every case's result, in corpus order
     * @throws InterruptedException when interrupted while waiting for a case
     */
    public static List<CaseResult> run(EngineUnderTest engine, List<CalibrationCorpus.Case> cases,
            List<CaseResult> done, int threads, Listener listener) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        var results = new ArrayList<CaseResult>(done);
        var finished = new HashSet<Integer>();
        done.forEach(r -> finished.add(r.index()));
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var pending = new ArrayList<Future<CaseResult>>();
            for (var c : cases) {
                if (!finished.contains(c.index())) {
                    pending.add(pool.submit(() -> {
                        var r = CaseRun.run(engine, c);
                        synchronized (results) {
                            results.add(r);
                            listener.finished(r, results.size(), cases.size());
                        }
                        return r;
                    }));
                }
            }
            for (var f : pending) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a calibration case failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        results.sort(Comparator.comparingInt(CaseResult::index));
        return List.copyOf(results);
    }
}

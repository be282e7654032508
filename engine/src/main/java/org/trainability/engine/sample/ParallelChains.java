package org.trainability.engine.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Runs independent chains on a fixed number of threads without letting the thread count change any
 * number: the streams are split from the root in chain order on the calling thread before anything
 * runs, each chain uses only its own stream, and results are returned in chain order.
 *
 * <p>Each call makes and shuts down its own pool. Thread-safe.
 */
public final class ParallelChains {

    /** The named generator every chain stream comes from. */
    public static final String ALGORITHM = "L64X128MixRandom";

    private ParallelChains() {
    }

    /** The root stream of a seed: {@code RandomGeneratorFactory.of("L64X128MixRandom").create(seed)}. */
    public static RandomGenerator.SplittableGenerator root(long seed) {
        return (RandomGenerator.SplittableGenerator) RandomGeneratorFactory.of(ALGORITHM).create(seed);
    }

    /** {@code count} streams split from root in order. */
    public static List<RandomGenerator> split(RandomGenerator.SplittableGenerator root, int count) {
        var out = new ArrayList<RandomGenerator>(count);
        for (int k = 0; k < count; k++) {
            out.add(root.split());
        }
        return out;
    }

    /** A chain's work given its index and its own stream. */
    @FunctionalInterface
    public interface ChainTask<T> {
        T run(int chain, RandomGenerator rng);
    }

    /**
     * Runs task(c, streams[c]) for every c, on {@code threads} threads.
     *
     * @param streams one stream per chain, in chain order
     * @param threads ≥ 1
     * @return the results in chain order
     * @throws IllegalArgumentException for threads &lt; 1
     * @throws IllegalStateException    wrapping a task's failure (its cause is the task's exception)
     */
    public static <T> List<T> run(List<RandomGenerator> streams, int threads, ChainTask<T> task) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        int count = streams.size();
        var results = new ArrayList<T>(count);
        if (threads == 1 || count <= 1) {
            for (int c = 0; c < count; c++) {
                results.add(task.run(c, streams.get(c)));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), r -> {
            var t = new Thread(r, "chain-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            var futures = new ArrayList<Future<T>>(count);
            for (int c = 0; c < count; c++) {
                int chain = c;
                futures.add(pool.submit(() -> task.run(chain, streams.get(chain))));
            }
            for (var f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("a chain failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while chains were running", e);
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.trainability.engine.sample;

/**
 * Sums the observables of a single-site chain over a window without touching every observable at
 * every step: since x changes one spin per flip, the sum of {@code x_i x_j} over the window is kept
 * lazily — on each flip of site i, every parameter involving i adds its current product times the
 * number of steps it has held, in exact integer arithmetic. The cost is O(parameters at i) per
 * flip, the same order as the local-field update, instead of O(all parameters) per step.
 *
 * <p>Optionally keeps a {@link FlipLog} from which each observable's series is rebuilt for τ̂.
 * Not thread-safe (belongs to its chain).
 */
final class WindowRecorder {

    private final SpinLaw law;
    private final int[] x;
    private final long start;
    private final long[] sum;
    private final long[] last;
    private final FlipLog log;

    /**
     * Starts recording the chain's current state as the window's first state X_start.
     *
     * @param keepLog whether to keep the flips for series reconstruction
     */
    WindowRecorder(SpinChain chain, boolean keepLog) {
        this.law = chain.law;
        this.x = chain.x;
        this.start = chain.time;
        int p = law.parameterCount();
        this.sum = new long[p];
        this.last = new long[p];
        java.util.Arrays.fill(last, start);
        this.log = keepLog ? new FlipLog(law, x, start) : null;
    }

    void beforeFlip(int i, long t) {
        int xi = x[i];
        var param = law.incidentParameter;
        var other = law.incidentOther;
        for (int k = law.incidentStart[i], end = law.incidentStart[i + 1]; k < end; k++) {
            int a = param[k];
            sum[a] += xi * x[other[k]] * (t - last[a]);
            last[a] = t;
        }
        if (law.trainFields) {
            int a = law.pairFirst.length + i;
            sum[a] += xi * (t - last[a]);
            last[a] = t;
        }
        if (log != null) {
            log.add(t, i);
        }
    }

    /**
     * Closes the window after the state X_{end-1} and returns the window means of f_a,
     * {@code (1/K) Σ_{t=start}^{end-1} f_a(X_t)} with {@code K = end - start}.
     */
    double[] means(long end) {
        int pairs = law.pairFirst.length;
        long k = end - start;
        var out = new double[sum.length];
        for (int a = 0; a < pairs; a++) {
            long s = sum[a] + (long) x[law.pairFirst[a]] * x[law.pairSecond[a]] * (end - last[a]);
            out[a] = -(double) s / k;
        }
        for (int a = pairs; a < sum.length; a++) {
            long s = sum[a] + (long) x[a - pairs] * (end - last[a]);
            out[a] = -(double) s / k;
        }
        return out;
    }

    /** The flip log, closed at {@code end}; null when none was kept. */
    FlipLog log(long end) {
        if (log != null) {
            log.close(end);
        }
        return log;
    }
}

package org.trainability.engine.sample;

import java.util.Arrays;

/**
 * The flips of one chain's window — (step, site), in order — and the state at the window's
 * start: enough to rebuild the series of any spin observable in O(K) without storing K × P values.
 *
 * <p>Not thread-safe while being written; read-only after {@link #close(long)}.
 */
final class FlipLog implements ObservableSeries {

    private final SpinLaw law;
    private final int[] initial;
    private final long start;
    private long end = -1;
    private long[] times = new long[64];
    private int[] sites = new int[64];
    private int size;
    /** Per-site flip times, built on close: site i's flips are siteTimes[siteStart[i] … siteStart[i+1]). */
    private int[] siteStart;
    private long[] siteTimes;

    FlipLog(SpinLaw law, int[] current, long start) {
        this.law = law;
        this.initial = current.clone();
        this.start = start;
    }

    void add(long t, int site) {
        if (size == times.length) {
            times = Arrays.copyOf(times, 2 * size);
            sites = Arrays.copyOf(sites, 2 * size);
        }
        times[size] = t;
        sites[size++] = site;
    }

    void close(long windowEnd) {
        this.end = windowEnd;
        int n = initial.length;
        siteStart = new int[n + 1];
        for (int k = 0; k < size; k++) {
            siteStart[sites[k] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            siteStart[i + 1] += siteStart[i];
        }
        var fill = Arrays.copyOf(siteStart, n);
        siteTimes = new long[size];
        for (int k = 0; k < size; k++) {
            siteTimes[fill[sites[k]]++] = times[k];
        }
    }

    @Override
    public int length() {
        return (int) (end - start);
    }

    @Override
    public int parameterCount() {
        return law.parameterCount();
    }

    /** How many flips the window saw. */
    int flips() {
        return size;
    }

    @Override
    public double[] series(int a) {
        if (end < 0) {
            throw new IllegalStateException("the flip log is still open");
        }
        int pairs = law.pairFirst.length;
        if (a < pairs) {
            return pairSeries(law.pairFirst[a], law.pairSecond[a]);
        }
        return fieldSeries(a - pairs);
    }

    private double[] fieldSeries(int i) {
        var out = new double[length()];
        int value = -initial[i];
        int from = 0;
        for (int k = siteStart[i]; k < siteStart[i + 1]; k++) {
            int to = (int) (siteTimes[k] - start);
            Arrays.fill(out, from, to, value);
            value = -value;
            from = to;
        }
        Arrays.fill(out, from, out.length, value);
        return out;
    }

    private double[] pairSeries(int i, int j) {
        var out = new double[length()];
        int value = -initial[i] * initial[j];
        int from = 0;
        int ki = siteStart[i];
        int kj = siteStart[j];
        int ei = siteStart[i + 1];
        int ej = siteStart[j + 1];
        while (ki < ei || kj < ej) {
            long t;
            if (kj >= ej || (ki < ei && siteTimes[ki] <= siteTimes[kj])) {
                t = siteTimes[ki++];
            } else {
                t = siteTimes[kj++];
            }
            int to = (int) (t - start);
            Arrays.fill(out, from, to, value);
            value = -value;
            from = to;
        }
        Arrays.fill(out, from, out.length, value);
        return out;
    }
}

package org.trainability.engine.sample;

/**
 * Sums observables evaluated in full at every step of a window, for kernels whose state changes
 * wholesale in one step (block Gibbs on an RBM, a tempering swap), and optionally stores their
 * series. Not thread-safe (belongs to its chain).
 */
final class StepRecorder {

    private final double[] sum;
    private final double[][] series;
    private int steps;

    StepRecorder(int parameters, int window, boolean keepSeries) {
        sum = new double[parameters];
        series = keepSeries ? new double[parameters][window] : null;
    }

    /** Adds f(X_t) for the next step of the window. @param f the observables. Not modified. */
    void add(double[] f) {
        for (int a = 0; a < f.length; a++) {
            sum[a] += f[a];
        }
        if (series != null) {
            for (int a = 0; a < f.length; a++) {
                series[a][steps] = f[a];
            }
        }
        steps++;
    }

    double[] means() {
        var out = new double[sum.length];
        for (int a = 0; a < sum.length; a++) {
            out[a] = sum[a] / steps;
        }
        return out;
    }

    ObservableSeries series() {
        if (series == null) {
            return null;
        }
        var kept = series;
        int length = steps;
        return new ObservableSeries() {
            @Override
            public int length() {
                return length;
            }

            @Override
            public int parameterCount() {
                return kept.length;
            }

            @Override
            public double[] series(int a) {
                return java.util.Arrays.copyOf(kept[a], length);
            }
        };
    }
}

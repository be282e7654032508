package org.trainability.engine.estimate;

import java.util.List;
import org.trainability.engine.sample.ChainWindow;

/**
 * The series of one observable across chains, as τ̂ and the RESOLVED rule take them: one row per
 * chain. Stateless; thread-safe.
 */
public final class ChainSeries {

    private ChainSeries() {
    }

    /**
     * The series {@code f_a(X_t)}, t = B … B+K−1, of every given chain.
     *
     * @param chains chain windows that kept their series
     * @param a      the parameter
     * @throws IllegalArgumentException when a chain kept no series
     */
    public static double[][] of(List<ChainWindow> chains, int a) {
        var out = new double[chains.size()][];
        for (int c = 0; c < out.length; c++) {
            var series = chains.get(c).series().orElseThrow(() -> new IllegalArgumentException(
                    "the chains were run without keeping their series; run them with keepSeries = true"));
            out[c] = series.series(a);
        }
        return out;
    }
}

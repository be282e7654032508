package org.trainability.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Structural properties of the FFT autocorrelation: it is the direct sum, and affine invariant. */
class AutocorrelationProperties {

    @Property(seed = "20261127", tries = 200)
    void fftEqualsTheDirectSum(@ForAll @Size(min = 2, max = 70) double[] raw) {
        var series = finite(raw);
        if (isConstant(series)) {
            return;
        }
        int n = series.length;
        var acf = Autocorrelation.normalized(series, n);
        double mean = java.util.Arrays.stream(series).average().orElseThrow();
        double c0 = 0;
        for (double v : series) {
            c0 += (v - mean) * (v - mean);
        }
        for (int t = 0; t < n; t++) {
            double ct = 0;
            for (int s = 0; s + t < n; s++) {
                ct += (series[s] - mean) * (series[s + t] - mean);
            }
            assertThat(acf[t]).isCloseTo(ct / c0, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Property(seed = "20261127", tries = 100, edgeCases = EdgeCasesMode.NONE)
    void tauIsInvariantUnderAffineMaps(@ForAll @IntRange(min = 0, max = 1000) int seed,
                                       @ForAll @DoubleRange(min = 0.1, max = 10) double scale,
                                       @ForAll @DoubleRange(min = -5, max = 5) double shift) {
        var chains = Ar1Series.chains(0.6, 2, 600, seed);
        var moved = new double[2][600];
        for (int c = 0; c < 2; c++) {
            for (int t = 0; t < 600; t++) {
                moved[c][t] = scale * chains[c][t] + shift;
            }
        }
        double a = IntegratedAutocorrelationTime.estimate(chains, 5).tauInt();
        double b = IntegratedAutocorrelationTime.estimate(moved, 5).tauInt();
        assertThat(b).isCloseTo(a, org.assertj.core.data.Offset.offset(1e-9 * a));
    }

    private static double[] finite(double[] raw) {
        var out = new double[raw.length];
        for (int k = 0; k < raw.length; k++) {
            double v = raw[k];
            out[k] = Double.isFinite(v) ? Math.max(-1e6, Math.min(1e6, v)) : 0;
        }
        return out;
    }

    private static boolean isConstant(double[] s) {
        for (double v : s) {
            if (v != s[0]) {
                return false;
            }
        }
        return true;
    }
}

package org.trainability.checks.obligations;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-square test of homogeneity for two samples of a discrete variable: are they drawn
 * from the same law? The categories (the values seen, in increasing order) are pooled with their
 * neighbours until every pooled category's expected count is at least 5 in both samples (the usual
 * validity rule); the statistic {@code Σ (O − E)²/E} over the 2 × k table is referred to χ² with
 * k − 1 degrees of freedom. A single pooled category (both samples constant and equal) has p = 1.
 * Stateless; thread-safe.
 */
final class TwoSampleChiSquare {

    static final double MIN_EXPECTED = 5;

    /**
     * The test's outcome.
     *
     * @param statistic the χ² statistic
     * @param degrees   k − 1
     * @param pValue    P(χ²_{k−1} ≥ statistic)
     */
    record Result(double statistic, int degrees, double pValue) {
    }

    private TwoSampleChiSquare() {
    }

    /**
     * Tests two samples.
     *
     * @param first  the first sample's values. Not modified.
     * @param second the second's. Not modified.
     */
    static Result test(double[] first, double[] second) {
        var counts = new TreeMap<Double, long[]>();
        for (double v : first) {
            counts.computeIfAbsent(v, k -> new long[2])[0]++;
        }
        for (double v : second) {
            counts.computeIfAbsent(v, k -> new long[2])[1]++;
        }
        double n1 = first.length;
        double n2 = second.length;
        double total = n1 + n2;
        // Pool adjacent categories until each has expected count >= 5 in both samples.
        var pooled = new ArrayList<long[]>();
        long[] current = new long[2];
        for (var c : counts.values()) {
            current[0] += c[0];
            current[1] += c[1];
            double column = current[0] + current[1];
            if (column * Math.min(n1, n2) / total >= MIN_EXPECTED) {
                pooled.add(current);
                current = new long[2];
            }
        }
        if (current[0] + current[1] > 0) {
            if (pooled.isEmpty()) {
                pooled.add(current);
            } else {
                var last = pooled.get(pooled.size() - 1);
                last[0] += current[0];
                last[1] += current[1];
            }
        }
        return statistic(pooled, n1, n2);
    }

    private static Result statistic(List<long[]> table, double n1, double n2) {
        int k = table.size();
        if (k < 2) {
            return new Result(0, 0, 1);
        }
        double total = n1 + n2;
        double chi2 = 0;
        for (var c : table) {
            double column = c[0] + c[1];
            double e1 = column * n1 / total;
            double e2 = column * n2 / total;
            chi2 += (c[0] - e1) * (c[0] - e1) / e1 + (c[1] - e2) * (c[1] - e2) / e2;
        }
        double p = 1 - new ChiSquaredDistribution(null, k - 1).cumulativeProbability(chi2);
        return new Result(chi2, k - 1, p);
    }
}

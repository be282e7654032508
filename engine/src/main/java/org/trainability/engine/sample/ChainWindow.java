package org.trainability.engine.sample;

import java.util.Optional;

/**
 * What one chain delivered: the window means {@code (1/K) Σ_{t=B}^{B+K−1} f_a(X_t)} of every
 * observable, the series when they were asked for, and the number of single-site updates made.
 *
 * @param means   one window mean per parameter (copied)
 * @param series  the series for τ̂, when kept
 * @param updates single-site updates made, burn-in included
 */
public record ChainWindow(double[] means, Optional<ObservableSeries> series, long updates) {

    public ChainWindow {
        means = means.clone();
    }

    @Override
    public double[] means() {
        return means.clone();
    }
}

package org.trainability.engine.sample;

/**
 * The series {@code f_a(X_t)}, t = B … B+K−1, of every observable of one chain's window, for τ̂.
 * Implementations rebuild or store them; either way each call returns a fresh array.
 */
public interface ObservableSeries {

    /** K, the window length. */
    int length();

    /** The number of observables. */
    int parameterCount();

    /** The series of observable a, length {@link #length()}. */
    double[] series(int a);
}

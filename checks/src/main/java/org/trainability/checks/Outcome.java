package org.trainability.checks;

/**
 * What one run of a {@link CheckDesign} found, before it is judged and shown. {@link #present()}
 * applies the check's rule (the verdict) and lays out its figures and its one-line detail.
 */
public interface Outcome {

    /** The verdict, the figures and the detail of this run. */
    Measurement present();
}

package org.trainability.checks;

/**
 * A check: a measurement on the real input, and the same measurement on a known-bad input (its
 * negative control) on which it must fail. A check that cannot fail its negative control proves
 * nothing, and the gate counts it as a failure.
 *
 * <p>Implementations are deterministic functions of their {@link CheckSpec#seed()}: the same seed
 * gives the same measurement whatever the machine's thread count.
 */
public interface Check {

    CheckSpec spec();

    /** The measurement on the input the ledger entry is about. */
    Measurement measure() throws Exception;

    /** The same measurement on a known-bad input; it must not pass. */
    Measurement negativeControl() throws Exception;
}

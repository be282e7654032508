package org.trainability.engine.symmetry;

import org.trainability.engine.RefusedInputException;

/**
 * A kernel that is not strongly lumpable on the spin-flip orbits: the probability of moving into an
 * orbit depends on which member of the current orbit the chain is in. Carries the measured
 * residual. Immutable.
 */
public final class NotLumpableException extends RefusedInputException {

    private static final long serialVersionUID = 1L;

    private final double residual;

    /**
     * @param message what was refused and why
     * @param residual {@code max_{x,o'} |P(x, o') - P(-x, o')|}
     */
    public NotLumpableException(String message, double residual) {
        super(message);
        this.residual = residual;
    }

    /** The measured lumpability residual. */
    public double residual() {
        return residual;
    }
}

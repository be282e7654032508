package org.trainability.engine.spectral;

import org.trainability.engine.RefusedInputException;

/**
 * The diagonalizer refuses a kernel that is not reversible with respect to its law: its
 * symmetrisation would not be symmetric and its spectrum need not be real. Carries the measured
 * detailed-balance residual. Immutable.
 */
public final class NotReversibleException extends RefusedInputException {

    private static final long serialVersionUID = 1L;

    private final double residual;

    /**
     * @param message what was refused and what to use instead
     * @param residual the measured relative residual {@code ‖S - Sᵀ‖_F / ‖S‖_F}
     */
    public NotReversibleException(String message, double residual) {
        super(message);
        this.residual = residual;
    }

    /** The measured relative detailed-balance residual. */
    public double residual() {
        return residual;
    }
}

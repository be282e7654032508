package org.trainability.engine;

/**
 * The engine refuses an input it cannot compute on honestly: a malformed model, a state space
 * beyond the dense limit, a non-reversible kernel handed to the diagonalizer, a kernel that is not
 * lumpable. The message names what was wrong, where, and what to do instead; front ends print it
 * as it is (no stack trace).
 *
 * <p>Immutable, so thread-safe.
 */
public class RefusedInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message what was refused, where, and what to do instead */
    public RefusedInputException(String message) {
        super(message);
    }
}

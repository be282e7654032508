package org.trainability.engine.model;

import org.trainability.engine.RefusedInputException;

/**
 * A model file that cannot be read: unreadable, not JSON/YAML, a missing or unknown field, or a
 * value the model refuses. The message starts with the file and names the field. Immutable.
 */
public final class ModelFileException extends RefusedInputException {

    private static final long serialVersionUID = 1L;

    /** @param message the file, the field and what is wrong */
    public ModelFileException(String message) {
        super(message);
    }
}

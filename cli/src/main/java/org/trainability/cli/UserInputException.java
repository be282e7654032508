package org.trainability.cli;

/** Bad input from the command line (an unknown id, an unreadable file): reported, exit 2. */
public final class UserInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

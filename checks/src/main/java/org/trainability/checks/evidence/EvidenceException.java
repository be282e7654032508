package org.trainability.checks.evidence;

/** Evidence that cannot be trusted or read; the message names the file. */
public final class EvidenceException extends Exception {

    private static final long serialVersionUID = 1L;

    public EvidenceException(String message) {
        super(message);
    }
}

package org.trainability.site.evidence;

/**
 * Evidence the site cannot read: a missing or malformed audit JSON or snapshot. The message names
 * the file, the field (a path such as {@code entries[3].checks[0].verdict}) and what to do.
 *
 * <p>The generator turns it into exit status 2 with this message.
 */
public final class EvidenceInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public EvidenceInputException(String message) {
        super(message);
    }
}

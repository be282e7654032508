package org.trainability.ledger.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A status tag. The ordered tags form the ladder {@code open < conjectured < solid < proven-here
 * < validated}; {@code superseded} and {@code withdrawn} are terminal side-tags outside it.
 *
 * <p>{@code validated} sits at the top of the ladder only so that "at least solid" includes it;
 * the gate reserves it for operational claims (entries that are gated on hypotheses).
 */
public enum Tag {
    OPEN("open", 0),
    CONJECTURED("conjectured", 1),
    SOLID("solid", 2),
    PROVEN_HERE("proven-here", 3),
    VALIDATED("validated", 4),
    SUPERSEDED("superseded", -1),
    WITHDRAWN("withdrawn", -1);

    private final String label;
    private final int rank;

    Tag(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    /** The spelling used in ledger files, JSON and on the site. */
    public String label() {
        return label;
    }

    /** True for {@code superseded} and {@code withdrawn}, which are not on the ladder. */
    public boolean isTerminal() {
        return rank < 0;
    }

    /** True when this tag is on the ladder at or above {@code other} (terminal tags are never). */
    public boolean isAtLeast(Tag other) {
        if (other.isTerminal()) {
            return this == other;
        }
        return !isTerminal() && rank >= other.rank;
    }

    /** The lower of two ladder tags. */
    public static Tag lower(Tag a, Tag b) {
        if (a.isTerminal() || b.isTerminal()) {
            throw new IllegalArgumentException("terminal tags are not ordered: " + a + ", " + b);
        }
        return a.rank <= b.rank ? a : b;
    }

    /** The ladder tag one step below this one ({@code open} stays {@code open}). */
    public Tag oneBelow() {
        if (isTerminal()) {
            throw new IllegalStateException(label + " is not on the ladder");
        }
        return this == OPEN ? OPEN : ladder()[rank - 1];
    }

    /** The ladder from {@code open} upwards. */
    public static Tag[] ladder() {
        return new Tag[] {OPEN, CONJECTURED, SOLID, PROVEN_HERE, VALIDATED};
    }

    /** Parses a label such as {@code proven-here}; empty when it is not a tag. */
    public static Optional<Tag> parse(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }

    /** All labels, for error messages. */
    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(Tag::label).toList());
    }

    @Override
    public String toString() {
        return label;
    }
}

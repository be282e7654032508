package org.trainability.ledger.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of ledger entry, each with the folder under {@code ledger/} that holds its files. */
public enum EntryKind {
    THEOREM("theorem", "theorem"),
    HISTORICAL("historical", "theorem"),
    ASSUMPTION("assumption", "assumptions"),
    OBLIGATION("obligation", "obligations"),
    FINDING("finding", "findings"),
    RISK("risk", "risks"),
    EXPERIMENT("experiment", "experiments");

    private final String label;
    private final String folder;

    EntryKind(String label, String folder) {
        this.label = label;
        this.folder = folder;
    }

    /** The spelling used in ledger files and JSON. */
    public String label() {
        return label;
    }

    /** The folder under {@code ledger/} where entries of this kind live. */
    public String folder() {
        return folder;
    }

    public static Optional<EntryKind> parse(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(EntryKind::label).toList());
    }

    @Override
    public String toString() {
        return label;
    }
}

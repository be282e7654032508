package org.trainability.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command that gates the ledger shares: the repository root, where the check results
 * come from (this build's checks, or kept evidence), and the checks the parent command carries.
 */
abstract class GatedCommand {

    @Mixin
    RootOption root;

    @Mixin
    EvidenceOptions evidence;

    @ParentCommand
    LedgerCommand parent;

    @Spec
    CommandSpec spec;

    /** Runs the checks (or reads the evidence) and gates. */
    AuditSession session() throws Exception {
        return evidence.session(root.root(), parent.checks(), spec.commandLine().getErr());
    }

    /**
     * For commands that only look: gates on the evidence the last audit kept in
     * {@code cli/target/evidence} when there is some (saying so), and runs the checks otherwise
     * or when {@code fresh}.
     */
    AuditSession lookingSession(boolean fresh) throws Exception {
        var last = root.root().resolve(LAST_EVIDENCE);
        boolean kept = java.nio.file.Files.isDirectory(last);
        if (kept) {
            try (var files = java.nio.file.Files.list(last)) {
                kept = files.anyMatch(f -> f.toString().endsWith(".json"));
            }
        }
        if (fresh || evidence.fromEvidence != null || !kept) {
            return session();
        }
        var session = AuditSession.fromEvidence(root.root(), last);
        var notes = new java.util.ArrayList<String>();
        notes.add("(gated on the evidence of the last audit, in " + LAST_EVIDENCE
                + "; --fresh runs the checks again)");
        notes.addAll(session.notes());
        return new AuditSession(session.report(), session.records(), notes);
    }

    /** Where {@code ./ledger.sh} and {@code mvn verify} keep the last audit's evidence. */
    static final String LAST_EVIDENCE = "cli/target/evidence";

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}

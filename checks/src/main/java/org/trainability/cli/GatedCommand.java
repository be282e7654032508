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
        return evidence.session(root.root(), parent.checks());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}

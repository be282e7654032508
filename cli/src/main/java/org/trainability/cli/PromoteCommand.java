package org.trainability.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trainability.ledger.gate.Gate;
import org.trainability.ledger.gate.Shortfall;
import org.trainability.ledger.load.LedgerLoader;
import org.trainability.ledger.model.AuditReference;
import org.trainability.ledger.model.Tag;
import org.trainability.ledger.model.TagChange;
import org.trainability.ledger.store.ClaimWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./ledger.sh promote ID --to TAG}: changes a claim only when this build's audit supports the
 * new tag, and records the change with the audit that allowed it. Lowering a claim is always
 * allowed (it needs no evidence), and is recorded the same way.
 */
@Command(name = "promote", mixinStandardHelpOptions = true, description = {
        "Change an entry's claimed tag, only if the audit supports the new tag; record it in the entry's history.",
        "Exit status: 0 changed (or would be, with --dry-run), 1 refused, 2 bad input."})
final class PromoteCommand extends GatedCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The entry id.")
    String id;

    @Option(names = "--to", required = true, paramLabel = "TAG", description = "The new claimed tag.")
    String to;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (recorded in the history).")
    String reason;

    @Option(names = "--dry-run", description = "Say what would happen; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        var target = Tag.parse(to).orElseThrow(() -> new UserInputException(
                "unknown tag '" + to + "'; expected one of " + Tag.labels()));
        var report = session().report();
        var entry = report.ledger().find(id).orElseThrow(() -> new UserInputException("unknown entry '" + id + "'"));
        var out = spec.commandLine().getOut();
        var support = report.support(id);
        if (entry.claimed() == target) {
            out.println(id + " already claims " + target + "; nothing to do");
            out.flush();
            return 0;
        }
        boolean lowering = !target.isTerminal() && !entry.claimed().isTerminal() && entry.claimed().isAtLeast(target);
        if (target == Tag.SUPERSEDED || target == Tag.WITHDRAWN) {
            throw new UserInputException("mark an entry " + target + " by editing its file: it needs "
                    + (target == Tag.SUPERSEDED ? "supersededBy" : "withdrawnBecause") + " as well as the tag");
        }
        if (!lowering && !support.supported().isAtLeast(target)) {
            var shortfalls = Gate.shortfalls(report.ledger(), report.results(),
                    org.trainability.ledger.audit.ProofDocuments.read(root.root(), report.ledger()), id, target);
            out.println("refused: " + id + " is supported only at " + support.supported() + "; " + target + " needs:");
            for (Shortfall s : shortfalls) {
                out.println("  - " + s.what());
            }
            out.flush();
            return 1;
        }
        var why = Optional.ofNullable(reason).orElse(lowering
                ? "lowered by hand" : "supported by the audit at " + support.supported());
        var change = new TagChange(LocalDate.now(), entry.claimed(), target, why,
                Optional.of(new AuditReference(report.commit(), report.evidenceDigest())));
        var file = fileOf(root.root(), id);
        if (dryRun) {
            out.println("would change " + file + ": status " + entry.claimed() + " -> " + target + " (" + why + ")");
        } else {
            ClaimWriter.apply(root.root(), file, change);
            out.println("changed " + file + ": status " + entry.claimed() + " -> " + target + " (" + why + ")");
        }
        out.flush();
        return 0;
    }

    private static String fileOf(Path root, String id) throws Exception {
        for (var f : LedgerLoader.ledgerFiles(root)) {
            var name = f.getFileName().toString();
            if (name.equals(id + ".yaml") || name.equals(id + ".yml")) {
                return root.relativize(f).toString();
            }
        }
        throw new UserInputException("no file for entry " + id);
    }
}

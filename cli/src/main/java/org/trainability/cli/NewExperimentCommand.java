package org.trainability.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.trainability.checks.experiments.ExperimentScaffold;
import org.trainability.ledger.load.LedgerLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./ledger.sh new-experiment ID --verifies ENTRY…}: scaffolds an experiment — its ledger record,
 * its check (with a negative-control slot) registered in the audit, and a test — so that the
 * next audit lists it. docs/new-experiment.md walks through the rest.
 */
@Command(name = "new-experiment", mixinStandardHelpOptions = true, description = {
        "Scaffold an experiment: its ledger record, its check (registered, with a negative-control slot) and a test.",
        "The check reports 'unresolved' until you write its measurement (see docs/new-experiment.md)."})
final class NewExperimentCommand implements Callable<Integer> {

    @Mixin
    RootOption root;

    @Parameters(paramLabel = "ID", description = "The experiment's id, lower-case (exp17, exp17-tempering).")
    String id;

    @Option(names = "--verifies", paramLabel = "ENTRY", arity = "1..*", required = true,
            description = "The entries its check will bear on (A6 R5 …).")
    List<String> verifies;

    @Option(names = "--title", paramLabel = "TEXT", description = "A short title (default: the id).")
    String title;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var ledger = new LedgerLoader().load(root.root());
        ExperimentScaffold.Written written;
        try {
            written = ExperimentScaffold.create(root.root(), ledger, id, verifies, title == null ? id : title);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        var out = spec.commandLine().getOut();
        out.println("scaffolded " + id + ":");
        written.files().forEach(f -> out.println("  " + f));
        out.println("next: describe it in " + written.files().get(0) + ", write its Design (parameters, description,"
                + " measure) and its outcome's present() in " + written.files().get(1) + ",");
        out.println("then ./ledger.sh audit (its check " + written.checkId() + " is listed at once, as unresolved)"
                + " and mvn verify. See docs/new-experiment.md.");
        out.flush();
        return 0;
    }
}

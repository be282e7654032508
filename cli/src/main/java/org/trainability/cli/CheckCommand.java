package org.trainability.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trainability.checks.Check;
import org.trainability.checks.CheckRunner;
import org.trainability.checks.evidence.EvidenceStore;
import org.trainability.ledger.figure.Figure;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Scalar;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.figure.Values;
import org.trainability.ledger.figure.XyPlot;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.load.LedgerLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./ledger.sh check ID}: one check and its negative control, run now — what a researcher
 * debugging one entry wants, in seconds rather than the whole audit. Prints the verdict, the
 * control's, both details, the figures (scalars by value; tables and plots by their size, the site
 * draws them) and how the result counts at the gate. Exit 0 when the check supports what it
 * verifies, 1 when it does not, 2 for an unknown id.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = {
        "Run one check and its negative control now and print the result, the figures and how it counts at the gate.",
        "Exit status: 0 the check supports what it verifies, 1 it does not, 2 bad input (an unknown id)."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    RootOption root;

    @Parameters(paramLabel = "ID", description = "The check id, such as A6.window-over-tau (./ledger.sh status names"
            + " the entries; ./ledger.sh show ENTRY lists its checks).")
    String id;

    @Option(names = "--evidence-out", paramLabel = "DIR",
            description = "Also keep the result as a sealed evidence record in DIR.")
    Path evidenceOut;

    @ParentCommand
    LedgerCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<? extends Check> checks = parent.checks();
        var check = checks.stream().filter(c -> c.spec().id().equals(id)).findFirst()
                .orElseThrow(() -> new UserInputException("unknown check '" + id + "'; the checks are: "
                        + String.join(", ", checks.stream().map(c -> c.spec().id()).toList())));
        var ledger = new LedgerLoader().load(root.root());
        var record = new CheckRunner(ledger, ProjectCommit.of(root.root()), 1, Clock.systemUTC()).runOne(check);
        var r = record.result();
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s [%s] verifies %s — %.1f s%n", r.id(), r.kind(), String.join(", ", r.verifies()),
                record.durationMillis() / 1000.0);
        out.println("verdict:          " + r.verdict());
        out.println("negative control: " + r.negativeControl());
        out.println("at the gate:      " + standing(r));
        out.println("\ndetail:\n  " + r.detail().replace(" | negative control: ", "\nnegative control:\n  "));
        printFigures(out, "figures", r.figures());
        printFigures(out, "negative control's figures", record.negativeControlFigures());
        if (evidenceOut != null) {
            EvidenceStore.write(evidenceOut.toAbsolutePath(), List.of(record));
            out.println("\nkept in " + evidenceOut.toAbsolutePath().resolve(EvidenceStore.fileName(r.id())));
        }
        out.flush();
        return r.standing() == CheckResult.Standing.SUPPORTS ? 0 : 1;
    }

    private static String standing(CheckResult r) {
        return switch (r.standing()) {
            case SUPPORTS -> "supports what it verifies";
            case FAILED -> "failed: demotes what it verifies";
            case DISCREDITED -> "discredited (its control passed): counts as failed";
            case UNCONTROLLED -> "no negative control: supports nothing";
            case CONTROL_INCONCLUSIVE -> "control inconclusive: supports nothing, demotes nothing";
            case UNRESOLVED -> "unresolved: supports nothing, demotes nothing";
        };
    }

    private static void printFigures(java.io.PrintWriter out, String title, Figures figures) {
        if (figures.isEmpty()) {
            return;
        }
        out.println("\n" + title + ":");
        figures.asMap().forEach((name, figure) -> out.println("  " + name + " = " + describe(figure)));
    }

    /** A scalar by its value; anything larger by its shape (the site draws it). */
    static String describe(Figure figure) {
        if (figure instanceof Scalar.Real x) {
            return String.format(Locale.ROOT, "%.6g", x.value());
        }
        if (figure instanceof Scalar.Whole x) {
            return Long.toString(x.value());
        }
        if (figure instanceof Scalar.Text x) {
            return x.value();
        }
        if (figure instanceof Scalar.Flag x) {
            return Boolean.toString(x.value());
        }
        if (figure instanceof Table t) {
            return "table of " + t.rows().size() + " rows (" + String.join(", ", t.columns()) + ")";
        }
        if (figure instanceof Values v) {
            return v.values().length + " values";
        }
        if (figure instanceof XyPlot p) {
            return "plot: " + p.text().title().orElse("untitled");
        }
        return figure.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " (on the site)";
    }
}

package org.trainability.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.trainability.engine.estimate.ResolutionRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./ledger.sh tau --series FILE [--c 5]}: τ̂_int with automatic windowing on a file of chains
 * (rows are time steps, columns are chains), with the RESOLVED verdict of docs/math.md §5. Prints
 * {@code {"tauInt","window","ess","length","resolved","rhat","rhatBulk","rhatTail","essBulk","essTail",
 * "mcse"}} (the multi-chain diagnostics of
 * {@link org.trainability.engine.estimate.ChainDiagnostics}, for chains of at least 4 values); why a
 * verdict is UNRESOLVED (each condition of the rule that failed) goes to stderr. {@code ess} is over
 * all chains, {@code length} is per chain.
 */
@Command(name = "tau", mixinStandardHelpOptions = true, description = {
        "Integrated autocorrelation time with Sokal's automatic window (emcee's algorithm, half-Sokal tau).",
        "FILE: one row per time step, whitespace-separated columns, one column per chain.",
        "Prints JSON {tauInt, window, ess (all chains), length (per chain), resolved, rhat, rhatBulk, rhatTail,",
        "essBulk, essTail, mcse} (rank-normalised split R-hat, bulk/tail ESS, MCSE of the mean); exit 2 on bad input."})
final class TauCommand implements Callable<Integer> {

    @Option(names = "--series", required = true, paramLabel = "FILE", description = "The series file.")
    Path series;

    @Option(names = "--c", paramLabel = "C", defaultValue = "5", description = "Window constant c (default ${DEFAULT-VALUE}).")
    double c;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(c > 0) || !Double.isFinite(c)) {
            throw new UserInputException("--c must be a positive number, got " + c);
        }
        var chains = SeriesFile.read(series);
        var verdict = ResolutionRule.judge(chains, c);
        var est = verdict.estimate();
        var json = new LinkedHashMap<String, Object>();
        json.put("tauInt", JsonOutput.number(est.tauInt()));
        json.put("window", est.window());
        json.put("ess", JsonOutput.number(est.ess()));
        json.put("length", est.length());
        json.put("resolved", verdict.resolution().isResolved());
        var err = spec.commandLine().getErr();
        verdict.diagnostics().ifPresent(d -> {
            json.put("rhat", JsonOutput.number(d.rhat()));
            json.put("rhatBulk", JsonOutput.number(d.rhatBulk()));
            json.put("rhatTail", JsonOutput.number(d.rhatTail()));
            json.put("essBulk", JsonOutput.number(d.essBulk()));
            json.put("essTail", JsonOutput.number(d.essTail()));
            json.put("mcse", JsonOutput.number(d.mcseMean()));
        });
        JsonOutput.print(spec.commandLine().getOut(), json);
        for (var reason : verdict.reasons()) {
            err.println("UNRESOLVED: " + reason);
        }
        err.flush();
        return 0;
    }
}

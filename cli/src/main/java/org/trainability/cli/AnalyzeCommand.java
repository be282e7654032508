package org.trainability.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.ExactKernels;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.linalg.SymmetricEigensolver;
import org.trainability.engine.model.ModelFiles;
import org.trainability.engine.spectral.SpectralAnalysis;
import org.trainability.engine.spectral.Spectrum;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./ledger.sh analyze --model FILE --window K}: the exact spectral analysis of a model file under
 * a reversible kernel, printed as one JSON object (docs/engine.md, "Command"): states, kernel, gap, the top 10
 * eigenvalues, Var_π[f_a], τ_int[f_a], T_O, ε, C*(O) with multiplicities and weights, γ_eff,
 * R_eff, g, ‖g‖², K, M, and the exact Q_op beside Q⊥, Q⊥_C*, Q_single. Arrays are in parameter
 * order (docs/math.md §1); infinities and NaN are the strings "Infinity" and "NaN". With
 * {@code --burn-in B} it adds {@code burnIn} and {@code bias} (docs/math.md §4, from a uniform start).
 *
 * <p>Bad input (a malformed model file, a model beyond the dense limit, a non-reversible or
 * unsupported kernel, a bad option) is one message on stderr and exit status 2.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = {
        "Exact spectral analysis of a model file (2^N <= 4096 states): spectrum, tau_int, T_O, C*, the predictors and the exact Q_op, as JSON.",
        "Exit status: 0 done, 2 bad input."})
final class AnalyzeCommand implements Callable<Integer> {

    static final int TOP_EIGENVALUES = 10;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "The model file (JSON or YAML).")
    Path model;

    @Option(names = "--window", required = true, paramLabel = "K", description = "The window K (steps averaged per chain).")
    long window;

    @Option(names = "--kernel", defaultValue = "random-scan", paramLabel = "NAME",
            description = "random-scan, symmetric-scan, metropolis or block-rbm (default: ${DEFAULT-VALUE}).")
    String kernel;

    @Option(names = "--chains", defaultValue = "1", paramLabel = "M", description = "Independent chains M (default: ${DEFAULT-VALUE}).")
    int chains;

    @Option(names = "--epsilon", defaultValue = "1e-3", paramLabel = "EPS",
            description = "The threshold of C*(O) (default: ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--burn-in", paramLabel = "B", description = "Also report the bias after B burn-in steps from a uniform start.")
    Long burnIn;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (window < 1) {
            throw new UserInputException("--window is " + window + "; the window K must be at least 1");
        }
        if (chains < 1) {
            throw new UserInputException("--chains is " + chains + "; at least one chain is needed");
        }
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new UserInputException("--epsilon is " + epsilon + "; it must lie strictly between 0 and 1");
        }
        if (burnIn != null && burnIn < 0) {
            throw new UserInputException("--burn-in is " + burnIn + "; it must be >= 0");
        }
        ObjectNode json;
        try {
            json = analyze();
        } catch (RefusedInputException e) {
            throw new UserInputException(e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        out.flush();
        return 0;
    }

    /**
     * The smallest spectral gap whose τ_int this command reports: eigenvalues of S carry an absolute
     * rounding error near 1e-16·n, so below this the gap — and every τ_int, T_O, Q⊥ built on 1/gap —
     * is rounding noise (the margin A3's check uses).
     */
    static final double RESOLVABLE_GAP = 1e-10;

    /** Refuses a kernel that is reducible at double precision rather than print noise as a result. */
    private static void requireResolvableGap(java.nio.file.Path file, double gap, double beta) {
        if (!(gap > RESOLVABLE_GAP)) {
            throw new RefusedInputException(String.format(java.util.Locale.ROOT, "model file %s: the kernel is reducible at double"
                    + " precision: its spectral gap comes out as %.3g, below %.0e, where the eigensolver's rounding"
                    + " (about 1e-16 per eigenvalue) swamps it, so tau_int, T_O and Q_perp would be noise; at beta = %s"
                    + " the chain crosses between its wells too rarely to resolve. Lower beta or the couplings, or"
                    + " sample it (./ledger.sh sample) and let the RESOLVED verdict speak", file, gap, RESOLVABLE_GAP, beta));
        }
    }

    private ObjectNode analyze() {
        var name = KernelName.parse(kernel);
        var problem = ModelFiles.read(model);
        var law = EnumeratedLaw.of(problem.model());
        var operator = ExactKernels.build(name, problem.model());
        var analysis = SpectralAnalysis.of(law, operator, SymmetricEigensolver.preferred(),
                Spectrum.DEFAULT_CLUSTER_WIDTH);
        var spectrum = analysis.spectrum();
        requireResolvableGap(model, spectrum.gap(), problem.model().beta());
        var gradient = law.gradient(problem.dataExpectations());
        var prediction = analysis.predict(gradient, window, chains, epsilon);

        var mapper = new ObjectMapper();
        var json = mapper.createObjectNode();
        json.put("states", law.stateCount());
        json.put("kernel", name.label());
        number(json, "gap", spectrum.gap());
        json.set("lambdas", array(mapper, spectrum.top(TOP_EIGENVALUES)));
        json.set("variance", array(mapper, law.variances()));
        json.set("tauInt", array(mapper, analysis.tauInt()));
        number(json, "tO", prediction.aggregateTime());
        number(json, "epsilon", epsilon);
        var cStar = json.putArray("cStar");
        for (var mode : analysis.relevantModes(epsilon)) {
            var m = cStar.addObject();
            number(m, "lambda", mode.lambda());
            m.put("multiplicity", mode.multiplicity());
            number(m, "weight", mode.weight());
        }
        number(json, "gammaEff", prediction.gammaEff());
        number(json, "rEff", prediction.rEff());
        json.set("gradient", array(mapper, gradient));
        number(json, "gradNorm2", prediction.gradNorm2());
        json.put("window", window);
        json.put("chains", chains);
        number(json, "qOp", prediction.qOp());
        number(json, "qPerp", prediction.qPerp());
        number(json, "qPerpCStar", prediction.qPerpCStar());
        number(json, "qSingle", prediction.qSingle());
        if (burnIn != null) {
            var uniform = new double[law.stateCount()];
            java.util.Arrays.fill(uniform, 1.0 / law.stateCount());
            json.put("burnIn", burnIn);
            json.set("bias", array(mapper, analysis.bias(uniform, burnIn, window)));
        }
        return json;
    }

    /** A number, or the strings "Infinity", "-Infinity", "NaN" (docs/figures.md). */
    static void number(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.put(field, Double.toString(value));
        }
    }

    static ArrayNode array(ObjectMapper mapper, double[] values) {
        var a = mapper.createArrayNode();
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.add(Double.toString(v));
            }
        }
        return a;
    }
}

package org.trainability.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.estimate.CanonicalEstimator;
import org.trainability.engine.estimate.ChainDiagnostics;
import org.trainability.engine.estimate.ChainSeries;
import org.trainability.engine.estimate.EstimatorSettings;
import org.trainability.engine.estimate.OperationalSnr;
import org.trainability.engine.estimate.PositivePhase;
import org.trainability.engine.estimate.ReplicateRun;
import org.trainability.engine.estimate.ResolutionRule;
import org.trainability.engine.estimate.ResolutionVerdict;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.model.ModelFiles;
import org.trainability.engine.model.RbmModel;
import org.trainability.engine.model.TrainingData;
import org.trainability.engine.model.TrainingProblem;
import org.trainability.engine.sample.ModelSamplers;
import org.trainability.engine.sample.StartLaw;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./ledger.sh sample}: runs the canonical estimator (docs/math.md §2) R times on a model file and
 * prints {@code {"qOp","qOpLow","qOpHigh","mse","replicates","tauInt":[…],"resolved":[…],"rhat":[…],
 * "essBulk":[…],"essTail":[…],"mcse":[…],"updatesPerSecond"}}. Q̂_op and its 95% interval need the exact gradient, so for a model beyond
 * exact enumeration they are omitted (stderr says why) and {@code mse} is then the between-replicate
 * variance {@code (1/(R−1)) Σ_r ‖ĝ_r − ḡ‖²} (no bias term). τ̂ and its RESOLVED verdict are
 * computed per parameter from the M chains of the first replicate. With
 * {@code --sample-positive-phase} (RBMs with data states) the positive phase is sampled, h drawn
 * given each data v, and F4's figures are added: {@code positiveMse}, {@code negativeMse} and their
 * ratio {@code positiveToNegativeMse}.
 */
@Command(name = "sample", mixinStandardHelpOptions = true, description = {
        "Run the canonical estimator (M chains, burn-in B, window K) R times; print Q_op with its 95%% interval,",
        "the MSE, tau-hat and its RESOLVED verdict per parameter, and the throughput, as JSON.",
        "Exit status: 0 done, 2 bad input."})
final class SampleCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model file (JSON or YAML).")
    Path model;

    @Option(names = "--kernel", defaultValue = "random-scan", paramLabel = "NAME",
            description = "random-scan, systematic-scan, symmetric-scan, metropolis, block-rbm, tempering or checkerboard (default ${DEFAULT-VALUE}).")
    String kernel;

    @Option(names = "--window", required = true, paramLabel = "K", description = "Window K (steps averaged), >= 1.")
    int window;

    @Option(names = "--burn-in", defaultValue = "0", paramLabel = "B", description = "Burn-in B (steps discarded), >= 0.")
    long burnIn;

    @Option(names = "--chains", defaultValue = "1", paramLabel = "M", description = "Chains per replicate M (default ${DEFAULT-VALUE}).")
    int chains;

    @Option(names = "--replicates", defaultValue = "20", paramLabel = "R", description = "Independent replicates R >= 2 (default ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Root seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", defaultValue = "overdispersed", paramLabel = "LAW",
            description = {"Start law mu0: overdispersed (half the chains all-plus, half all-minus, an odd one uniform:",
                    "chains that never meet show it in R-hat), uniform, all-plus, data (the data states) or exact",
                    "(pi, small models) (default ${DEFAULT-VALUE})."})
    String start;

    @Option(names = "--threads", paramLabel = "T", description = "Threads running the chains (default: all cores). Never changes a number.")
    Integer threads;

    @Option(names = "--ladder", split = ",", paramLabel = "BETA", description = "Tempering ladder beta_1 < ... < beta_R = the model's beta (default: 8 geometric rungs from beta/10).")
    double[] ladder;

    @Option(names = "--sample-positive-phase", description = "Sample the positive phase (RBM with data states): h drawn given each data v, M*K draws per replicate.")
    boolean samplePositivePhase;

    @Option(names = "--c", defaultValue = "5", paramLabel = "C", description = "Window constant of tau-hat (default ${DEFAULT-VALUE}).")
    double c;

    @Option(names = "--tau-max", defaultValue = "2000", paramLabel = "N",
            description = "Compute tau-hat for at most N parameters, evenly spaced in parameter order; the rest are null (default ${DEFAULT-VALUE}).")
    int tauMax;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        validate();
        var err = spec.commandLine().getErr();
        try {
            var problem = ModelFiles.read(model);
            var sampler = ModelSamplers.of(problem.model(), KernelName.parse(kernel), Optional.ofNullable(ladder));
            int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            var settings = new EstimatorSettings(chains, burnIn, window, startLaw(problem), t);
            Optional<EnumeratedLaw> law = enumerate(problem, err);
            var data = problem.dataExpectations();
            var estimator = new CanonicalEstimator(sampler, data, positivePhase(problem));
            var run = estimator.run(settings, replicates, seed, true);
            var json = new LinkedHashMap<String, Object>();
            if (law.isPresent()) {
                var g = law.get().gradient(data);
                var q = OperationalSnr.estimate(g, run.gradients());
                json.put("qOp", JsonOutput.number(q.qOp()));
                json.put("qOpLow", JsonOutput.number(q.qOpLow()));
                json.put("qOpHigh", JsonOutput.number(q.qOpHigh()));
                json.put("mse", JsonOutput.number(q.mse()));
            } else {
                json.put("mse", JsonOutput.number(betweenReplicateVariance(run.gradients())));
            }
            json.put("replicates", replicates);
            var judged = tau(CanonicalEstimator.firstReplicate(run, settings), sampler.parameterCount(), t, err);
            var taus = new ArrayList<Object>();
            var resolved = new ArrayList<Object>();
            var rhat = new ArrayList<Object>();
            var essBulk = new ArrayList<Object>();
            var essTail = new ArrayList<Object>();
            var mcse = new ArrayList<Object>();
            for (var j : judged) {
                taus.add(j == null ? null : JsonOutput.number(j.verdict().estimate().tauInt()));
                resolved.add(j == null ? null : j.verdict().resolution().isResolved());
                rhat.add(j == null || j.mixing() == null ? null : JsonOutput.number(j.mixing().rhat()));
                essBulk.add(j == null || j.mixing() == null ? null : JsonOutput.number(j.mixing().essBulk()));
                essTail.add(j == null || j.mixing() == null ? null : JsonOutput.number(j.mixing().essTail()));
                mcse.add(j == null || j.mixing() == null ? null : JsonOutput.number(j.mixing().mcseMean()));
            }
            json.put("tauInt", taus);
            json.put("resolved", resolved);
            json.put("rhat", rhat);
            json.put("essBulk", essBulk);
            json.put("essTail", essTail);
            json.put("mcse", mcse);
            worstMixing(judged).filter(w -> !w.verdict().resolution().isResolved())
                    .ifPresent(w -> w.verdict().reasons()
                            .forEach(reason -> err.println("UNRESOLVED, parameter " + w.parameter() + ": " + reason)));
            json.put("updatesPerSecond", JsonOutput.number(run.updatesPerSecond()));
            if (samplePositivePhase) {
                putPositivePhase(json, run, data, law, err);
            }
            JsonOutput.print(spec.commandLine().getOut(), json);
            err.flush();
            return 0;
        } catch (RefusedInputException e) {
            throw new UserInputException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("sample: " + e.getMessage(), e);
        }
    }

    private void validate() throws UserInputException {
        if (window < 1) {
            throw new UserInputException("--window must be >= 1, got " + window);
        }
        if (burnIn < 0) {
            throw new UserInputException("--burn-in must be >= 0, got " + burnIn);
        }
        if (chains < 1) {
            throw new UserInputException("--chains must be >= 1, got " + chains);
        }
        if (replicates < 2) {
            throw new UserInputException("--replicates must be >= 2 (an interval or a spread needs two), got " + replicates);
        }
        if (threads != null && threads < 1) {
            throw new UserInputException("--threads must be >= 1, got " + threads);
        }
        if (!(c > 0) || !Double.isFinite(c)) {
            throw new UserInputException("--c must be a positive number, got " + c);
        }
        if (tauMax < 0) {
            throw new UserInputException("--tau-max must be >= 0, got " + tauMax);
        }
    }

    private StartLaw startLaw(TrainingProblem problem) throws UserInputException {
        return switch (start) {
            case "overdispersed" -> new StartLaw.Overdispersed();
            case "uniform" -> new StartLaw.Uniform();
            case "all-plus" -> new StartLaw.AllPlus();
            case "data" -> {
                if (!(problem.data() instanceof TrainingData.States s)) {
                    throw new UserInputException("--start data needs dataStates in the model file; it gives dataMoments");
                }
                yield new StartLaw.DataStates(s.states());
            }
            case "exact" -> new StartLaw.Exact(EnumeratedLaw.of(problem.model()).probabilities());
            default -> throw new UserInputException("--start must be overdispersed, uniform, all-plus, data or exact; got '" + start + "'");
        };
    }

    private static Optional<EnumeratedLaw> enumerate(TrainingProblem problem, java.io.PrintWriter err) {
        try {
            return Optional.of(EnumeratedLaw.of(problem.model()));
        } catch (RefusedInputException e) {
            err.println("qOp, qOpLow and qOpHigh omitted: they need the exact gradient, and " + e.getMessage().split("\\. ")[0]
                    + ". mse is the between-replicate variance of the gradient estimate (bias not included).");
            return Optional.empty();
        }
    }

    private Optional<PositivePhase> positivePhase(TrainingProblem problem) throws UserInputException {
        if (!samplePositivePhase) {
            return Optional.empty();
        }
        if (!(problem.model() instanceof RbmModel rbm)) {
            throw new UserInputException("--sample-positive-phase needs a model with hidden units (type rbm); an Ising "
                    + "model's positive phase is exact");
        }
        if (!(problem.data() instanceof TrainingData.States s)) {
            throw new UserInputException("--sample-positive-phase needs dataStates (h is drawn given each data v)");
        }
        var sampler = ModelSamplers.rbm(rbm);
        var states = s.states();
        int draws = Math.multiplyExact(chains, window);
        return Optional.of(rng -> sampler.samplePositivePhase(states, draws, rng));
    }

    /** How often the τ̂ phase reports progress on stderr. */
    private static final long PROGRESS_SECONDS = 5;

    /** One parameter's τ̂ verdict and multi-chain diagnostics ({@code mixing} null for chains shorter than 4). */
    private record Judged(int parameter, ResolutionVerdict verdict, ChainDiagnostics.Summary mixing) {
    }

    /** The judged parameter with the largest R̂, the one the notes speak of. */
    private static Optional<Judged> worstMixing(Judged[] judged) {
        return Arrays.stream(judged).filter(j -> j != null && j.mixing() != null)
                .max(java.util.Comparator.comparingDouble(j -> j.mixing().rhat()));
    }

    private Judged[] tau(List<org.trainability.engine.sample.ChainWindow> first, int parameters, int t,
                         java.io.PrintWriter err) throws InterruptedException, ExecutionException {
        int count = Math.min(parameters, tauMax);
        var chosen = IntStream.range(0, count).map(k -> (int) ((long) k * parameters / count)).toArray();
        if (count < parameters) {
            err.println("tau-hat computed for " + count + " of " + parameters
                    + " parameters (evenly spaced; --tau-max raises the limit); the others are null");
        }
        var out = new Judged[parameters];
        var pool = new ForkJoinPool(t);
        var done = new java.util.concurrent.atomic.AtomicInteger();
        // Progress on stderr every few seconds, for runs long enough to need it; never on stdout.
        var progress = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "tau-progress");
            thread.setDaemon(true);
            return thread;
        });
        progress.scheduleAtFixedRate(() -> {
            err.println("tau-hat and R-hat: " + done.get() + " of " + count + " parameters");
            err.flush();
        }, PROGRESS_SECONDS, PROGRESS_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        try {
            var verdicts = pool.submit(() -> Arrays.stream(chosen).parallel()
                    .mapToObj(a -> {
                        var series = ChainSeries.of(first, a);
                        var verdict = ResolutionRule.judge(series, c);
                        var judged = new Judged(a, verdict, verdict.diagnostics().orElse(null));
                        done.incrementAndGet();
                        return judged;
                    }).toList()).get();
            for (int k = 0; k < chosen.length; k++) {
                out[chosen[k]] = verdicts.get(k);
            }
        } finally {
            progress.shutdownNow();
            pool.shutdown();
        }
        return out;
    }

    private static double betweenReplicateVariance(double[][] gHats) {
        int r = gHats.length;
        int p = gHats[0].length;
        double total = 0;
        for (int a = 0; a < p; a++) {
            double mean = 0;
            for (var g : gHats) {
                mean += g[a];
            }
            mean /= r;
            for (var g : gHats) {
                total += (g[a] - mean) * (g[a] - mean);
            }
        }
        return total / (r - 1);
    }

    private static double meanSquaredDistance(double[][] rows, double[] centre) {
        double total = 0;
        for (var row : rows) {
            for (int a = 0; a < centre.length; a++) {
                total += (row[a] - centre[a]) * (row[a] - centre[a]);
            }
        }
        return total / rows.length;
    }

    private static void putPositivePhase(LinkedHashMap<String, Object> json, ReplicateRun run, double[] data,
                                         Optional<EnumeratedLaw> law, java.io.PrintWriter err) {
        double positive;
        double negative;
        if (law.isPresent()) {
            positive = meanSquaredDistance(run.positive(), data);
            negative = meanSquaredDistance(run.negative(), law.get().expectations());
        } else {
            positive = betweenReplicateVariance(run.positive());
            negative = betweenReplicateVariance(run.negative());
            err.println("positiveMse and negativeMse are between-replicate variances (the model is too large to enumerate)");
        }
        json.put("positiveMse", JsonOutput.number(positive));
        json.put("negativeMse", JsonOutput.number(negative));
        json.put("positiveToNegativeMse", JsonOutput.number(positive / negative));
    }
}

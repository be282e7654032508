package org.trainability.checks.assumptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.trainability.checks.Check;
import org.trainability.checks.CheckDesign;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.checks.NumericalCheck;
import org.trainability.checks.Outcome;
import org.trainability.checks.study.SpectralFormulas;
import org.trainability.checks.study.StudyModels;
import org.trainability.checks.study.StudyModels.Setup;
import org.trainability.engine.estimate.CanonicalEstimator;
import org.trainability.engine.estimate.ChainSeries;
import org.trainability.engine.estimate.EstimatorSettings;
import org.trainability.engine.estimate.IntegratedAutocorrelationTime;
import org.trainability.engine.estimate.ResolutionRule;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.sample.StartLaw;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.Verdict;

/**
 * A6 measured on small models, at the windows the sampler checks use ({@link StudyModels#setups}):
 * {@code min_a K/τ_int[f_a] ≥ 50} with the exact spectral τ_int, and, on the sampler's own chains
 * (one replicate of the setting: M chains of the window K after burn-in B, from overdispersed
 * starts), τ̂ of every observable RESOLVED (docs/math.md §5: L ≥ 50 τ̂, no growth with L, R̂ ≤ 1.01,
 * bulk ESS ≥ 400) with {@code min_a K/τ̂ ≥ 50}. Over 60 seeds no observable of the five settings
 * was UNRESOLVED ({@link StudyModels#setups} says how the windows were chosen).
 * Observables with zero variance have no τ_int and are skipped (counted in the figures).
 *
 * <p>Verdict: FAIL when an exact ratio is below 50; otherwise UNRESOLVED when some τ̂ is not
 * RESOLVED (which supports nothing); otherwise PASS. Negative control: the Curie–Weiss study
 * setting at a fixed window of {@value #CONTROL_WINDOW} steps — a number of the design, not
 * derived from the engine's τ (a control window of twice the engine's own τ_max would fail whatever
 * the engine computed) — which must fail; an engine whose exact τ_int came out ten times too
 * short would pass the exact condition there and be caught by the sampled one (UNRESOLVED: the
 * control is inconclusive and the check supports nothing). Small models only: at scale A6 is what exp4 found unreachable (R5's check).
 * Deterministic given the seed; thread-safe.
 */
public final class WindowOverTau {

    /** The required K/τ_int. */
    public static final double REQUIRED_RATIO = 50;
    /** The negative control's window, in steps. */
    static final int CONTROL_WINDOW = 300;

    private WindowOverTau() {
    }

    /**
     * One setting's regime.
     *
     * @param setup        the setting's name
     * @param window       K
     * @param exactRatio   min_a K/τ_int (exact)
     * @param sampledRatio min_a K/τ̂
     * @param unresolved   the observables whose τ̂ is UNRESOLVED
     * @param skipped      observables with zero variance
     */
    public record Regime(String setup, int window, double exactRatio, double sampledRatio, List<String> unresolved,
            int skipped) {
        public Regime {
            unresolved = List.copyOf(unresolved);
        }
    }

    /** Measures one setting at window K. */
    public static Regime regime(EngineUnderTest engine, Setup setup, int window, long seed) {
        var model = setup.model();
        var law = EnumeratedLaw.of(model);
        var analysis = SpectralFormulas.of(law, engine.kernel(setup.kernel(), model));
        var tau = analysis.tauInt();
        var estimator = new CanonicalEstimator(engine.sampler(model, setup.kernel()),
                setup.study().problem().dataExpectations(), Optional.empty());
        var settings = new EstimatorSettings(setup.chains(), setup.burnIn(), window, new StartLaw.Overdispersed(), 1);
        var run = estimator.run(settings, 1, seed, true);
        var chains = CanonicalEstimator.firstReplicate(run, settings);
        double exact = Double.POSITIVE_INFINITY;
        double sampled = Double.POSITIVE_INFINITY;
        var unresolved = new ArrayList<String>();
        int skipped = 0;
        var names = model.parameterNames();
        for (int a = 0; a < tau.length; a++) {
            if (!Double.isFinite(tau[a])) {
                skipped++;
                continue;
            }
            exact = Math.min(exact, window / tau[a]);
            var verdict = ResolutionRule.judge(ChainSeries.of(chains, a), IntegratedAutocorrelationTime.DEFAULT_C);
            double tauHat = verdict.estimate().tauInt();
            sampled = Math.min(sampled, Double.isFinite(tauHat) ? window / tauHat : 0);
            if (!verdict.resolution().isResolved()) {
                unresolved.add(names.get(a));
            }
        }
        return new Regime(setup.name(), window, exact, sampled, unresolved, skipped);
    }

    /**
     * The A6 design: the settings, each run at its own window or at one fixed window; setting k uses
     * seed + k.
     *
     * @param setups the settings
     * @param window when present, K for every setting instead of the setting's own
     */
    record Design(List<Setup> setups, OptionalInt window) implements CheckDesign<Regimes> {

        /** Every study setting at the window the sampler checks use. */
        static final Design REAL = new Design(StudyModels.setups(), OptionalInt.empty());
        /**
         * The Curie–Weiss setting at a window of {@value #CONTROL_WINDOW} steps, a number of the
         * design (about 11 of its exact τ_max ≈ 27, far below the regime), not derived from the
         * engine's τ: an engine that underestimated τ_int tenfold would find it inside.
         */
        static final Design CONTROL = new Design(List.of(StudyModels.setups().get(1)), OptionalInt.of(CONTROL_WINDOW));

        Design {
            setups = List.copyOf(setups);
        }

        @Override
        public Map<String, Object> parameters() {
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("settings", setups.stream().map(s -> s.name() + " B=" + s.burnIn() + " K="
                    + window.orElse(s.window()) + " M=" + s.chains()).toList());
            parameters.put("requiredRatio", REQUIRED_RATIO);
            parameters.put("c", IntegratedAutocorrelationTime.DEFAULT_C);
            parameters.put("start", "overdispersed");
            parameters.put("negativeControl", "curie-weiss-6/metropolis with K = " + CONTROL_WINDOW + " steps");
            return parameters;
        }

        @Override
        public String description() {
            return "At the windows the sampler checks use on the small study models: min_a K/tau_int >= 50 with the"
                    + " exact spectral tau_int, and tau-hat of every observable RESOLVED on the sampler's chains;"
                    + " a fixed window of " + CONTROL_WINDOW + " steps on the Curie-Weiss setting must fail or be"
                    + " unresolved.";
        }

        @Override
        public Regimes measure(EngineUnderTest engine, long seed) {
            var regimes = new ArrayList<Regime>();
            int k = 0;
            for (var s : setups) {
                regimes.add(regime(engine, s, window.orElse(s.window()), seed + k++));
            }
            return new Regimes(regimes);
        }
    }

    /** What the settings' runs found; {@link #present()} applies A6's rule. */
    record Regimes(List<Regime> regimes) implements Outcome {

        Regimes {
            regimes = List.copyOf(regimes);
        }

        @Override
        public Measurement present() {
            var table = Table.withColumns("setup", "window", "min-K-over-tau-exact", "min-K-over-tau-hat",
                    "unresolved", "zero-variance-skipped");
            double worstExact = Double.POSITIVE_INFINITY;
            double worstSampled = Double.POSITIVE_INFINITY;
            var below = new ArrayList<String>();
            var unresolved = new ArrayList<String>();
            for (var r : regimes) {
                table.row(r.setup(), r.window(), r.exactRatio(), r.sampledRatio(), String.join(" ", r.unresolved()),
                        r.skipped());
                worstExact = Math.min(worstExact, r.exactRatio());
                worstSampled = Math.min(worstSampled, r.sampledRatio());
                if (!(r.exactRatio() >= REQUIRED_RATIO)) {
                    below.add(String.format("%s: K/tau = %.3g", r.setup(), r.exactRatio()));
                }
                if (!r.unresolved().isEmpty() || !(r.sampledRatio() >= REQUIRED_RATIO)) {
                    unresolved.add(String.format("%s: tau-hat unresolved for %s, K/tau-hat = %.3g", r.setup(),
                            r.unresolved(), r.sampledRatio()));
                }
            }
            var figures = Figures.builder()
                    .put("required-ratio", REQUIRED_RATIO)
                    .put("min-K-over-tau-exact", worstExact)
                    .put("min-K-over-tau-hat", worstSampled)
                    .put("settings", table.build())
                    .build();
            if (!below.isEmpty()) {
                return new Measurement(Verdict.FAIL, figures, "window below 50 tau_int: " + String.join("; ", below)
                        + (unresolved.isEmpty() ? "" : " | " + String.join("; ", unresolved)), 0);
            }
            if (!unresolved.isEmpty()) {
                return new Measurement(Verdict.UNRESOLVED, figures, String.join("; ", unresolved), 0);
            }
            return new Measurement(Verdict.PASS, figures, String.format("%d settings: min K/tau_int = %.0f exact, %.0f"
                    + " from RESOLVED tau-hat (required %.0f)", regimes.size(), worstExact, worstSampled,
                    REQUIRED_RATIO), 0);
        }
    }

    /** The A6 check. */
    public static Check check(EngineUnderTest engine) {
        return NumericalCheck.of("A6.window-over-tau", CheckKind.NUMERICAL, List.of("A6"), 0xA6L, true, engine,
                Design.REAL, Design.CONTROL);
    }
}

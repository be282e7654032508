package org.trainability.checks.assumptions;

import java.util.List;
import org.trainability.checks.Check;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.PropertyCheck;
import org.trainability.checks.study.StudyModels;

/**
 * The checks of the assumptions A1–A8: one numerical check each on the study models
 * ({@link org.trainability.checks.study.StudyModels}), every one with a known-bad input it
 * must reject, and property checks over generated models for A1–A4 (the assumptions claimed
 * solid). Stateless.
 */
public final class AssumptionChecks {

    private AssumptionChecks() {
    }

    /** Every check of this group, built on {@code engine}. */
    public static List<Check> all(EngineUnderTest engine) {
        return List.of(
                GibbsLawPositivity.check(engine),
                PropertyCheck.of("A1.positive-law-generated", List.of("A1"), GibbsLawStatements.class,
                        "lawIsFinitePositiveAndNormalised", "knownBadLawsPass", true,
                        "Over generated Ising models in the stress range (N <= 6, beta <= 10, |J|,|b| <= 2) the"
                                + " enumerated law is finite, positive and normalised; overflowing and frozen"
                                + " laws must falsify it."),
                KernelReversibility.check(engine),
                PropertyCheck.of("A2.detailed-balance-generated", List.of("A2"), ReversibilityStatements.class,
                        "reversibleKernelsAreInDetailedBalance", "systematicScanIsInDetailedBalance", true,
                        "Over generated models (independent, ferromagnetic, glassy, RBM) every reversible kernel"
                                + " is in detailed balance to 1e-10; systematic scan on coupled models must"
                                + " falsify it."),
                SpectralRange.check(engine),
                PropertyCheck.of("A3.spectral-range-generated", List.of("A3"), SpectralRangeStatements.class,
                        "spectrumLiesStrictlyInsideTheUnitInterval", "periodicChainsAreAperiodic", true,
                        "Over generated models and their reversible kernels: gap > 1e-10 and lambda_min > -1 + 1e-10;"
                                + " periodic Metropolis chains must falsify it."),
                ObservableRegularity.check(engine),
                PropertyCheck.of("A4.bounded-gradient-observables-generated", List.of("A4"),
                        ObservableStatements.class, "observablesAreBoundedEnergyGradients",
                        "doubledObservablesAreBoundedEnergyGradients", true,
                        "Over generated Ising models and RBMs: |f_a| <= 1 and f_a = dE/dtheta_a by finite"
                                + " differences; doubled observables must falsify it."),
                BurnInShare.check(engine),
                WindowOverTau.check(engine),
                BulkRelaxation.check(engine),
                PlateauSignal.check(engine));
    }
}

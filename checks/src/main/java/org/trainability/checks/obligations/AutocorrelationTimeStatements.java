package org.trainability.checks.obligations;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.study.GeneratedModels;
import org.trainability.checks.study.GeneratedModels.Case;
import org.trainability.checks.study.SpectralFormulas;
import org.trainability.engine.exact.EnumeratedLaw;

/**
 * O4 as properties: over generated reversible kernels (including exactly degenerate and slow ones),
 * spectral, Poisson and direct-autocovariance τ_int·Var agree, and {@code T_O = ½ tr S} with S
 * symmetric PSD ({@link AutocorrelationTime#compare}); on generated systematic-scan kernels with the
 * gate waived the spectral form must be falsified against the direct sum. Models are kept to
 * absolute gaps above 1e-3 so the direct lag sum stays within a few ten thousand lags (the slow
 * regime is covered by the numerical check and by O3's properties). Uses the real engine.
 */
public class AutocorrelationTimeStatements {

    private final EngineUnderTest engine = EngineUnderTest.real();

    @Provide
    Arbitrary<Case> cases() {
        return GeneratedModels.cases(4).filter(c -> {
            var law = EnumeratedLaw.of(c.model());
            return SpectralFormulas.absoluteGap(SpectralFormulas.of(law, engine.kernel(c.kernel(), c.model()))) > 1e-3;
        });
    }

    @Provide
    Arbitrary<Case> systematic() {
        return GeneratedModels.systematicScanCases(4);
    }

    /** The three forms agree and T_O = ½ tr S. */
    @Property(tries = 120, seed = "9401", edgeCases = EdgeCasesMode.NONE)
    void spectralPoissonAndDirectTauAgree(@ForAll("cases") Case c) {
        var law = EnumeratedLaw.of(c.model());
        var kernel = engine.kernel(c.kernel(), c.model());
        var analysis = SpectralFormulas.of(law, kernel);
        var r = AutocorrelationTime.compare(analysis, kernel, law, true);
        if (!r.holds()) {
            throw new AssertionError(c + ": " + r);
        }
    }

    /** Negative control: the spectral form on systematic scan against its autocovariances; must be falsified. */
    @Property(tries = 40, seed = "9402", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void spectralTauOfSystematicScanEqualsDirectSum(@ForAll("systematic") Case c) {
        var law = EnumeratedLaw.of(c.model());
        var kernel = engine.kernel(c.kernel(), c.model());
        var r = AutocorrelationTime.compare(SpectralFormulas.waivingReversibility(law, kernel), kernel, law, false);
        if (!r.holds()) {
            throw new AssertionError(c + ": " + r);
        }
    }
}

package org.trainability.checks.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trainability.checks.EngineUnderTest;
import org.trainability.engine.RefusedInputException;
import org.trainability.engine.exact.EnumeratedLaw;
import org.trainability.engine.kernel.DenseKernel;
import org.trainability.engine.kernel.KernelName;
import org.trainability.engine.spectral.SpectralAnalysis;

/**
 * One kernel of one study model under the spectral formulas, as the exact checks of O2 (bias), O3
 * (finite-K variance) and O4 (τ_int forms) compare it with brute force: the law, the engine's
 * transition matrix and its spectral analysis ({@link SpectralFormulas}) — or, when the analysis
 * is refused (not reversible, an eigensolver that did not converge), the reason, which the check
 * reports as a failure.
 *
 * <p>{@link #all} lists what those checks run on: for the real run every reversible kernel of
 * every study model; for the negative control systematic scan on the coupled study models with the
 * reversibility gate waived, so that the reversible formulas meet a chain they do not describe.
 * Immutable; thread-safe.
 *
 * @param study    the model
 * @param kernel   the kernel's name
 * @param law      the model's exact law
 * @param matrix   the kernel's transition matrix, from the engine under test
 * @param analysis the spectral analysis, empty when it was refused
 * @param refusal  why it was refused, empty when it was not
 */
public record StudyKernel(StudyModels.Study study, KernelName kernel, EnumeratedLaw law, DenseKernel matrix,
        Optional<SpectralAnalysis> analysis, Optional<String> refusal) {

    /** The negative control of the three exact checks, as their parameters describe it. */
    public static final String NEGATIVE_CONTROL = "systematic-scan (reversibility gate waived) on the coupled study models";

    public StudyKernel {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(kernel, "kernel");
        if (analysis.isPresent() == refusal.isPresent()) {
            throw new IllegalArgumentException("a study kernel has either an analysis or a refusal");
        }
    }

    /**
     * The kernels the exact checks compare on, study by study in {@link StudyModels#all()} order.
     *
     * @param engine          the engine whose kernels are analysed
     * @param negativeControl false: every reversible kernel of every study model; true: systematic
     *                        scan on {@link StudyModels#spinModels()}, the reversibility gate waived
     */
    public static List<StudyKernel> all(EngineUnderTest engine, boolean negativeControl) {
        var out = new ArrayList<StudyKernel>();
        for (var s : negativeControl ? StudyModels.spinModels() : StudyModels.all()) {
            var law = EnumeratedLaw.of(s.model());
            for (var k : negativeControl ? List.of(KernelName.SYSTEMATIC_SCAN) : s.kernels()) {
                var p = engine.kernel(k, s.model());
                try {
                    var analysis = negativeControl ? SpectralFormulas.waivingReversibility(law, p)
                            : SpectralFormulas.of(law, p);
                    out.add(new StudyKernel(s, k, law, p, Optional.of(analysis), Optional.empty()));
                } catch (RefusedInputException | ArithmeticException e) {
                    out.add(new StudyKernel(s, k, law, p, Optional.empty(), Optional.of(String.valueOf(e.getMessage()))));
                }
            }
        }
        return out;
    }

    /** {@code model/kernel}, as figures and failure messages name it. */
    public String label() {
        return study.name() + "/" + kernel.label();
    }
}

package org.trainability.checks.experiments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.trainability.engine.estimate.IntegratedAutocorrelationTime;
import org.trainability.engine.estimate.ResolutionRule;
import org.trainability.engine.estimate.ResolutionVerdict;
import org.trainability.engine.estimate.TauGrowthDiagnostic;
import org.trainability.engine.estimate.TauGrowthFindings;

/**
 * τ_max of a model whose observables fall into symmetry classes: the engine's τ̂ and RESOLVED rule
 * (docs/math.md §5, {@link ResolutionRule} with Sokal's c = 5) on one representative observable per
 * class, and the largest of them: one rung of the τ ∝ L diagnostic ({@link TauGrowthDiagnostic#rung}),
 * read by representative. When a symmetry of the law and the kernel maps one observable to another,
 * the two have the same τ_int, so the representatives carry τ_max of all the observables.
 *
 * <p>τ_max counts as RESOLVED only when every representative's τ̂ is: an unresolved one could be
 * the slowest. A representative whose chains are constant over the series has no estimate
 * ({@code NaN}); it is left out of the maximum, counted in {@link #unavailable()}, and makes τ_max
 * unresolved.
 *
 * @param representatives the observables judged, by name
 * @param verdicts        their verdicts, in the same order
 * @param slowest         the index of the largest available τ̂, or -1 when none is available
 */
record SlowestObservable(List<String> representatives, List<ResolutionVerdict> verdicts, int slowest) {

    SlowestObservable {
        representatives = List.copyOf(representatives);
        verdicts = List.copyOf(verdicts);
        if (representatives.size() != verdicts.size() || representatives.isEmpty()) {
            throw new IllegalArgumentException("one verdict per representative, at least one");
        }
    }

    /**
     * Judges every representative's series over its whole length.
     *
     * @param names  the representatives' names, all different
     * @param series for each representative, one row per chain (all rows equally long, at least 2).
     *               Not modified.
     */
    static SlowestObservable judge(List<String> names, List<double[][]> series) {
        Objects.requireNonNull(names, "names");
        // The longest row: a shorter one is refused by the rung, as unequal rows should be.
        int length = series.stream().flatMap(Arrays::stream).mapToInt(row -> row.length).max()
                .orElseThrow(() -> new IllegalArgumentException("no series to judge"));
        return of(names, TauGrowthDiagnostic.rung(names, series, length, IntegratedAutocorrelationTime.DEFAULT_C));
    }

    /**
     * The representatives' verdicts at one run length of the τ ∝ L diagnostic.
     *
     * @param names the probe names the rung was judged on, all different
     * @param rung  their verdicts at one L
     */
    static SlowestObservable of(List<String> names, TauGrowthFindings.Rung rung) {
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("representative names must differ, got " + names);
        }
        return new SlowestObservable(names, rung.verdicts(), rung.slowest().isEmpty() ? -1 : names.indexOf(rung.slowest()));
    }

    /** τ̂_max, or {@code NaN} when no representative has an estimate. */
    double tauMax() {
        return slowest < 0 ? Double.NaN : verdicts.get(slowest).estimate().tauInt();
    }

    /** Sokal's standard error of τ̂_max ({@code NaN} when there is none). */
    double standardError() {
        return slowest < 0 ? Double.NaN : verdicts.get(slowest).estimate().standardError();
    }

    /** The log–log growth slope of the slowest representative's τ̂ over L/4, L/2, L ({@code NaN} when none). */
    double growthSlope() {
        return slowest < 0 ? Double.NaN : verdicts.get(slowest).growthSlope();
    }

    /** The name of the slowest representative, or {@code "none"}. */
    String slowestName() {
        return slowest < 0 ? "none" : representatives.get(slowest);
    }

    /** The verdict on the slowest representative (τ̂ at L/4, L/2, L and the growth slope). */
    ResolutionVerdict slowestVerdict() {
        if (slowest < 0) {
            throw new IllegalStateException("no representative has an estimate");
        }
        return verdicts.get(slowest);
    }

    /** Whether τ_max is RESOLVED: every representative's τ̂ is. */
    boolean resolved() {
        return verdicts.stream().allMatch(v -> v.resolution().isResolved());
    }

    /** How many representatives have no estimate (some chain constant). */
    int unavailable() {
        return (int) verdicts.stream().filter(v -> !v.estimate().isAvailable()).count();
    }

    /** {@code RESOLVED} or {@code UNRESOLVED}, as figures write it. */
    String resolutionLabel() {
        return resolved() ? "RESOLVED" : "UNRESOLVED";
    }

    /** Why τ_max is unresolved: each unresolved representative's first reason; empty when resolved. */
    List<String> reasons() {
        var out = new ArrayList<String>();
        for (int k = 0; k < verdicts.size(); k++) {
            var v = verdicts.get(k);
            if (!v.resolution().isResolved()) {
                out.add(representatives.get(k) + ": " + v.reasons().get(0));
            }
        }
        return out;
    }
}

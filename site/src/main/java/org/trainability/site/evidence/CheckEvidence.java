package org.trainability.site.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.NegativeControl;
import org.trainability.ledger.gate.Verdict;
import org.trainability.site.figures.Figure;
import org.trainability.site.figures.FigureReader;
import org.trainability.site.figures.Scalar;

/**
 * One check result as the audit JSON records it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id              the check's id
 * @param kind            property, numerical or at-scale
 * @param verifies        the entries it is evidence for
 * @param verdict         pass, fail or unresolved
 * @param negativeControl what it did on its known-bad input
 * @param figures         its figures, typed
 * @param seed            the seed of its run, or {@code none}
 * @param cases           generated cases (property checks)
 * @param checksStatement whether it tests the very statement of what it verifies
 * @param detail          its one-line account
 */
public record CheckEvidence(String id, CheckKind kind, List<String> verifies, Verdict verdict,
        NegativeControl negativeControl, List<Figure> figures, String seed, long cases, boolean checksStatement,
        String detail) {

    public CheckEvidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        verifies = List.copyOf(verifies);
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(negativeControl, "negativeControl");
        figures = List.copyOf(figures);
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(detail, "detail");
    }

    /** The figure of this name, if the check has one. */
    public Optional<Figure> figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The command the check says reproduces it (its {@code reproduce} figure), if it gives one. */
    public Optional<String> reproduce() {
        return figure(FigureReader.REPRODUCE).filter(Scalar.class::isInstance).map(f -> ((Scalar) f).text());
    }

    /**
     * How this result counts at the gate. Delegates to the ledger's {@link CheckResult#standing()} so
     * the site and the gate can never read a result differently.
     */
    public CheckResult.Standing standing() {
        var anyEntry = verifies.isEmpty() ? List.of(id) : verifies;
        return new CheckResult(id, kind, anyEntry, verdict, java.util.Map.of(), seed, negativeControl, 0, false, detail)
                .standing();
    }

    /** The figures other than the reproduce command. */
    public List<Figure> shownFigures() {
        return figures.stream().filter(f -> !f.name().equals(FigureReader.REPRODUCE)).toList();
    }
}

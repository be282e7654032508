package org.trainability.site.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trainability.ledger.figure.Figure;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Scalar;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.NegativeControl;
import org.trainability.ledger.gate.Verdict;

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
 * @param figures         its figures, by name, as the ledger's codec read them
 * @param seed            the seed of its run, or {@code none}
 * @param cases           generated cases (property checks)
 * @param checksStatement whether it tests the very statement of what it verifies
 * @param detail          its one-line account
 */
public record CheckEvidence(String id, CheckKind kind, List<String> verifies, Verdict verdict,
        NegativeControl negativeControl, Figures figures, String seed, long cases, boolean checksStatement,
        String detail) {

    /**
     * The figure name whose text, when a check gives one, is the command that reproduces the check
     * (docs/figures.md); the site shows it as the check's command, not among its figures.
     */
    public static final String REPRODUCE = "reproduce";

    public CheckEvidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        verifies = List.copyOf(verifies);
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(negativeControl, "negativeControl");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(detail, "detail");
    }

    /** The figure of this name, if the check has one. */
    public Optional<Figure> figure(String name) {
        return Optional.ofNullable(figures.asMap().get(name));
    }

    /** The command the check says reproduces it (its {@code reproduce} text figure), if it gives one. */
    public Optional<String> reproduce() {
        return figure(REPRODUCE).filter(Scalar.Text.class::isInstance).map(f -> ((Scalar.Text) f).value());
    }

    /**
     * How this result counts at the gate. Delegates to the ledger's {@link CheckResult#standing()} so
     * the site and the gate can never read a result differently.
     */
    public CheckResult.Standing standing() {
        var anyEntry = verifies.isEmpty() ? List.of(id) : verifies;
        return new CheckResult(id, kind, anyEntry, verdict, Figures.none(), seed, negativeControl, 0, false, detail)
                .standing();
    }

    /** The figures other than the reproduce command, by name in name order. */
    public Map<String, Figure> shownFigures() {
        var out = new LinkedHashMap<>(figures.asMap());
        if (reproduce().isPresent()) {
            out.remove(REPRODUCE);
        }
        return Collections.unmodifiableMap(out);
    }
}

package org.trainability.ledger.model;

import java.util.List;
import java.util.Objects;

/**
 * An experiment of the research ladder.
 *
 * @param seedName        the research page's name for it ({@code exp1-exact-diag})
 * @param question        what it asks
 * @param modelFamily     the models it runs on
 * @param kernels         the kernels it runs
 * @param grid            the parameter grid, in words
 * @param verifies        the entries its checks verify
 * @param reportedFigures figures the research page reports, with their source (read from
 *                        {@code evidence/reported/<id>.yaml}, where kept data lives)
 */
public record Experiment(
        EntryHeader header,
        String seedName,
        String question,
        String modelFamily,
        List<String> kernels,
        String grid,
        List<String> verifies,
        List<ReportedFigure> reportedFigures) implements Entry {

    public Experiment {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(seedName, "seedName");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(modelFamily, "modelFamily");
        kernels = List.copyOf(kernels);
        Objects.requireNonNull(grid, "grid");
        verifies = List.copyOf(verifies);
        reportedFigures = List.copyOf(reportedFigures);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.EXPERIMENT;
    }

    @Override
    public Experiment withHeader(EntryHeader newHeader) {
        return new Experiment(newHeader, seedName, question, modelFamily, kernels, grid, verifies, reportedFigures);
    }

    /** A copy carrying the research page's figures for this experiment (kept in {@code evidence/reported/}). */
    public Experiment withReportedFigures(List<ReportedFigure> figures) {
        return new Experiment(header, seedName, question, modelFamily, kernels, grid, verifies, figures);
    }

    /** Experiments also link to the entries they verify. */
    @Override
    public List<String> links() {
        var all = new java.util.ArrayList<>(Entry.super.links());
        all.addAll(verifies);
        return List.copyOf(all);
    }
}

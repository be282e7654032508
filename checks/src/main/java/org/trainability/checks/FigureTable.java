package org.trainability.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A table figure of docs/figures.md ({@code {"table": {"columns": […], "rows": […]}}}) built row
 * by row ({@link FigureShapes#table} takes a finished one). Not thread-safe: one check builds one table.
 */
public final class FigureTable {

    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    /** A table with these column names. */
    public FigureTable(String... columns) {
        this.columns = List.of(columns);
    }

    /** Adds a row; it must have one cell per column. */
    public FigureTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(new ArrayList<>(Arrays.asList(cells)));
        return this;
    }

    /** The number of rows. */
    public int size() {
        return rows.size();
    }

    /** The figure value. */
    public Map<String, Object> figure() {
        return FigureShapes.table(columns, rows);
    }
}

package org.trainability.ledger.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table: named columns and rows of scalar cells (exp1's 48 cells, a check's settings).
 *
 * <p>Immutable and thread-safe.
 *
 * @param columns the column headings
 * @param rows    one list of cells per row, each as long as {@code columns}
 */
public record Table(List<String> columns, List<List<Scalar>> rows) implements Figure {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != columns.size()) {
                throw new IllegalArgumentException("row " + r + " has " + rows.get(r).size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** Starts a table with these columns; add rows with {@link Builder#row}. */
    public static Builder withColumns(String... columns) {
        return new Builder(List.of(columns));
    }

    /** The cells of one column, top to bottom. */
    public List<Scalar> column(String name) {
        int c = columns.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("no column '" + name + "'; the columns are " + columns);
        }
        return rows.stream().map(row -> row.get(c)).toList();
    }

    /** Builds a table row by row. Not thread-safe: one check builds one table. */
    public static final class Builder {

        private final List<String> columns;
        private final List<List<Scalar>> rows = new ArrayList<>();

        private Builder(List<String> columns) {
            this.columns = columns;
        }

        /** Adds a row of Java values ({@link Scalar#of}), one per column. */
        public Builder row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("a row of " + cells.length + " cells for " + columns.size()
                        + " columns");
            }
            var row = new ArrayList<Scalar>(cells.length);
            for (var cell : cells) {
                row.add(cell instanceof Scalar s ? s : Scalar.of(Objects.requireNonNull(cell, "a cell is null")));
            }
            rows.add(row);
            return this;
        }

        /** The number of rows so far. */
        public int size() {
            return rows.size();
        }

        public Table build() {
            return new Table(columns, rows);
        }
    }
}

package org.trainability.site.figures;

import java.util.List;
import java.util.Objects;

/**
 * A table figure: {@code {"table": {"columns": [...], "rows": [[...], ...]}}}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name    the figure's name
 * @param columns the column headings
 * @param rows    the cells as the site shows them, one list per row, each as long as {@code columns}
 */
public record Table(String name, List<String> columns, List<List<String>> rows) implements Figure {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (var row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }
}

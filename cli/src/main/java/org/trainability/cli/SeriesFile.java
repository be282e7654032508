package org.trainability.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * Reads a series file for {@code ./ledger.sh tau}: one row per time step, whitespace-separated columns,
 * one column per chain. Blank lines and lines starting with {@code #} are skipped. Every problem is
 * reported with its line and column.
 */
final class SeriesFile {

    private SeriesFile() {
    }

    /** The chains, one row per chain (the file's columns). */
    static double[][] read(Path file) throws UserInputException {
        java.util.List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserInputException("series file " + file + " does not exist");
        } catch (IOException e) {
            throw new UserInputException("cannot read series file " + file + ": " + e.getMessage());
        }
        var rows = new ArrayList<double[]>();
        int columns = -1;
        for (int n = 0; n < lines.size(); n++) {
            var line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var cells = line.split("\\s+");
            if (columns < 0) {
                columns = cells.length;
            } else if (cells.length != columns) {
                throw new UserInputException(file + ", line " + (n + 1) + ": " + cells.length
                        + " columns, but the first row has " + columns + "; every row needs one value per chain");
            }
            var row = new double[columns];
            for (int c = 0; c < columns; c++) {
                try {
                    row[c] = Double.parseDouble(cells[c]);
                } catch (NumberFormatException e) {
                    throw new UserInputException(file + ", line " + (n + 1) + ", column " + (c + 1) + ": '"
                            + cells[c] + "' is not a number");
                }
                if (!Double.isFinite(row[c])) {
                    throw new UserInputException(file + ", line " + (n + 1) + ", column " + (c + 1) + ": "
                            + cells[c] + " is not a finite number");
                }
            }
            rows.add(row);
        }
        if (rows.size() < 2) {
            throw new UserInputException("series file " + file + " has " + rows.size()
                    + " time steps; at least 2 rows (one per step) are needed");
        }
        var chains = new double[columns][rows.size()];
        for (int t = 0; t < rows.size(); t++) {
            for (int c = 0; c < columns; c++) {
                chains[c][t] = rows.get(t)[c];
            }
        }
        return chains;
    }
}

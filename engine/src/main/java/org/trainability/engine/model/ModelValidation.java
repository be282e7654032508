package org.trainability.engine.model;

import org.trainability.engine.RefusedInputException;

/** Validation shared by the model records; every message names the field and the entry. */
final class ModelValidation {

    private ModelValidation() {
    }

    static void positiveCount(String field, int value) {
        if (value < 1) {
            throw new RefusedInputException(field + " is " + value + "; it must be at least 1");
        }
    }

    static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new RefusedInputException(field + " is " + value + "; it must be a finite number");
        }
    }

    static void beta(double beta) {
        finite("beta", beta);
        if (beta < 0) {
            throw new RefusedInputException("beta is " + beta + "; the inverse temperature must be >= 0");
        }
    }

    static double[] vector(String field, double[] values, int length) {
        if (values == null) {
            throw new RefusedInputException(field + " is missing; give " + length + " numbers");
        }
        if (values.length != length) {
            throw new RefusedInputException(field + " has " + values.length + " entries; expected " + length);
        }
        for (int i = 0; i < length; i++) {
            finite(field + "[" + i + "]", values[i]);
        }
        return values.clone();
    }

    static double[][] matrix(String field, double[][] values, int rows, int cols) {
        if (values == null) {
            throw new RefusedInputException(field + " is missing; give a " + rows + "×" + cols + " matrix");
        }
        if (values.length != rows) {
            throw new RefusedInputException(field + " has " + values.length + " rows; expected " + rows
                    + " (a " + rows + "×" + cols + " matrix)");
        }
        var copy = new double[rows][];
        for (int i = 0; i < rows; i++) {
            if (values[i] == null || values[i].length != cols) {
                throw new RefusedInputException(field + "[" + i + "] has "
                        + (values[i] == null ? 0 : values[i].length) + " entries; expected " + cols
                        + " (a " + rows + "×" + cols + " matrix)");
            }
            for (int j = 0; j < cols; j++) {
                finite(field + "[" + i + "][" + j + "]", values[i][j]);
            }
            copy[i] = values[i].clone();
        }
        return copy;
    }

    static int[] spins(String field, int[] values, int length) {
        if (values == null) {
            throw new RefusedInputException(field + " is missing; give " + length + " spins (each -1 or +1)");
        }
        if (values.length != length) {
            throw new RefusedInputException(field + " has " + values.length + " spins; expected " + length);
        }
        for (int i = 0; i < length; i++) {
            if (values[i] != 1 && values[i] != -1) {
                throw new RefusedInputException(field + "[" + i + "] is " + values[i] + "; spins are -1 or +1");
            }
        }
        return values.clone();
    }

    static double[][] copy(double[][] m) {
        var c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}

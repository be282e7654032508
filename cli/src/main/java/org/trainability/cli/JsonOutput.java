package org.trainability.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Writes one JSON object per command on stdout, in the order the map gives. Non-finite numbers
 * are written as the strings {@code "Infinity"}, {@code "-Infinity"} and {@code "NaN"}
 * (docs/figures.md). Thread-safe (the mapper is not shared state that changes).
 */
final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    /** A number as JSON wants it: itself when finite, else its name as a string. */
    static Object number(double value) {
        return Double.isFinite(value) ? (Object) value : Double.toString(value);
    }

    /** An array of numbers, non-finite ones as strings. */
    static Object[] numbers(double[] values) {
        var out = new Object[values.length];
        for (int k = 0; k < values.length; k++) {
            out[k] = number(values[k]);
        }
        return out;
    }

    static void print(PrintWriter out, Map<String, Object> object) throws Exception {
        out.println(MAPPER.writeValueAsString(object));
        out.flush();
    }
}

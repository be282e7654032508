package org.trainability.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a check's parameters JSON-safe for its evidence record: non-finite numbers become the
 * strings {@code "Infinity"}, {@code "-Infinity"}, {@code "NaN"} (as in figures, docs/figures.md);
 * arrays become lists; anything that is not a number, text, boolean, list or map is refused.
 */
public final class ParameterValues {

    private ParameterValues() {
    }

    public static Map<String, Object> sanitize(Map<String, ?> figures) {
        var out = new LinkedHashMap<String, Object>();
        figures.forEach((k, v) -> out.put(k, value(k, v)));
        return out;
    }

    private static Object value(String name, Object v) {
        if (v == null) {
            throw new IllegalArgumentException("parameter " + name + " is null");
        }
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof Float f) {
            return number(f.doubleValue());
        }
        if (v instanceof Number || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof double[] a) {
            var out = new ArrayList<Object>(a.length);
            for (var x : a) {
                out.add(number(x));
            }
            return out;
        }
        if (v instanceof int[] a) {
            var out = new ArrayList<Object>(a.length);
            for (var x : a) {
                out.add(x);
            }
            return out;
        }
        if (v instanceof List<?> l) {
            var out = new ArrayList<Object>(l.size());
            for (var x : l) {
                out.add(value(name, x));
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            var out = new LinkedHashMap<String, Object>();
            m.forEach((k, x) -> out.put(String.valueOf(k), value(name + "." + k, x)));
            return out;
        }
        throw new IllegalArgumentException("parameter " + name + " has a value of type " + v.getClass().getSimpleName()
                + "; use numbers, text, booleans, lists or maps");
    }

    private static Object number(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return d;
    }
}

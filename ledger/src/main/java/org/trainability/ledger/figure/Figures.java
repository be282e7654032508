package org.trainability.ledger.figure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A check's figures by name (kebab-case and stable: reported figures refer to them), sorted by name.
 * Typed accessors read one figure and say plainly when it is missing or of another shape.
 *
 * <p>Immutable and thread-safe.
 */
public final class Figures {

    private static final Figures NONE = new Figures(Map.of());

    private final Map<String, Figure> byName;

    private Figures(Map<String, Figure> byName) {
        this.byName = byName;
    }

    /** No figures. */
    public static Figures none() {
        return NONE;
    }

    /** These figures. */
    public static Figures of(Map<String, ? extends Figure> figures) {
        var sorted = new TreeMap<String, Figure>();
        figures.forEach((name, figure) -> sorted.put(Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(figure, () -> "figure " + name)));
        return new Figures(Collections.unmodifiableMap(sorted));
    }

    /** Starts a set of figures. */
    public static Builder builder() {
        return new Builder();
    }

    public Map<String, Figure> asMap() {
        return byName;
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** The figure called {@code name}. */
    public Figure get(String name) {
        var f = byName.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no figure '" + name + "'; the figures are " + byName.keySet());
        }
        return f;
    }

    /** The figure called {@code name}, which must be of {@code shape}. */
    public <T extends Figure> T get(String name, Class<T> shape) {
        var f = get(name);
        if (!shape.isInstance(f)) {
            throw new IllegalArgumentException("figure '" + name + "' is " + f + ", not a " + shape.getSimpleName());
        }
        return shape.cast(f);
    }

    /** A number figure (real or whole) as a double. */
    public double number(String name) {
        return get(name, Scalar.class).asDouble();
    }

    public long whole(String name) {
        return get(name, Scalar.Whole.class).value();
    }

    public String text(String name) {
        return get(name, Scalar.Text.class).value();
    }

    public boolean flag(String name) {
        return get(name, Scalar.Flag.class).value();
    }

    public Table table(String name) {
        return get(name, Table.class);
    }

    public XyPlot xy(String name) {
        return get(name, XyPlot.class);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && f.byName.equals(byName);
    }

    @Override
    public int hashCode() {
        return byName.hashCode();
    }

    @Override
    public String toString() {
        return byName.toString();
    }

    /**
     * Collects figures in the order a check computes them. A name given twice keeps the later
     * figure, as a map would. Not thread-safe: one check builds one set.
     */
    public static final class Builder {

        private final Map<String, Figure> figures = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder put(String name, Figure figure) {
            figures.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(figure, () -> "figure " + name));
            return this;
        }

        public Builder put(String name, double value) {
            return put(name, new Scalar.Real(value));
        }

        public Builder put(String name, long value) {
            return put(name, new Scalar.Whole(value));
        }

        public Builder put(String name, String value) {
            return put(name, new Scalar.Text(value));
        }

        public Builder put(String name, boolean value) {
            return put(name, new Scalar.Flag(value));
        }

        /** Adds every figure of {@code other}. */
        public Builder putAll(Figures other) {
            figures.putAll(other.byName);
            return this;
        }

        public Figures build() {
            return Figures.of(figures);
        }
    }
}

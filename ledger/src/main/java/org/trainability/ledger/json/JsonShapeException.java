package org.trainability.ledger.json;

/**
 * A JSON (or YAML) document whose shape is not the one expected: a field missing, of the wrong type
 * or with an unknown value. The message names the document, the field path and what was expected.
 */
public final class JsonShapeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final String problem;

    public JsonShapeException(String source, String path, String problem) {
        super(source + ": field '" + path + "': " + problem);
        this.source = source;
        this.path = path;
        this.problem = problem;
    }

    /** The document, as named when it was read (a file name). */
    public String source() {
        return source;
    }

    /** The field path, {@code checks[3].figures.grid.series[0].x}. */
    public String path() {
        return path;
    }

    /** What is wrong with it. */
    public String problem() {
        return problem;
    }
}

package org.trainability.ledger.load;

import java.util.List;

/**
 * Bad ledger input: one or more problems, each naming the file, line and field.
 * The message lists them one a line, ready to print.
 */
public final class LedgerInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public LedgerInputException(List<Problem> problems) {
        super(render(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems to report");
        }
        this.problems = List.copyOf(problems);
    }

    public LedgerInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        var sb = new StringBuilder();
        for (var p : problems) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    /**
     * One problem.
     *
     * @param file  the file, as the user would type it (relative to the repository root)
     * @param line  1-based line, or 0 when the problem concerns the whole file
     * @param field the field (a path such as {@code history[1].to}), or empty for the document
     * @param what  what is wrong, in a sentence fragment
     */
    public record Problem(String file, int line, String field, String what) {
        @Override
        public String toString() {
            var where = line > 0 ? file + ":" + line : file;
            return field.isEmpty() ? where + ": " + what : where + ": field '" + field + "': " + what;
        }
    }
}

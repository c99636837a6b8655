package dev.trackside.parse;

/**
 * Why a document could not be read as a schedule, with where: a JSON path such as {@code $.sessions[12].start}
 * and, when known, the line and column. The only exception the parser lets out.
 */
public final class ScheduleException extends RuntimeException {
    private final String problem;
    private final String path;
    private final int line;
    private final int column;

    /**
     * @param problem what is wrong, as a sentence fragment ("expected a string, got number 3")
     * @param path    JSON path of the offending value, or {@code null}
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     */
    public ScheduleException(String problem, String path, int line, int column) {
        super(compose(problem, path, line, column));
        this.problem = problem;
        this.path = path;
        this.line = line;
        this.column = column;
    }

    /** A JSON syntax error: the position comes first, since the path of broken JSON says little. */
    static ScheduleException syntax(String problem, String path, int line, int column) {
        return new ScheduleException(problem, path, line, column, true);
    }

    private ScheduleException(String problem, String path, int line, int column, boolean syntax) {
        super(syntax ? composeSyntax(problem, path, line, column) : compose(problem, path, line, column));
        this.problem = problem;
        this.path = path;
        this.line = line;
        this.column = column;
    }

    private static String composeSyntax(String problem, String path, int line, int column) {
        StringBuilder sb = new StringBuilder("JSON syntax error");
        if (line > 0) {
            sb.append(" at line ").append(line).append(", column ").append(column);
        }
        sb.append(": ").append(problem);
        if (path != null && !path.equals("$")) {
            sb.append(" (in ").append(shortPath(path)).append(')');
        }
        return sb.toString();
    }

    /**
     * A path of at most about 120 chars, for messages: a document nested 255 deep has a path of a thousand
     * ({@code $.a[0][0][0]…}); its start and end say where. {@link #path()} stays whole.
     */
    private static String shortPath(String path) {
        if (path.length() <= 120) {
            return path;
        }
        return path.substring(0, 60) + " \u2026 " + path.substring(path.length() - 50);
    }

    private static String compose(String problem, String path, int line, int column) {
        StringBuilder sb = new StringBuilder();
        if (path != null) {
            sb.append(path).append(": ");
        }
        sb.append(problem);
        if (line > 0) {
            sb.append(" (line ").append(line).append(", column ").append(column).append(')');
        }
        return sb.toString();
    }

    public String problem() {
        return problem;
    }

    /** JSON path, or {@code null}. */
    public String path() {
        return path;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }
}

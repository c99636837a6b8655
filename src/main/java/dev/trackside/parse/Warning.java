package dev.trackside.parse;

/** Something a lenient reader skipped or flagged, with where: a JSON path or an XML element path. */
public final class Warning {
    private final WarningCode code;
    private final String path;
    private final String message;

    public Warning(WarningCode code, String path, String message) {
        this.code = code;
        this.path = path;
        this.message = message;
    }

    public WarningCode code() {
        return code;
    }

    /** JSON path ({@code $.schedule.conference.days[0]…}) or XML path; never null. */
    public String path() {
        return path;
    }

    /** What happened to which item, for people. */
    public String message() {
        return message;
    }

    /** {@code $.talks[3]: duplicate-id: …}. */
    @Override
    public String toString() {
        return path + ": " + code.id() + ": " + message;
    }
}

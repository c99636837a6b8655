package dev.trackside.parse;

import com.google.gson.stream.JsonToken;
import dev.trackside.model.Schedule;

/**
 * The one way to turn a schedule document into a {@link Schedule}, used alike by the browser, the CLI and tests.
 *
 * <pre>
 * Schedule schedule = Schedules.parse(text);
 * </pre>
 */
public final class Schedules {
    /** The value of the top-level {@code format} field that marks a Trackside schedule. */
    public static final String TRACKSIDE_FORMAT = "trackside-schedule";

    private Schedules() {
    }

    /**
     * Detects the document's format and reads it.
     *
     * @throws ScheduleException when the text is not JSON, not a schedule in a format we read, or invalid; the
     *                           message names the JSON path, line and column
     */
    public static Schedule parse(String text) {
        if (text == null || text.trim().isEmpty()) {
            throw new ScheduleException("the document is empty", null, 0, 0);
        }
        String format = sniffFormat(text);
        if (format == null) {
            throw new ScheduleException("not a schedule in a format Trackside reads: no \"format\": \""
                    + TRACKSIDE_FORMAT + "\" field at the top level", "$", 0, 0);
        }
        if (!TRACKSIDE_FORMAT.equals(format)) {
            throw new ScheduleException("unknown format " + JsonInput.quote(format) + " (expected \""
                    + TRACKSIDE_FORMAT + "\")", "$.format", 0, 0);
        }
        return new TracksideReader(new JsonInput(text)).read();
    }

    /**
     * Skims the top level (skipping every value but {@code format}) so that the format is known before any
     * format-specific rule complains, and so that syntax errors anywhere are reported with their position.
     */
    private static String sniffFormat(String text) {
        JsonInput in = new JsonInput(text);
        if (in.peek() != JsonToken.BEGIN_OBJECT) {
            throw in.unexpected("a JSON object at the top level (a schedule)");
        }
        in.beginObject();
        String format = null;
        while (in.hasNext()) {
            String name = in.nextName();
            if (name.equals("format") && in.peek() == JsonToken.STRING) {
                format = in.string();
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        in.endDocument();
        return format;
    }
}

package dev.trackside.parse;

import com.google.gson.stream.JsonToken;
import dev.trackside.model.Schedule;
import dev.trackside.model.TimeZones;
import java.util.List;

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

    /** The formats other tools export, tried in this order on documents without our "format" field. */
    private static final TreeFormat[] TREE_FORMATS = {
        FrabFormat.INSTANCE,
        new PretalxWidgetFormat(),
        new SessionizeFormat(),
    };

    /**
     * Detects the document's format and reads it, without zone rules (the declared zone is not checked).
     *
     * @throws ScheduleException when the text is not JSON, not a schedule in a format we read, or (for our own
     *                           format) invalid; the message names the JSON path, line and column
     */
    public static Schedule parse(String text) {
        return read(text, TimeZones.NONE).schedule();
    }

    /**
     * Detects the document's format and reads it. Our own format is read strictly; other tools' formats leniently,
     * with what was skipped or flagged in {@link ScheduleRead#warnings()}.
     *
     * @param zones the platform's time-zone rules, used to check a declared zone against the times' offsets
     * @throws ScheduleException when the document cannot be read as a schedule at all
     */
    public static ScheduleRead read(String text, TimeZones zones) {
        return read(text, zones, null);
    }

    /**
     * Like {@link #read(String, TimeZones)}, for documents whose times may lack a UTC offset (Sessionize writes
     * {@code 2024-04-20T09:00:00}, in the venue's local time, and names no zone). Such times are placed in
     * {@code localZone}, e.g. from the viewer's {@code ?tz=Europe/Vienna}, which then becomes the schedule's zone.
     * Without it, or when {@code zones} does not know it, they are "floating": shown as written, the schedule has
     * no zone, and the read carries one {@link WarningCode#FLOATING_TIMES} warning. Times with an offset, and
     * documents in our own format, are not affected.
     *
     * @param localZone an IANA zone name, or {@code null}
     */
    public static ScheduleRead read(String text, TimeZones zones, String localZone) {
        if (text == null || text.trim().isEmpty()) {
            throw new ScheduleException("the document is empty", null, 0, 0);
        }
        String format;
        JsonNode root = null;
        if (formatFirst(text)) {
            format = sniffFormat(text);
        } else {
            // Another tool's format (or ours with "format" further down): one pass builds the tree, finds any syntax
            // error with its position, and tells whether there is a "format" field. Skimming first would read
            // a large frab file twice.
            root = JsonNode.parse(text);
            JsonNode field = root.get("format");
            format = field.isString() ? field.text() : null;
        }
        if (format != null) {
            if (!TRACKSIDE_FORMAT.equals(format)) {
                throw new ScheduleException("unknown format " + JsonInput.quote(format) + " (expected \""
                        + TRACKSIDE_FORMAT + "\")", "$.format", 0, 0);
            }
            Schedule schedule = new TracksideReader(new JsonInput(text)).read();
            return new ScheduleRead(schedule, "Trackside schedule format", List.of());
        }
        if (root == null) {
            root = JsonNode.parse(text);
        }
        for (TreeFormat tree : TREE_FORMATS) {
            if (tree.recognises(root)) {
                return tree.read(root, zones, localZone);
            }
        }
        throw new ScheduleException("not a schedule in a format Trackside reads (" + formatNames()
                + "): its top-level fields are " + fieldList(root), "$", 0, 0);
    }

    private static String formatNames() {
        StringBuilder sb = new StringBuilder("Trackside with \"format\": \"" + TRACKSIDE_FORMAT + "\"");
        for (TreeFormat tree : TREE_FORMATS) {
            sb.append(", ").append(tree.name());
        }
        return sb.toString();
    }

    private static String fieldList(JsonNode root) {
        List<String> keys = root.keys();
        if (keys.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keys.size() && i < 8; i++) {
            sb.append(i > 0 ? ", " : "").append(JsonInput.quote(keys.get(i)));
        }
        return keys.size() > 8 ? sb + " …" : sb.toString();
    }

    /** Whether the top-level object's first field is "format", as in every document we write. */
    private static boolean formatFirst(String text) {
        JsonInput in = new JsonInput(text);
        if (in.peek() != JsonToken.BEGIN_OBJECT) {
            throw in.unexpected("a JSON object at the top level (a schedule)");
        }
        in.beginObject();
        return in.hasNext() && in.nextName().equals("format");
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

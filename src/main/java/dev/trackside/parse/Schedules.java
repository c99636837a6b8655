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

    /** Finds the line and column just past the value at a JSON path in a document: {@code {0, 0}} where not known. */
    public interface Locator {
        int[] locate(String path);
    }

    private Schedules() {
    }

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
        return read(text, zones, localZone, OtherFormats.all());
    }

    /**
     * Like {@link #read(String, TimeZones, String)}, trying only the given formats of other tools: the browser's
     * smaller engine for schedules in our own format passes {@link OtherFormats#none()}, and so leaves their readers
     * out of its build.
     */
    public static ScheduleRead read(String text, TimeZones zones, String localZone, OtherFormats others) {
        return read(text, zones, localZone, others, null);
    }

    /**
     * Like {@link #read(String, TimeZones, String, OtherFormats)}, for a document another parser has already turned
     * into the tree {@link JsonNode#parse} would give, an object at the top (the JS engine's JSON.parse), or
     * {@code null}: then it is parsed here.
     */
    public static ScheduleRead read(String text, TimeZones zones, String localZone, OtherFormats others,
            JsonNode tree) {
        return readTree(tree != null ? tree : tree(text), path -> JsonInput.locate(text, path), zones, localZone,
                others);
    }

    /**
     * Reads the document whose tree is {@code root} (an object at the top), without its text: an error in our own
     * format names its JSON path, and its line and column where {@code locator} finds them. For the wasm engines,
     * which leave Gson's reader out of their build (the JavaScript engine, which has it, tells the line and column).
     */
    public static ScheduleRead readTree(JsonNode root, Locator locator, TimeZones zones,
            String localZone, OtherFormats others) {
        JsonNode field = root.get("format");
        String format = field.isString() ? field.text() : null;
        if (format != null) {
            if (!TRACKSIDE_FORMAT.equals(format)) {
                throw new ScheduleException("unknown format " + JsonInput.quote(format) + " (expected \""
                        + TRACKSIDE_FORMAT + "\")", "$.format", 0, 0);
            }
            Schedule schedule = new TracksideReader(locator).read(root);
            return new ScheduleRead(schedule, "Trackside schedule format", List.of());
        }
        TreeFormat reader = recognised(root, others);
        if (reader != null) {
            return reader.read(root, zones, localZone);
        }
        throw new ScheduleException("not a schedule in a format Trackside reads (" + formatNames(others)
                + "): its top-level fields are " + fieldList(root), "$", 0, 0);
    }

    /**
     * The document's JSON tree, for {@link #readFirstDay} and then {@link #read(String, TimeZones, String,
     * OtherFormats, JsonNode)} to share.
     *
     * @throws ScheduleException when the text is empty, not JSON (with line and column) or not an object at the top
     */
    public static JsonNode tree(String text) {
        if (text == null || text.trim().isEmpty()) {
            throw new ScheduleException("the document is empty", null, 0, 0);
        }
        JsonInput top = new JsonInput(text);
        if (top.peek() != JsonToken.BEGIN_OBJECT) {
            throw top.unexpected("a JSON object at the top level (a schedule)");
        }
        // One pass builds the tree and finds any syntax error with its position, before any format's rule
        // complains; the format is known before anything else is checked.
        return JsonNode.parse(text);
    }

    /**
     * The quick read of a first screen: the conference, its days and the sessions of the first day, for a format
     * that lists each day's sessions apart (frab's schedule.json: 36C3's first day is 297 of its 1,351 sessions).
     * {@code null} for our own format and formats without such a shortcut. Check with
     * {@link FirstDay#drawnAlike} that the whole read shows the day alike.
     */
    public static FirstDay readFirstDay(JsonNode root, TimeZones zones, String localZone, OtherFormats others) {
        if (root.get("format").isString()) {
            return null; // ours: read whole
        }
        TreeFormat reader = recognised(root, others);
        return reader == null ? null : reader.readFirstDay(root, zones, localZone);
    }

    /** The first of {@code others} whose shape the document has, or null. */
    private static TreeFormat recognised(JsonNode root, OtherFormats others) {
        for (TreeFormat reader : others.formats) {
            if (reader.recognises(root)) {
                return reader;
            }
        }
        return null;
    }

    private static String formatNames(OtherFormats others) {
        StringBuilder sb = new StringBuilder("Trackside with \"format\": \"" + TRACKSIDE_FORMAT + "\"");
        for (TreeFormat tree : others.formats) {
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
}

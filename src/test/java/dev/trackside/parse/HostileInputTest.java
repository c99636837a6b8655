package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.trackside.model.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, broken files, on the JVM: every class of hostile input, on a sample document of each format
 * ({@link SampleDocs}). Each input must give a schedule (with warnings) that the page can lay out, search, export
 * and convert, or a {@link ScheduleException} that names the cause and its line:column and/or JSON path; never any
 * other throwable ({@link Outcome}). docs/robustness.md counts the cases.
 *
 * <p>JsonSyntaxErrorTest and ScheduleErrorTest pin exact messages for our own format; this class sweeps all formats.
 */
class HostileInputTest {
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().serializeNulls().create();

    @Test
    void samplesAreValid() {
        for (Map.Entry<String, String> sample : SampleDocs.all().entrySet()) {
            Outcome outcome = Outcome.of(sample.getValue());
            assertFalse(outcome.failed(), sample.getKey() + ": " + outcome.error);
            assertTrue(outcome.read.schedule().sessions().size() >= 2, sample.getKey());
        }
    }

    @Test
    void everyTruncationFailsWithItsPosition() {
        // A download cut short, at every char of every sample.
        int cases = 0;
        for (Map.Entry<String, String> sample : SampleDocs.all().entrySet()) {
            String text = sample.getValue().trim();
            for (int end = 0; end < text.length(); end++) {
                String cut = text.substring(0, end);
                Outcome outcome = Outcome.of(cut);
                assertTrue(outcome.failed(), sample.getKey() + " cut at " + end + " read");
                if (!cut.trim().isEmpty()) {
                    assertTrue(outcome.error.line() >= 1, outcome.error.getMessage());
                }
                cases++;
            }
        }
        count("truncated", cases);
    }

    @Test
    void aTrailingCommaAnywhereIsASyntaxErrorAtTheBracket() {
        int cases = 0;
        for (Map.Entry<String, String> sample : SampleDocs.all().entrySet()) {
            String text = sample.getValue();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c != '}' && c != ']') || inString(text, i)) {
                    continue;
                }
                int before = i - 1;
                while (text.charAt(before) <= ' ') {
                    before--;
                }
                if (text.charAt(before) == '{' || text.charAt(before) == '[') {
                    continue; // "[,]" is another error; commas after values are the common one
                }
                String edited = text.substring(0, before + 1) + "," + text.substring(before + 1);
                Outcome outcome = Outcome.of(edited);
                assertTrue(outcome.failed(), sample.getKey() + ": a comma before " + i + " read");
                assertTrue(outcome.error.problem().contains("trailing comma"), outcome.error.getMessage());
                JsonSyntaxErrorTest.assertPosition(edited, i + 2, outcome.error); // just past the bracket
                cases++;
            }
        }
        count("trailing comma", cases);
    }

    @Test
    void everyValueOfEveryTypeAtEveryPathGivesAScheduleOrAnErrorThere() {
        // Wrong types at every level: each value (and each whole object and array) replaced in turn by values of
        // every JSON type. The strict reader must blame that path or one around it; the lenient ones must read,
        // unless the change makes the document no schedule of theirs at all (then the error is at "$").
        List<JsonElement> replacements = List.of(JsonNull.INSTANCE, new JsonPrimitive(true), new JsonPrimitive(0),
                new JsonPrimitive(-1.5e300), new JsonPrimitive(12345678901234567890.0), new JsonPrimitive(""),
                new JsonPrimitive(" "), new JsonPrimitive("x"), new JsonPrimitive("2024-01-01T10:00:00+01:00"),
                new JsonArray(), array(new JsonPrimitive(1)), new JsonObject(), object("a", new JsonPrimitive(1)));
        int cases = 0;
        int errors = 0;
        for (Map.Entry<String, String> sample : SampleDocs.all().entrySet()) {
            JsonElement root = JsonParser.parseString(sample.getValue());
            List<String> paths = new ArrayList<>();
            paths(root, "$", paths);
            for (String path : paths) {
                for (JsonElement replacement : replacements) {
                    JsonElement copy = root.deepCopy();
                    if (!replace(copy, path, replacement)) {
                        continue; // the same value already
                    }
                    Outcome outcome = Outcome.of(PRETTY.toJson(copy));
                    cases++;
                    if (!outcome.failed()) {
                        continue;
                    }
                    errors++;
                    String where = outcome.error.path();
                    String label = sample.getKey() + " " + path + " := " + replacement + ": " + outcome.error;
                    assertNotNull(where, label);
                    if (SampleDocs.strict(sample.getKey())) {
                        assertTrue(related(where, path) || isReference(path), label);
                    } else {
                        assertEquals("$", where, label);
                    }
                }
            }
        }
        count("wrong type at a path (of them, errors)", cases, errors);
    }

    @Test
    void nestingTenThousandDeepAnywhereIsAnErrorNotAStackOverflow() {
        String deepArray = "[".repeat(10_000) + "]".repeat(10_000);
        String deepObject = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        int cases = 0;
        for (Map.Entry<String, String> sample : SampleDocs.all().entrySet()) {
            JsonElement root = JsonParser.parseString(sample.getValue());
            List<String> paths = new ArrayList<>();
            paths(root, "$", paths);
            for (int k = 0; k < paths.size(); k += 3) { // every third path keeps this quick
                JsonElement copy = root.deepCopy();
                if (!replace(copy, paths.get(k), new JsonPrimitive("\u0000MARK"))) {
                    continue;
                }
                String marked = PRETTY.toJson(copy);
                for (String deep : List.of(deepArray, deepObject)) {
                    String text = marked.replace("\"\\u0000MARK\"", deep);
                    Outcome outcome = Outcome.of(text);
                    assertTrue(outcome.failed(), sample.getKey() + " " + paths.get(k));
                    assertTrue(outcome.error.problem().startsWith("arrays and objects nested too deeply (more than "
                            + "255 levels"), outcome.error.getMessage());
                    assertTrue(outcome.error.line() > 0, outcome.error.getMessage());
                    cases++;
                }
            }
        }
        for (String text : List.of(deepArray, deepObject, "[".repeat(10_000), "{\"a\":".repeat(10_000))) {
            assertTrue(Outcome.of(text).failed());
            cases++;
        }
        count("nested 10,000 deep", cases);
    }

    @Test
    void nestingWithinTheLimitIsRead() {
        // 200 levels in an ignored field: read (and skipped) without trouble.
        String text = SampleDocs.TRACKSIDE.replace("\"version\": 1,", "\"version\": 1, \"x\": "
                + "[".repeat(200) + "]".repeat(200) + ",");
        assertFalse(Outcome.of(text).failed());
        String frab = SampleDocs.FRAB.replace("\"version\": \"1.0\",", "\"version\": \"1.0\", \"x\": "
                + "[".repeat(200) + "]".repeat(200) + ",");
        assertFalse(Outcome.of(frab).failed());
    }

    @Test
    void nulAndControlCharactersAreReadOrRejectedWithTheirPosition() {
        int cases = 0;
        for (Map.Entry<String, String> sample : SampleDocs.all().entrySet()) {
            String text = sample.getValue();
            List<Integer> stringStarts = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '"' && !inString(text, i)) {
                    stringStarts.add(i);
                }
            }
            for (int s = 0; s < stringStarts.size(); s += 2) {
                int at = stringStarts.get(s) + 1;
                // Raw NUL or another control char inside a string: JSON forbids it; the message says which and where.
                for (char c : new char[] {'\u0000', '\u0001', '\u001f'}) {
                    String raw = text.substring(0, at) + c + text.substring(at);
                    Outcome outcome = Outcome.of(raw);
                    assertTrue(outcome.failed(), sample.getKey() + " raw U+" + (int) c + " at " + at);
                    assertTrue(outcome.error.problem().startsWith("a control character"), outcome.error.getMessage());
                    JsonSyntaxErrorTest.assertPosition(raw, at, outcome.error); // at the char itself
                    cases++;
                }
                // Escaped, it is text: the schedule reads (and its iCal export drops the control chars).
                String escaped = text.substring(0, at) + "\\u0000\\u0007" + text.substring(at);
                Outcome outcome = Outcome.of(escaped);
                if (outcome.failed()) {
                    assertNotNull(outcome.error.path(), outcome.error.getMessage());
                }
                cases++;
            }
            // NUL between tokens.
            String between = text.replaceFirst("\n", "\n\u0000");
            Outcome outcome = Outcome.of(between);
            assertTrue(outcome.failed());
            assertEquals(2, outcome.error.line(), outcome.error.getMessage());
            cases++;
        }
        for (String text : List.of("\u0000", "\u0000\u0000\u0000", "\u0000{}", "{}\u0000")) {
            assertTrue(Outcome.of(text).failed());
            cases++;
        }
        count("NUL and control chars", cases);
    }

    @Test
    void invalidUtf8DecodedAsTheBrowserDoesReads() {
        // The browser gets text already decoded: invalid UTF-8 has become U+FFFD (fetch().text(), and the CLI's
        // ReadOptions.decode). Such text in strings reads; outside strings it is a syntax error with its position.
        int cases = 0;
        for (Map.Entry<String, String> sample : SampleDocs.all().entrySet()) {
            String text = sample.getValue();
            int inTitle = text.indexOf("\"title\": \"") + 10;
            for (String junk : List.of("\uFFFD", "\uFFFD\uFFFD\uFFFD", "\u00c3\u00a9", "\uFEFF")) {
                Outcome outcome = Outcome.of(text.substring(0, inTitle) + junk + text.substring(inTitle));
                assertFalse(outcome.failed(), sample.getKey() + ": " + outcome.error);
                cases++;
                String outside = text.substring(0, 1) + junk + text.substring(1);
                outcome = Outcome.of(outside);
                assertTrue(outcome.failed(), sample.getKey());
                assertEquals(1, outcome.error.line(), outcome.error.getMessage());
                cases++;
            }
            // Lone surrogates, escaped or raw (no decoder makes a raw one), are rejected with their place.
            for (String half : List.of("\\ud800", "\\uDC00x", "\ud800", "\udc00")) {
                String text2 = text.substring(0, inTitle) + half + text.substring(inTitle);
                Outcome outcome = Outcome.of(text2);
                assertTrue(outcome.failed(), half);
                assertTrue(outcome.error.problem().startsWith("half of a UTF-16 surrogate pair"),
                        outcome.error.problem());
                assertTrue(outcome.error.line() > 1, outcome.error.getMessage());
                cases++;
            }
            // A byte order mark before the document is dropped, as browsers do.
            assertFalse(Outcome.of("\uFEFF" + text).failed());
            cases++;
        }
        count("invalid UTF-8 / U+FFFD / surrogates / BOM", cases);
    }

    @Test
    void emptyAndBlankFilesSaySo() {
        int cases = 0;
        for (String text : List.of("", " ", "\n\n", "\t\r\n", "\uFEFF", "\u0000")) {
            Outcome outcome = Outcome.of(text);
            assertTrue(outcome.failed());
            assertEquals("the document is empty", outcome.error.problem(), outcome.error.getMessage());
            cases++;
        }
        count("empty file", cases);
    }

    @Test
    void aJsonArrayOrScalarAtTheTopIsNotASchedule() {
        int cases = 0;
        List<String> tops = new ArrayList<>(List.of("[]", "[1, 2]", "[[]]", "\"text\"", "42", "-0.5e3", "true",
                "null"));
        for (String sample : SampleDocs.all().values()) {
            tops.add("[" + sample + "]");
            tops.add("[" + sample + ", " + sample + "]");
        }
        for (String text : tops) {
            Outcome outcome = Outcome.of(text);
            assertTrue(outcome.failed(), text);
            assertTrue(outcome.error.problem().startsWith("expected a JSON object at the top level (a schedule), got"),
                    outcome.error.getMessage());
            assertEquals("$", outcome.error.path());
            cases++;
        }
        for (String text : List.of("{}", "{\"a\": 1}", "{\"schedule\": 1}", "{\"talks\": {}}", "{\"sessions\": []}")) {
            Outcome outcome = Outcome.of(text);
            assertTrue(outcome.failed(), text);
            assertTrue(outcome.error.problem().startsWith("not a schedule in a format Trackside reads"),
                    outcome.error.getMessage());
            cases++;
        }
        count("array or scalar at the top, or no known shape", cases);
    }

    @Test
    void aDocumentWithoutSessionsIsAnEmptySchedule() {
        List<String> empty = List.of(
                MinimalDoc.valid().set("sessions", "[]").json(),
                "{\"format\": \"trackside-schedule\", \"version\": 1, \"conference\": {\"id\": \"c\", \"name\": \"C\", "
                        + "\"timeZone\": \"UTC\"}, \"sessions\": []}",
                "{\"schedule\": {\"conference\": {\"title\": \"X\", \"days\": []}}}",
                "{\"schedule\": {\"conference\": {\"title\": \"X\"}}}",
                "{\"schedule\": {\"conference\": {\"title\": \"X\", \"days\": [{\"date\": \"2024-01-01\", "
                        + "\"rooms\": {\"A\": [], \"B\": []}}]}}}",
                "{\"schedule\": {\"conference\": {\"title\": \"X\"}, \"events\": []}}",
                "{\"talks\": [], \"rooms\": [], \"timezone\": \"Europe/Berlin\"}",
                "{\"talks\": [], \"timezone\": \"UTC\"}",
                "{\"sessions\": [], \"speakers\": [], \"categories\": []}",
                "{\"sessions\": [], \"speakers\": [], \"questions\": [], \"rooms\": [{\"id\": 1, \"name\": \"R\"}]}");
        for (String text : empty) {
            Outcome outcome = Outcome.of(text);
            assertFalse(outcome.failed(), text + ": " + outcome.error);
            Schedule schedule = outcome.read.schedule();
            assertTrue(schedule.sessions().isEmpty(), text);
            assertEquals(0, outcome.read.skipped(), text);
        }
        count("zero sessions", empty.size());
    }

    @Test
    void aScheduleWhoseEverySessionIsInvalid() {
        int cases = 0;
        // Strict: the first invalid session is the error, by path.
        for (String field : List.of("id", "title", "start")) {
            Outcome outcome = Outcome.of(MinimalDoc.valid().sessionWithout(0, field).sessionWithout(1, field).json());
            assertTrue(outcome.failed());
            assertEquals("$.sessions[0]: missing required field \"" + field + "\"", outcome.error.getMessage());
            cases++;
        }
        Outcome bad = Outcome.of(MinimalDoc.valid().session(0, "start", "\"9am\"").session(1, "start", "\"9am\"")
                .json());
        assertEquals("$.sessions[0].start", bad.error.path());
        assertTrue(bad.error.line() > 0);
        cases++;
        // Lenient: a schedule without sessions, with one skip warning per item, each with its path.
        List<String[]> lenient = List.of(
                new String[] {SampleDocs.FRAB.replace("\"title\": \"Keynote\"", "\"title\": \"\"")
                        .replace("\"title\": \"Night talk\"", "\"title\": null")
                        .replace("\"title\": \"Workshop\"", "\"title\": []"), "3"},
                new String[] {SampleDocs.FRAB.replace("\"date\": \"2024-12-27T11:00:00+01:00\", \"start\": \"11:00\"",
                        "\"date\": \"soon\"").replace("\"start\": \"01:30\"", "\"start\": \"25:99\"")
                        .replace("\"date\": \"2024-12-28T14:00:00+01:00\"", "\"date\": []"), "3"},
                new String[] {SampleDocs.FRAB_SCHEDULE2.replace("\"start\": \"2024-12-27T12:00:00+01:00\"",
                        "\"start\": \"noon\"").replace("\"title\": \"Other\"", "\"title\": {}"), "2"},
                new String[] {"{\"schedule\": {\"conference\": {\"title\": \"X\", \"days\": [1, \"day\", null, "
                        + "{\"date\": \"2024-01-01\", \"rooms\": {\"A\": [1, \"event\", [], null]}}]}}}", "7"},
                new String[] {SampleDocs.PRETALX.replace("\"start\": \"2024-08-19T10:00:00+02:00\"", "\"start\": 7")
                        .replace("\"start\": \"2024-08-19T11:00:00+02:00\"", "\"start\": \"\"")
                        .replace("\"start\": \"2024-08-19T10:30:00Z\"", "\"start\": \"2024-02-30T10:30:00Z\""), "3"},
                new String[] {"{\"talks\": [1, \"x\", null, [], {}], \"timezone\": \"UTC\"}", "5"},
                new String[] {SampleDocs.SESSIONIZE.replace("\"title\": \"Sessionized\"", "\"title\": \"  \"")
                        .replace("\"startsAt\": \"2024-04-20T12:00:00\"", "\"startsAt\": \"lunchtime\""), "2"},
                new String[] {"{\"sessions\": [0, \"s\", {\"id\": \"1\"}], \"speakers\": [], \"categories\": []}",
                        "3"});
        for (String[] c : lenient) {
            Outcome outcome = Outcome.of(c[0]);
            assertFalse(outcome.failed(), Outcome.shown(c[0]) + ": " + outcome.error);
            assertTrue(outcome.read.schedule().sessions().isEmpty(), Outcome.shown(c[0]));
            assertEquals(Integer.parseInt(c[1]), outcome.read.skipped(), outcome.read.warnings().toString());
            for (Warning warning : outcome.read.warnings()) {
                assertTrue(warning.path().startsWith("$"), warning.toString());
            }
            cases++;
        }
        count("every session invalid", cases);
    }

    // ---- helpers

    /** Whether {@code text[i]} is inside a JSON string (the samples have no escaped quotes). */
    private static boolean inString(String text, int i) {
        boolean in = false;
        for (int k = 0; k < i; k++) {
            if (text.charAt(k) == '"' && text.charAt(k - 1) != '\\') {
                in = !in;
            }
        }
        return in;
    }

    /** The path of every value in the tree, containers included ({@code $.a[0].b}). */
    static void paths(JsonElement element, String path, List<String> into) {
        into.add(path);
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> field : element.getAsJsonObject().entrySet()) {
                paths(field.getValue(), path + "." + field.getKey(), into);
            }
        } else if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                paths(array.get(i), path + "[" + i + "]", into);
            }
        }
    }

    /** Replaces the value at {@code path} ({@code $} itself is not replaced); false when it is equal already. */
    static boolean replace(JsonElement root, String path, JsonElement value) {
        if (path.equals("$")) {
            return false;
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        JsonElement parent = at(root, path.substring(0, cut));
        if (path.charAt(cut) == '.') {
            String key = path.substring(cut + 1);
            if (parent.getAsJsonObject().get(key).equals(value)) {
                return false;
            }
            parent.getAsJsonObject().add(key, value);
        } else {
            int index = Integer.parseInt(path.substring(cut + 1, path.length() - 1));
            if (parent.getAsJsonArray().get(index).equals(value)) {
                return false;
            }
            parent.getAsJsonArray().set(index, value);
        }
        return true;
    }

    private static JsonElement at(JsonElement root, String path) {
        JsonElement here = root;
        int i = 1;
        while (i < path.length()) {
            if (path.charAt(i) == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                here = here.getAsJsonObject().get(path.substring(i + 1, end));
                i = end;
            } else {
                int end = path.indexOf(']', i);
                here = here.getAsJsonArray().get(Integer.parseInt(path.substring(i + 1, end)));
                i = end + 1;
            }
        }
        return here;
    }

    /**
     * Whether the error's path is the changed value, inside it, one of the objects around it, or a sibling (a day's
     * start changed makes its end too far from it).
     */
    private static boolean related(String errorPath, String changed) {
        String parent = changed.substring(0, Math.max(changed.lastIndexOf('.'), changed.lastIndexOf('[')));
        return errorPath.startsWith(parent) || changed.startsWith(errorPath);
    }

    /**
     * Ids that others refer to: changing one makes the reference dangle, and the error names the reference
     * ("no room with id …" at the session's rooms), not the id.
     */
    private static boolean isReference(String path) {
        return path.endsWith(".id");
    }

    private static JsonArray array(JsonElement... elements) {
        JsonArray array = new JsonArray();
        for (JsonElement e : elements) {
            array.add(e);
        }
        return array;
    }

    private static JsonObject object(String key, JsonElement value) {
        JsonObject object = new JsonObject();
        object.add(key, value);
        return object;
    }

    /** For docs/robustness.md: the number of cases per class, in the test output. */
    private static void count(String inputClass, int cases) {
        System.out.println("robustness: " + inputClass + ": " + cases);
    }

    private static void count(String inputClass, int cases, int errors) {
        System.out.println("robustness: " + inputClass + ": " + cases + " (" + errors + ")");
    }
}

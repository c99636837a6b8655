package dev.trackside.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Broken schedule files for the browser (issue 7), generated at run time into target/: the classes of input the JVM
 * tests (HostileInputTest, ParserScaleTest) cover by the thousand, a few of each, as a page would be given them.
 */
final class BrokenFiles {
    /** One file: its class of input (for the report), its name under /fixtures/ and its bytes. */
    record Broken(String kind, String name, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static final String TRACKSIDE = """
            {
              "format": "trackside-schedule",
              "version": 1,
              "conference": {"id": "broken-2026", "name": "BrokenCon", "timeZone": "Europe/Berlin"},
              "rooms": [{"id": "a", "name": "Hall A"}],
              "speakers": [{"id": "ada", "name": "Ada"}],
              "sessions": [
                {"id": "s1", "title": "Opening", "start": "2026-06-10T09:00+02:00", "duration": 30, "room": "a",
                 "speakers": ["ada"], "abstract": "Some *text*."},
                {"id": "s2", "title": "Closing", "start": "2026-06-10T17:00+02:00", "duration": 30, "room": "a"}
              ]
            }
            """;

    static final String FRAB = """
            {"schedule": {"version": "1", "conference": {"acronym": "frab-broken", "title": "FrabBroken",
              "time_zone_name": "Europe/Berlin", "days": [{"index": 1, "date": "2024-12-27", "rooms": {"Ada": [
                {"guid": "e1", "title": "Keynote", "date": "2024-12-27T11:00:00+01:00", "duration": "01:00",
                 "room": "Ada", "type": "lecture", "persons": [{"id": 1, "public_name": "Ann"}]},
                {"guid": "e2", "title": "Talk", "date": "2024-12-27T13:00:00+01:00", "duration": "00:30",
                 "room": "Ada", "type": "lecture"}]}}]}}}
            """;

    static final String PRETALX = """
            {"version": "1", "timezone": "Europe/Berlin", "rooms": [{"id": 1, "name": "Main"}], "tracks": [],
             "speakers": [{"code": "S1", "name": "Eve"}],
             "talks": [{"code": "T1", "title": "First", "start": "2024-08-19T10:00:00+02:00",
                        "end": "2024-08-19T10:30:00+02:00", "room": 1, "speakers": ["S1"]},
                       {"code": "T2", "title": "Second", "start": "2024-08-19T11:00:00+02:00",
                        "end": "2024-08-19T11:30:00+02:00", "room": 1, "speakers": []}]}
            """;

    static final String SESSIONIZE = """
            {"sessions": [{"id": "1", "title": "Sessionized", "startsAt": "2024-04-20T09:00:00",
                           "endsAt": "2024-04-20T09:45:00", "speakers": [], "categoryItems": [], "roomId": 1},
                          {"id": "2", "title": "Second", "startsAt": "2024-04-20T10:00:00",
                           "endsAt": "2024-04-20T10:45:00", "speakers": [], "categoryItems": [], "roomId": 1}],
             "speakers": [], "categories": [], "rooms": [{"id": 1, "name": "Room A"}]}
            """;

    private BrokenFiles() {
    }

    private static Broken text(String kind, String name, String text) {
        return new Broken(kind, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String nested(int depth, char open, String inner, char close) {
        return String.valueOf(open).repeat(depth) + inner + String.valueOf(close).repeat(depth);
    }

    /** The files, without the 50 MB one ({@link #large}). */
    static List<Broken> all() {
        List<Broken> all = new ArrayList<>();
        // Truncated: in a string, after a comma, in a number, in a key; in every format.
        all.add(text("truncated", "cut-in-string.json", TRACKSIDE.substring(0, TRACKSIDE.indexOf("Opening") + 3)));
        all.add(text("truncated", "cut-after-comma.json", TRACKSIDE.substring(0, TRACKSIDE.indexOf("\"rooms\""))));
        all.add(text("truncated", "cut-in-number.json", TRACKSIDE.substring(0, TRACKSIDE.indexOf("30,") + 1)));
        all.add(text("truncated", "cut-frab.json", FRAB.substring(0, FRAB.length() / 2)));
        all.add(text("truncated", "cut-pretalx.json", PRETALX.substring(0, PRETALX.indexOf("\"talks\"") + 3)));
        all.add(text("truncated", "cut-sessionize.json", SESSIONIZE.substring(0, SESSIONIZE.length() - 3)));
        // Trailing commas.
        all.add(text("trailing comma", "comma-object.json", TRACKSIDE.replace("\"Europe/Berlin\"}",
                "\"Europe/Berlin\",}")));
        all.add(text("trailing comma", "comma-array.json", TRACKSIDE.replace("[\"ada\"]", "[\"ada\",]")));
        all.add(text("trailing comma", "comma-frab.json", FRAB.replace("\"type\": \"lecture\"}]}", "\"type\": \"lecture\",}]}")));
        // Wrong types at several levels.
        all.add(text("wrong type", "type-sessions.json", TRACKSIDE.replace("\"sessions\": [", "\"sessions\": {\"x\": [")
                .replace("  ]\n}", "  ]}\n}")));
        all.add(text("wrong type", "type-conference.json", TRACKSIDE.replace("\"conference\": {\"id\"",
                "\"conference\": [], \"c\": {\"id\"")));
        all.add(text("wrong type", "type-title.json", TRACKSIDE.replace("\"Closing\"", "[\"Closing\"]")));
        all.add(text("wrong type", "type-duration.json", TRACKSIDE.replace("\"duration\": 30, \"room\": \"a\"}",
                "\"duration\": \"half an hour\", \"room\": \"a\"}")));
        all.add(text("wrong type", "type-frab-days.json", FRAB.replace("\"days\": [", "\"days\": 7, \"d\": [")));
        all.add(text("wrong type", "type-frab-event.json", FRAB.replace("\"title\": \"Talk\"", "\"title\": {\"a\": 1}")
                .replace("\"persons\": [{\"id\": 1, \"public_name\": \"Ann\"}]", "\"persons\": 7")));
        all.add(text("wrong type", "type-pretalx-talks.json", PRETALX.replace("\"talks\": [", "\"talks\": \"none\", \"t\": [")));
        all.add(text("wrong type", "type-sessionize.json", SESSIONIZE.replace("\"startsAt\": \"2024-04-20T10:00:00\"",
                "\"startsAt\": 1713607200").replace("\"rooms\": [{", "\"rooms\": [7, {")));
        // Nesting 10,000 deep: in an ignored field, in a session, and as the whole document.
        all.add(text("nesting", "deep-ignored.json", TRACKSIDE.replace("\"version\": 1,",
                "\"version\": 1, \"x\": " + nested(10_000, '[', "", ']') + ",")));
        all.add(text("nesting", "deep-frab.json", FRAB.replace("\"type\": \"lecture\"}]}",
                "\"type\": \"lecture\", \"x\": " + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}]}")));
        all.add(text("nesting", "deep-document.json", nested(10_000, '[', "1", ']')));
        // NUL and control characters.
        all.add(text("NUL", "nul-in-title.json", TRACKSIDE.replace("Closing", "Clo\u0000sing")));
        all.add(text("NUL", "nul-between-tokens.json", TRACKSIDE.replace("\"version\": 1,", "\"version\": 1,\u0000")));
        all.add(text("NUL", "nul-only.json", "\u0000\u0000\u0000"));
        all.add(text("NUL", "nul-escaped.json", TRACKSIDE.replace("Closing", "Clo\\u0000sing")));
        // Invalid UTF-8: bytes that are no UTF-8 in a title, outside any string, and Latin-1.
        all.add(bytes("invalid UTF-8", "utf8-in-title.json", TRACKSIDE, "Closing", new byte[] {'C', (byte) 0xFF,
            (byte) 0xFE, 'l', (byte) 0xC3, 'o', (byte) 0x80, (byte) 0xE2, (byte) 0x82}));
        all.add(bytes("invalid UTF-8", "utf8-outside.json", TRACKSIDE, "\"version\"", new byte[] {(byte) 0xFF,
            '"', 'v', 'e', 'r', 's', 'i', 'o', 'n', '"'}));
        all.add(bytes("invalid UTF-8", "latin1.json", FRAB, "Keynote", new byte[] {'K', (byte) 0xE9, 'y'}));
        all.add(bytes("invalid UTF-8", "bom.json", "\uFEFF" + PRETALX, "First", "First".getBytes(StandardCharsets.UTF_8)));
        // Empty.
        all.add(text("empty", "empty.json", ""));
        all.add(text("empty", "blank.json", " \n\t\r\n "));
        // Not an object at the top.
        all.add(text("array at the top", "array-of-sample.json", "[" + TRACKSIDE + "]"));
        all.add(text("array at the top", "scalar.json", "\"a schedule\""));
        all.add(text("array at the top", "null.json", "null"));
        // Zero sessions, in every format.
        all.add(text("zero sessions", "zero-trackside.json", TRACKSIDE.substring(0, TRACKSIDE.indexOf("\"sessions\""))
                + "\"sessions\": []}"));
        all.add(text("zero sessions", "zero-frab.json", FRAB.replace(FRAB.substring(FRAB.indexOf("\"Ada\": ["),
                FRAB.indexOf("]}}]}}}")), "\"Ada\": [")));
        all.add(text("zero sessions", "zero-pretalx.json", PRETALX.substring(0, PRETALX.indexOf("\"talks\""))
                + "\"talks\": []}"));
        all.add(text("zero sessions", "zero-sessionize.json", "{\"sessions\": [], \"speakers\": [], "
                + "\"categories\": [], \"rooms\": []}"));
        // Every session invalid.
        all.add(text("every session invalid", "invalid-trackside.json", TRACKSIDE.replace("\"start\": \"2026-06-10T09:00+02:00\"",
                "\"start\": \"tomorrow\"").replace("\"title\": \"Closing\", ", "")));
        all.add(text("every session invalid", "invalid-frab.json", FRAB.replace("\"title\": \"Keynote\"", "\"title\": null")
                .replace("\"date\": \"2024-12-27T13:00:00+01:00\"", "\"date\": \"soon\"")));
        all.add(text("every session invalid", "invalid-pretalx.json", PRETALX.replace("\"start\": \"2024-08-19T10:00:00+02:00\"",
                "\"start\": 5").replace("\"title\": \"Second\"", "\"title\": \"\"")));
        all.add(text("every session invalid", "invalid-sessionize.json", "{\"sessions\": [1, \"two\", {\"id\": \"3\"}, "
                + "{\"id\": \"4\", \"title\": \"No time\", \"startsAt\": \"later\"}], \"speakers\": [], "
                + "\"categories\": [], \"rooms\": []}"));
        return all;
    }

    /** {@code text} with {@code find} replaced by raw {@code bytes}. */
    private static Broken bytes(String kind, String name, String text, String find, byte[] bytes) {
        byte[] before = text.substring(0, text.indexOf(find)).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(text.indexOf(find) + find.length()).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[before.length + bytes.length + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(bytes, 0, all, before.length, bytes.length);
        System.arraycopy(after, 0, all, before.length + bytes.length, after.length);
        return new Broken(kind, name, all);
    }

    /**
     * A Trackside schedule of at least {@code chars} chars: 4,900 sessions for 50 MB, each with a long Markdown
     * abstract (as big as a schedule gets through its text, not through a grid nobody could read).
     */
    static String large(int chars) {
        StringBuilder sb = new StringBuilder(chars + 20_000);
        sb.append("{\"format\":\"trackside-schedule\",\"version\":1,\"conference\":{\"id\":\"large\",\"name\":\"LargeCon\","
                + "\"timeZone\":\"Europe/Berlin\"},\"rooms\":[{\"id\":\"r\",\"name\":\"Hall\"}],\"sessions\":[");
        String paragraph = "Lorem ipsum *dolor* sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
                + "incididunt ut labore et dolore magna aliqua. ";
        for (int i = 0; sb.length() < chars; i++) {
            sb.append(i > 0 ? "," : "").append("{\"id\":\"s").append(i).append("\",\"title\":\"Talk ").append(i)
                    .append("\",\"start\":\"2026-06-").append(10 + i % 5).append('T')
                    .append(String.format("%02d", 8 + i / 5 % 12)).append(":00+02:00\",\"duration\":30,\"room\":\"r\","
                            + "\"abstract\":\"");
            sb.append(paragraph.repeat(80)).append("\"}");
        }
        return sb.append("]}").toString();
    }

    /** Writes {@code files} into {@code dir}. */
    static void write(Path dir, List<Broken> files) {
        try {
            Files.createDirectories(dir);
            for (Broken file : files) {
                Files.write(dir.resolve(file.name()), file.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Schedule;
import dev.trackside.model.TimeZones;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Large documents, and small ones shaped to make a reader quadratic. Limits are generous (a loaded CI machine); each
 * case took milliseconds to a few seconds after its fix, and 5 to 40 seconds or more before.
 */
class ParserScaleTest {
    private static final int MB = 1 << 20;

    @Test
    void aFiftyMegabyteTracksideScheduleParses() {
        String json = tracksideOfSize(50 * MB);
        assertTrue(json.length() >= 50 * MB);
        long t0 = System.nanoTime();
        Schedule schedule = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Schedules.parse(json));
        report("Trackside", json, schedule.sessions().size(), t0);
        assertTrue(schedule.sessions().size() > 40_000, schedule.sessions().size() + " sessions");
        assertEquals(5, schedule.days().size());
    }

    @Test
    void aFiftyMegabyteFrabScheduleParses() {
        String json = frabOfSize(50 * MB);
        long t0 = System.nanoTime();
        ScheduleRead read = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Schedules.read(json, TimeZones.NONE));
        report("frab", json, read.schedule().sessions().size(), t0);
        assertTrue(json.length() >= 50 * MB);
        assertTrue(read.schedule().sessions().size() > 40_000, read.schedule().sessions().size() + " sessions");
        assertEquals(0, read.skipped());
    }

    @Test
    void aFiftyMegabyteDocumentCutOffNearTheEndSaysWhere() {
        String json = tracksideOfSize(50 * MB);
        String cut = json.substring(0, json.length() - 1000);
        ScheduleException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> org.junit.jupiter.api.Assertions.assertThrows(ScheduleException.class,
                        () -> Schedules.parse(cut)));
        assertEquals("the document ends too early (is it cut off?)", e.problem());
        assertTrue(e.line() > 40_000, e.getMessage());
    }

    @Test
    void aFrabDayWithAHundredThousandRoomKeysIsRead() {
        // Each key was looked up by a scan of the object: 40 s for this 1.2 MB file.
        StringBuilder sb = new StringBuilder("{\"schedule\": {\"conference\": {\"title\": \"X\", \"days\": [{\"date\": "
                + "\"2024-01-01\", \"rooms\": {");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i > 0 ? ", " : "").append("\"room ").append(i).append("\": []");
        }
        sb.append("}}]}}}");
        ScheduleRead read = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Schedules.read(sb.toString(), TimeZones.NONE));
        assertEquals(100_000, read.schedule().rooms().size());
    }

    @Test
    void aRepeatedKeyInALargeObjectReadsAsItsLastValue() {
        // The index built for large objects must agree with the scan of small ones (and with JSON.parse).
        StringBuilder sb = new StringBuilder("{\"a\": 1");
        for (int i = 0; i < 40; i++) {
            sb.append(", \"k").append(i).append("\": ").append(i);
        }
        sb.append(", \"a\": 2}");
        JsonNode large = JsonNode.parse(sb.toString());
        assertEquals("2", large.get("a").text());
        assertEquals("39", large.get("k39").text());
        assertTrue(large.get("k40").isMissing());
        assertEquals("2", JsonNode.parse("{\"a\": 1, \"a\": 2}").get("a").text());
    }

    @Test
    void aPretalxTalkNamingAHundredThousandSpeakersIsRead() {
        // d.speakers.contains per reference: 5 s for this 4 MB file.
        StringBuilder sb = new StringBuilder("{\"timezone\": \"UTC\", \"rooms\": [], \"talks\": [{\"code\": \"A\", "
                + "\"title\": \"T\", \"start\": \"2024-01-01T10:00:00Z\", \"end\": \"2024-01-01T11:00:00Z\", "
                + "\"speakers\": [");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i > 0 ? ", " : "").append("\"s").append(i % 99_999).append('"'); // one repeated
        }
        sb.append("]}], \"speakers\": [");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i > 0 ? ", " : "").append("{\"code\": \"s").append(i).append("\", \"name\": \"N").append(i)
                    .append("\"}");
        }
        sb.append("]}");
        ScheduleRead read = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Schedules.read(sb.toString(), TimeZones.NONE));
        assertEquals(99_999, read.schedule().sessions().get(0).speakers().size());
    }

    @Test
    void sessionizePlenumSessionsInTenThousandRoomsAreRead() {
        StringBuilder sb = new StringBuilder("{\"sessions\": [");
        for (int i = 0; i < 300; i++) {
            int hour = 8 + i / 60;
            sb.append(i > 0 ? ", " : "").append("{\"id\": \"").append(i).append("\", \"title\": \"T\", \"startsAt\": ")
                    .append("\"2024-01-01T").append(hour < 10 ? "0" : "").append(hour).append(':')
                    .append(i % 60 < 10 ? "0" : "").append(i % 60).append(":00\", \"isPlenumSession\": true, ")
                    .append("\"roomId\": ").append(i).append('}');
        }
        sb.append("], \"speakers\": [], \"categories\": [], \"rooms\": [");
        for (int i = 0; i < 10_000; i++) {
            sb.append(i > 0 ? ", " : "").append("{\"id\": ").append(i).append(", \"name\": \"R").append(i)
                    .append("\"}");
        }
        sb.append("]}");
        ScheduleRead read = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Schedules.read(sb.toString(), TimeZones.NONE));
        assertEquals(300, read.schedule().sessions().get(0).rooms().size()); // the rooms used, each once
        assertEquals("R0", read.schedule().sessions().get(0).rooms().get(0).name());
        assertEquals("R7", read.schedule().sessions().get(7).rooms().get(0).name(), "its own room first");
    }

    /** For docs/robustness.md: size, sessions and time, in the test output. */
    private static void report(String format, String json, int sessions, long t0) {
        System.out.println("robustness: 50 MB " + format + ": " + json.length() / MB + " MB, " + sessions
                + " sessions, " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    /** A Trackside document of at least {@code size} chars: 5 days, 60 rooms, sessions with long abstracts. */
    static String tracksideOfSize(int size) {
        StringBuilder sb = new StringBuilder(size + 4096);
        sb.append("{\n\"format\": \"trackside-schedule\",\n\"version\": 1,\n\"conference\": {\"id\": \"big\", "
                + "\"name\": \"Big\", \"timeZone\": \"Europe/Berlin\"},\n\"rooms\": [");
        for (int r = 0; r < 60; r++) {
            sb.append(r > 0 ? ", " : "").append("{\"id\": \"r").append(r).append("\", \"name\": \"Room ").append(r)
                    .append("\"}");
        }
        sb.append("],\n\"speakers\": [");
        for (int s = 0; s < 1000; s++) {
            sb.append(s > 0 ? ",\n" : "").append("{\"id\": \"s").append(s).append("\", \"name\": \"Speaker ")
                    .append(s).append("\", \"bio\": \"Works on things \\u00e9\\u00e8 and \\\"quotes\\\".\"}");
        }
        sb.append("],\n\"sessions\": [\n");
        for (int i = 0; sb.length() < size; i++) {
            int day = i % 5;
            int minute = 8 * 60 + (i / 5 / 60) % (12 * 12) * 5;
            sb.append(i > 0 ? ",\n" : "").append("{\"id\": \"s").append(i).append("\", \"title\": \"Session ")
                    .append(i).append(" on Ünïcödé and \\\"escapes\\\"\", \"start\": \"2026-06-1").append(day)
                    .append('T').append(two(minute / 60)).append(':').append(two(minute % 60))
                    .append("+02:00\", \"duration\": 30, \"room\": \"r").append(i % 60).append("\", \"speakers\": [\"s")
                    .append(i % 1000).append("\"], \"tags\": [\"t").append(i % 7).append("\"], \"abstract\": \"");
            for (int k = 0; k < 12; k++) {
                sb.append("A paragraph of *Markdown* with a [link](https://example.org/").append(k)
                        .append(") and more words.\\n");
            }
            sb.append("\"}");
        }
        return sb.append("\n]\n}\n").toString();
    }

    /** A frab schedule.json of at least {@code size} chars: 5 days, 30 rooms, events with long abstracts. */
    static String frabOfSize(int size) {
        StringBuilder sb = new StringBuilder(size + 4096);
        sb.append("{\"schedule\": {\"version\": \"1\", \"conference\": {\"acronym\": \"big\", \"title\": \"Big\", "
                + "\"time_zone_name\": \"Europe/Berlin\", \"days\": [\n");
        int n = 0;
        for (int day = 0; day < 5; day++) {
            sb.append(day > 0 ? ",\n" : "").append("{\"index\": ").append(day + 1).append(", \"date\": \"2026-06-1")
                    .append(day).append("\", \"rooms\": {");
            for (int room = 0; room < 30; room++) {
                sb.append(room > 0 ? ",\n" : "").append("\"Room ").append(room).append("\": [");
                long target = (long) size * (day * 30 + room + 1) / 150; // each room's share of the size
                for (int k = 0; sb.length() < target; k++, n++) {
                    int minute = 8 * 60 + k % 140 * 5;
                    sb.append(k > 0 ? ",\n" : "").append("{\"guid\": \"g-").append(n).append("\", \"id\": ").append(n)
                            .append(", \"title\": \"Event ").append(n).append("\", \"date\": \"2026-06-1").append(day)
                            .append('T').append(two(minute / 60)).append(':').append(two(minute % 60))
                            .append(":00+02:00\", \"duration\": \"00:05\", \"type\": \"lecture\", \"persons\": ")
                            .append("[{\"id\": ").append(n % 500).append(", \"public_name\": \"Person ")
                            .append(n % 500).append("\"}], \"abstract\": \"");
                    for (int w = 0; w < 15; w++) {
                        sb.append("Words words words ").append(w).append(". ");
                    }
                    sb.append("\"}");
                }
                sb.append(']');
            }
            sb.append("}}");
        }
        return sb.append("]}}}\n").toString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}

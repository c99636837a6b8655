package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.Corpus;
import dev.trackside.cli.FrabXml;
import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Kind;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The real frab/c3voc/pentabarf schedules of the corpus (see its README and SOURCE.md files), read in place. Every
 * number here was checked against the files with a script; expected titles and times were read from the files by
 * hand. Overlaps are counted the assembler's way, one warning per session that starts while an earlier one in the
 * same room still runs: 189 in 36C3 and 103 in Camp 2019, where the README counts 117 and 87 pairs of neighbours
 * in time order (and all overlapping pairs would be 261 and 133).
 */
class FrabCorpusTest {
    private static final String C36_JSON = "voc-36C3_schedule/everything.schedule.json";
    private static final String C36_XML = "voc-36C3_schedule/everything.schedule.xml";
    private static final String CAMP_JSON = "voc-camp2019_schedule/everything.schedule.json";
    private static final String CAMP_XML = "voc-camp2019_schedule/everything.schedule.xml";
    private static final String EXAMPLES = "voc-schedule/json/examples/";
    private static final Map<String, ScheduleRead> READS = new HashMap<>();

    private static synchronized ScheduleRead read(String relative) {
        return READS.computeIfAbsent(relative, path -> {
            String text;
            try {
                text = Files.readString(Corpus.root().resolve(path), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return path.endsWith(".xml") ? FrabXml.read(text, JavaTimeZones.INSTANCE)
                    : Schedules.read(text, JavaTimeZones.INSTANCE);
        });
    }

    private static Map<String, Integer> codes(ScheduleRead read) {
        Map<String, Integer> codes = new TreeMap<>();
        for (Warning w : read.warnings()) {
            codes.merge(w.code().id(), 1, Integer::sum);
        }
        return codes;
    }

    private static void assertShape(ScheduleRead read, int sessions, int rooms, int days) {
        Schedule s = read.schedule();
        assertEquals(List.of(sessions, rooms, days), List.of(s.sessions().size(), s.rooms().size(), s.days().size()),
                "sessions, rooms, days");
    }

    private static Session session(ScheduleRead read, String id) {
        for (Session s : read.schedule().sessions()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no session " + id);
    }

    /** Title, start and end with offsets, room and speakers of the session with this id. */
    private static void assertSession(ScheduleRead read, String id, String title, String start, String end,
            String room, String... speakers) {
        Session s = session(read, id);
        List<String> names = new ArrayList<>();
        for (Speaker speaker : s.speakers()) {
            names.add(speaker.name());
        }
        assertEquals(List.of(title, start, end, room, List.of(speakers)),
                List.of(s.title(), s.start().toString(), s.end().toString(), s.room().name(), names), id);
    }

    private static Map<String, Integer> sessionsPerDay(Schedule schedule) {
        Map<String, Integer> perDay = new TreeMap<>();
        for (Session s : schedule.sessions()) {
            perDay.merge(schedule.dayOf(s).date().toString(), 1, Integer::sum);
        }
        return perDay;
    }

    /** What must agree between two readings of the same schedule: everything a visitor sees of a session. */
    private static List<String> describe(ScheduleRead read) {
        List<String> lines = new ArrayList<>();
        for (Session s : read.schedule().sessions()) {
            lines.add(s.id() + " | " + s.title() + " | " + s.kind() + " | " + s.start() + " | " + s.end() + " | "
                    + s.rooms() + " | " + s.track() + " | " + s.speakers() + " | " + s.language() + " | "
                    + s.links().size() + " | " + s.abstractText().hashCode());
        }
        return lines;
    }

    // ---- 36C3

    @Test
    void thirtySixC3Json() {
        ScheduleRead read = read(C36_JSON);
        assertEquals("c3voc/frab schedule.json", read.format());
        assertShape(read, 1351, 92, 4); // as the README says; 4 rooms only ever have empty lists on some days
        // duplicate-id: 3 guids listed twice (OIO workshops held twice) + 1 for 155 reused person ids. The README's
        // 13 repeated integer ids are no problem: the guid is the id, and 10 of them are different events.
        // outside-day: 35 events listed under a day whose hours (11:00-04:00, last day to 19:00) miss them.
        // room-mismatch: the 87 Komona events, one warning for each of the 6 (key, room) pairs.
        // unknown-kind: "Einfacher Slot", "Doppelter Slot", "Normale Länge", "Ausgebucht, … Überlänge (…)".
        assertEquals(Map.of("duplicate-id", 4, "outside-day", 35, "room-mismatch", 6, "room-overlap", 189,
                "unknown-kind", 4, "zone-missing", 1), codes(read));
        assertEquals("36c3", read.schedule().conference().id());
        assertEquals("Etc/GMT-1", read.schedule().conference().timeZone()); // no time_zone_name, +01:00 throughout
        assertSession(read, "6a32cb72-a69d-423c-91b5-60d88eb8e6c7", "Opening Ceremony", "2019-12-27T11:00:00+01:00",
                "2019-12-27T11:30:00+01:00", "Ada", "bleeptrack", "blinry");
        assertSession(read, "d1b8ed3f-2c22-47d2-9aca-0f9d3cf48eb8", "Hacker Jeopardy", "2019-12-28T00:50:00+01:00",
                "2019-12-28T02:50:00+01:00", "Ada", "Sec", "Ray");
        assertSession(read, "99d51923-f511-5728-a376-e3f525b5faee", "programming@1komona #how2pretalx - about "
                + "(software & hardware) administration in self-organized systems", "2019-12-27T14:00:00+01:00",
                "2019-12-27T15:00:00+01:00", "1Komona headnut", "noraver*in"); // event.room says "headnut"
        assertSession(read, "f5da4ae5-d1f2-4768-98e0-8db20483dc6d", "Learn To Solder", "2019-12-28T11:00:00+01:00",
                "2019-12-28T23:59:00+01:00", "Assembly:Hardware Hacking Area", "Maltman23"); // "12:59"
    }

    @Test
    void thirtySixC3KindsSubtitlesAndDays() {
        ScheduleRead read = read(C36_JSON);
        Session jeopardy = session(read, "d1b8ed3f-2c22-47d2-9aca-0f9d3cf48eb8");
        assertEquals(Kind.TALK, jeopardy.kind()); // "podium"
        assertTrue(jeopardy.abstractText().startsWith("Zahlenraten für Geeks\n\n"), jeopardy.abstractText());
        assertEquals(Kind.OTHER, session(read, "99d51923-f511-5728-a376-e3f525b5faee").kind()); // "Session"
        assertEquals(Kind.WORKSHOP, session(read, "f5da4ae5-d1f2-4768-98e0-8db20483dc6d").kind());
        // Hacker Jeopardy starts at 00:50 on the 28th and stays on the 27th, as frab lists it.
        Schedule schedule = read.schedule();
        assertEquals("2019-12-27", schedule.dayOf(jeopardy).date().toString());
        // Listed per day: 297, 432, 445, 177. Two events at exactly 04:00, the end of the night they are listed
        // under, stay on that night (Schedule.dayOf), so the counts are the file's.
        assertEquals(Map.of("2019-12-27", 297, "2019-12-28", 432, "2019-12-29", 445, "2019-12-30", 177),
                sessionsPerDay(schedule));
        int previousDate = 0;
        for (Session s : schedule.sessions()) {
            previousDate += schedule.dayOf(s).date().equals(s.start().date()) ? 0 : 1;
        }
        assertEquals(46, previousDate); // the README's 46 after-midnight events, the two at 04:00 included
    }

    @Test
    void thirtySixC3XmlGivesTheSameScheduleAsItsJson() {
        ScheduleRead json = read(C36_JSON);
        ScheduleRead xml = read(C36_XML);
        assertEquals("frab schedule.xml", xml.format());
        assertShape(xml, 1351, 92, 4);
        assertEquals(codes(json), codes(xml));
        // Same ids, titles, kinds, starts, ends, rooms, tracks, speakers, languages, link counts and abstracts.
        assertEquals(describe(json), describe(xml));
        assertEquals(json.schedule().speakers().size(), xml.schedule().speakers().size());
        // Warnings name XML elements instead of JSON paths.
        assertEquals("$.schedule.conference.days[0].rooms['1Komona headnut'][0].room",
                json.warnings().stream().filter(w -> w.code() == WarningCode.ROOM_MISMATCH).findFirst().get().path());
        assertEquals("/schedule/day[1]/room[26]/event[1]/room",
                xml.warnings().stream().filter(w -> w.code() == WarningCode.ROOM_MISMATCH).findFirst().get().path());
    }

    // ---- Camp 2019

    @Test
    void camp2019Json() {
        ScheduleRead read = read(CAMP_JSON);
        assertShape(read, 606, 64, 5); // as the README says
        // duplicate-id: guid of id 140 three more times, of id 155 once more, + 1 for 4 reused person ids
        // (id 0 names every wiki speaker). long-duration: "OONI Hackathon" 16:39 and "Decentrathon" 16:30.
        assertEquals(Map.of("duplicate-id", 5, "long-duration", 2, "outside-day", 3, "room-overlap", 103,
                "zone-missing", 1), codes(read));
        assertEquals("Camp2019", read.schedule().conference().id());
        assertEquals("Etc/GMT-2", read.schedule().conference().timeZone());
        Session ooni = session(read, "de6217f0-b502-48d2-9c45-da070633bcfa");
        assertEquals(List.of("OONI Hackathon", "2019-08-24T18:30:00+02:00", "2019-08-25T11:09:00+02:00",
                "Hackcenter", List.of(), Kind.TALK), List.of(ooni.title(), ooni.start().toString(),
                ooni.end().toString(), ooni.room().name(), ooni.speakers(), ooni.kind())); // type ""
        assertSession(read, "ea450a4c-8372-51f3-974d-879ce4083976", "Beh", "2019-08-22T02:00:00+02:00",
                "2019-08-22T04:00:00+02:00", "Plank", "Beh");
        assertEquals(Kind.SOCIAL, session(read, "ea450a4c-8372-51f3-974d-879ce4083976").kind()); // "DJ Set"
        // This speaker has "name" instead of "public_name".
        assertSession(read, "15e721f6-cd07-5105-b4eb-3bd77c86fe0a", "How to talk lightning",
                "2019-08-22T12:00:00+02:00", "2019-08-22T12:05:00+02:00", "Meitner", "bigalex");
        assertEquals(Kind.LIGHTNING, session(read, "15e721f6-cd07-5105-b4eb-3bd77c86fe0a").kind());
        // Listed per day: 92, 152, 159, 156, 47. "Piet" (03:00 on the 23rd, listed under the 23rd) and "We <3 Techno"
        // (03:00 on the 25th, listed under the 25th) fall in the previous day's hours and move there.
        assertEquals(Map.of("2019-08-21", 92, "2019-08-22", 153, "2019-08-23", 158, "2019-08-24", 157,
                "2019-08-25", 46), sessionsPerDay(read.schedule()));
    }

    @Test
    void camp2019XmlGivesTheSameScheduleAsItsJson() {
        ScheduleRead json = read(CAMP_JSON);
        ScheduleRead xml = read(CAMP_XML);
        assertShape(xml, 606, 64, 5);
        assertEquals(codes(json), codes(xml));
        assertEquals(describe(json), describe(xml));
    }

    // ---- voc/schedule examples

    @Test
    void frabCamp2019Example() {
        ScheduleRead read = read(EXAMPLES + "frab-camp2019.json");
        assertShape(read, 79, 2, 5);
        assertEquals(Map.of(), codes(read)); // the official Fahrplan is clean, and says Europe/Berlin
        assertEquals("Europe/Berlin", read.schedule().conference().timeZone());
        assertSession(read, "a0a0fcfe-b7fb-46e3-84b6-97a5406016b4", "Opening Ceremony", "2019-08-21T11:00:00+02:00",
                "2019-08-21T11:30:00+02:00", "Curie", "jinxx", "smtw");
        assertSession(read, "c9edea6f-1da1-4772-a0a9-6dd4e33f11bb", "card10 Badge", "2019-08-21T12:00:00+02:00",
                "2019-08-21T12:45:00+02:00", "Curie", "schneider");
    }

    @Test
    void pretalxDemoConExample() {
        ScheduleRead read = read(EXAMPLES + "pretalx-democon.json");
        assertShape(read, 36, 2, 3); // its two rooms share one guid; rooms are keyed by name
        assertEquals(Map.of("zone-contradicts-offsets", 1), codes(read)); // says "UTC", writes +01:00
        assertEquals("Etc/GMT-1", read.schedule().conference().timeZone());
        assertSession(read, "8079583e-8321-506c-95af-fd2903a5f075", "Focused 5thgeneration hardware",
                "2020-12-14T09:00:00+01:00", "2020-12-14T09:30:00+01:00", "Gray Room", "Brian Robinson");
        assertEquals(Kind.TALK, session(read, "8079583e-8321-506c-95af-fd2903a5f075").kind());
    }

    @Test
    void pretalxRc3Example() {
        ScheduleRead read = read(EXAMPLES + "pretalx-rc3.json");
        assertShape(read, 48, 5, 4);
        assertEquals(Map.of("zone-missing", 1), codes(read));
        assertSession(read, "c3642671-4c1f-5109-81ba-0535c1cc8428",
                "Der faule Admin automatisiert: Gluon auf echter Hardware testen", "2020-12-27T11:30:00+01:00",
                "2020-12-27T12:10:00+01:00", "r3s - Monheim/Rhein", "Chris Fiege", "Kasa");
        assertEquals(Kind.TALK, session(read, "c3642671-4c1f-5109-81ba-0535c1cc8428").kind()); // "Talk 30 min + …"
    }

    @Test
    void hubSchedule2Example() {
        ScheduleRead read = read(EXAMPLES + "hub-schedule2.json");
        assertEquals("c3voc schedule2 JSON", read.format());
        assertShape(read, 2, 5, 4);
        assertEquals(Map.of(), codes(read));
        assertSession(read, "270fa44c-821a-577f-8ca3-33e8d4a8c2a7", "38C3: Opening Ceremony",
                "2024-12-27T10:30:00+01:00", "2024-12-27T11:00:00+01:00", "Saal 1", "Gabriela Bogk",
                "Aline Blankertz", "Senficon");
        assertEquals(Kind.OTHER, session(read, "270fa44c-821a-577f-8ca3-33e8d4a8c2a7").kind());
        Session ai = session(read, "b1740c2f-0c44-5f1b-89ed-456a9eecf0b8");
        assertSession(read, "b1740c2f-0c44-5f1b-89ed-456a9eecf0b8", "A Competitive Time-Trial AI for Need for Speed:",
                "2024-12-28T00:15:00+01:00", "2024-12-28T00:55:00+01:00", "Saal ZIGZAG", "Sebastian Schwarz");
        assertTrue(ai.abstractText().startsWith("Most Wanted Using Deep Reinforcement Learning\n\nAll challenges"),
                ai.abstractText());
        assertEquals("Hardware & Making", ai.track().name());
        assertEquals("#685B9D", ai.track().color());
        assertEquals("2024-12-27", read.schedule().dayOf(ai).date().toString());
    }

    @Test
    void invalidExampleIsReadBecauseItsFaultsDoNotMatterToAViewer() {
        // c3voc's validator rejects it for string ids, extra "answers" fields and "rooms" beside "conference"
        // instead of in it. None of that hides anything a visitor needs, so it is read without warnings.
        ScheduleRead read = read(EXAMPLES + "invalid-example.json");
        assertShape(read, 1, 1, 1);
        assertEquals(Map.of(), codes(read));
        assertEquals("Europe/Zurich", read.schedule().conference().timeZone());
        assertSession(read, "7a0fc001-e587-47e1-b378-b6ec7e666337", "Internal Penetration Testing Basics",
                "2022-12-28T14:00:00+01:00", "2022-12-28T14:45:00+01:00", "Winterchaos", "Mänu");
    }

    // ---- FOSDEM (pentabarf XML)

    @Test
    void fosdem2007WithoutRoomWrapper() {
        ScheduleRead read = read("fosdem-mttcrsp/fosdem-2007.schedule.xml");
        assertShape(read, 215, 18, 2);
        // No <date>, no time_zone_name, no day hours: times float (shown as written, as UTC).
        assertEquals(Map.of("floating-times", 1), codes(read)); // no zone is made up for floating times
        assertEquals("fosdem-2007", read.schedule().conference().id());
        assertSession(read, "0", "AIGLX", "2007-02-25T15:00:00+00:00", "2007-02-25T15:45:00+00:00", "Chavanne",
                "Kristian Høgsberg");
        assertSession(read, "219", "Xenocara: X.Org modular for OpenBSD", "2007-02-25T16:00:00+00:00",
                "2007-02-25T17:00:00+00:00", "AW1.121", "Matthieu Herrb");
        assertEquals("Desktop Applications", session(read, "0").track().name());
        assertTrue(session(read, "0").abstractText().startsWith("<p>In this talk"), "HTML abstracts stay text");
    }

    @Test
    void fosdem2020WithoutDates() {
        ScheduleRead read = read("fosdem-mttcrsp/fosdem-2020.schedule.xml");
        assertShape(read, 872, 35, 2); // 70 <room> elements, 35 names; 2 empty on the first day
        assertEquals(Map.of("floating-times", 1), codes(read)); // no zone is made up for floating times
        assertSession(read, "9025", "Welcome to FOSDEM 2020", "2020-02-01T09:30:00+00:00", "2020-02-01T09:55:00+00:00",
                "Janson", "FOSDEM Staff");
        assertEquals(Kind.KEYNOTE, session(read, "9025").kind());
        assertSession(read, "9080", "Civil society needs Free Software hackers", "2020-02-01T12:00:00+00:00",
                "2020-02-01T12:15:00+00:00", "H.2215 (Ferrer)", "Matthias Kirschner");
        assertEquals(Kind.LIGHTNING, session(read, "9080").kind());
        assertTrue(session(read, "10715").abstractText()
                .startsWith("Solving big problems in small steps for more than two decades\n\n"));
        assertNull(read.schedule().days().get(0).start()); // pentabarf gives no day hours
    }
}

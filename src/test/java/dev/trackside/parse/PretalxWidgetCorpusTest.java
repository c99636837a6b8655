package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.trackside.Corpus;
import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Kind;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** State of the Map 2022, the one real pretalx widget file we have (read in place, never copied). */
class PretalxWidgetCorpusTest {
    private static ScheduleRead read;
    private static Schedule schedule;

    @BeforeAll
    static void readFile() throws IOException {
        String text = Files.readString(Corpus.root().resolve("sotm2022-pretalx-widget/talks.json"));
        read = Schedules.read(text, JavaTimeZones.INSTANCE);
        schedule = read.schedule();
    }

    @Test
    void readsEveryTalkRoomAndDay() {
        assertEquals("pretalx widget JSON", read.format());
        // As the corpus README says: 86 talks, 5 rooms, 3 days (23/28/35 talks), Europe/Rome at +02:00.
        assertEquals(86, schedule.sessions().size());
        assertEquals(5, schedule.rooms().size());
        assertEquals(List.of("2022-08-19", "2022-08-20", "2022-08-21"), schedule.days().stream()
                .map(Object::toString).collect(Collectors.toList()));
        assertEquals("Europe/Rome", schedule.conference().timeZone());
        assertEquals(9, schedule.tracks().size());
        // The file lists 94 speakers, but five of them twice, identically (QLGPWP, E8WPXD, 3MZ9U7, ZNEQGS, JKFJUJ).
        assertEquals(89, schedule.speakers().size());
        assertEquals(29, schedule.sessions().stream().filter(s -> s.track() == null).count());
    }

    @Test
    void warnsOnlyAboutTheSubmissionsScheduledMoreThanOnce() {
        // Five submissions have several slots (HLTKHD and VECREV three each; 3YK7NM, SBZXTS, JEXYHK two each):
        // pretalx repeats the code, the assembler renames the later slots (HLTKHD~2, HLTKHD~3 …).
        assertEquals(Map.of("duplicate-id", 7), countByCode(read));
        assertEquals(0, read.skipped());
    }

    @Test
    void spotChecksMatchTheFile() {
        Session opening = byId("QFUTA7");
        assertEquals("Opening Session", opening.title());
        assertEquals("2022-08-19T10:00:00+02:00", opening.start().toString());
        assertEquals("2022-08-19T10:20:00+02:00", opening.end().toString());
        assertEquals("Auditorium A", opening.room().name());
        assertEquals(List.of("SotM Working Group"), names(opening.speakers()));
        assertNull(opening.track());
        assertEquals(Kind.TALK, opening.kind());

        Session engaging = byId("3YK7NM"); // the talk with seven speakers
        assertEquals("Engaging in OSM", engaging.title());
        assertEquals("2022-08-20T09:30:00+02:00", engaging.start().toString());
        assertEquals("Workshops and Loop-Cinema - Room 103", engaging.room().name());
        assertEquals("Community and Foundation", engaging.track().name());
        assertEquals(List.of("Heather Leson", "Kate Chapman", "Chad Blevins", "Allan Mustard", "Miriam Gonzalez",
                "Geoffrey Kateregga", "Liz Barry"), names(engaging.speakers()));

        Session third = byId("HLTKHD~3"); // the third slot of "Lightning talks V", $.talks[51]
        assertEquals("Lightning talks V", third.title());
        assertEquals("2022-08-21T09:30:00+02:00", third.start().toString());
        assertEquals(List.of("Various Speakers"), names(third.speakers()));

        Session unsummit = byId("LNYHQF"); // the one talk in its room, without speakers, 3 h 22 min
        assertEquals("HOT unSummit Sessions - Room 102", unsummit.room().name());
        assertEquals(List.of(), unsummit.speakers());
        assertEquals(202, unsummit.durationMinutes());
    }

    private static Session byId(String id) {
        return schedule.sessions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    static Map<String, Integer> countByCode(ScheduleRead read) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Warning warning : read.warnings()) {
            counts.merge(warning.code().id(), 1, Integer::sum);
        }
        return counts;
    }

    static List<String> names(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.toList());
    }
}

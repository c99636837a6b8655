package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.trackside.model.Kind;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The two demo schedules in web/demo parse, with the numbers web/demo/README.md gives. */
class DemoSchedulesTest {
    static Schedule demo(String name) {
        Path file = Path.of(System.getProperty("user.dir"), "web", "demo", name);
        try {
            return Schedules.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    @Test
    void djangoConUs2019HasTheDocumentedSize() {
        Schedule schedule = demo("djangocon-us-2019.json");
        assertEquals("djangocon-us-2019", schedule.conference().id());
        assertEquals(98, schedule.sessions().size());
        assertEquals(11, schedule.rooms().size());
        assertEquals(6, schedule.days().size());
        assertEquals(46, schedule.speakers().size());
    }

    @Test
    void pyConUs2017HasTheDocumentedSize() {
        Schedule schedule = demo("pycon-us-2017.json");
        assertEquals("pycon-us-2017", schedule.conference().id());
        assertEquals(183, schedule.sessions().size());
        assertEquals(17, schedule.rooms().size());
        assertEquals(9, schedule.days().size());
        assertEquals(161, schedule.speakers().size());
    }

    @Test
    void djangoConTalkReadsAsWritten() {
        // Checked by hand against the JSON: session "2019-09-23-14-20-t0-prepping-your-project-for-production".
        Schedule schedule = demo("djangocon-us-2019.json");
        Session talk = byId(schedule, "2019-09-23-14-20-t0-prepping-your-project-for-production");
        assertEquals("Prepping Your Project for Production", talk.title());
        assertEquals(Kind.TALK, talk.kind());
        assertEquals("2019-09-23T14:20:00-07:00", talk.start().toString());
        assertEquals(50, talk.durationMinutes()); // ends 15:10
        assertEquals("Rio Vista Ballroom Salons A\u2013E", talk.room().name());
        assertEquals(List.of("Peter Baumgartner"), names(talk.speakers()));
        assertEquals("intermediate", talk.level());
        assertEquals(List.of("Video", "Slides"),
                talk.links().stream().map(l -> l.title()).collect(Collectors.toList()));
        assertEquals("Talks", schedule.dayOf(talk).name());
    }

    @Test
    void pyConKeynoteWithTwoSpeakersInFiveRoomsReadsAsWritten() {
        Schedule schedule = demo("pycon-us-2017.json");
        Session keynote = byId(schedule, "2017-05-20-0900-keynote-lisa-guo-hui-ding");
        assertEquals("Keynote: Lisa Guo & Hui Ding", keynote.title());
        assertEquals(Kind.KEYNOTE, keynote.kind());
        assertEquals("2017-05-20T09:00:00-07:00", keynote.start().toString());
        assertEquals("2017-05-20T09:40:00-07:00", keynote.end().toString());
        assertEquals(5, keynote.rooms().size());
        assertEquals("Oregon Ballroom 201\u2013202", keynote.room().name());
        assertEquals("Portland Ballroom 254\u2013255", keynote.rooms().get(4).name());
        assertEquals(List.of("Lisa Guo", "Hui Ding"), names(keynote.speakers())); // billing order
        assertSame(schedule.days().get(3), schedule.dayOf(keynote)); // 17, 18, 19, 20 May
    }

    @Test
    void demoDaysCarryTheirNames() {
        Schedule schedule = demo("djangocon-us-2019.json");
        assertEquals("2019-09-22 Tutorials", schedule.days().get(0).toString());
        assertEquals("2019-09-27 Sprints", schedule.days().get(5).toString());
    }

    private static Session byId(Schedule schedule, String id) {
        Session found = schedule.sessions().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        assertNotNull(found, id);
        return found;
    }

    private static List<String> names(List<?> named) {
        return named.stream().map(Object::toString).collect(Collectors.toList());
    }
}

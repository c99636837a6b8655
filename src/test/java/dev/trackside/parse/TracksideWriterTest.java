package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Conference;
import dev.trackside.model.Day;
import dev.trackside.model.Link;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.model.ZonedTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What the writer produces reads back as the same schedule: convert must lose nothing the viewer shows. */
class TracksideWriterTest {
    @ParameterizedTest
    @ValueSource(strings = {"web/demo/djangocon-us-2019.json", "web/demo/pycon-us-2017.json"})
    void demoSurvivesARoundTrip(String file) throws IOException {
        Schedule original = Schedules.parse(Files.readString(Path.of(file)));
        Schedule copy = Schedules.parse(TracksideWriter.write(original));
        assertSameSchedule(original, copy);
    }

    @Test
    void dayBoundariesAndSpecialCharactersSurvive() {
        ZonedTime dayStart = ZonedTime.parse("2019-12-27T11:00+01:00");
        ZonedTime dayEnd = ZonedTime.parse("2019-12-28T04:00+01:00");
        ZonedTime late = ZonedTime.parse("2019-12-28T01:30+01:00");
        Speaker speaker = new Speaker("42", "Zoë \"Z\" <b>", "bio\r\nline", List.of(new Link("", "mailto:z@x")));
        Session session = Session.builder("g-1", "Nachts \u2028 </script>").time(late, late.plusMinutes(45))
                .speaker(speaker).abstractText("*Markdown* stays").build();
        Schedule original = new Schedule(new Conference("c", "Con", "Europe/Berlin", null, null),
                List.of(new Day(CivilDate.of(2019, 12, 27), "Day 1", dayStart, dayEnd)), List.of(), List.of(),
                List.of(speaker), List.of(session));
        Schedule copy = Schedules.parse(TracksideWriter.write(original));
        assertSameSchedule(original, copy);
        assertEquals("2019-12-27", copy.dayOf(copy.sessions().get(0)).date().toString(), "01:30 stays on day 1");
        assertEquals(dayEnd, copy.days().get(0).end());
    }

    @Test
    void floatingScheduleCannotBeWrittenWithoutAZone() {
        Schedule floating = new Schedule(new Conference("c", "Con", null, null, null), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> TracksideWriter.write(floating));
    }

    static void assertSameSchedule(Schedule a, Schedule b) {
        assertEquals(a.conference().id(), b.conference().id());
        assertEquals(a.conference().name(), b.conference().name());
        assertEquals(a.conference().timeZone(), b.conference().timeZone());
        assertEquals(a.conference().venue(), b.conference().venue());
        assertEquals(a.days().toString(), b.days().toString());
        assertEquals(a.rooms().toString(), b.rooms().toString());
        assertEquals(a.speakers().size(), b.speakers().size());
        assertEquals(a.sessions().size(), b.sessions().size());
        for (int i = 0; i < a.sessions().size(); i++) {
            Session x = a.sessions().get(i);
            Session y = b.sessions().get(i);
            assertEquals(x.id(), y.id());
            assertEquals(x.title(), y.title());
            assertEquals(x.kind(), y.kind());
            assertEquals(x.start(), y.start());
            assertEquals(x.end(), y.end());
            assertEquals(x.rooms().toString(), y.rooms().toString());
            assertEquals(x.speakers().toString(), y.speakers().toString());
            assertEquals(x.abstractText(), y.abstractText());
            assertEquals(x.tags(), y.tags());
            assertEquals(x.language(), y.language());
            assertEquals(x.level(), y.level());
            assertEquals(x.links().size(), y.links().size());
            assertEquals(a.dayOf(x).date(), b.dayOf(y).date());
        }
    }
}

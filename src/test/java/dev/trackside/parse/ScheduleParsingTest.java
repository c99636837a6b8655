package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Kind;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Documents the parser must accept, and what it makes of them. */
class ScheduleParsingTest {
    @Test
    void minimalDocumentReadsEveryField() {
        Schedule schedule = Schedules.parse(MinimalDoc.valid().json());
        assertEquals("democon-2026", schedule.conference().id());
        assertEquals("DemoCon 2026", schedule.conference().name());
        assertEquals("America/Los_Angeles", schedule.conference().timeZone());
        assertEquals("", schedule.conference().venue());
        assertNull(schedule.conference().url());
        assertEquals(List.of("2026-09-22 Talks"), schedule.days().stream().map(Object::toString)
                .collect(Collectors.toList()));
        assertEquals(List.of("Hall A", "Hall B"), names(schedule.rooms()));
        assertEquals("#0c6b58", schedule.tracks().get(0).color());
        assertEquals(List.of("Ada Lovelace", "Grace Hopper"), names(schedule.speakers()));

        Session opening = schedule.sessions().get(0);
        assertEquals("opening", opening.id());
        assertEquals(Kind.OTHER, opening.kind());
        assertEquals("2026-09-22T09:00:00-07:00", opening.start().toString());
        assertEquals(15, opening.durationMinutes());
        assertEquals(List.of("Hall A", "Hall B"), names(opening.rooms()));

        Session talk = schedule.sessions().get(1);
        assertEquals(Kind.TALK, talk.kind()); // the default kind
        assertEquals("2026-09-22T10:10:00-07:00", talk.end().toString()); // 09:30 + 40 min
        assertSame(schedule.rooms().get(0), talk.room());
        assertSame(schedule.tracks().get(0), talk.track());
        assertEquals(List.of("Ada Lovelace", "Grace Hopper"), names(talk.speakers()));
        assertEquals(List.of("async", "views"), talk.tags());
    }

    @Test
    void roomsArrayAndRoomStringBothWork() {
        Schedule schedule = Schedules.parse(MinimalDoc.valid().session(0, "rooms", "[\"hall-b\"]").json());
        assertEquals(List.of("Hall B"), names(schedule.sessions().get(0).rooms()));
        assertEquals(List.of("Hall A"), names(schedule.sessions().get(1).rooms()));
    }

    @Test
    void durationInMinutesSetsTheEnd() {
        Schedule schedule = Schedules.parse(MinimalDoc.valid().session(1, "duration", "0").json());
        assertEquals(schedule.sessions().get(1).start(), schedule.sessions().get(1).end());
        schedule = Schedules.parse(MinimalDoc.valid().session(1, "duration", "150").json());
        assertEquals("2026-09-22T12:00:00-07:00", schedule.sessions().get(1).end().toString());
    }

    @Test
    void unknownFieldsAreIgnoredAtEveryLevel() {
        // Later format versions may add fields (docs/format.md).
        String json = MinimalDoc.valid().set("generator", "{\"name\": \"x\", \"nested\": [1, {\"a\": null}]}")
                .conference("hashtag", "\"#democon\"").session(1, "video", "{\"url\": \"https://v.example/\"}")
                .set("rooms", "[{\"id\": \"hall-a\", \"name\": \"Hall A\", \"floor\": 2}, {\"id\": \"hall-b\", "
                        + "\"name\": \"Hall B\", \"capacity\": [300]}]")
                .json();
        Schedule schedule = Schedules.parse(json);
        assertEquals(2, schedule.sessions().size());
        assertEquals(List.of("Hall A", "Hall B"), names(schedule.rooms()));
    }

    @Test
    void nullOptionalFieldsAreAccepted() {
        String json = MinimalDoc.valid().set("days", "null").set("tracks", "null").conference("venue", "null")
                .conference("url", "null").session(0, "kind", "null").session(0, "rooms", "null")
                .session(1, "track", "null").session(1, "speakers", "null").session(1, "tags", "null")
                .session(1, "abstract", "null").session(1, "language", "null").session(1, "level", "null")
                .session(1, "links", "null").session(1, "room", "null").json();
        Schedule schedule = Schedules.parse(json);
        Session opening = schedule.sessions().get(0);
        Session talk = schedule.sessions().get(1);
        assertEquals(Kind.TALK, opening.kind());
        assertTrue(opening.rooms().isEmpty());
        assertNull(talk.track());
        assertTrue(talk.speakers().isEmpty() && talk.tags().isEmpty() && talk.links().isEmpty());
        assertEquals("", talk.abstractText());
        assertEquals("", talk.level());
        assertEquals("", schedule.conference().venue());
        assertEquals(List.of("2026-09-22"), List.of(schedule.days().get(0).date().toString()));
    }

    @Test
    void nullEndWithDurationIsAccepted() {
        Schedule schedule = Schedules.parse(MinimalDoc.valid().session(1, "end", "null").json());
        assertEquals(40, schedule.sessions().get(1).durationMinutes());
    }

    @Test
    void numericIdsAreAcceptedWhereverIdsAppear() {
        // Exports often number things; a number id is read as its decimal text.
        String json = MinimalDoc.valid().conference("id", "2026")
                .set("rooms", "[{\"id\": 1, \"name\": \"Hall A\"}, {\"id\": 2, \"name\": \"Hall B\"}]")
                .set("tracks", "[{\"id\": 7, \"name\": \"Web\"}]")
                .set("speakers", "[{\"id\": 10, \"name\": \"Ada Lovelace\"}, {\"id\": 11, \"name\": \"Grace Hopper\"}]")
                .session(0, "id", "100").session(0, "rooms", "[1, 2]")
                .session(1, "id", "101").session(1, "room", "2").session(1, "track", "7")
                .session(1, "speakers", "[11, 10]").json();
        Schedule schedule = Schedules.parse(json);
        assertEquals("2026", schedule.conference().id());
        assertEquals("100", schedule.sessions().get(0).id());
        assertEquals(List.of("Hall A", "Hall B"), names(schedule.sessions().get(0).rooms()));
        Session talk = schedule.sessions().get(1);
        assertEquals("101", talk.id());
        assertEquals("Hall B", talk.room().name());
        assertEquals("Web", talk.track().name());
        assertEquals(List.of("Grace Hopper", "Ada Lovelace"), names(talk.speakers()));
    }

    @Test
    void topLevelFieldsMayComeInAnyOrder() {
        // Sessions before the rooms and speakers they refer to, and format last.
        String json = """
                {
                  "sessions": [{"id": "t", "title": "T", "start": "2026-09-22T09:00Z", "duration": 5,
                                "room": "r", "speakers": ["s"]}],
                  "speakers": [{"id": "s", "name": "S"}],
                  "rooms": [{"id": "r", "name": "R"}],
                  "conference": {"id": "c", "name": "C", "timeZone": "UTC"},
                  "version": 1,
                  "format": "trackside-schedule"
                }
                """;
        Session session = Schedules.parse(json).sessions().get(0);
        assertEquals("R", session.room().name());
        assertEquals("S", session.speakers().get(0).name());
    }

    @Test
    void emptySessionsArrayIsAValidSchedule() {
        Schedule schedule = Schedules.parse(MinimalDoc.valid().set("sessions", "[]").json());
        assertTrue(schedule.sessions().isEmpty());
        assertEquals(1, schedule.days().size()); // the declared day stays
    }

    @Test
    void linksAndOptionalTextFieldsAreKept() {
        String json = MinimalDoc.valid().session(1, "abstract", "\"What changes when a view can *await*.\"")
                .session(1, "language", "\"en\"").session(1, "level", "\"intermediate\"")
                .session(1, "links", "[{\"title\": \"Slides\", \"url\": \"https://slides.example/t1\"}, "
                        + "{\"url\": \"javascript:alert(1)\"}]").json();
        Session talk = Schedules.parse(json).sessions().get(1);
        assertEquals("What changes when a view can *await*.", talk.abstractText());
        assertEquals("en", talk.language());
        assertEquals("intermediate", talk.level());
        assertEquals("Slides", talk.links().get(0).title());
        assertTrue(talk.links().get(0).isSafe());
        // Unsafe URLs are kept as text, never dropped or made into links.
        assertEquals("javascript:alert(1)", talk.links().get(1).url());
        assertEquals(false, talk.links().get(1).isSafe());
    }

    private static List<String> names(List<?> named) {
        return named.stream().map(Object::toString).collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "EST5EDT", "Etc/GMT+2", "America/Argentina/Buenos_Aires", "America/Port-au-Prince"})
    void realIanaNamesWithoutASlashOrWithDigitsAreAccepted(String zone) {
        Schedule schedule = Schedules.parse(MinimalDoc.valid().conference("timeZone", "\"" + zone + "\"").json());
        assertEquals(zone, schedule.conference().timeZone());
    }

    @Test
    void durationOfAMonthIsTheLongestAccepted() {
        Schedule schedule = Schedules.parse(MinimalDoc.valid().session(1, "duration", "44640").json());
        assertEquals(44640, schedule.sessions().get(1).durationMinutes());
    }
}

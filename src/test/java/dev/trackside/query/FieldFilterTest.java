package dev.trackside.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Conference;
import dev.trackside.model.Day;
import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.model.Track;
import dev.trackside.model.ZonedTime;
import dev.trackside.parse.Schedules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** Field filters against the DjangoCon US 2019 demo; expected sets come straight from the model. */
class FieldFilterTest {
    private static final Schedule DEMO = demo();
    private static final List<Session> SESSIONS = DEMO.sessions();
    private static final SessionSearch SEARCH = new SessionSearch(DEMO);

    @Test
    void speakerMatchesTheStartOfAWordOfAnySpeakersName() {
        List<Integer> godwin = where(i -> speakerNames(i).contains("Godwin"));
        assertEquals(1, godwin.size());
        assertFound(godwin, "speaker:godwin");
        assertFound(godwin, "Speaker:GODW");
        assertFound(godwin, "speaker:\"andrew godwin\"");
        assertFound(List.of(), "speaker:odwin"); // not the start of a word
        assertFound(List.of(), "speaker:\"godwin andrew\"");
    }

    @Test
    void speakerFilterIsNotAFreeWord() {
        // "godwin" appears only as a speaker; a title word is not a speaker.
        List<Integer> keynoteTitles = where(i -> SESSIONS.get(i).title().startsWith("Keynote"));
        assertEquals(3, keynoteTitles.size());
        assertFound(List.of(), "speaker:keynote");
    }

    @Test
    void kindMatchesItsIdOrLabel() {
        List<Integer> keynotes = where(i -> SESSIONS.get(i).kind() == Kind.KEYNOTE);
        assertEquals(3, keynotes.size());
        assertFound(keynotes, "kind:keynote");
        assertFound(keynotes, "kind:Key");
        List<Integer> lightning = where(i -> SESSIONS.get(i).kind() == Kind.LIGHTNING);
        assertFound(lightning, "kind:lightning");
        assertFound(lightning, "kind:\"Lightning talks\"");
        // "talk" is the id of TALK, and not the start of LIGHTNING's id or label.
        assertFound(where(i -> SESSIONS.get(i).kind() == Kind.TALK), "kind:talk");
        assertFound(List.of(), "kind:talks");
    }

    @Test
    void dayMatchesItsNumberDateWeekdayOrName() {
        List<Integer> second = where(i -> DEMO.dayIndex(i) == 1);
        assertTrue(second.size() > 10);
        assertFound(second, "day:2");
        assertFound(second, "day:02");
        assertFound(second, "day:2019-09-23");
        assertFound(second, "day:monday"); // 2019-09-23 was a Monday
        assertFound(second, "day:Mon");
        assertFound(where(i -> DEMO.dayIndex(i) == 0), "day:tutorials");
        assertFound(where(i -> DEMO.dayIndex(i) == 0), "day:sun");
        assertFound(where(i -> DEMO.dayIndex(i) >= 4), "day:sprints");
        assertFound(where(i -> true), "day:2019-09-2"); // every day of the demo
        assertFound(List.of(), "day:7");
        assertFound(List.of(), "day:0");
        assertFound(List.of(), "day:2019-09-28");
    }

    @Test
    void roomMatchesTheStartOfAWordOfAnyOfItsRooms() {
        List<Integer> cabrillo = where(i -> roomNames(i).contains("Cabrillo"));
        assertTrue(cabrillo.size() > 1);
        assertFound(cabrillo, "room:cabrillo");
        assertFound(where(i -> roomNames(i).contains("Cabrillo 1")), "room:\"cabrillo 1\"");
        // "Salons A–E", "Salons F–H" and "Registration desk (in front of Salon A)".
        assertFound(where(i -> roomNames(i).contains("Salon")), "room:salon");
        assertFound(List.of(), "room:abrillo");
    }

    @Test
    void levelMatchesTheSessionsLevel() {
        List<Integer> beginner = where(i -> SESSIONS.get(i).level().equals("beginner"));
        assertEquals(4, beginner.size());
        assertFound(beginner, "level:beginner");
        assertFound(beginner, "level:Begin");
    }

    @Test
    void tagMatchesTheStartOfAWordOfAnyTag() {
        List<Integer> async = where(i -> SESSIONS.get(i).tags().contains("async"));
        assertTrue(async.size() > 0);
        assertFound(async, "tag:async");
        assertFound(async, "tag:asy");
    }

    @Test
    void filtersOfOneFieldAreAlternatives() {
        assertFound(where(i -> SESSIONS.get(i).kind() == Kind.KEYNOTE || SESSIONS.get(i).kind() == Kind.LIGHTNING),
                "kind:keynote kind:lightning");
    }

    @Test
    void filtersOfDifferentFieldsAndWordsAllApply() {
        assertFound(where(i -> SESSIONS.get(i).kind() == Kind.TALK && DEMO.dayIndex(i) == 1), "kind:talk day:2");
        List<Integer> both = where(i -> SESSIONS.get(i).kind() == Kind.TALK && (SESSIONS.get(i).title()
                + speakerNames(i) + SESSIONS.get(i).tags() + SESSIONS.get(i).abstractText()).toLowerCase()
                .contains("django"));
        assertTrue(both.size() > 0);
        assertFound(both, "django kind:talk");
    }

    @Test
    void excludedFilterLeavesOutWhatItMatches() {
        assertFound(where(i -> SESSIONS.get(i).kind() != Kind.BREAK), "-kind:break");
        assertFound(where(i -> DEMO.dayIndex(i) != 1 && DEMO.dayIndex(i) != 2), "-day:2 -day:3");
        assertFound(where(i -> !speakerNames(i).contains("Godwin")), "-speaker:godwin");
    }

    @Test
    void filterWithoutValueIsLeftOut() {
        assertFound(where(i -> true), "room:");
        assertFound(where(i -> true), "speaker:\"\"");
    }

    @Test
    void languageMatchesTheStartOfTheTagAndTrackAWordOfItsName() {
        Track web = new Track("web", "Web & Frontend", null);
        Track ops = new Track("ops", "DevOps", null);
        SessionSearch search = new SessionSearch(schedule(
                session("a").language("en-US").track(web).build(),
                session("b").language("de").track(ops).build(),
                session("c").language("English").build(),
                session("d").build()));
        assertFound(search, List.of(0, 2), "lang:en");
        assertFound(search, List.of(0), "lang:en-us");
        assertFound(search, List.of(), "lang:us");
        assertFound(search, List.of(1, 3), "-lang:en");
        assertFound(search, List.of(0), "track:frontend");
        assertFound(search, List.of(0), "track:\"web &\"");
        assertFound(search, List.of(1), "track:devops");
        assertFound(search, List.of(), "track:ops");
        assertFound(search, List.of(1, 2, 3), "-track:web");
    }

    @Test
    void aSessionInSeveralRoomsMatchesAnyOfThem() {
        Room a = new Room("a", "Hall\u00a0 A"); // any whitespace in a name is one space
        Room b = new Room("b", "Hall B");
        SessionSearch search = new SessionSearch(schedule(
                session("plenary").room(a).room(b).build(), session("one").room(b).build(), session("none").build()));
        assertFound(search, List.of(0), "room:\"hall a\"");
        assertFound(search, List.of(0, 1), "room:\"hall b\"");
        assertFound(search, List.of(0, 1), "room:hall");
        assertFound(search, List.of(2), "-room:hall");
    }

    @Test
    void aScheduleWithoutDaysOrSessionsAnswersNothing() {
        SessionSearch search = new SessionSearch(schedule());
        assertEquals(0, search.search(Query.parse("day:1 kind:talk x")).length);
    }

    private static List<Integer> where(IntPredicate predicate) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < SESSIONS.size(); i++) {
            if (predicate.test(i)) {
                found.add(i);
            }
        }
        return found;
    }

    private static String speakerNames(int i) {
        StringBuilder sb = new StringBuilder();
        for (Speaker speaker : SESSIONS.get(i).speakers()) {
            sb.append(speaker.name()).append('\n');
        }
        return sb.toString();
    }

    private static String roomNames(int i) {
        StringBuilder sb = new StringBuilder();
        for (Room room : SESSIONS.get(i).rooms()) {
            sb.append(room.name()).append('\n');
        }
        return sb.toString();
    }

    private static void assertFound(List<Integer> expected, String query) {
        assertFound(SEARCH, expected, query);
    }

    private static void assertFound(SessionSearch search, List<Integer> expected, String query) {
        boolean[] matches = new boolean[search.size()];
        int count = search.match(query, matches);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < matches.length; i++) {
            if (matches[i]) {
                found.add(i);
            }
        }
        assertEquals(expected, found, query);
        assertEquals(expected.size(), count, query);
        assertEquals(expected.size(), search.search(Query.parse(query)).length, query);
    }

    private static Session.Builder session(String id) {
        ZonedTime start = ZonedTime.parse("2019-09-23T09:00-07:00");
        return Session.builder(id, id).time(start, start.plusMinutes(30));
    }

    private static Schedule schedule(Session... sessions) {
        return new Schedule(new Conference("c", "C", "UTC", null, null), List.<Day>of(), List.of(), List.of(),
                List.of(), List.of(sessions));
    }

    private static Schedule demo() {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        try {
            return Schedules.parse(Files.readString(base.resolve("web/demo/djangocon-us-2019.json"),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

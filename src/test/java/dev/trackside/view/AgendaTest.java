package dev.trackside.view;

import static dev.trackside.view.DayGridTest.session;
import static dev.trackside.view.DayGridTest.talk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;
import dev.trackside.parse.Schedules;
import dev.trackside.view.Agenda.AgendaDay;
import dev.trackside.view.Agenda.Entry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgendaTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static final Room A = new Room("a", "Hall A");
    private static final Room B = new Room("b", "Hall B");
    private static final Room C = new Room("c", "Hall C");

    /** Monday 23 September 2019 in San Diego, its night running into Tuesday, and Tuesday morning. */
    private static final Schedule SCHEDULE = DayGridTest.schedule(List.of(A, B, C),
            session("k1", Kind.KEYNOTE, "09:00", "10:00", A),
            talk("t1", "10:00", "10:45", A),
            talk("t2", "10:30", "11:00", B),
            session("w1", Kind.WORKSHOP, "10:15", "12:00", C),
            talk("unstarred", "10:00", "11:00", B),
            session("lunch", Kind.BREAK, "12:00", "13:00", A, B, C),
            talk("t3", "14:00", "14:30", A),
            session("notice", Kind.OTHER, "14:15", "14:15"),
            session("party", Kind.SOCIAL, "23:00", "2019-09-24T02:00-07:00", C),
            session("late", Kind.SOCIAL, "2019-09-24T01:00-07:00", "2019-09-24T01:30-07:00", B),
            talk("n1", "2019-09-24T09:00-07:00", "2019-09-24T10:00-07:00", A));

    private static final Favourites STARRED = Favourites.of(List.of("t3", "gone", "k1", "t1", "t2", "w1", "lunch",
            "notice", "n1", "party", "late", "also gone"));

    @Test
    void favouritesAreListedByDayInTimeOrder() {
        Agenda agenda = Agenda.of(SCHEDULE, STARRED);
        assertEquals(2, agenda.days().size());
        AgendaDay monday = agenda.days().get(0);
        assertEquals("2019-09-23", monday.day().date().toString());
        assertEquals(0, monday.index());
        // The 01:00 session stays on the night it belongs to, as in the schedule's own days.
        assertEquals(List.of("k1", "t1", "w1", "t2", "lunch", "t3", "notice", "party", "late"), ids(monday));
        assertEquals(List.of("n1"), ids(agenda.days().get(1)));
        assertEquals(10, agenda.count());
        assertEquals(SCHEDULE.sessions().get(0), monday.entries().get(0).session());
        assertEquals(0, monday.entries().get(0).position());
    }

    @Test
    void overlappingFavouritesAreFlaggedWithWhatTheyClashWith() {
        Agenda agenda = Agenda.of(SCHEDULE, STARRED);
        List<Entry> monday = agenda.days().get(0).entries();
        assertEquals(List.of(), clashes(monday.get(0)), "a keynote until 10:00 and a talk from 10:00 do not clash");
        assertFalse(monday.get(0).hasClash());
        assertEquals(List.of("w1", "t2"), clashes(monday.get(1)));
        assertEquals(List.of("t1", "t2"), clashes(monday.get(2)));
        assertEquals(List.of("t1", "w1"), clashes(monday.get(3)));
        assertTrue(monday.get(3).hasClash());
        assertEquals(List.of(), clashes(monday.get(4)), "lunch from 12:00 follows the workshop until 12:00");
        assertEquals(List.of("notice"), clashes(monday.get(5)), "an instant during a talk clashes with it");
        assertEquals(List.of("late"), clashes(monday.get(7)), "across midnight");
        assertEquals(5, agenda.clashCount());
    }

    @Test
    void theFreeTimeBetweenFavouritesIsShownAfterTheEntryItFollows() {
        List<Entry> monday = Agenda.of(SCHEDULE, STARRED).days().get(0).entries();
        // 09:00-10:00, 10:00-10:45, 10:15-12:00, 10:30-11:00, 12:00-13:00: back to back or overlapping.
        for (int k = 0; k < 4; k++) {
            assertEquals(0, monday.get(k).freeMinutes(), ids(monday).get(k));
            assertNull(monday.get(k).freeFrom());
            assertNull(monday.get(k).freeUntil());
        }
        Entry lunch = monday.get(4);
        assertEquals(60, lunch.freeMinutes());
        assertEquals("13:00", lunch.freeFrom().clock());
        assertEquals("14:00", lunch.freeUntil().clock());
        assertEquals(0, monday.get(5).freeMinutes(), "the notice at 14:15 is during the talk");
        // After the notice, the free time begins when the talk around it ends, not at the notice.
        Entry notice = monday.get(6);
        assertEquals("14:30", notice.freeFrom().clock());
        assertEquals("23:00", notice.freeUntil().clock());
        assertEquals(510, notice.freeMinutes());
        assertEquals(0, monday.get(7).freeMinutes());
        assertEquals(0, monday.get(8).freeMinutes(), "the day's last entry has nothing after it");
        assertNull(monday.get(8).freeFrom());
    }

    @Test
    void favouritesNoLongerInTheScheduleAreReportedNotDropped() {
        Agenda agenda = Agenda.of(SCHEDULE, STARRED);
        assertEquals(List.of("gone", "also gone"), agenda.missing());
        // An update removes t3: it is reported and stays a favourite; should it come back, it is listed again.
        List<Session> updated = new ArrayList<>(SCHEDULE.sessions());
        updated.removeIf(s -> s.id().equals("t3"));
        Schedule without = DayGridTest.schedule(List.of(A, B, C), updated.toArray(new Session[0]));
        Agenda after = Agenda.of(without, STARRED);
        assertEquals(List.of("t3", "gone", "also gone"), after.missing());
        assertEquals(9, after.count());
        assertTrue(STARRED.contains("t3"));
        assertEquals(List.of("gone", "also gone"), Agenda.of(SCHEDULE, STARRED).missing());
    }

    @Test
    void noFavouritesMakeAnEmptyAgenda() {
        Agenda agenda = Agenda.of(SCHEDULE, new Favourites());
        assertEquals(List.of(), agenda.days());
        assertEquals(List.of(), agenda.missing());
        assertEquals(0, agenda.count());
        assertEquals(0, agenda.clashCount());
    }

    @Test
    void aSharedAgendaIsShownTheSameWay() {
        ViewState link = ViewState.parse(ViewState.DEFAULT.withShared(List.of("t2", "t1", "nope")).toHash());
        Agenda shared = Agenda.of(SCHEDULE, Favourites.of(link.shared()));
        assertEquals(List.of("t1", "t2"), ids(shared.days().get(0)));
        assertEquals(1, shared.clashCount());
        assertEquals(List.of("nope"), shared.missing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"djangocon-us-2019", "pycon-us-2017"})
    void demoAgendasAgreeWithAPairwiseCheck(String demo) throws IOException {
        Schedule schedule = Schedules.parse(Files.readString(BASE.resolve("web/demo/" + demo + ".json"),
                StandardCharsets.UTF_8));
        Random random = new Random(demo.hashCode());
        List<Session> sessions = schedule.sessions();
        for (int round = 0; round < 50; round++) {
            List<String> ids = new ArrayList<>();
            double density = round == 0 ? 1 : random.nextDouble();
            for (Session s : sessions) {
                if (random.nextDouble() < density) {
                    ids.add(s.id());
                }
            }
            Agenda agenda = Agenda.of(schedule, Favourites.of(ids));
            assertEquals(ids.size(), agenda.count());
            int pairs = 0;
            int previousDay = -1;
            for (AgendaDay day : agenda.days()) {
                assertTrue(day.index() > previousDay, "days in schedule order, each once");
                previousDay = day.index();
                ZonedTime reach = null;
                for (int k = 0; k < day.entries().size(); k++) {
                    Entry entry = day.entries().get(k);
                    Session s = entry.session();
                    assertEquals(day.index(), schedule.dayIndex(entry.position()));
                    assertEquals(s, sessions.get(entry.position()));
                    reach = reach == null || s.end().compareTo(reach) > 0 ? s.end() : reach;
                    if (k + 1 < day.entries().size()) {
                        ZonedTime next = day.entries().get(k + 1).session().start();
                        assertTrue(s.start().compareTo(next) <= 0, "time order");
                        long free = Math.max(0, reach.minutesUntil(next));
                        assertEquals(free, entry.freeMinutes(), s.toString());
                    } else {
                        assertEquals(0, entry.freeMinutes());
                    }
                    // Clashes against every other entry of the whole agenda.
                    List<Integer> expected = new ArrayList<>();
                    for (AgendaDay other : agenda.days()) {
                        for (Entry o : other.entries()) {
                            Session t = o.session();
                            if (o != entry && s.start().compareTo(t.end()) < 0 && t.start().compareTo(s.end()) < 0) {
                                expected.add(o.position());
                            }
                        }
                    }
                    List<Integer> actual = new ArrayList<>();
                    for (int p : entry.clashes()) {
                        actual.add(p);
                    }
                    actual.sort(null);
                    expected.sort(null);
                    assertEquals(expected, actual, s.toString());
                    pairs += actual.size();
                }
            }
            assertEquals(pairs / 2, agenda.clashCount());
            assertTrue(round > 0 || agenda.clashCount() > 0, "the whole demo has parallel sessions");
        }
    }

    private static List<String> ids(AgendaDay day) {
        return ids(day.entries());
    }

    private static List<String> ids(List<Entry> entries) {
        List<String> ids = new ArrayList<>();
        for (Entry entry : entries) {
            ids.add(entry.session().id());
        }
        return ids;
    }

    private static List<String> clashes(Entry entry) {
        List<String> ids = new ArrayList<>();
        for (int position : entry.clashes()) {
            ids.add(SCHEDULE.sessions().get(position).id());
        }
        return ids;
    }
}

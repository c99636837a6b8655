package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Day;
import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NowNextTest {
    private static final Room A = new Room("a", "Hall A");
    private static final Room B = new Room("b", "Hall B");

    /**
     * San Diego (-07:00). 22 Sep: 0 tutorial 09:00–12:00 A, 1 tutorial 09:00–12:00 B, 2 lunch 12:00–13:00 A+B.
     * 23 Sep: 3 keynote 09:00–10:00, 4 talk 10:00–10:30 A, 5 talk 10:00–10:45 B, 6 party 22:00–01:30,
     * 7 "doors" 10:00–10:00 (no length).
     */
    private static final Schedule SCHEDULE = new Schedule(DayGridTest.conference("America/Los_Angeles"), List.of(),
            List.of(A, B), List.of(), List.of(), List.of(
                    session("tutorial-a", "2019-09-22T09:00", "2019-09-22T12:00", A),
                    session("tutorial-b", "2019-09-22T09:00", "2019-09-22T12:00", B),
                    session("lunch", "2019-09-22T12:00", "2019-09-22T13:00", A, B),
                    session("keynote", "2019-09-23T09:00", "2019-09-23T10:00", A, B),
                    session("talk-a", "2019-09-23T10:00", "2019-09-23T10:30", A),
                    session("talk-b", "2019-09-23T10:00", "2019-09-23T10:45", B),
                    session("party", "2019-09-23T22:00", "2019-09-24T01:30", A),
                    session("doors", "2019-09-23T10:00", "2019-09-23T10:00", B)));

    @Test
    void beforeTheConferenceTodayIsTheFirstDay() {
        NowNext n = at("2019-09-20T12:00");
        assertEquals(0, n.todayIndex());
        assertEquals("2019-09-22", n.today().date().toString());
        assertFalse(n.containsNow());
        assertArrayEquals(new int[0], n.running());
        assertEquals("2019-09-22T09:00:00-07:00", n.nextStart().toString());
        assertArrayEquals(new int[] {0, 1}, n.next());
    }

    @Test
    void duringASessionItRunsAndTheNextStartIsLaterThatDay() {
        NowNext n = at("2019-09-22T10:00");
        assertEquals(0, n.todayIndex());
        assertTrue(n.containsNow());
        assertArrayEquals(new int[] {0, 1}, n.running());
        assertTrue(n.isRunning(1));
        assertFalse(n.isRunning(2));
        assertEquals("12:00", n.nextStart().clock());
        assertArrayEquals(new int[] {2}, n.next());
        assertEquals(ZonedTime.parse("2019-09-22T10:00-07:00").epochSecond(), n.now());
    }

    @Test
    void aSessionRunsFromItsStartUpToButNotIncludingItsEnd() {
        NowNext atStart = at("2019-09-23T10:00");
        assertArrayEquals(new int[] {4, 5}, atStart.running()); // not the keynote, which ends then, nor "doors"
        assertEquals("22:00", atStart.nextStart().clock());
        assertArrayEquals(new int[] {6}, atStart.next());
        assertArrayEquals(new int[] {5}, at("2019-09-23T10:30").running());
        // The party runs past midnight, on its evening's day.
        NowNext night = at("2019-09-24T01:00");
        assertEquals(1, night.todayIndex());
        assertArrayEquals(new int[] {6}, night.running());
    }

    @Test
    void aSessionWithoutLengthNeverRunsButIsNext() {
        NowNext before = at("2019-09-23T09:59");
        assertArrayEquals(new int[] {3}, before.running());
        assertEquals("10:00", before.nextStart().clock());
        assertArrayEquals(new int[] {4, 5, 7}, before.next());
        assertFalse(at("2019-09-23T10:00").isRunning(7));
    }

    @Test
    void lateInTheEveningTodayIsStillTodayWithNothingNext() {
        NowNext n = at("2019-09-22T23:00");
        assertEquals(0, n.todayIndex());
        assertTrue(n.containsNow());
        assertNull(n.nextStart());
        assertArrayEquals(new int[0], n.next());
    }

    @Test
    void theDayChangesAtFourInTheMorning() {
        assertEquals(0, at("2019-09-23T03:59").todayIndex());
        NowNext n = at("2019-09-23T04:00");
        assertEquals(1, n.todayIndex());
        assertTrue(n.containsNow());
        assertEquals("09:00", n.nextStart().clock());
    }

    @Test
    void aPartyPastFourKeepsItsDayTodayWhileItRuns() {
        Schedule schedule = new Schedule(SCHEDULE.conference(), List.of(), List.of(A), List.of(), List.of(), List.of(
                session("talk", "2019-09-23T20:00", "2019-09-23T21:00", A),
                session("rave", "2019-09-23T23:00", "2019-09-24T06:00", A),
                session("breakfast", "2019-09-24T08:00", "2019-09-24T09:00", A)));
        NowNext n = NowNext.at(schedule, time("2019-09-24T05:00"));
        assertEquals("2019-09-23", n.today().date().toString());
        assertTrue(n.containsNow());
        assertArrayEquals(new int[] {1}, n.running());
        assertNull(n.nextStart());
        assertEquals("2019-09-24", NowNext.at(schedule, time("2019-09-24T06:00")).today().date().toString());
    }

    @Test
    void onADayWithoutSessionsBetweenTwoConferenceDaysTodayIsTheNextOne() {
        Schedule schedule = new Schedule(SCHEDULE.conference(), List.of(), List.of(A), List.of(), List.of(), List.of(
                session("first", "2019-09-22T09:00", "2019-09-22T10:00", A),
                session("second", "2019-09-24T09:00", "2019-09-24T10:00", A)));
        NowNext n = NowNext.at(schedule, time("2019-09-23T12:00"));
        assertEquals("2019-09-24", n.today().date().toString());
        assertFalse(n.containsNow());
        assertArrayEquals(new int[] {1}, n.next());
    }

    @Test
    void aDeclaredDayWithoutSessionsIsADayToo() {
        Schedule schedule = new Schedule(SCHEDULE.conference(), List.of(new Day(CivilDate.of(2019, 9, 21), "Setup")),
                List.of(A), List.of(), List.of(), List.of(session("first", "2019-09-22T09:00", "2019-09-22T10:00", A)));
        NowNext n = NowNext.at(schedule, time("2019-09-21T15:00"));
        assertEquals("Setup", n.today().name());
        assertTrue(n.containsNow());
        assertNull(n.nextStart());
    }

    @Test
    void afterTheConferenceTodayIsTheLastDay() {
        NowNext n = at("2019-10-01T12:00");
        assertEquals(1, n.todayIndex());
        assertFalse(n.containsNow());
        assertNull(n.nextStart());
        assertArrayEquals(new int[0], n.running());
    }

    @Test
    void declaredBoundariesDecideTheDay() {
        // frab: 11:00 to 04:00 the next morning, Leipzig in winter.
        Day one = new Day(CivilDate.of(2019, 12, 27), "Day 1", ZonedTime.parse("2019-12-27T11:00+01:00"),
                ZonedTime.parse("2019-12-28T04:00+01:00"));
        Day two = new Day(CivilDate.of(2019, 12, 28), "Day 2", ZonedTime.parse("2019-12-28T11:00+01:00"),
                ZonedTime.parse("2019-12-29T04:00+01:00"));
        Schedule schedule = new Schedule(DayGridTest.conference(null), List.of(one, two), List.of(A), List.of(),
                List.of(), List.of(
                        session("late", "2019-12-28T02:00+01:00", "2019-12-28T03:00+01:00", A),
                        session("opening", "2019-12-28T11:00+01:00", "2019-12-28T11:30+01:00", A)));
        assertEquals("Day 1", NowNext.at(schedule, time("2019-12-28T03:30+01:00")).today().name());
        NowNext morning = NowNext.at(schedule, time("2019-12-28T05:00+01:00"));
        assertEquals("Day 2", morning.today().name());
        assertFalse(morning.containsNow());
        assertEquals("11:00", morning.nextStart().clock());
    }

    @Test
    void aMaskLimitsRunningAndNextButNotToday() {
        boolean[] onlyB = {false, true, false, false, false, true, false, false};
        NowNext n = NowNext.at(SCHEDULE, time("2019-09-23T09:30"), onlyB);
        assertEquals(1, n.todayIndex());
        assertArrayEquals(new int[0], n.running());
        assertArrayEquals(new int[] {5}, n.next());
        assertArrayEquals(new int[] {1}, NowNext.at(SCHEDULE, time("2019-09-22T10:00"), onlyB).running());
        assertEquals(0, NowNext.at(SCHEDULE, time("2019-09-22T10:00"), new boolean[8]).todayIndex());
    }

    @Test
    void aScheduleWithoutDaysHasNoToday() {
        Schedule empty = new Schedule(SCHEDULE.conference(), List.of(), List.of(), List.of(), List.of(), List.of());
        NowNext n = NowNext.at(empty, 0);
        assertNull(n.today());
        assertEquals(-1, n.todayIndex());
        assertFalse(n.containsNow());
        assertNull(n.nextStart());
    }

    private static NowNext at(String local) {
        return NowNext.at(SCHEDULE, time(local));
    }

    /** Epoch second of a local time in San Diego, or of a full ISO date-time. */
    private static long time(String text) {
        return ZonedTime.parse(text.length() > 16 ? text : text + "-07:00").epochSecond();
    }

    private static Session session(String id, String start, String end, Room... rooms) {
        return DayGridTest.session(id, Kind.TALK, start.length() > 16 ? start : start + "-07:00",
                end.length() > 16 ? end : end + "-07:00", rooms);
    }
}

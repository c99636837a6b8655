package dev.trackside.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final Conference CONFERENCE = new Conference("democon", "DemoCon", "America/Los_Angeles", null,
            null);

    @Test
    void sessionAfterMidnightStaysOnTheEveningsDay() {
        Session talk = session("talk", "2019-09-23T18:00-07:00");
        Session party = session("party", "2019-09-24T01:00-07:00");
        Schedule schedule = schedule(List.of(), talk, party);
        assertEquals("2019-09-23", schedule.dayOf(party).date().toString());
        assertEquals(List.of("2019-09-23"), dates(schedule));
    }

    @Test
    void afterMidnightSessionListedFirstStillFindsTheEveningsDay() {
        // The evening's day only exists because of a session later in the source.
        Session party = session("party", "2019-09-24T01:00-07:00");
        Session talk = session("talk", "2019-09-23T18:00-07:00");
        Schedule schedule = schedule(List.of(), party, talk);
        assertEquals("2019-09-23", schedule.dayOf(party).date().toString());
        assertEquals(List.of("2019-09-23"), dates(schedule));
    }

    @Test
    void rolloverIsAt0400LocalTime() {
        Session evening = session("evening", "2019-09-23T20:00-07:00");
        Session late = session("late", "2019-09-24T03:59-07:00");
        Session early = session("early", "2019-09-24T04:00-07:00");
        Schedule schedule = schedule(List.of(), evening, late, early);
        assertEquals("2019-09-23", schedule.dayOf(late).date().toString());
        assertEquals("2019-09-24", schedule.dayOf(early).date().toString());
    }

    @Test
    void rolloverUsesTheLocalClockNotUtc() {
        // 02:00 at -07:00 is 09:00 UTC; it is still a late-night session locally.
        Session evening = session("evening", "2019-09-23T20:00-07:00");
        Session late = session("late", "2019-09-24T02:00-07:00");
        Schedule schedule = schedule(List.of(), evening, late);
        assertEquals("2019-09-23", schedule.dayOf(late).date().toString());
    }

    @Test
    void earlySessionWithoutAPreviousDayKeepsItsOwnDate() {
        Session early = session("early", "2019-09-24T01:00-07:00");
        Session later = session("later", "2019-09-24T10:00-07:00");
        Schedule schedule = schedule(List.of(), early, later);
        assertEquals("2019-09-24", schedule.dayOf(early).date().toString());
        assertEquals(List.of("2019-09-24"), dates(schedule));
    }

    @Test
    void declaredButEmptyPreviousDayTakesTheEarlySession() {
        Day tutorials = new Day(CivilDate.parse("2019-09-22"), "Tutorials");
        Session early = session("early", "2019-09-23T02:00-07:00");
        Schedule schedule = schedule(List.of(tutorials), early);
        assertSame(tutorials, schedule.dayOf(early));
        assertEquals(List.of("2019-09-22"), dates(schedule));
    }

    @Test
    void dayAssignmentDoesNotDependOnSourceOrder() {
        // Two nights in a row with only after-midnight sessions: the 02:00 session on the 25th has no evening day,
        // so it makes the 25th a day, and the 01:00 session on the 26th then belongs to the 25th.
        List<Session> sessions = List.of(session("a", "2019-09-25T02:00-07:00"),
                session("b", "2019-09-26T01:00-07:00"), session("c", "2019-09-23T10:00-07:00"),
                session("d", "2019-09-24T00:30-07:00"));
        for (List<Session> order : permutations(sessions)) {
            Schedule schedule = new Schedule(CONFERENCE, List.of(), List.of(), List.of(), List.of(), order);
            String where = order.toString();
            assertEquals(List.of("2019-09-23", "2019-09-25"), dates(schedule), where);
            assertEquals("2019-09-25", schedule.dayOf(sessions.get(0)).date().toString(), where);
            assertEquals("2019-09-25", schedule.dayOf(sessions.get(1)).date().toString(), where);
            assertEquals("2019-09-23", schedule.dayOf(sessions.get(3)).date().toString(), where);
        }
    }

    @Test
    void undeclaredDaysAreAddedWithoutNameAndDeclaredNamesKept() {
        Day talks = new Day(CivilDate.parse("2019-09-23"), "Talks");
        Schedule schedule = schedule(List.of(talks), session("t", "2019-09-23T09:00-07:00"),
                session("s", "2019-09-26T09:00-07:00"));
        assertEquals(List.of("2019-09-23", "2019-09-26"), dates(schedule));
        assertSame(talks, schedule.days().get(0));
        assertEquals("", schedule.days().get(1).name());
        assertSame(schedule.days().get(1), schedule.dayOf(schedule.sessions().get(1)));
    }

    @Test
    void daysAreSortedByDateWhateverTheDeclaredOrder() {
        List<Day> declared = List.of(new Day(CivilDate.parse("2019-09-27"), "Sprints"),
                new Day(CivilDate.parse("2019-09-22"), "Tutorials"), new Day(CivilDate.parse("2019-09-24"), "Talks"));
        Schedule schedule = schedule(declared, session("x", "2019-09-23T09:00-07:00"));
        assertEquals(List.of("2019-09-22", "2019-09-23", "2019-09-24", "2019-09-27"), dates(schedule));
    }

    @Test
    void sessionsKeepSourceOrder() {
        Session late = session("late", "2019-09-24T09:00-07:00");
        Session early = session("early", "2019-09-23T09:00-07:00");
        Schedule schedule = schedule(List.of(), late, early);
        assertEquals(List.of(late, early), schedule.sessions());
    }

    static Session session(String id, String start) {
        ZonedTime time = ZonedTime.parse(start);
        return Session.builder(id, id).time(time, time.plusMinutes(30)).build();
    }

    private static Schedule schedule(List<Day> days, Session... sessions) {
        return new Schedule(CONFERENCE, days, List.of(), List.of(), List.of(), Arrays.asList(sessions));
    }

    private static List<String> dates(Schedule schedule) {
        List<String> dates = new ArrayList<>();
        for (Day day : schedule.days()) {
            dates.add(day.date().toString());
        }
        return dates;
    }

    private static List<List<Session>> permutations(List<Session> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Session>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Session> rest = new ArrayList<>(items);
            Session first = rest.remove(i);
            for (List<Session> tail : permutations(rest)) {
                List<Session> order = new ArrayList<>(Collections.singletonList(first));
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}

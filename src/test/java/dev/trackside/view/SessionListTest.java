package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Conference;
import dev.trackside.model.Day;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;
import dev.trackside.view.SessionList.DayGroup;
import dev.trackside.view.SessionList.Slot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionListTest {
    private static final Room A = new Room("hall-a", "Hall A");
    private static final Room B = new Room("hall-b", "Hall B");
    private static final Room C = new Room("hall-c", "Hall C");

    /**
     * Source order is scrambled on purpose. Expected display, by position in schedule.sessions():
     * 22 Sep: 09:00 [3], 13:00 [7]; 23 Sep: 09:00 [6 A, 4 C], 09:30 [1 A, 8 A, 0 B, 5 no room], 01:00 next night [2].
     */
    private static final Schedule SCHEDULE = new Schedule(new Conference("c", "C", "America/Los_Angeles", null, null),
            List.of(new Day(CivilDate.parse("2019-09-23"), "Talks"),
                    new Day(CivilDate.parse("2019-09-22"), "Tutorials")),
            List.of(A, B, C), List.of(), List.of(), List.of(
                    session("b-0930", "2019-09-23T09:30-07:00", B),
                    session("a-0930", "2019-09-23T09:30-07:00", A),
                    session("party", "2019-09-24T01:00-07:00", C),
                    session("tutorial", "2019-09-22T09:00-07:00", C),
                    session("c-0900", "2019-09-23T09:00-07:00", C),
                    session("no-room-0930", "2019-09-23T09:30-07:00", null),
                    session("a-0900", "2019-09-23T09:00-07:00", A),
                    session("tutorial-pm", "2019-09-22T13:00-07:00", A),
                    session("a-0930-second", "2019-09-23T09:30-07:00", A)));

    private final SessionList list = new SessionList(SCHEDULE);

    @Test
    void daysComeInDateOrderWithTheirScheduleDay() {
        assertEquals(2, list.days().size());
        assertEquals("2019-09-22 Tutorials", list.days().get(0).day().toString());
        assertEquals("2019-09-23 Talks", list.days().get(1).day().toString());
        assertEquals(0, list.days().get(0).index());
        assertEquals(1, list.days().get(1).index());
    }

    @Test
    void slotsGroupADaysSessionsByStartTimeInTimeOrder() {
        assertEquals(List.of(List.of(3), List.of(7)), slots(list.days().get(0)));
        assertEquals("09:00", list.days().get(0).slots().get(0).start().clock());
        assertEquals("13:00", list.days().get(0).slots().get(1).start().clock());
        assertEquals(3, list.days().get(1).slots().size());
    }

    @Test
    void withinASlotSessionsFollowTheSchedulesRoomOrder() {
        // Room order A, B, C; a session without a room goes last; equal rooms keep source order (1 before 8).
        assertEquals(List.of(6, 4), slots(list.days().get(1)).get(0));
        assertEquals(List.of(1, 8, 0, 5), slots(list.days().get(1)).get(1));
    }

    @Test
    void afterMidnightSessionEndsTheEveningsDay() {
        Slot last = list.days().get(1).slots().get(2);
        assertEquals(List.of(2), toList(last.sessions()));
        assertEquals("2019-09-24T01:00:00-07:00", last.start().toString());
    }

    @Test
    void slotIndexesRunFromZeroInDisplayOrder() {
        int expected = 0;
        for (DayGroup day : list.days()) {
            for (Slot slot : day.slots()) {
                assertEquals(expected++, slot.index());
            }
        }
        assertEquals(5, expected);
        assertEquals(5, list.slotCount());
    }

    @Test
    void everySessionAppearsExactlyOnce() {
        List<Integer> seen = new ArrayList<>();
        for (DayGroup day : list.days()) {
            for (Slot slot : day.slots()) {
                for (int i = 0; i < slot.size(); i++) {
                    seen.add(slot.session(i));
                }
            }
        }
        seen.sort(null);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), seen);
    }

    @Test
    void visibilityHidesSlotsAndDaysWithoutMatches() {
        boolean[] slotVisible = new boolean[5];
        boolean[] dayVisible = new boolean[2];
        list.visibility(only(7), slotVisible, dayVisible);
        assertArrayEquals(new boolean[] {false, true, false, false, false}, slotVisible);
        assertArrayEquals(new boolean[] {true, false}, dayVisible);

        list.visibility(only(5, 2), slotVisible, dayVisible);
        assertArrayEquals(new boolean[] {false, false, false, true, true}, slotVisible);
        assertArrayEquals(new boolean[] {false, true}, dayVisible);
    }

    @Test
    void visibilityOverwritesEveryEntry() {
        boolean[] slotVisible = {true, true, true, true, true};
        boolean[] dayVisible = {true, true};
        list.visibility(only(), slotVisible, dayVisible);
        assertArrayEquals(new boolean[5], slotVisible);
        assertArrayEquals(new boolean[2], dayVisible);
        list.visibility(only(0, 1, 2, 3, 4, 5, 6, 7, 8), slotVisible, dayVisible);
        assertArrayEquals(new boolean[] {true, true, true, true, true}, slotVisible);
    }

    @Test
    void declaredDayWithoutSessionsGetsNoGroup() {
        // The list shows days that have sessions; a named but empty day would be an empty heading.
        Schedule schedule = new Schedule(SCHEDULE.conference(), List.of(new Day(CivilDate.parse("2019-09-21"), "Setup"),
                new Day(CivilDate.parse("2019-09-23"), "Talks")), List.of(A), List.of(), List.of(),
                List.of(session("t", "2019-09-23T09:00-07:00", A)));
        SessionList one = new SessionList(schedule);
        assertEquals(1, one.days().size());
        assertEquals("Talks", one.days().get(0).day().name());
        assertEquals(0, one.days().get(0).index());
    }

    @Test
    void emptyScheduleHasNoDaysAndNoSlots() {
        SessionList empty = new SessionList(new Schedule(SCHEDULE.conference(), List.of(), List.of(), List.of(),
                List.of(), List.of()));
        assertTrue(empty.days().isEmpty());
        assertEquals(0, empty.slotCount());
    }

    @Test
    void slotSessionsIsACopy() {
        Slot slot = list.days().get(1).slots().get(0);
        slot.sessions()[0] = 99;
        assertEquals(6, slot.session(0));
    }

    private static boolean[] only(int... positions) {
        boolean[] matches = new boolean[SCHEDULE.sessions().size()];
        for (int p : positions) {
            matches[p] = true;
        }
        return matches;
    }

    private static List<List<Integer>> slots(DayGroup day) {
        List<List<Integer>> result = new ArrayList<>();
        for (Slot slot : day.slots()) {
            result.add(toList(slot.sessions()));
        }
        return result;
    }

    private static List<Integer> toList(int[] values) {
        List<Integer> list = new ArrayList<>();
        for (int v : values) {
            list.add(v);
        }
        return list;
    }

    private static Session session(String id, String start, Room room) {
        ZonedTime time = ZonedTime.parse(start);
        Session.Builder b = Session.builder(id, id).time(time, time.plusMinutes(30));
        if (room != null) {
            b.room(room);
        }
        return b.build();
    }
}

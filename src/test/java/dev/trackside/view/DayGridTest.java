package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.CivilDate;
import dev.trackside.model.Conference;
import dev.trackside.model.Day;
import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.TimeZones;
import dev.trackside.model.ZonedTime;
import dev.trackside.view.DayGrid.AxisLabel;
import dev.trackside.view.DayGrid.Column;
import dev.trackside.view.DayGrid.Placement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayGridTest {
    private static final Room A = new Room("a", "Hall A");
    private static final Room B = new Room("b", "Hall B");
    private static final Room C = new Room("c", "Hall C");
    private static final Room D = new Room("d", "Hall D");
    private static final List<Room> ROOMS = List.of(A, B, C, D);

    // Columns.

    @Test
    void columnsAreTheDaysRoomsInTheSchedulesOrder() {
        DayGrid grid = grid(ROOMS, talk("d", "09:00", "10:00", D), talk("b", "09:00", "10:00", B));
        assertEquals(List.of("Hall B", "Hall D"), names(grid.columns()));
        assertEquals(List.of(0, 1), indexes(grid.columns()));
        assertFalse(grid.hasNoRoomColumn());
        assertEquals("b 0x1 0/1 0+12, d 1x1 0/1 0+12", layout(grid));
    }

    @Test
    void roomsOfOtherDaysGetNoColumn() {
        Schedule schedule = schedule(ROOMS, talk("a", "09:00", "10:00", A),
                session("next-day", Kind.TALK, "2019-09-24T09:00-07:00", "2019-09-24T10:00-07:00", C));
        assertEquals(List.of("Hall A"), names(DayGrid.of(schedule, schedule.days().get(0)).columns()));
        assertEquals(List.of("Hall C"), names(DayGrid.of(schedule, schedule.days().get(1)).columns()));
    }

    @Test
    void sessionsWithoutRoomGetATrailingColumnOnlyWhenThereAreAny() {
        DayGrid grid = grid(ROOMS, talk("none", "09:00", "10:00"), talk("c", "09:00", "10:00", C),
                talk("none-2", "09:30", "10:30"));
        assertEquals(List.of("Hall C", ""), names(grid.columns()));
        assertNull(grid.columns().get(1).room());
        assertTrue(grid.hasNoRoomColumn());
        // Sessions without room overlap like sessions in one room do.
        assertEquals("c 0x1 0/1 0+12, none 1x1 0/2 0+12, none-2 1x1 1/2 6+12", layout(grid));
    }

    @Test
    void aRoomTheScheduleDoesNotListComesAfterTheListedOnes() {
        Room annex = new Room("annex", "Annex");
        Room tent = new Room("tent", "Tent");
        DayGrid grid = grid(List.of(A, B), talk("tent", "09:00", "10:00", tent), talk("annex", "09:00", "10:00", annex),
                talk("b", "09:00", "10:00", B), talk("none", "09:00", "10:00"));
        assertEquals(List.of("Hall B", "Tent", "Annex", ""), names(grid.columns()));
    }

    // Rows.

    @Test
    void axisRunsFromTheEarliestStartToTheLatestEndRoundedOutToWholeSlices() {
        DayGrid grid = grid(ROOMS, talk("a", "09:03", "09:40", A), talk("b", "10:00", "11:07", B));
        assertEquals("09:00", grid.axisStart().clock());
        assertEquals("11:10", grid.axisEnd().clock());
        assertEquals(26, grid.rowCount());
        // 09:03 is in the row of 09:00; 11:07 ends in the row of 11:05, which is covered.
        assertEquals("a 0x1 0/1 0+8, b 1x1 0/1 12+14", layout(grid));
        assertEquals(ZonedTime.parse("2019-09-23T09:00-07:00").epochSecond(), grid.rowStart(0));
        assertEquals(ZonedTime.parse("2019-09-23T11:10-07:00").epochSecond(), grid.rowStart(26));
    }

    @Test
    void rowsCanBeLonger() {
        DayGrid grid = grid(ROOMS, 15, talk("a", "09:10", "09:40", A), talk("b", "09:45", "10:00", B));
        assertEquals(15, grid.sliceMinutes());
        assertEquals("09:00", grid.axisStart().clock());
        assertEquals("10:00", grid.axisEnd().clock());
        assertEquals("a 0x1 0/1 0+3, b 1x1 0/1 3+1", layout(grid));
        assertThrows(IllegalArgumentException.class, () -> grid(ROOMS, 7, talk("a", "09:00", "10:00", A)));
        assertThrows(IllegalArgumentException.class, () -> grid(ROOMS, 90, talk("a", "09:00", "10:00", A)));
    }

    @Test
    void labelsMarkFullAndHalfHours() {
        DayGrid grid = grid(ROOMS, talk("a", "08:50", "10:05", A));
        List<String> labels = new ArrayList<>();
        for (AxisLabel label : grid.labels()) {
            labels.add(label.text() + "@" + label.row() + (label.isHour() ? "h" : ""));
        }
        // Rows begin at 08:50 … 10:00; the axis end (10:05) begins no row.
        assertEquals(List.of("09:00@2h", "09:30@8", "10:00@14h"), labels);
    }

    @Test
    void secondsAreRoundedOutwardsToo() {
        DayGrid grid = grid(ROOMS,
                session("s", Kind.TALK, "2019-09-23T09:00:30-07:00", "2019-09-23T09:05:01-07:00", A));
        assertEquals("s 0x1 0/1 0+2", layout(grid));
    }

    @Test
    void rowAtFindsTheRowOfAnInstantOnTheAxis() {
        DayGrid grid = grid(ROOMS, talk("a", "09:00", "10:00", A));
        assertEquals(0, grid.rowAt(ZonedTime.parse("2019-09-23T09:00-07:00").epochSecond()));
        assertEquals(6, grid.rowAt(ZonedTime.parse("2019-09-23T09:34-07:00").epochSecond()));
        assertEquals(11, grid.rowAt(ZonedTime.parse("2019-09-23T09:59:59-07:00").epochSecond()));
        assertEquals(-1, grid.rowAt(ZonedTime.parse("2019-09-23T10:00-07:00").epochSecond()));
        assertEquals(-1, grid.rowAt(ZonedTime.parse("2019-09-23T08:59-07:00").epochSecond()));
    }

    // Zero-length sessions.

    @Test
    void aZeroLengthSessionGetsOneRow() {
        DayGrid grid = grid(ROOMS, talk("talk", "09:00", "10:00", A), talk("doors", "10:00", "10:00", A),
                talk("bell", "09:00", "09:00", A), talk("last", "10:30", "10:30", B));
        // "bell" shares 09:00's row with the talk: side by side. "doors" follows the talk's end. "last" makes the
        // axis one row longer than the latest end.
        assertEquals("talk 0x1 0/2 0+12, bell 0x1 1/2 0+1, doors 0x1 0/1 12+1, last 1x1 0/1 18+1", layout(grid));
        assertEquals(19, grid.rowCount());
        GridInvariants.check(grid);
    }

    @Test
    void aDayOfOneZeroLengthSessionHasOneRow() {
        DayGrid grid = grid(ROOMS, talk("x", "09:02", "09:02", A));
        assertEquals(1, grid.rowCount());
        assertEquals("09:00", grid.axisStart().clock());
        assertEquals("09:05", grid.axisEnd().clock());
    }

    // Overlaps in one room.

    @Test
    void overlappingSessionsInOneRoomGoSideBySide() {
        // A overlaps B, B overlaps C, A and C do not: two lanes suffice, and C reuses A's.
        DayGrid grid = grid(ROOMS, talk("a", "09:00", "10:00", A), talk("b", "09:30", "10:30", A),
                talk("c", "10:00", "11:00", A), talk("later", "12:00", "13:00", A), talk("other", "09:00", "13:00", B));
        assertEquals("a 0x1 0/2 0+12, other 1x1 0/1 0+48, b 0x1 1/2 6+12, c 0x1 0/2 12+12, later 0x1 0/1 36+12",
                layout(grid));
        GridInvariants.check(grid);
    }

    @Test
    void laneCountIsTheClustersLargestNumberOfSessionsAtOnce() {
        // Three at once at 09:30, then a chain: all five share one cluster of three lanes.
        DayGrid grid = grid(ROOMS, talk("long", "09:00", "12:00", A), talk("x", "09:00", "10:00", A),
                talk("y", "09:30", "10:30", A), talk("z", "10:30", "11:00", A), talk("w", "10:00", "10:15", A));
        assertEquals("long 0x1 0/3 0+36, x 0x1 1/3 0+12, y 0x1 2/3 6+12, w 0x1 1/3 12+3, z 0x1 1/3 18+6",
                layout(grid));
        GridInvariants.check(grid);
    }

    @Test
    void sameStartPutsTheLongerSessionFirst() {
        DayGrid grid = grid(ROOMS, talk("short", "09:00", "09:30", A), talk("long", "09:00", "11:00", A));
        assertEquals("long 0x1 0/2 0+24, short 0x1 1/2 0+6", layout(grid));
    }

    @Test
    void sessionsThatMeetEndToEndDoNotOverlap() {
        DayGrid grid = grid(ROOMS, talk("a", "09:00", "09:30", A), talk("b", "09:30", "10:00", A));
        assertEquals("a 0x1 0/1 0+6, b 0x1 0/1 6+6", layout(grid));
    }

    @Test
    void sessionsThatShareARowAfterRoundingDoOverlap() {
        // 09:00–09:03 and 09:03–09:10 do not overlap in time, but both need the row of 09:00.
        DayGrid grid = grid(ROOMS, talk("a", "09:00", "09:03", A), talk("b", "09:03", "09:10", A));
        assertEquals("b 0x1 0/2 0+2, a 0x1 1/2 0+1", layout(grid));
        GridInvariants.check(grid);
    }

    // Sessions in several rooms.

    @Test
    void aSessionInAdjacentRoomsIsDrawnOnceAcrossThem() {
        DayGrid grid = grid(ROOMS, talk("keynote", "09:00", "10:00", C, A, B), talk("d", "09:00", "10:00", D));
        assertEquals("keynote 0x3 0/1 0+12, d 3x1 0/1 0+12", layout(grid));
        Placement keynote = grid.placements().get(0);
        assertEquals(0, keynote.part());
        assertEquals(1, keynote.parts());
    }

    @Test
    void roomsThatAreAdjacentOnlyOnThisDayCountAsAdjacent() {
        // B is between A and C in the schedule, but unused today, so A and C are neighbours.
        DayGrid grid = grid(ROOMS, talk("lunch", "12:00", "13:00", A, C));
        assertEquals("lunch 0x2 0/1 0+12", layout(grid));
    }

    @Test
    void aSessionInRoomsThatAreNotAdjacentGetsOnePlacementPerRunOfAdjacentRooms() {
        DayGrid grid = grid(ROOMS, talk("lunch", "12:00", "13:00", A, D, B), talk("c", "12:00", "13:00", C));
        assertEquals("lunch 0x2 0/1 0+12, c 2x1 0/1 0+12, lunch 3x1 0/1 0+12", layout(grid));
        assertEquals(List.of("0/2", "1/2"), parts(grid, "lunch"));
        assertEquals(2, grid.cardCount(), "a session in two parts is one card of the day's count");
        for (Placement p : grid.placements()) {
            assertEquals(1, p.sessions().length);
        }
        GridInvariants.check(grid);
    }

    @Test
    void whereAMultiRoomSessionOverlapsAnotherItIsPlacedInThatRoomAlone() {
        // The sprint in A–D overlaps a workshop in C: across A–B as one, in C side by side, alone in D.
        DayGrid grid = grid(ROOMS, talk("sprint", "09:00", "17:00", A, B, C, D), talk("workshop", "10:00", "12:00", C));
        assertEquals("sprint 0x2 0/1 0+96, sprint 2x1 0/2 0+96, sprint 3x1 0/1 0+96, workshop 2x1 1/2 12+24",
                layout(grid));
        assertEquals(List.of("0/3", "1/3", "2/3"), parts(grid, "sprint"));
        GridInvariants.check(grid);
    }

    @Test
    void twoMultiRoomSessionsThatOverlapShareOnlyTheirCommonRooms() {
        DayGrid grid = grid(ROOMS, talk("x", "09:00", "10:00", A, B, C), talk("y", "09:30", "10:30", C, D));
        assertEquals("x 0x2 0/1 0+12, x 2x1 0/2 0+12, y 2x1 1/2 6+12, y 3x1 0/1 6+12", layout(grid));
        GridInvariants.check(grid);
    }

    @Test
    void aRoomNamedTwiceIsOneColumn() {
        DayGrid grid = grid(ROOMS, talk("x", "09:00", "10:00", B, B, A));
        assertEquals("x 0x2 0/1 0+12", layout(grid));
    }

    @Test
    void aBreakRepeatedPerRoomIsOneSessionInAllThoseRooms() {
        Schedule schedule = schedule(ROOMS, lunch("lunch-a", Kind.BREAK, A), talk("c", "12:00", "13:00", C),
                lunch("lunch-b", Kind.BREAK, B), lunch("lunch-d", Kind.BREAK, D));
        DayGrid grid = DayGrid.of(schedule, schedule.days().get(0));
        assertEquals("lunch-a 0x2 0/1 0+12, c 2x1 0/1 0+12, lunch-a 3x1 0/1 0+12", layout(grid));
        for (Placement p : grid.placements()) {
            int[] expected = p.column() == 2 ? new int[] {1} : new int[] {0, 2, 3};
            assertEquals(Arrays.toString(expected), Arrays.toString(p.sessions()));
            assertEquals(expected.length, p.size());
            assertEquals(expected[expected.length - 1], p.member(expected.length - 1));
            assertEquals(p.column() == 2 ? List.of(C) : List.of(A, B, D), grid.rooms(p));
        }
        assertEquals(2, grid.entryCount());
        GridInvariants.check(grid);
    }

    @Test
    void onlyBreaksAreMergedAndOnlyWithTheSameTitleAndTimes() {
        // Two talks of the same title at the same time are two talks; breaks that differ in anything stay apart.
        Schedule schedule = schedule(ROOMS, lunch("talk-a", Kind.TALK, A), lunch("talk-b", Kind.TALK, B),
                lunch("break-c", Kind.BREAK, C),
                Session.builder("break-d", "Lunch").kind(Kind.BREAK).time(at("12:00"), at("13:30")).room(D).build(),
                Session.builder("break-a", "Lunch!").kind(Kind.BREAK).time(at("14:00"), at("15:00")).room(A).build(),
                Session.builder("break-b", "Lunch").kind(Kind.BREAK).time(at("14:00"), at("15:00")).room(B).build());
        DayGrid grid = DayGrid.of(schedule, schedule.days().get(0));
        assertEquals(6, grid.entryCount());
        assertEquals(6, grid.placements().size());
        GridInvariants.check(grid);
    }

    private static Session lunch(String id, Kind kind, Room room) {
        return Session.builder(id, "Lunch").kind(kind).time(at("12:00"), at("13:00")).room(room).build();
    }

    // Masks.

    @Test
    void aMaskShowsOnlyTheMarkedSessionsAndTheirRooms() {
        Schedule schedule = schedule(ROOMS, talk("a", "09:00", "10:00", A), talk("a2", "09:30", "10:30", A),
                talk("c", "11:00", "12:00", C));
        DayGrid grid = DayGrid.of(schedule, schedule.days().get(0), new boolean[] {true, false, true});
        assertEquals(List.of("Hall A", "Hall C"), names(grid.columns()));
        assertEquals("a 0x1 0/1 0+12, c 1x1 0/1 24+12", layout(grid));
        GridInvariants.check(grid, new boolean[] {true, false, true});

        DayGrid none = DayGrid.of(schedule, schedule.days().get(0), new boolean[3]);
        assertTrue(none.isEmpty());
        assertEquals(0, none.rowCount());
        assertTrue(none.columns().isEmpty());
        assertTrue(none.placements().isEmpty());
        assertTrue(none.labels().isEmpty());
        assertNull(none.axisStart());
        assertEquals(-1, none.rowAt(0));
        assertEquals("day 2019-09-23\nempty\n", GridText.dump(none));
    }

    @Test
    void allGivesOneGridPerDayInTheSchedulesOrder() {
        Schedule schedule = new Schedule(conference("America/Los_Angeles"), List.of(
                new Day(CivilDate.of(2019, 9, 22), "Setup"), new Day(CivilDate.of(2019, 9, 23), "Talks")),
                ROOMS, List.of(), List.of(), List.of(talk("a", "09:00", "10:00", A),
                        session("b", Kind.TALK, "2019-09-24T09:00-07:00", "2019-09-24T10:00-07:00", B)));
        List<DayGrid> grids = DayGrid.all(schedule, null, null);
        assertEquals(3, grids.size());
        assertTrue(grids.get(0).isEmpty());
        assertEquals("Setup", grids.get(0).day().name());
        assertEquals("a 0x1 0/1 0+12", layout(grids.get(1)));
        assertEquals("b 0x1 0/1 0+12", layout(grids.get(2)));
        for (int d = 0; d < 3; d++) {
            assertEquals(GridText.dump(DayGrid.of(schedule, schedule.days().get(d))), GridText.dump(grids.get(d)));
        }
        assertTrue(DayGrid.all(schedule, new boolean[] {false, true}, null).get(1).isEmpty());
    }

    // Days that cross midnight or a change of offset.

    @Test
    void aDayThatRunsPastMidnightIsOneAxisInInstants() {
        // A frab day: 11:00 to 04:00 the next morning, in Leipzig in winter.
        Day day = new Day(CivilDate.of(2019, 12, 27), "Day 1", ZonedTime.parse("2019-12-27T11:00+01:00"),
                ZonedTime.parse("2019-12-28T04:00+01:00"));
        Session opening = session("opening", Kind.TALK, "2019-12-27T11:00+01:00", "2019-12-27T11:30+01:00", A);
        Session night = session("night", Kind.TALK, "2019-12-27T23:30+01:00", "2019-12-28T01:00+01:00", A);
        Session late = session("late", Kind.TALK, "2019-12-28T02:00+01:00", "2019-12-28T06:00+01:00", B);
        Session nextDay = session("next", Kind.TALK, "2019-12-28T11:00+01:00", "2019-12-28T12:00+01:00", C);
        Schedule schedule = new Schedule(conference(null), List.of(day), ROOMS, List.of(), List.of(),
                List.of(night, opening, late, nextDay));
        DayGrid grid = DayGrid.of(schedule, day);
        assertEquals(List.of("Hall A", "Hall B"), names(grid.columns()));
        assertEquals("11:00", grid.axisStart().clock());
        assertEquals("06:00", grid.axisEnd().clock());
        assertEquals(19 * 12, grid.rowCount());
        assertEquals("opening 0x1 0/1 0+6, night 0x1 0/1 150+18, late 1x1 0/1 180+48", layout(grid));
        assertEquals("00:00", labelAt(grid, 156));
        assertEquals("02:00", labelAt(grid, 180));
        assertEquals("axis 11:00-06:00+1d UTC+01:00, 228 rows of 5 min", GridText.dump(grid).split("\n")[1]);
        GridInvariants.check(grid);
    }

    @Test
    void aDayWithAChangeOfOffsetHasItsAxisInInstantsAndEachTimeInItsOwnOffset() {
        // Berlin, night of 26–27 October 2019: at 03:00 summer time (01:00 UTC) clocks go back to 02:00.
        Day night = new Day(CivilDate.of(2019, 10, 26), "Long night", ZonedTime.parse("2019-10-26T20:00+02:00"),
                ZonedTime.parse("2019-10-27T06:00+01:00"));
        Session before = session("before", Kind.TALK, "2019-10-27T01:30+02:00", "2019-10-27T02:30+02:00", A);
        Session across = session("across", Kind.TALK, "2019-10-27T02:30+02:00", "2019-10-27T02:30+01:00", B);
        Session after = session("after", Kind.TALK, "2019-10-27T03:30+01:00", "2019-10-27T04:00+01:00", A);
        Schedule schedule = new Schedule(conference("Europe/Berlin"), List.of(night), ROOMS, List.of(), List.of(),
                List.of(before, across, after));
        DayGrid grid = DayGrid.of(schedule, night, null, JavaTimeZones.INSTANCE, 5);
        // 01:30+02:00 is 23:30 UTC, 03:30+01:00 is 02:30 UTC: three hours, 36 rows apart. "across" lasts an hour
        // though both its clock times read 02:30.
        assertEquals("before 0x1 0/1 0+12, across 1x1 0/1 12+12, after 0x1 0/1 36+6", layout(grid));
        assertEquals("2019-10-27T01:30:00+02:00", grid.axisStart().toString());
        assertEquals("2019-10-27T04:00:00+01:00", grid.axisEnd().toString());
        assertEquals(List.of("01:30+02:00@0", "02:00+02:00@6", "02:30+02:00@12", "02:00+01:00@18",
                "02:30+01:00@24", "03:00+01:00@30", "03:30+01:00@36"), labels(grid));
        assertEquals(String.join("\n",
                "day 2019-10-26 Long night",
                "axis 01:30-04:00 UTC+02:00..UTC+01:00, 42 rows of 5 min",
                "columns 0 Hall A | 1 Hall B",
                "labels 01:30+02:00@0 02:00+02:00@6 02:30+02:00@12 02:00+01:00@18 02:30+01:00@24 03:00+01:00@30"
                        + " 03:30+01:00@36",
                "01:30+02:00-02:30+02:00 [col 0 span 1 lane 0/1 row 0+12] Hall A | before",
                "02:30+02:00-02:30+01:00 [col 1 span 1 lane 0/1 row 12+12] Hall B | across",
                "03:30+01:00-04:00+01:00 [col 0 span 1 lane 0/1 row 36+6] Hall A | after", ""), GridText.dump(grid));
        GridInvariants.check(grid);

        // Without zone rules the labels follow the sessions' own offsets, switching at the first time written in
        // the new one: exact up to 02:30+02:00 and from 02:30+01:00, a guess in between.
        DayGrid guessed = DayGrid.of(schedule, night, null, TimeZones.NONE, 5);
        assertEquals(layout(grid), layout(guessed));
        assertEquals(List.of("01:30+02:00@0", "02:00+02:00@6", "02:30+02:00@12", "03:00+02:00@18",
                "02:30+01:00@24", "03:00+01:00@30", "03:30+01:00@36"), labels(guessed));
    }

    @Test
    void theAxisCanBeLabelledInTheVisitorsZoneAcrossItsOwnChangeOfOffset() {
        // The Berlin night seen from New York, which still has summer time (UTC-4) that night: the rows are the
        // same instants, the labels New York's clock.
        Day night = new Day(CivilDate.of(2019, 10, 26), "Long night", ZonedTime.parse("2019-10-26T20:00+02:00"),
                ZonedTime.parse("2019-10-27T06:00+01:00"));
        Session before = session("before", Kind.TALK, "2019-10-27T01:30+02:00", "2019-10-27T02:30+02:00", A);
        Session after = session("after", Kind.TALK, "2019-10-27T03:30+01:00", "2019-10-27T04:00+01:00", A);
        Schedule schedule = new Schedule(conference("Europe/Berlin"), List.of(night), ROOMS, List.of(), List.of(),
                List.of(before, after));
        DayGrid berlin = DayGrid.of(schedule, night, null, JavaTimeZones.INSTANCE, 5);
        DayGrid newYork = DayGrid.of(schedule, night, null, JavaTimeZones.INSTANCE, 5, "America/New_York");
        assertEquals(layout(berlin), layout(newYork));
        assertEquals(List.of("19:30-04:00@0", "20:00-04:00@6", "20:30-04:00@12", "21:00-04:00@18",
                "21:30-04:00@24", "22:00-04:00@30", "22:30-04:00@36"), labels(newYork));
        GridInvariants.check(newYork);
    }

    // Size.

    @Test
    void ninetyTwoRoomsMakeNinetyTwoColumns() {
        List<Room> rooms = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        for (int r = 0; r < 92; r++) {
            rooms.add(new Room("r" + r, "Room " + r));
        }
        for (int r = 91; r >= 0; r--) {
            sessions.add(talk("t" + r, r % 2 == 0 ? "11:00" : "11:30", "12:00", rooms.get(r)));
        }
        Session.Builder assembly = Session.builder("assembly", "All hands").time(at("12:00"), at("13:00"));
        rooms.forEach(assembly::room);
        sessions.add(assembly.build());
        DayGrid grid = grid(rooms, sessions.toArray(new Session[0]));
        assertEquals(92, grid.columns().size());
        assertEquals("Room 0", grid.columns().get(0).name());
        assertEquals("Room 91", grid.columns().get(91).name());
        assertEquals(93, grid.placements().size());
        Placement all = grid.placements().get(92);
        assertEquals(0, all.column());
        assertEquals(92, all.columnSpan());
        GridInvariants.check(grid);
    }

    // Helpers.

    private static String layout(DayGrid grid) {
        List<String> items = new ArrayList<>();
        for (Placement p : grid.placements()) {
            items.add(grid.schedule().sessions().get(p.session()).id() + " " + p.column() + "x" + p.columnSpan() + " "
                    + p.lane() + "/" + p.laneCount() + " " + p.row() + "+" + p.rowSpan());
        }
        return String.join(", ", items);
    }

    private static List<String> parts(DayGrid grid, String id) {
        List<String> parts = new ArrayList<>();
        for (Placement p : grid.placements()) {
            if (grid.schedule().sessions().get(p.session()).id().equals(id)) {
                parts.add(p.part() + "/" + p.parts());
            }
        }
        return parts;
    }

    private static List<String> labels(DayGrid grid) {
        List<String> labels = new ArrayList<>();
        for (AxisLabel label : grid.labels()) {
            labels.add(label.text() + label.time().offsetText() + "@" + label.row());
        }
        return labels;
    }

    private static String labelAt(DayGrid grid, int row) {
        for (AxisLabel label : grid.labels()) {
            if (label.row() == row) {
                return label.text();
            }
        }
        return null;
    }

    private static List<String> names(List<Column> columns) {
        List<String> names = new ArrayList<>();
        for (Column column : columns) {
            names.add(column.name());
        }
        return names;
    }

    private static List<Integer> indexes(List<Column> columns) {
        List<Integer> indexes = new ArrayList<>();
        for (Column column : columns) {
            indexes.add(column.index());
        }
        return indexes;
    }

    private static DayGrid grid(List<Room> rooms, Session... sessions) {
        return grid(rooms, DayGrid.DEFAULT_SLICE_MINUTES, sessions);
    }

    private static DayGrid grid(List<Room> rooms, int slice, Session... sessions) {
        Schedule schedule = schedule(rooms, sessions);
        assertEquals(1, schedule.days().size());
        DayGrid grid = DayGrid.of(schedule, schedule.days().get(0), null, null, slice);
        GridInvariants.check(grid);
        return grid;
    }

    static Schedule schedule(List<Room> rooms, Session... sessions) {
        return new Schedule(conference("America/Los_Angeles"), List.of(), rooms, List.of(), List.of(),
                List.of(sessions));
    }

    static Conference conference(String zone) {
        return new Conference("c", "C", zone, null, null);
    }

    /** A time on 23 September 2019 in San Diego. */
    static ZonedTime at(String clock) {
        return ZonedTime.parse("2019-09-23T" + clock + "-07:00");
    }

    static Session talk(String id, String start, String end, Room... rooms) {
        return session(id, Kind.TALK, start, end, rooms);
    }

    /** Times are clock times on 23 September 2019, or full ISO date-times. */
    static Session session(String id, Kind kind, String start, String end, Room... rooms) {
        ZonedTime from = start.length() > 8 ? ZonedTime.parse(start) : at(start);
        ZonedTime to = end.length() > 8 ? ZonedTime.parse(end) : at(end);
        Session.Builder b = Session.builder(id, id).kind(kind).time(from, to);
        for (Room room : rooms) {
            b.room(room);
        }
        return b.build();
    }
}

package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.trackside.Props;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link GridInvariants} (above all: no two placements share a cell, a cell being row slice × column × lane) on
 * schedules from QuickTheories, which shrinks a failure to a small schedule. Beyond DayGridPropertyTest's seeded
 * schedules: each session at its own UTC offset (days that change offset, or sources that mix them; any multiple of
 * 15 minutes from -18:00 to +18:00), sessions of up
 * to 31 days (the longest the readers let through), many sessions at one instant, identical copies, rooms repeated
 * within a session, declared days of any hours, zone rules for the labels, and every row length.
 */
class DayGridQuickPropertyTest {
    /**
     * Row lengths that divide every real zone's offset (multiples of 15 minutes), so that rows are whole slices of
     * any label zone's time: the axis is rounded in the earliest session's offset. (With 60-minute rows and a label
     * zone at +05:30, or a session at "+16:07", the axis is off the label zone's slices and the day shows no hour
     * labels; the page uses 5-minute rows and sources write real offsets, so it is noted in docs/robustness.md.)
     */
    private static final int[] SLICES = {5, 5, 15}; // 5, the page's, twice as often
    private static final List<String> LABEL_ZONES = List.of("Europe/Berlin", "America/New_York", "Asia/Kolkata",
            "Australia/Lord_Howe", "UTC", "No/Such_Zone");
    private static final CivilDate FIRST = CivilDate.of(2024, 3, 30); // Europe's clocks go forward the next night

    /** One session: day, local minute, length, offset, rooms (indexes), kind, copies. */
    private static final class Spec {
        final int day;
        final int minute;
        final int length;
        final int offset;
        final List<Integer> rooms;
        final boolean isBreak;

        Spec(int day, int minute, int length, int offset, List<Integer> rooms, boolean isBreak) {
            this.day = day;
            this.minute = minute;
            this.length = length;
            this.offset = offset;
            this.rooms = rooms;
            this.isBreak = isBreak;
        }

        @Override
        public String toString() {
            return "Spec[day " + day + ", minute " + minute + ", length " + length + ", offset " + offset + ", rooms "
                    + rooms + (isBreak ? ", break" : "") + "]";
        }
    }

    private static final Gen<Integer> LENGTH = Generate.frequency(List.of(
            Pair.of(2, Generate.constant(0)), Pair.of(2, integers().between(1, 10)),
            Pair.of(12, integers().between(15, 120)), Pair.of(2, integers().between(121, 24 * 60)),
            Pair.of(1, integers().between(24 * 60, 31 * 24 * 60))));

    private static final Gen<Integer> OFFSET = Generate.frequency(List.of(
            Pair.of(6, Generate.constant(60)), Pair.of(3, Generate.constant(120)),
            Pair.of(1, integers().between(-72, 72).map(quarters -> quarters * 15))));

    private static final Gen<Spec> SPEC = integers().between(0, 2).zip(integers().between(0, 2 * 24 * 60 - 1), LENGTH,
            OFFSET, (day, minute, length, offset) -> new int[] {day, minute, length, offset})
            .zip(lists().of(integers().between(0, 11)).ofSizeBetween(0, 4), Generate.booleans(),
                    (n, rooms, isBreak) -> new Spec(n[0], n[1], n[2], n[3], rooms, isBreak));

    @Test
    void noTwoSessionsShareACellWhateverTheSchedule() {
        Props.qt(300).forAll(lists().of(SPEC).ofSizeBetween(0, 40), integers().between(1, 12),
                integers().between(0, 3), integers().between(0, 1_000_000)).checkAssert((specs, roomCount, days, bits) -> {
                    Schedule schedule = schedule(specs, roomCount, days, bits);
                    boolean[] mask = bits % 3 == 0 ? null : mask(schedule.sessions().size(), bits);
                    int slice = SLICES[bits % SLICES.length];
                    TimeZones zones = bits % 2 == 0 ? JavaTimeZones.INSTANCE : null;
                    String labelZone = LABEL_ZONES.get(bits % LABEL_ZONES.size());
                    for (Day day : schedule.days()) {
                        DayGrid grid = DayGrid.of(schedule, day, mask, zones, slice, labelZone);
                        try {
                            GridInvariants.check(grid, mask);
                            assertTrue(grid.rowCount() <= maxRows(schedule, day, slice), grid.rowCount() + " rows");
                        } catch (AssertionError e) {
                            throw new AssertionError("day " + day + ", slice " + slice + ", zone " + labelZone + ":\n"
                                    + GridText.dump(grid) + e.getMessage(), e);
                        }
                    }
                    List<DayGrid> all = DayGrid.all(schedule, mask, null);
                    for (int d = 0; d < all.size(); d++) {
                        assertEquals(GridText.dump(DayGrid.of(schedule, schedule.days().get(d), mask)),
                                GridText.dump(all.get(d)));
                    }
                });
    }

    @Test
    void aHundredSessionsAtOneInstantInOneRoomGetAHundredLanes() {
        List<Session> sessions = new ArrayList<>();
        Room room = new Room("r", "R");
        ZonedTime start = ZonedTime.parse("2024-03-30T10:00+01:00");
        for (int i = 0; i < 100; i++) {
            sessions.add(Session.builder("s" + i, "Same").time(start, start.plusMinutes(30)).room(room).build());
        }
        Schedule schedule = new Schedule(new Conference("c", "C", null, null, null), List.of(), List.of(room),
                List.of(), List.of(), sessions);
        DayGrid grid = DayGrid.of(schedule, schedule.days().get(0));
        GridInvariants.check(grid);
        assertEquals(100, grid.placements().get(0).laneCount());
    }

    /** The axis spans the day's earliest start to its latest end: at most that many rows, and one more each end. */
    private static long maxRows(Schedule schedule, Day day, int slice) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Session session : schedule.sessions()) {
            if (schedule.dayOf(session) == day) {
                first = Math.min(first, session.start().epochSecond());
                last = Math.max(last, session.end().epochSecond());
            }
        }
        return first > last ? 0 : (last - first) / (slice * 60L) + 2;
    }

    private static Schedule schedule(List<Spec> specs, int roomCount, int days, int bits) {
        List<Room> rooms = new ArrayList<>();
        for (int r = 0; r < roomCount; r++) {
            rooms.add(new Room("r" + r, "Room " + r));
        }
        List<Room> listed = new ArrayList<>(rooms);
        if (bits % 5 == 0 && listed.size() > 1) {
            listed.remove(bits % listed.size()); // a room the schedule does not list
        }
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            ZonedTime start = ZonedTime.ofLocal(FIRST.plusDays(spec.day), 0, 0, 0, spec.offset)
                    .plusMinutes(spec.minute);
            int length = spec.length;
            if (spec.isBreak) { // few distinct break times, so that breaks repeat per room
                start = ZonedTime.ofLocal(FIRST.plusDays(spec.day), 10 + spec.minute % 3 * 2, 30, 0, spec.offset);
                length = 30;
            }
            Session.Builder b = Session.builder("s" + i, spec.isBreak ? "Break" : "Talk " + i)
                    .kind(spec.isBreak ? Kind.BREAK : Kind.TALK).time(start, start.plusMinutes(length));
            for (int room : spec.rooms) {
                b.room(rooms.get(room % roomCount)); // repeats allowed: a source may list a room twice
            }
            Session session = b.build();
            sessions.add(session);
            if (i % 7 == 3) {
                sessions.add(session); // the very same session twice
            }
        }
        List<Day> declared = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            CivilDate date = FIRST.plusDays(d);
            int from = (bits >> d) % 3 == 0 ? 0 : 11;
            int hours = 6 + (bits >> (d + 2)) % 40; // up to 45 hours: overlapping declared days too
            ZonedTime start = ZonedTime.ofLocal(date, from, 0, 0, 60);
            declared.add(new Day(date, "Day " + d, start, start.plusMinutes(hours * 60L)));
        }
        return new Schedule(new Conference("c", "C", bits % 2 == 0 ? "Europe/Berlin" : null, null, null), declared,
                listed, List.of(), List.of(), sessions);
    }

    private static boolean[] mask(int size, int bits) {
        boolean[] mask = new boolean[size];
        for (int i = 0; i < size; i++) {
            mask[i] = (bits >> (i % 20)) % 3 != 0;
        }
        return mask;
    }
}

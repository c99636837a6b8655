package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Conference;
import dev.trackside.model.Day;
import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link GridInvariants} over many seeded random schedules: overlapping sessions, sessions in several (adjacent or
 * not) rooms, without room, in unlisted rooms, zero-length, past midnight, off the 5-minute marks, breaks repeated
 * per room, masks, every row length. A failure names its seed; the same seed makes the same schedule.
 */
class DayGridPropertyTest {
    private static final int[] SLICES = {1, 5, 10, 15, 30, 60};

    @Test
    void invariantsHoldForRandomSchedules() {
        for (long seed = 0; seed < 400; seed++) {
            Random random = new Random(seed);
            Schedule schedule = randomSchedule(random);
            boolean[] mask = random.nextInt(3) == 0 ? randomMask(random, schedule.sessions().size()) : null;
            int slice = SLICES[random.nextInt(SLICES.length)];
            for (Day day : schedule.days()) {
                DayGrid grid = DayGrid.of(schedule, day, mask, null, slice);
                try {
                    GridInvariants.check(grid, mask);
                } catch (AssertionError e) {
                    throw new AssertionError("seed " + seed + ", day " + day + ", slice " + slice + ":\n"
                            + GridText.dump(grid) + e.getMessage(), e);
                }
                assertEquals(GridText.dump(grid), GridText.dump(DayGrid.of(schedule, day, mask, null, slice)),
                        "the same input lays out the same, seed " + seed);
            }
            List<DayGrid> all = DayGrid.all(schedule, mask, null);
            for (int d = 0; d < all.size(); d++) {
                assertEquals(GridText.dump(DayGrid.of(schedule, schedule.days().get(d), mask)),
                        GridText.dump(all.get(d)), "seed " + seed);
            }
        }
    }

    @Test
    void aCongressSizedDayKeepsTheInvariants() {
        // 36C3's busiest day: about 450 sessions in 78 of 92 rooms, many overlapping; here 100 rooms and 500.
        Random random = new Random(36);
        List<Room> rooms = new ArrayList<>();
        for (int r = 0; r < 100; r++) {
            rooms.add(new Room("r" + r, "Room " + r));
        }
        List<Session> sessions = new ArrayList<>();
        ZonedTime dayStart = ZonedTime.parse("2019-12-28T11:00+01:00");
        for (int i = 0; i < 500; i++) {
            ZonedTime start = dayStart.plusMinutes(random.nextInt(16 * 12) * 5L);
            Session.Builder b = Session.builder("s" + i, "Session " + i)
                    .time(start, start.plusMinutes(random.nextInt(4) == 0 ? 360 : 30 + random.nextInt(90)));
            b.room(rooms.get(random.nextInt(rooms.size())));
            if (i % 50 == 0) {
                b.room(rooms.get(random.nextInt(rooms.size())));
            }
            sessions.add(b.build());
        }
        Schedule schedule = new Schedule(new Conference("c", "C", null, null, null),
                List.of(new Day(CivilDate.of(2019, 12, 28), "Day 2", dayStart, dayStart.plusMinutes(17 * 60))),
                rooms, List.of(), List.of(), sessions);
        Day day = schedule.days().get(0);
        GridInvariants.check(DayGrid.of(schedule, day));
    }

    private static Schedule randomSchedule(Random random) {
        int roomCount = 1 + random.nextInt(random.nextInt(5) == 0 ? 30 : 8);
        List<Room> rooms = new ArrayList<>();
        for (int r = 0; r < roomCount; r++) {
            rooms.add(new Room("r" + r, "Room " + r));
        }
        // Sometimes the schedule does not list every room its sessions use.
        List<Room> listed = new ArrayList<>(rooms);
        if (random.nextInt(5) == 0 && listed.size() > 1) {
            listed.remove(random.nextInt(listed.size()));
        }
        int offset = new int[] {-420, 0, 60, 345}[random.nextInt(4)];
        CivilDate first = CivilDate.of(2024, 3, 9);
        int dayCount = 1 + random.nextInt(3);
        int sessionCount = random.nextInt(random.nextInt(4) == 0 ? 200 : 40);
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < sessionCount; i++) {
            CivilDate date = first.plusDays(random.nextInt(dayCount));
            int minute = 7 * 60 + random.nextInt(20 * 60); // 07:00 to 03:00 the next morning
            if (random.nextBoolean()) {
                minute -= minute % 5;
            }
            int second = random.nextInt(10) == 0 ? random.nextInt(60) : 0;
            ZonedTime start = ZonedTime.ofLocal(date, 0, 0, second, offset).plusMinutes(minute);
            int length;
            switch (random.nextInt(6)) {
                case 0:
                    length = 0;
                    break;
                case 1:
                    length = 1 + random.nextInt(10);
                    break;
                case 2:
                    length = 60 * (1 + random.nextInt(12));
                    break;
                default:
                    length = 15 + random.nextInt(90);
            }
            boolean isBreak = random.nextInt(6) == 0;
            if (isBreak) {
                // Few distinct break times, so that breaks repeat per room.
                start = ZonedTime.ofLocal(date, 10 + random.nextInt(3) * 2, 30, 0, offset);
                length = 30;
            }
            Session.Builder b = Session.builder("s" + i, isBreak ? "Break" : "Talk " + i)
                    .kind(isBreak ? Kind.BREAK : Kind.values()[random.nextInt(Kind.values().length)])
                    .time(start, start.plusMinutes(length));
            int roomsOfSession = random.nextInt(10) == 0 ? 0 : random.nextInt(6) == 0 ? 2 + random.nextInt(4) : 1;
            for (int r = 0; r < roomsOfSession; r++) {
                b.room(rooms.get(random.nextInt(rooms.size())));
            }
            sessions.add(b.build());
        }
        List<Day> days = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            // frab-style declared days from 11:00 to 04:00 the next morning.
            for (int d = 0; d < dayCount; d++) {
                CivilDate date = first.plusDays(d);
                days.add(new Day(date, "Day " + (d + 1), ZonedTime.ofLocal(date, 11, 0, 0, offset),
                        ZonedTime.ofLocal(date.plusDays(1), 4, 0, 0, offset)));
            }
        }
        return new Schedule(new Conference("c", "C", null, null, null), days, listed, List.of(), List.of(), sessions);
    }

    private static boolean[] randomMask(Random random, int size) {
        boolean[] mask = new boolean[size];
        for (int i = 0; i < size; i++) {
            mask[i] = random.nextInt(3) != 0;
        }
        return mask;
    }
}

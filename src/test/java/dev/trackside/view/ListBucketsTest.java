package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.parse.Schedules;
import dev.trackside.view.ListBuckets.Entry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListBucketsTest {
    private static final Room A = new Room("a", "Hall A");
    private static final Room B = new Room("b", "Hall B");
    private static final Room C = new Room("c", "Hall C");
    private static final Room D = new Room("d", "Hall D");

    /**
     * Positions: 0 break C, 1 talk D, 2 break A, 3 plenary A+B, 4 break B, 5 "Break" ending later in D, 6 "Coffee"
     * break in A, 7 talk A at 09:00.
     */
    private static final Schedule SCHEDULE = DayGridTest.schedule(List.of(A, B, C, D),
            brk("break-c", "Break", "10:30", "11:00", C),
            DayGridTest.talk("talk-d", "10:30", "11:00", D),
            brk("break-a", "Break", "10:30", "11:00", A),
            DayGridTest.session("plenary", Kind.KEYNOTE, "11:00", "12:00", A, B),
            brk("break-b", "Break", "10:30", "11:00", B),
            brk("break-d-long", "Break", "10:30", "11:15", D),
            brk("coffee-a", "Coffee", "10:30", "11:00", A),
            DayGridTest.talk("talk-a", "09:00", "10:00", A));

    private final ListBuckets buckets = new ListBuckets(SCHEDULE);

    @Test
    void aBreakRepeatedPerRoomIsOneEntryInAllItsRooms() {
        SessionList.Slot slot = buckets.list().days().get(0).slots().get(1);
        assertEquals("10:30", slot.start().clock());
        // The slot lists the sessions in room order: A (2, 6), B (4), C (0), D (1, 5).
        assertArrayEquals(new int[] {2, 6, 4, 0, 1, 5}, slot.sessions());
        List<Entry> entries = buckets.entries(slot);
        assertEquals(List.of("[2, 4, 0]", "[6]", "[1]", "[5]"), members(entries));
        assertEquals(List.of(A, B, C), entries.get(0).rooms());
        assertEquals(2, entries.get(0).session());
        assertEquals(3, entries.get(0).size());
    }

    @Test
    void aSessionInSeveralRoomsIsOneEntry() {
        List<Entry> entries = buckets.entries(buckets.list().days().get(0).slots().get(2));
        assertEquals(List.of("[3]"), members(entries));
        assertEquals(List.of(A, B), entries.get(0).rooms());
    }

    @Test
    void entriesAreNumberedInDisplayOrderAndCoverEverySessionOnce() {
        List<Integer> seen = new ArrayList<>();
        int expected = 0;
        for (SessionList.DayGroup day : buckets.list().days()) {
            for (SessionList.Slot slot : day.slots()) {
                for (Entry entry : buckets.entries(slot)) {
                    assertEquals(expected, entry.index());
                    assertSame(entry, buckets.entry(expected));
                    expected++;
                    for (int s : entry.sessions()) {
                        seen.add(s);
                    }
                }
            }
        }
        assertEquals(6, buckets.entryCount());
        assertEquals(expected, buckets.entryCount());
        seen.sort(null);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), seen);
    }

    @Test
    void anEntryIsVisibleWhenAnyOfItsSessionsMatches() {
        boolean[] visible = new boolean[buckets.entryCount()];
        boolean[] matches = new boolean[SCHEDULE.sessions().size()];
        matches[4] = true; // the break in B
        buckets.visibility(matches, visible);
        assertArrayEquals(new boolean[] {false, true, false, false, false, false}, visible);
        Arrays.fill(matches, true);
        buckets.visibility(matches, visible);
        assertArrayEquals(new boolean[] {true, true, true, true, true, true}, visible);
    }

    @Test
    void entriesAreCopiesNotViews() {
        Entry entry = buckets.entry(1);
        entry.sessions()[0] = 99;
        assertEquals(2, entry.session());
    }

    @Test
    void theDemosMergedTheirPlenariesAlreadySoEachSessionIsOneEntry() throws IOException {
        for (String demo : List.of("djangocon-us-2019", "pycon-us-2017")) {
            Path file = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "web", "demo",
                    demo + ".json");
            Schedule schedule = Schedules.parse(Files.readString(file, StandardCharsets.UTF_8));
            assertEquals(schedule.sessions().size(), new ListBuckets(schedule).entryCount(), demo);
        }
    }

    private static List<String> members(List<Entry> entries) {
        List<String> result = new ArrayList<>();
        for (Entry entry : entries) {
            result.add(Arrays.toString(entry.sessions()));
        }
        return result;
    }

    private static Session brk(String id, String title, String start, String end, Room room) {
        return Session.builder(id, title).kind(Kind.BREAK).time(DayGridTest.at(start), DayGridTest.at(end)).room(room)
                .build();
    }
}

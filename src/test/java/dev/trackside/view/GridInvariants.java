package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.view.DayGrid.Placement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The rules every {@link DayGrid} keeps, checked from the outside (by brute force over cells). */
final class GridInvariants {
    private GridInvariants() {
    }

    static void check(DayGrid grid) {
        check(grid, null);
    }

    static void check(DayGrid grid, boolean[] mask) {
        Schedule schedule = grid.schedule();
        List<Session> sessions = schedule.sessions();
        int columns = grid.columns().size();
        int rows = grid.rowCount();

        // Every session of the day (and mask) is shown by exactly one entry; the entries' placements together
        // cover each of the entry's columns exactly once, at the same rows.
        Set<Integer> expected = new TreeSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            if ((mask == null || mask[i]) && schedule.dayOf(sessions.get(i)) == grid.day()) {
                expected.add(i);
            }
        }
        Map<Integer, List<Placement>> byEntry = new HashMap<>();
        for (Placement p : grid.placements()) {
            byEntry.computeIfAbsent(p.session(), k -> new ArrayList<>()).add(p);
        }
        Set<Integer> shown = new TreeSet<>();
        for (Map.Entry<Integer, List<Placement>> e : byEntry.entrySet()) {
            List<Placement> parts = e.getValue();
            Placement first = parts.get(0);
            for (int s : first.sessions()) {
                assertTrue(shown.add(s), "session " + s + " is shown twice");
            }
            Set<Integer> columnsCovered = new TreeSet<>();
            parts.sort(Comparator.comparingInt(Placement::column));
            for (int k = 0; k < parts.size(); k++) {
                Placement p = parts.get(k);
                assertEquals(k, p.part(), "part numbers of session " + e.getKey());
                assertEquals(parts.size(), p.parts());
                assertEquals(first.row(), p.row());
                assertEquals(first.rowSpan(), p.rowSpan());
                assertEquals(List.of(first.sessions()[0]), List.of(p.sessions()[0]));
                for (int c = p.column(); c < p.column() + p.columnSpan(); c++) {
                    assertTrue(columnsCovered.add(c), "column " + c + " twice for session " + e.getKey());
                }
            }
            assertEquals(expectedColumns(grid, sessions, first.sessions()), columnsCovered,
                    "columns of session " + e.getKey());
            int runs = runs(columnsCovered);
            assertTrue(parts.size() >= runs, "fewer parts than runs of adjacent rooms");
            boolean alone = true;
            for (Placement p : parts) {
                alone &= p.laneCount() == 1;
            }
            if (alone) {
                assertEquals(runs, parts.size(), "session " + e.getKey() + " split though it overlaps nothing");
            }
        }
        assertEquals(expected, shown, "sessions shown");
        assertEquals(byEntry.size(), grid.entryCount());

        // Rows hold the session's times; lanes are in range; spanning placements are alone.
        long slice = grid.sliceMinutes() * 60L;
        for (Placement p : grid.placements()) {
            Session s = sessions.get(p.session());
            assertTrue(p.row() >= 0 && p.rowSpan() >= 1 && p.row() + p.rowSpan() <= rows, "rows in range");
            assertTrue(p.column() >= 0 && p.columnSpan() >= 1 && p.column() + p.columnSpan() <= columns);
            assertTrue(grid.rowStart(p.row()) <= s.start().epochSecond());
            assertTrue(s.start().epochSecond() < grid.rowStart(p.row() + 1));
            assertTrue(grid.rowStart(p.row() + p.rowSpan()) >= s.end().epochSecond());
            assertTrue(p.rowSpan() == 1 || grid.rowStart(p.row() + p.rowSpan() - 1) < s.end().epochSecond());
            assertTrue(p.lane() >= 0 && p.lane() < p.laneCount());
            assertTrue(p.columnSpan() == 1 || p.laneCount() == 1, "a spanning placement shares its columns");
            assertEquals(slice, grid.rowStart(p.row() + 1) - grid.rowStart(p.row()));
        }
        if (!grid.isEmpty()) {
            assertNotNull(grid.axisStart());
            assertTrue(grid.rowCount() >= 1);
            assertEquals(0, Math.floorMod(grid.axisStart().minuteOfDay(), grid.sliceMinutes()), "axis on a slice");
        }

        // No (column, row, lane) cell is taken twice, and all placements in one cell agree on the lane count.
        int[][] laneCountAt = new int[columns][rows];
        Map<Long, Placement> cells = new HashMap<>();
        for (Placement p : grid.placements()) {
            for (int c = p.column(); c < p.column() + p.columnSpan(); c++) {
                for (int r = p.row(); r < p.row() + p.rowSpan(); r++) {
                    if (laneCountAt[c][r] != 0 && laneCountAt[c][r] != p.laneCount()) {
                        fail("lane counts " + laneCountAt[c][r] + " and " + p.laneCount() + " meet at column " + c
                                + " row " + r);
                    }
                    laneCountAt[c][r] = p.laneCount();
                    long key = ((long) c * rows + r) * 1000 + p.lane();
                    Placement other = cells.put(key, p);
                    if (other != null) {
                        fail("cell (column " + c + ", row " + r + ", lane " + p.lane() + ") holds sessions "
                                + other.session() + " and " + p.session());
                    }
                }
            }
        }

        // A lane count is no more than needed: somewhere in its cluster that many sessions run at once.
        for (int c = 0; c < columns; c++) {
            int[] busy = new int[rows];
            for (Placement p : grid.placements()) {
                if (p.column() <= c && c < p.column() + p.columnSpan()) {
                    for (int r = p.row(); r < p.row() + p.rowSpan(); r++) {
                        busy[r]++;
                    }
                }
            }
            int r = 0;
            while (r < rows) {
                if (laneCountAt[c][r] <= 1) {
                    r++;
                    continue;
                }
                int lanes = laneCountAt[c][r];
                int peak = 0;
                Set<Placement> cluster = new HashSet<>();
                int end = r;
                for (Placement p : grid.placements()) {
                    if (p.column() == c && p.row() <= r && r < p.row() + p.rowSpan()) {
                        end = Math.max(end, p.row() + p.rowSpan());
                    }
                }
                for (int k = r; k < end; k++) {
                    peak = Math.max(peak, busy[k]);
                    for (Placement p : grid.placements()) {
                        if (p.column() == c && p.row() <= k && k < p.row() + p.rowSpan()) {
                            end = Math.max(end, p.row() + p.rowSpan());
                            cluster.add(p);
                        }
                    }
                }
                assertEquals(lanes, peak, "lane count at column " + c + " row " + r);
                for (Placement p : cluster) {
                    assertEquals(lanes, p.laneCount());
                }
                r = end;
            }
        }
    }

    private static Set<Integer> expectedColumns(DayGrid grid, List<Session> sessions, int[] members) {
        // A break repeated per room is in all its copies' rooms; in the no-room column only if no copy has a room.
        Set<Integer> columns = new TreeSet<>();
        for (int s : members) {
            for (Room room : sessions.get(s).rooms()) {
                int found = -1;
                for (DayGrid.Column column : grid.columns()) {
                    if (column.room() == room) {
                        found = column.index();
                    }
                }
                assertTrue(found >= 0, "room " + room + " has no column");
                columns.add(found);
            }
        }
        if (columns.isEmpty()) {
            assertTrue(grid.hasNoRoomColumn());
            columns.add(grid.columns().size() - 1);
        }
        return columns;
    }

    private static int runs(Set<Integer> columns) {
        int runs = 0;
        int previous = -2;
        for (int c : columns) {
            if (c != previous + 1) {
                runs++;
            }
            previous = c;
        }
        return runs;
    }
}

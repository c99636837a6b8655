package dev.trackside.view;

import dev.trackside.model.Day;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.TimeZones;
import dev.trackside.model.ZonedTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The grid view of one conference day: rooms as columns, time as rows, each session a rectangle. The browser turns
 * it into a CSS grid; everything that needs deciding is decided here, on the JVM, where it is tested.
 *
 * <p><b>Columns</b> are the rooms the day's sessions use, in the order of {@link Schedule#rooms()}; a room a session
 * names but the schedule does not list comes after those, in order of first use; when some session has no room, a
 * last column with {@link Column#room()} {@code null} holds it. A day thus shows only its own rooms.
 *
 * <p><b>Rows</b> are time slices of {@link #sliceMinutes()} (5 by default) on the time line itself, i.e. in
 * instants: a day that crosses midnight, or a change of UTC offset, is still one axis, and an hour is always 60/slice
 * rows. The axis runs from the earliest start, rounded down to a whole slice of local time, to the latest end rounded
 * up. A session covers the rows from the one holding its start to the one holding its end (exclusive; times off the
 * slice are rounded outwards), at least one row, so a zero-length session is one row high. {@link #labels()} mark
 * the rows that begin on a full or half hour of local time.
 *
 * <p><b>Sessions in several rooms</b> (plenaries, staggered lunches) are drawn once across each run of adjacent
 * columns they are held in; rooms that are not adjacent that day get one placement per run, all sharing the
 * session ({@link Placement#part()} of {@link Placement#parts()}). A break that the source repeats per room (same
 * title, start and end, kind break) counts as one session in all those rooms ({@link Placement#sessions()}); a copy
 * without room adds no column of its own unless no copy has a room.
 *
 * <p><b>Overlaps</b>: sessions whose rows overlap in one column are drawn side by side: each gets a lane of its
 * column, assigned greedily in order of start (longer first on a tie), and all sessions of one overlapping cluster
 * share its lane count, which is the cluster's largest number of simultaneous sessions. A placement with lane
 * {@code l} of {@code n} covers the {@code l}-th of {@code n} equal parts of its column's width. A placement
 * spanning several columns never overlaps anything (its lane is 0 of 1): where a multi-room session overlaps another
 * session in one of its rooms, it is placed in that column on its own, side by side with the other, and drawn
 * across the remaining adjacent columns as before. So no two placements ever share a (column, row, lane) cell.
 *
 * <p>Layout costs O(n log n) in the day's sessions plus the sum of their column spans, after one pass over the
 * schedule to find the day's sessions ({@link #all} makes that one pass for all days); no pair of sessions in
 * different rooms is ever compared. 36C3's busiest day (445 sessions, 78 of 92 rooms) takes well under a
 * millisecond on the JVM.
 */
public final class DayGrid {
    /** The row height unless asked otherwise: 5 minutes. */
    public static final int DEFAULT_SLICE_MINUTES = 5;

    /** Up to this many rooms the columns stretch to fill the width ({@link #stretches}). */
    public static final int FLEXIBLE_COLUMNS = 10;

    private final Schedule schedule;
    private final Day day;
    private final int sliceMinutes;
    private final long axisStart;
    private final int rowCount;
    private final List<Column> columns;
    private final List<Placement> placements;
    private final List<AxisLabel> labels;
    private final int entryCount;
    private final Offsets offsets;

    /** The grid of all sessions of {@code day}. */
    public static DayGrid of(Schedule schedule, Day day) {
        return of(schedule, day, null, null, DEFAULT_SLICE_MINUTES);
    }

    /**
     * The grid of the sessions of {@code day} marked in {@code mask} (indexed like {@link Schedule#sessions()};
     * {@code null} for all). Columns, axis and lanes are those of the shown sessions alone.
     */
    public static DayGrid of(Schedule schedule, Day day, boolean[] mask) {
        return of(schedule, day, mask, null, DEFAULT_SLICE_MINUTES);
    }

    /**
     * @param zones        the platform's zone rules, for the axis labels of a day on which the UTC offset changes;
     *                     {@code null} or {@link TimeZones#NONE} to go by the offsets the sessions are written in
     * @param sliceMinutes the length of a row, a divisor of 60
     */
    public static DayGrid of(Schedule schedule, Day day, boolean[] mask, TimeZones zones, int sliceMinutes) {
        return of(schedule, day, mask, zones, sliceMinutes, schedule.conference().timeZone());
    }

    /**
     * As {@link #of(Schedule, Day, boolean[], TimeZones, int)}, with the axis labelled in {@code labelZone} (e.g. the
     * visitor's own zone) instead of the conference's; rows stay whole slices of that zone's local time.
     */
    public static DayGrid of(Schedule schedule, Day day, boolean[] mask, TimeZones zones, int sliceMinutes,
            String labelZone) {
        if (mask == null) {
            return of(schedule, day, zones, sliceMinutes, labelZone);
        }
        List<Session> sessions = schedule.sessions();
        int[] positions = new int[sessions.size()];
        int count = 0;
        for (int i = 0; i < positions.length; i++) {
            if (mask[i] && schedule.dayOf(sessions.get(i)) == day) {
                positions[count++] = i;
            }
        }
        return new DayGrid(schedule, day, positions, count, zones, sliceMinutes, labelZone);
    }

    /**
     * The grid of every session of {@code day}, its axis labelled in {@code labelZone}. (The browser's only call:
     * TeaVM 0.15's wasm backend fails on a {@code mask[i]} whose array it has inlined as a constant null.)
     */
    public static DayGrid of(Schedule schedule, Day day, TimeZones zones, int sliceMinutes, String labelZone) {
        List<Session> sessions = schedule.sessions();
        int[] positions = new int[sessions.size()];
        int count = 0;
        for (int i = 0; i < positions.length; i++) {
            if (schedule.dayOf(sessions.get(i)) == day) {
                positions[count++] = i;
            }
        }
        return new DayGrid(schedule, day, positions, count, zones, sliceMinutes, labelZone);
    }

    /**
     * One grid per day of {@link Schedule#days()}, in that order (so the indexes match), each of the sessions of
     * that day marked in {@code mask} ({@code null} for all); a day without such sessions gets an empty grid.
     */
    public static List<DayGrid> all(Schedule schedule, boolean[] mask, TimeZones zones) {
        List<Session> sessions = schedule.sessions();
        List<Day> days = schedule.days();
        int[] dayOf = new int[sessions.size()];
        int[] counts = new int[days.size()];
        for (int i = 0; i < dayOf.length; i++) {
            dayOf[i] = mask == null || mask[i] ? schedule.dayIndex(i) : -1;
            if (dayOf[i] >= 0) {
                counts[dayOf[i]]++;
            }
        }
        int[][] positions = new int[days.size()][];
        for (int d = 0; d < positions.length; d++) {
            positions[d] = new int[counts[d]];
            counts[d] = 0;
        }
        for (int i = 0; i < dayOf.length; i++) {
            if (dayOf[i] >= 0) {
                positions[dayOf[i]][counts[dayOf[i]]++] = i;
            }
        }
        List<DayGrid> grids = new ArrayList<>(days.size());
        for (int d = 0; d < positions.length; d++) {
            grids.add(new DayGrid(schedule, days.get(d), positions[d], positions[d].length, zones,
                    DEFAULT_SLICE_MINUTES));
        }
        return grids;
    }

    /** @param positions the day's sessions to show, ascending, in {@code positions[0, count)} */
    private DayGrid(Schedule schedule, Day day, int[] positions, int count, TimeZones zones, int sliceMinutes) {
        this(schedule, day, positions, count, zones, sliceMinutes, schedule.conference().timeZone());
    }

    private DayGrid(Schedule schedule, Day day, int[] positions, int count, TimeZones zones, int sliceMinutes,
            String labelZone) {
        if (sliceMinutes < 1 || sliceMinutes > 60 || 60 % sliceMinutes != 0) {
            throw new IllegalArgumentException("a row must be a divisor of 60 minutes long, not " + sliceMinutes);
        }
        this.schedule = schedule;
        this.day = day;
        this.sliceMinutes = sliceMinutes;
        List<Session> sessions = schedule.sessions();
        List<int[]> entries = SameBreaks.group(sessions, positions, count);
        this.entryCount = entries.size();
        this.offsets = new Offsets(sessions, entries, zones, labelZone);

        // Columns.
        List<List<Room>> entryRooms = new ArrayList<>(entries.size());
        this.columns = columns(schedule.rooms(), sessions, entries, entryRooms);
        Map<Room, Integer> columnOf = new HashMap<>();
        for (Column column : columns) {
            if (column.room != null) {
                columnOf.put(column.room, column.index);
            }
        }
        int noRoomColumn = columns.size() - 1;

        if (entries.isEmpty()) {
            axisStart = 0;
            rowCount = 0;
            placements = List.of();
            labels = List.of();
            return;
        }

        // Rows: the axis starts at the earliest start, rounded down to a whole slice of its local time.
        long sliceSeconds = sliceMinutes * 60L;
        ZonedTime earliest = null;
        for (int[] entry : entries) {
            ZonedTime start = sessions.get(entry[0]).start();
            if (earliest == null || start.compareTo(earliest) < 0) {
                earliest = start;
            }
        }
        long localStart = earliest.epochSecond() + earliest.offsetMinutes() * 60L;
        axisStart = localStart - Math.floorMod(localStart, sliceSeconds) - earliest.offsetMinutes() * 60L;

        // Runs: one per entry and run of adjacent columns.
        List<Run> runs = new ArrayList<>(entries.size());
        int[] columnRunCount = new int[columns.size()];
        int rows = 0;
        for (int e = 0; e < entries.size(); e++) {
            int[] members = entries.get(e);
            Session session = sessions.get(members[0]);
            int r0 = (int) Math.floorDiv(session.start().epochSecond() - axisStart, sliceSeconds);
            int r1 = (int) -Math.floorDiv(axisStart - session.end().epochSecond(), sliceSeconds);
            r1 = Math.max(r1, r0 + 1);
            rows = Math.max(rows, r1);
            int[] cols = entryColumns(entryRooms.get(e), columnOf, noRoomColumn);
            int from = 0;
            for (int k = 1; k <= cols.length; k++) {
                if (k == cols.length || cols[k] != cols[k - 1] + 1) {
                    Run run = new Run(e, members, cols[from], k - from, r0, r1);
                    runs.add(run);
                    for (int c = run.column; c < run.column + run.span; c++) {
                        columnRunCount[c]++;
                    }
                    from = k;
                }
            }
        }
        rowCount = rows;

        // Per column: overlapping clusters and lanes.
        Run[][] columnRuns = new Run[columns.size()][];
        for (int c = 0; c < columnRuns.length; c++) {
            columnRuns[c] = new Run[columnRunCount[c]];
            columnRunCount[c] = 0;
        }
        for (Run run : runs) {
            for (int c = run.column; c < run.column + run.span; c++) {
                columnRuns[c][columnRunCount[c]++] = run;
            }
        }
        for (int c = 0; c < columnRuns.length; c++) {
            assignLanes(c, columnRuns[c]);
        }

        // Pieces: a run is split where it shares a column with another session.
        int[] parts = new int[entries.size()];
        List<Placement> pieces = new ArrayList<>(runs.size());
        for (Run run : runs) {
            int k = 0;
            while (k < run.span) {
                if (run.laneCount[k] > 0) {
                    pieces.add(new Placement(run, run.column + k, 1, run.lane[k], run.laneCount[k]));
                    k++;
                } else {
                    int from = k;
                    while (k < run.span && run.laneCount[k] == 0) {
                        k++;
                    }
                    pieces.add(new Placement(run, run.column + from, k - from, 0, 1));
                }
            }
        }
        for (Placement piece : pieces) {
            piece.part = parts[piece.entry]++;
        }
        for (Placement piece : pieces) {
            piece.parts = parts[piece.entry];
        }
        pieces.sort((a, b) -> {
            int c = Integer.compare(a.row, b.row);
            if (c == 0) {
                c = Integer.compare(a.column, b.column);
            }
            return c != 0 ? c : Integer.compare(a.lane, b.lane);
        });
        for (int i = 0; i < pieces.size(); i++) {
            pieces.get(i).index = i;
        }
        placements = List.copyOf(pieces);
        labels = axisLabels();
    }

    private static List<Column> columns(List<Room> scheduleRooms, List<Session> sessions, List<int[]> entries,
            List<List<Room>> entryRooms) {
        Map<Room, Integer> rank = new HashMap<>();
        for (Room room : scheduleRooms) {
            if (!rank.containsKey(room)) {
                rank.put(room, rank.size());
            }
        }
        Room[] byRank = new Room[rank.size()];
        List<Room> unlisted = new ArrayList<>();
        boolean noRoom = false;
        for (int[] members : entries) {
            List<Room> rooms = SameBreaks.rooms(sessions, members);
            entryRooms.add(rooms);
            noRoom |= rooms.isEmpty();
            for (Room room : rooms) {
                Integer r = rank.get(room);
                if (r != null) {
                    byRank[r] = room;
                } else if (!SameBreaks.containsSame(unlisted, room)) {
                    unlisted.add(room);
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (Room room : byRank) {
            if (room != null) {
                columns.add(new Column(columns.size(), room));
            }
        }
        for (Room room : unlisted) {
            columns.add(new Column(columns.size(), room));
        }
        if (noRoom) {
            columns.add(new Column(columns.size(), null));
        }
        return List.copyOf(columns);
    }

    /** The entry's columns, ascending and distinct. */
    private static int[] entryColumns(List<Room> rooms, Map<Room, Integer> columnOf, int noRoomColumn) {
        if (rooms.isEmpty()) {
            return new int[] {noRoomColumn};
        }
        int[] cols = new int[rooms.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = columnOf.get(rooms.get(i));
        }
        for (int i = 1; i < cols.length; i++) { // insertion sort: a session has few rooms
            int c = cols[i];
            int j = i;
            while (j > 0 && cols[j - 1] > c) {
                cols[j] = cols[j - 1];
                j--;
            }
            cols[j] = c;
        }
        int distinct = 1;
        for (int i = 1; i < cols.length; i++) {
            if (cols[i] != cols[distinct - 1]) {
                cols[distinct++] = cols[i];
            }
        }
        return distinct == cols.length ? cols : Arrays.copyOf(cols, distinct);
    }

    /**
     * Sweeps one column's runs in start order; each cluster of overlapping runs (two or more) gets lanes, greedily:
     * a run takes the lowest lane free at its start. Taken in start order, that needs exactly as many lanes as the
     * cluster has runs at once at its busiest (interval graph colouring). A run alone keeps lane count 0 there.
     */
    private static void assignLanes(int column, Run[] runs) {
        if (runs.length < 2) {
            return;
        }
        Arrays.sort(runs, (a, b) -> {
            int c = Integer.compare(a.r0, b.r0);
            if (c == 0) {
                c = Integer.compare(b.r1, a.r1);
            }
            return c != 0 ? c : Integer.compare(a.members[0], b.members[0]);
        });
        int[] laneEnds = new int[runs.length];
        int i = 0;
        while (i < runs.length) {
            int end = runs[i].r1;
            int j = i + 1;
            while (j < runs.length && runs[j].r0 < end) {
                end = Math.max(end, runs[j].r1);
                j++;
            }
            if (j - i > 1) {
                int lanes = 0;
                for (int k = i; k < j; k++) {
                    Run run = runs[k];
                    int lane = 0;
                    while (lane < lanes && laneEnds[lane] > run.r0) {
                        lane++;
                    }
                    if (lane == lanes) {
                        lanes++;
                    }
                    laneEnds[lane] = run.r1;
                    run.lane[column - run.column] = lane;
                }
                for (int k = i; k < j; k++) {
                    runs[k].laneCount[column - runs[k].column] = lanes;
                }
            }
            i = j;
        }
    }

    private List<AxisLabel> axisLabels() {
        List<AxisLabel> result = new ArrayList<>();
        long sliceSeconds = sliceMinutes * 60L;
        for (int row = 0; row < rowCount; row++) {
            long instant = axisStart + row * sliceSeconds;
            ZonedTime time = ZonedTime.of(instant, offsets.at(instant));
            if (time.minuteOfDay() % 30 == 0 && Math.floorMod(instant, 60L) == 0) {
                result.add(new AxisLabel(row, time));
            }
        }
        return List.copyOf(result);
    }

    public Schedule schedule() {
        return schedule;
    }

    public Day day() {
        return day;
    }

    /** Minutes per row. */
    public int sliceMinutes() {
        return sliceMinutes;
    }

    /** Whether no session is shown: no columns, no rows. */
    public boolean isEmpty() {
        return entryCount == 0;
    }

    /** The rooms of the day in display order, then possibly the column of sessions without room. */
    public List<Column> columns() {
        return columns;
    }

    /** How many cards the day has: a session drawn in several parts counts once. */
    public int cardCount() {
        int count = 0;
        for (Placement placement : placements) {
            count += placement.part() == 0 ? 1 : 0;
        }
        return count;
    }

    /**
     * Whether the columns stretch to share the width: up to {@link #FLEXIBLE_COLUMNS} rooms. With dozens there is no
     * spare width to share, and fixed columns spare the browser the flexible sizing over every card (a third of
     * 36C3's day switch); they scroll sideways at their minimum width.
     */
    public boolean stretches() {
        return columns.size() <= FLEXIBLE_COLUMNS;
    }

    /** Whether the last column holds the sessions without room. */
    public boolean hasNoRoomColumn() {
        return !columns.isEmpty() && columns.get(columns.size() - 1).room == null;
    }

    public int rowCount() {
        return rowCount;
    }

    /** When row {@code row} begins (0 … {@link #rowCount()}, the last being the axis end), as an epoch second. */
    public long rowStart(int row) {
        return axisStart + row * sliceMinutes * 60L;
    }

    /** The start of the axis, in the local offset then in force; {@code null} for an empty grid. */
    public ZonedTime axisStart() {
        return isEmpty() ? null : ZonedTime.of(axisStart, offsets.at(axisStart));
    }

    /** The end of the axis (exclusive), in the local offset then in force; {@code null} for an empty grid. */
    public ZonedTime axisEnd() {
        long end = rowStart(rowCount);
        return isEmpty() ? null : ZonedTime.of(end, offsets.at(end));
    }

    /** The row that holds the instant, or -1 when it is outside the axis (e.g. to place a "now" line). */
    public int rowAt(long epochSecond) {
        if (isEmpty() || epochSecond < axisStart || epochSecond >= rowStart(rowCount)) {
            return -1;
        }
        return (int) ((epochSecond - axisStart) / (sliceMinutes * 60L));
    }

    /** Every rectangle to draw, by row, then column, then lane. */
    /** The rooms of all sessions a placement stands for, each once: a break repeated per room lists them all. */
    public List<Room> rooms(Placement placement) {
        return SameBreaks.rooms(schedule.sessions(), placement.members);
    }

    public List<Placement> placements() {
        return placements;
    }

    /** How many sessions are shown, counting a per-room repeated break once. */
    public int entryCount() {
        return entryCount;
    }

    /** The rows that begin on a full or half hour of local time, in row order. */
    public List<AxisLabel> labels() {
        return labels;
    }

    /** A column of the grid: a room, or (only as the last column) the sessions without room. */
    public static final class Column {
        private final int index;
        private final Room room;

        Column(int index, Room room) {
            this.index = index;
            this.room = room;
        }

        /** 0-based; the CSS grid line is {@code index + 1} plus whatever columns come before the rooms. */
        public int index() {
            return index;
        }

        /** The room, or {@code null} for the column of sessions without room. */
        public Room room() {
            return room;
        }

        /** The room's name, empty for the column of sessions without room. */
        public String name() {
            return room == null ? "" : room.name();
        }
    }

    /** One rectangle: a session, or the part of it held in one run of adjacent columns. */
    public static final class Placement {
        private final int entry;
        private final int[] members;
        private final int column;
        private final int columnSpan;
        private final int row;
        private final int rowSpan;
        private final int lane;
        private final int laneCount;
        private int part;
        private int parts;
        private int index;

        Placement(Run run, int column, int columnSpan, int lane, int laneCount) {
            this.entry = run.entry;
            this.members = run.members;
            this.column = column;
            this.columnSpan = columnSpan;
            this.row = run.r0;
            this.rowSpan = run.r1 - run.r0;
            this.lane = lane;
            this.laneCount = laneCount;
        }

        /** Position in {@link DayGrid#placements()}. */
        public int index() {
            return index;
        }

        /** The session, as its position in {@link Schedule#sessions()}. */
        public int session() {
            return members[0];
        }

        /**
         * All sessions this rectangle stands for, ascending: the session itself and, for a break the source repeats
         * per room, its repetitions. Usually one.
         */
        public int[] sessions() {
            return members.clone();
        }

        /** How many sessions it stands for; {@link #member} reads them without the copy {@link #sessions} makes. */
        public int size() {
            return members.length;
        }

        /** The {@code i}-th of {@link #sessions()}. */
        public int member(int i) {
            return members[i];
        }

        /** The first column, 0-based. */
        public int column() {
            return column;
        }

        /** Number of adjacent columns covered, at least 1. */
        public int columnSpan() {
            return columnSpan;
        }

        /** The first row, 0-based. */
        public int row() {
            return row;
        }

        /** Number of rows covered, at least 1. */
        public int rowSpan() {
            return rowSpan;
        }

        /** Which of {@link #laneCount()} equal parts of the column's width the session takes, from 0. */
        public int lane() {
            return lane;
        }

        /** Number of side-by-side lanes in this part of the column: 1 unless sessions overlap there. */
        public int laneCount() {
            return laneCount;
        }

        /** Which placement of the same session this is, from 0, in column order. */
        public int part() {
            return part;
        }

        /** How many placements the session has: 1 unless its rooms are not adjacent or it overlaps in some. */
        public int parts() {
            return parts;
        }
    }

    /** A row of the time axis that begins on a full or half hour. */
    public static final class AxisLabel {
        private final int row;
        private final ZonedTime time;

        AxisLabel(int row, ZonedTime time) {
            this.row = row;
            this.time = time;
        }

        public int row() {
            return row;
        }

        /** When the row begins, in the local offset then in force. */
        public ZonedTime time() {
            return time;
        }

        /** Local {@code HH:MM}. */
        public String text() {
            return time.clock();
        }

        /** Whether this is a full hour (else a half hour). */
        public boolean isHour() {
            return time.minute() == 0;
        }
    }

    /** An entry in one run of adjacent columns, with its lane in each of them (lane count 0 where it is alone). */
    private static final class Run {
        final int entry;
        final int[] members;
        final int column;
        final int span;
        final int r0;
        final int r1;
        final int[] lane;
        final int[] laneCount;

        Run(int entry, int[] members, int column, int span, int r0, int r1) {
            this.entry = entry;
            this.members = members;
            this.column = column;
            this.span = span;
            this.r0 = r0;
            this.r1 = r1;
            this.lane = new int[span];
            this.laneCount = new int[span];
        }
    }

    /**
     * The UTC offset in force at an instant of the axis: from the zone rules when they know the conference's zone;
     * otherwise that of the latest session start or end at or before it (of the earliest before the first). The
     * latter is exact on a day without change of offset; on a day with one it switches at the first session written
     * in the new offset.
     */
    private static final class Offsets {
        private final TimeZones zones;
        private final String zone;
        private final long[] instants;
        private final int[] offsets;

        Offsets(List<Session> sessions, List<int[]> entries, TimeZones zones, String zone) {
            boolean known = zones != null && zone != null && zones.offsetMinutes(zone, 0) != TimeZones.UNKNOWN;
            this.zones = known ? zones : null;
            this.zone = zone;
            ZonedTime[] times = new ZonedTime[entries.size() * 2];
            for (int i = 0; i < times.length; i += 2) {
                Session session = sessions.get(entries.get(i / 2)[0]);
                times[i] = session.start();
                times[i + 1] = session.end();
            }
            Arrays.sort(times, (a, b) -> a.compareTo(b));
            instants = new long[times.length];
            offsets = new int[times.length];
            for (int i = 0; i < times.length; i++) {
                instants[i] = times[i].epochSecond();
                offsets[i] = times[i].offsetMinutes();
            }
        }

        int at(long epochSecond) {
            if (zones != null) {
                int offset = zones.offsetMinutes(zone, epochSecond);
                if (offset != TimeZones.UNKNOWN) {
                    return offset;
                }
            }
            if (instants.length == 0) {
                return 0;
            }
            int lo = 0;
            int hi = instants.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (instants[mid] <= epochSecond) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return offsets[lo];
        }
    }
}

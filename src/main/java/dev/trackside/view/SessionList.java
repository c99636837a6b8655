package dev.trackside.view;

import dev.trackside.model.Day;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list view: sessions grouped by conference day, then by start time, each time slot ordered by room as the
 * schedule lists rooms. Sessions are referred to by their position in {@link Schedule#sessions()}, the same
 * positions a search marks, so filtering only toggles visibility and never rebuilds the list.
 */
public final class SessionList {
    private final List<DayGroup> days = new ArrayList<>();
    private int slotCount;

    public SessionList(Schedule schedule) {
        List<Session> sessions = schedule.sessions();
        Map<Room, Integer> roomRank = new HashMap<>();
        for (Room room : schedule.rooms()) {
            roomRank.put(room, roomRank.size());
        }
        Integer[] order = new Integer[sessions.size()];
        int[] dayOf = new int[sessions.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            dayOf[i] = schedule.dayIndex(i);
        }
        java.util.Arrays.sort(order, (a, b) -> {
            Session x = sessions.get(a);
            Session y = sessions.get(b);
            int c = Integer.compare(dayOf[a], dayOf[b]);
            if (c == 0) {
                c = x.start().compareTo(y.start());
            }
            if (c == 0) {
                c = Integer.compare(rank(roomRank, x), rank(roomRank, y));
            }
            return c != 0 ? c : Integer.compare(a, b);
        });
        DayGroup group = null;
        List<Integer> slot = new ArrayList<>();
        ZonedTime slotStart = null;
        for (int position : order) {
            Session session = sessions.get(position);
            Day day = schedule.days().get(dayOf[position]);
            boolean newDay = group == null || group.day != day;
            if (newDay || session.start().compareTo(slotStart) != 0) {
                if (group != null && !slot.isEmpty()) {
                    group.slots.add(new Slot(slotCount++, slotStart, slot));
                }
                slot = new ArrayList<>();
                slotStart = session.start();
            }
            if (newDay) {
                group = new DayGroup(days.size(), day);
                days.add(group);
            }
            slot.add(position);
        }
        if (group != null && !slot.isEmpty()) {
            group.slots.add(new Slot(slotCount++, slotStart, slot));
        }
    }

    private static int rank(Map<Room, Integer> roomRank, Session session) {
        Integer rank = session.room() == null ? null : roomRank.get(session.room());
        return rank == null ? Integer.MAX_VALUE : rank;
    }

    public List<DayGroup> days() {
        return days;
    }

    /** Number of slots over all days; slots are numbered 0 … slotCount-1 in display order. */
    public int slotCount() {
        return slotCount;
    }

    /**
     * Which slots and days still show something when only the sessions marked in {@code matches} are shown.
     *
     * @param slotVisible out, indexed by {@link Slot#index()}
     * @param dayVisible  out, indexed by {@link DayGroup#index()}
     */
    public void visibility(boolean[] matches, boolean[] slotVisible, boolean[] dayVisible) {
        for (DayGroup day : days) {
            boolean anyInDay = false;
            for (Slot slot : day.slots) {
                boolean any = false;
                for (int position : slot.sessions) {
                    if (matches[position]) {
                        any = true;
                        break;
                    }
                }
                slotVisible[slot.index] = any;
                anyInDay |= any;
            }
            dayVisible[day.index] = anyInDay;
        }
    }

    /** One conference day in the list. */
    public static final class DayGroup {
        private final int index;
        private final Day day;
        private final List<Slot> slots = new ArrayList<>();

        DayGroup(int index, Day day) {
            this.index = index;
            this.day = day;
        }

        public int index() {
            return index;
        }

        public Day day() {
            return day;
        }

        public List<Slot> slots() {
            return slots;
        }
    }

    /** The sessions of one day that start at the same time. */
    public static final class Slot {
        private final int index;
        private final ZonedTime start;
        private final int[] sessions;

        Slot(int index, ZonedTime start, List<Integer> positions) {
            this.index = index;
            this.start = start;
            this.sessions = new int[positions.size()];
            for (int i = 0; i < sessions.length; i++) {
                sessions[i] = positions.get(i);
            }
        }

        public int index() {
            return index;
        }

        public ZonedTime start() {
            return start;
        }

        /** Positions in {@link Schedule#sessions()}, in room order. */
        public int[] sessions() {
            return sessions.clone();
        }

        public int size() {
            return sessions.length;
        }

        public int session(int i) {
            return sessions[i];
        }
    }
}

package dev.trackside.view;

import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of the list view: {@link SessionList}'s days and start-time slots, with each slot's sessions as
 * entries that show a session once however many rooms it is in. A session held in several rooms is one session
 * already; what this adds is that a break the source repeats per room (same title, start and end, kind break, as
 * newer pretalx writes them) becomes one entry in all those rooms instead of one per room.
 *
 * <p>Days, slots and their indexes are {@link SessionList}'s, so {@link SessionList#visibility} still says which
 * slots and days to show; {@link #visibility} adds which entries.
 */
public final class ListBuckets {
    private final Schedule schedule;
    private final SessionList list;
    private final List<List<Entry>> entriesBySlot;
    private final List<Entry> entries = new ArrayList<>();

    public ListBuckets(Schedule schedule) {
        this(schedule, new SessionList(schedule));
    }

    /** @param list the schedule's list, when the caller has one already */
    public ListBuckets(Schedule schedule, SessionList list) {
        this.schedule = schedule;
        this.list = list;
        List<Session> sessions = schedule.sessions();
        entriesBySlot = new ArrayList<>(list.slotCount());
        for (SessionList.DayGroup day : list.days()) {
            for (SessionList.Slot slot : day.slots()) {
                List<Entry> slotEntries = new ArrayList<>();
                for (int[] members : SameBreaks.group(sessions, slot.sessions(), slot.size())) {
                    Entry entry = new Entry(entries.size(), members, SameBreaks.rooms(sessions, members));
                    entries.add(entry);
                    slotEntries.add(entry);
                }
                entriesBySlot.add(List.copyOf(slotEntries));
            }
        }
    }

    public Schedule schedule() {
        return schedule;
    }

    /** The days and slots. */
    public SessionList list() {
        return list;
    }

    /** The slot's entries, in the slot's (room) order. */
    public List<Entry> entries(SessionList.Slot slot) {
        return entriesBySlot.get(slot.index());
    }

    /** Number of entries over all days; entries are numbered 0 … entryCount-1 in display order. */
    public int entryCount() {
        return entries.size();
    }

    /** The entry with this {@link Entry#index()}. */
    public Entry entry(int index) {
        return entries.get(index);
    }

    /**
     * Which entries show when only the sessions marked in {@code matches} are shown: those with a marked session.
     *
     * @param entryVisible out, indexed by {@link Entry#index()}
     */
    public void visibility(boolean[] matches, boolean[] entryVisible) {
        for (Entry entry : entries) {
            boolean any = false;
            for (int position : entry.sessions) {
                any |= matches[position];
            }
            entryVisible[entry.index] = any;
        }
    }

    /** One item of the list: a session, with any per-room repetitions of it. */
    public static final class Entry {
        private final int index;
        private final int[] sessions;
        private final List<Room> rooms;

        Entry(int index, int[] sessions, List<Room> rooms) {
            this.index = index;
            this.sessions = sessions;
            this.rooms = rooms;
        }

        public int index() {
            return index;
        }

        /** The session to show, as its position in {@link Schedule#sessions()}. */
        public int session() {
            return sessions[0];
        }

        /** All sessions the entry stands for, the shown one first; one unless a break is repeated per room. */
        public int[] sessions() {
            return sessions.clone();
        }

        public int size() {
            return sessions.length;
        }

        /** The {@code i}-th of {@link #sessions()}, without copying them. */
        public int member(int i) {
            return sessions[i];
        }

        /** The rooms of all its sessions, each once: the shown session's first, then those of its repetitions. */
        public List<Room> rooms() {
            return rooms;
        }
    }
}

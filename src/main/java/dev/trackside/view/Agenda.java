package dev.trackside.view;

import dev.trackside.model.Day;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "My agenda": the starred sessions by conference day, in time order, with what clashes and the free time between
 * them; and the starred ids the schedule no longer has, to be shown as "no longer in the schedule".
 *
 * <p>Every session whose id is a favourite is in the agenda. Days are those of {@link Schedule#dayOf}, in
 * {@link Schedule#days()} order, only days with a starred session; within a day entries are ordered by start, then
 * end, then position in the schedule. Two sessions <b>clash</b> when each starts before the other ends (ends are
 * exclusive: a talk until 10:00 and one from 10:00 do not clash; a session without length clashes with one running
 * across its instant), on any day. The <b>free time</b> after an entry runs from the latest end of it and of the
 * entries before it on its day to the start of the next entry on that day, when that start is later.
 *
 * <p>The same works for a shared agenda: {@code Agenda.of(schedule, Favourites.of(state.shared()))}.
 */
public final class Agenda {
    private final List<AgendaDay> days;
    private final List<String> missing;
    private final int count;
    private final int clashCount;

    private Agenda(List<AgendaDay> days, List<String> missing, int count, int clashCount) {
        this.days = days;
        this.missing = missing;
        this.count = count;
        this.clashCount = clashCount;
    }

    public static Agenda of(Schedule schedule, Favourites favourites) {
        List<Session> sessions = schedule.sessions();
        boolean[] starred = favourites.mask(schedule);
        List<Integer> chosen = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (int i = 0; i < starred.length; i++) {
            if (starred[i]) {
                chosen.add(i);
                present.add(sessions.get(i).id());
            }
        }
        List<String> missing = new ArrayList<>();
        for (String id : favourites.ids()) {
            if (!present.contains(id)) {
                missing.add(id);
            }
        }

        // Clashes, in one sweep by start: a session can only clash with those that start before it ends.
        Integer[] byStart = chosen.toArray(new Integer[0]);
        Arrays.sort(byStart, (a, b) -> compare(sessions, a, b));
        List<List<Integer>> partners = new ArrayList<>();
        for (int k = 0; k < byStart.length; k++) {
            partners.add(new ArrayList<>());
        }
        int pairs = 0;
        for (int k = 0; k < byStart.length; k++) {
            Session a = sessions.get(byStart[k]);
            for (int m = k + 1; m < byStart.length; m++) {
                Session b = sessions.get(byStart[m]);
                if (b.start().compareTo(a.end()) >= 0) {
                    break;
                }
                if (a.start().compareTo(b.end()) < 0) {
                    partners.get(k).add(byStart[m]);
                    partners.get(m).add(byStart[k]);
                    pairs++;
                }
            }
        }
        int[][] clashes = new int[sessions.size()][];
        for (int k = 0; k < byStart.length; k++) {
            List<Integer> list = partners.get(k);
            int[] positions = new int[list.size()];
            for (int p = 0; p < positions.length; p++) {
                positions[p] = list.get(p);
            }
            clashes[byStart[k]] = positions;
        }

        // Days, and the free time between entries within a day.
        Integer[] byDay = chosen.toArray(new Integer[0]);
        Arrays.sort(byDay, (a, b) -> schedule.dayIndex(a) != schedule.dayIndex(b)
                ? Integer.compare(schedule.dayIndex(a), schedule.dayIndex(b)) : compare(sessions, a, b));
        List<AgendaDay> days = new ArrayList<>();
        List<Entry> entries = null;
        ZonedTime reach = null; // the latest end so far on the day
        for (int k = 0; k < byDay.length; k++) {
            int position = byDay[k];
            Session session = sessions.get(position);
            int day = schedule.dayIndex(position);
            if (entries == null || day != schedule.dayIndex(byDay[k - 1])) {
                entries = new ArrayList<>();
                days.add(new AgendaDay(day, schedule.days().get(day), Collections.unmodifiableList(entries)));
                reach = null;
            } else if (session.start().compareTo(reach) > 0) {
                entries.get(entries.size() - 1).freeUntil(reach, session.start());
            }
            reach = reach == null || session.end().compareTo(reach) > 0 ? session.end() : reach;
            entries.add(new Entry(position, session, clashes[position]));
        }
        return new Agenda(Collections.unmodifiableList(days), Collections.unmodifiableList(missing), byDay.length,
                pairs);
    }

    private static int compare(List<Session> sessions, int a, int b) {
        Session x = sessions.get(a);
        Session y = sessions.get(b);
        int c = x.start().compareTo(y.start());
        if (c == 0) {
            c = x.end().compareTo(y.end());
        }
        return c != 0 ? c : Integer.compare(a, b);
    }

    /** The days with starred sessions, in schedule order. */
    public List<AgendaDay> days() {
        return days;
    }

    /** The starred ids no session of the schedule has ("no longer in the schedule"), in starring order. */
    public List<String> missing() {
        return missing;
    }

    /** How many sessions the agenda shows. */
    public int count() {
        return count;
    }

    /** How many pairs of entries clash. */
    public int clashCount() {
        return clashCount;
    }

    /** One conference day of the agenda. */
    public static final class AgendaDay {
        private final int index;
        private final Day day;
        private final List<Entry> entries;

        AgendaDay(int index, Day day, List<Entry> entries) {
            this.index = index;
            this.day = day;
            this.entries = entries;
        }

        /** The day's index in {@link Schedule#days()}. */
        public int index() {
            return index;
        }

        public Day day() {
            return day;
        }

        /** The day's starred sessions in time order. */
        public List<Entry> entries() {
            return entries;
        }
    }

    /** One starred session, with what it clashes with and the free time after it. */
    public static final class Entry {
        private final int position;
        private final Session session;
        private final int[] clashes;
        private ZonedTime freeFrom;
        private ZonedTime freeUntil;

        Entry(int position, Session session, int[] clashes) {
            this.position = position;
            this.session = session;
            this.clashes = clashes;
        }

        private void freeUntil(ZonedTime from, ZonedTime until) {
            freeFrom = from;
            freeUntil = until;
        }

        /** The session's position in {@link Schedule#sessions()}. */
        public int position() {
            return position;
        }

        public Session session() {
            return session;
        }

        /** The positions of the starred sessions this one clashes with, by start; empty when none. */
        public int[] clashes() {
            return clashes.clone();
        }

        public boolean hasClash() {
            return clashes.length > 0;
        }

        /** When the free time after this entry begins, or {@code null} when the next entry follows at once. */
        public ZonedTime freeFrom() {
            return freeFrom;
        }

        /** When it ends: the next entry's start; {@code null} when there is none, or no free time. */
        public ZonedTime freeUntil() {
            return freeUntil;
        }

        /** The minutes of free time after this entry ("45 min free"), 0 when there are none. */
        public long freeMinutes() {
            return freeFrom == null ? 0 : freeFrom.minutesUntil(freeUntil);
        }
    }
}

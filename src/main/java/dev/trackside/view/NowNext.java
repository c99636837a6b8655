package dev.trackside.view;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Day;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;
import java.util.Arrays;
import java.util.List;

/**
 * What is on at one instant, for the "Now" control: which conference day to show, which sessions are running and
 * when the next ones start. Pure: the instant is given (the browser passes its clock, tests a fixed one).
 *
 * <p><b>Today</b> is the first day (in {@link Schedule#days()} order) whose extent contains the instant, else the
 * first day that begins after it, else the last day. A day's extent is its declared boundaries when the source gives
 * them (frab: 11:00 to 04:00 the next morning), else its date from {@link Schedule#DAY_ROLLOVER_HOUR} (04:00) to
 * 04:00 the next morning in the UTC offset of its first session, the same rule by which {@link Schedule#dayOf} puts a
 * 01:00 session on the evening before; either way widened to cover all of the day's sessions, so that a party
 * running past the end of its day still makes that day today.
 *
 * <p><b>Running</b> are the sessions with {@code start <= now < end}, on any day (a session without length never
 * runs). <b>Next</b> is the earliest start after the instant among today's sessions, with the sessions starting
 * then; none once today's last session has begun.
 */
public final class NowNext {
    private final Schedule schedule;
    private final long now;
    private final int today;
    private final boolean containsNow;
    private final int[] running;
    private final ZonedTime nextStart;
    private final int[] next;

    /** At {@code epochSecond}, over all sessions. */
    public static NowNext at(Schedule schedule, long epochSecond) {
        return new NowNext(schedule, epochSecond, null);
    }

    /**
     * At {@code epochSecond}; running and next consider only the sessions marked in {@code mask} (indexed like
     * {@link Schedule#sessions()}, {@code null} for all); which day is today does not depend on it.
     */
    public static NowNext at(Schedule schedule, long epochSecond, boolean[] mask) {
        return new NowNext(schedule, epochSecond, mask);
    }

    private NowNext(Schedule schedule, long now, boolean[] mask) {
        this.schedule = schedule;
        this.now = now;
        List<Session> sessions = schedule.sessions();
        List<Day> days = schedule.days();
        int[] dayOf = new int[sessions.size()];
        ZonedTime[] firstStart = new ZonedTime[days.size()];
        long[] lastEnd = new long[days.size()];
        int[] running = new int[sessions.size()];
        int runningCount = 0;
        for (int i = 0; i < dayOf.length; i++) {
            Session session = sessions.get(i);
            int d = schedule.dayIndex(i);
            dayOf[i] = d;
            if (firstStart[d] == null) {
                firstStart[d] = session.start();
                lastEnd[d] = session.end().epochSecond();
            } else {
                if (session.start().compareTo(firstStart[d]) < 0) {
                    firstStart[d] = session.start();
                }
                lastEnd[d] = Math.max(lastEnd[d], session.end().epochSecond());
            }
            if ((mask == null || mask[i]) && session.start().epochSecond() <= now
                    && now < session.end().epochSecond()) {
                running[runningCount++] = i;
            }
        }
        this.running = Arrays.copyOf(running, runningCount);

        int fallbackOffset = sessions.isEmpty() ? 0 : sessions.get(0).start().offsetMinutes();
        int containing = -1;
        int after = -1;
        for (int d = 0; d < days.size() && containing < 0; d++) {
            Day day = days.get(d);
            long from;
            long to;
            if (day.start() != null && day.end() != null) {
                from = day.start().epochSecond();
                to = day.end().epochSecond();
            } else {
                int offset = firstStart[d] != null ? firstStart[d].offsetMinutes() : fallbackOffset;
                CivilDate date = day.date();
                from = ZonedTime.ofLocal(date, Schedule.DAY_ROLLOVER_HOUR, 0, 0, offset).epochSecond();
                to = ZonedTime.ofLocal(date.plusDays(1), Schedule.DAY_ROLLOVER_HOUR, 0, 0, offset).epochSecond();
            }
            if (firstStart[d] != null) {
                from = Math.min(from, firstStart[d].epochSecond());
                to = Math.max(to, lastEnd[d]);
            }
            if (from <= now && now < to) {
                containing = d;
            } else if (after < 0 && from > now) {
                after = d;
            }
        }
        this.today = containing >= 0 ? containing : after >= 0 ? after : days.size() - 1;
        this.containsNow = containing >= 0;

        ZonedTime earliest = null;
        int nextCount = 0;
        int[] next = new int[sessions.size()];
        for (int i = 0; i < dayOf.length; i++) {
            ZonedTime start = sessions.get(i).start();
            if (dayOf[i] != today || (mask != null && !mask[i]) || start.epochSecond() <= now) {
                continue;
            }
            int c = earliest == null ? -1 : start.compareTo(earliest);
            if (c < 0) {
                earliest = start;
                nextCount = 0;
            }
            if (c <= 0) {
                next[nextCount++] = i;
            }
        }
        this.nextStart = earliest;
        this.next = Arrays.copyOf(next, nextCount);
    }

    public Schedule schedule() {
        return schedule;
    }

    /** The instant asked about, in epoch seconds. */
    public long now() {
        return now;
    }

    /** The day to show, or {@code null} when the schedule has no days. */
    public Day today() {
        return today < 0 ? null : schedule.days().get(today);
    }

    /** Its index in {@link Schedule#days()}, or -1. */
    public int todayIndex() {
        return today;
    }

    /** Whether the instant falls within today (else today is the next day to come, or the last one past). */
    public boolean containsNow() {
        return containsNow;
    }

    /** The sessions running at the instant, as ascending positions in {@link Schedule#sessions()}. */
    public int[] running() {
        return running.clone();
    }

    public boolean isRunning(int position) {
        for (int r : running) {
            if (r == position) {
                return true;
            }
        }
        return false;
    }

    /** The earliest start after the instant among today's sessions, or {@code null} when none is left. */
    public ZonedTime nextStart() {
        return nextStart;
    }

    /** Today's sessions starting at {@link #nextStart()}, as ascending positions; empty when there is none. */
    public int[] next() {
        return next.clone();
    }
}

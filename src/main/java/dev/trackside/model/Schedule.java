package dev.trackside.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A conference's whole programme. Sessions keep the order of the source; {@link #days()} are sorted by date.
 */
public final class Schedule {
    /** Sessions that start before this local hour belong to the previous conference day, when there is one. */
    public static final int DAY_ROLLOVER_HOUR = 4;

    private final Conference conference;
    private final List<Day> days;
    private final List<Room> rooms;
    private final List<Track> tracks;
    private final List<Speaker> speakers;
    private final List<Session> sessions;
    private final Map<Long, Day> dayByEpochDay = new HashMap<>();
    private final List<Day> boundedDays = new ArrayList<>();
    private final int[] dayIndexes;

    /**
     * @param declaredDays the days the source names; days on which sessions start but which the source does not
     *                     name are added, so every session has a day
     */
    public Schedule(Conference conference, List<Day> declaredDays, List<Room> rooms, List<Track> tracks,
            List<Speaker> speakers, List<Session> sessions) {
        this.conference = conference;
        this.rooms = List.copyOf(rooms);
        this.tracks = List.copyOf(tracks);
        this.speakers = List.copyOf(speakers);
        this.sessions = List.copyOf(sessions);
        for (Day day : declaredDays) {
            dayByEpochDay.put(day.date().epochDay(), day);
            if (day.start() != null && day.end() != null) {
                boundedDays.add(day);
            }
        }
        // Daytime sessions first, so that a 01:00 session finds the evening's day whatever the source order.
        List<Session> early = new ArrayList<>();
        for (Session session : sessions) {
            if (boundedDay(session) == null) {
                if (session.start().hour() >= DAY_ROLLOVER_HOUR) {
                    addUndeclaredDay(session.start().date());
                } else {
                    early.add(session);
                }
            }
        }
        // Then the early-morning ones in local time order, so that each sees the days earlier nights have settled.
        early.sort((a, b) -> Long.compare(localMinute(a), localMinute(b)));
        for (Session session : early) {
            if (!belongsToPreviousDay(session)) {
                addUndeclaredDay(session.start().date());
            }
        }
        List<Day> all = new ArrayList<>(dayByEpochDay.values());
        all.sort((a, b) -> a.date().compareTo(b.date()));
        this.days = List.copyOf(all);
        Map<Day, Integer> dayIndex = new HashMap<>();
        for (Day day : days) {
            dayIndex.put(day, dayIndex.size());
        }
        dayIndexes = new int[this.sessions.size()];
        for (int i = 0; i < dayIndexes.length; i++) {
            dayIndexes[i] = dayIndex.get(dayOf(this.sessions.get(i)));
        }
    }

    /** Minutes since 1970-01-01T00:00 local time (date().epochDay() * 1440 + minuteOfDay(), without the calendar). */
    private static long localMinute(Session session) {
        return Math.floorDiv(session.start().epochSecond() + session.start().offsetMinutes() * 60L, 60L);
    }

    private void addUndeclaredDay(CivilDate date) {
        if (!dayByEpochDay.containsKey(date.epochDay())) {
            dayByEpochDay.put(date.epochDay(), new Day(date, ""));
        }
    }

    /**
     * The declared day whose boundaries hold the session's start, or {@code null}. A start exactly at a day's end
     * (frab's 04:00 closing set of a night that ends at 04:00) belongs to that night unless another day holds it:
     * otherwise the next day's grid would open with seven empty hours before its 11:00 start.
     */
    private Day boundedDay(Session session) {
        Day atEnd = null;
        for (Day day : boundedDays) {
            if (day.contains(session.start())) {
                return day;
            }
            if (atEnd == null && session.start().compareTo(day.end()) == 0) {
                atEnd = day;
            }
        }
        return atEnd;
    }

    private boolean belongsToPreviousDay(Session session) {
        return session.start().hour() < DAY_ROLLOVER_HOUR
                && dayByEpochDay.containsKey(session.start().date().epochDay() - 1);
    }

    public Conference conference() {
        return conference;
    }

    public List<Day> days() {
        return days;
    }

    public List<Room> rooms() {
        return rooms;
    }

    public List<Track> tracks() {
        return tracks;
    }

    public List<Speaker> speakers() {
        return speakers;
    }

    public List<Session> sessions() {
        return sessions;
    }

    /** The index in {@link #days()} of the day of the session at {@code position} in {@link #sessions()}. */
    public int dayIndex(int position) {
        return dayIndexes[position];
    }

    /**
     * The conference day a session belongs to: the day whose declared boundaries hold its start; else the day of
     * its local date, except that a session before {@link #DAY_ROLLOVER_HOUR} stays on the evening before.
     */
    public Day dayOf(Session session) {
        Day bounded = boundedDay(session);
        if (bounded != null) {
            return bounded;
        }
        long epochDay = session.start().date().epochDay();
        if (belongsToPreviousDay(session)) {
            return dayByEpochDay.get(epochDay - 1);
        }
        return dayByEpochDay.get(epochDay);
    }
}

package dev.trackside.parse;

import dev.trackside.model.Conference;
import dev.trackside.model.Day;
import dev.trackside.model.Link;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.model.Track;
import dev.trackside.model.ZonedTime;
import java.util.List;

/** The {@link FirstDay} of a format that lists each day's sessions apart; see there for what alike means. */
final class FirstDayRead implements FirstDay {
    private final ScheduleRead read;

    FirstDayRead(ScheduleRead read) {
        this.read = read;
    }

    @Override
    public ScheduleRead read() {
        return read;
    }

    @Override
    public boolean drawnAlike(Schedule whole, int day) {
        Schedule first = read.schedule();
        if (!sameConference(first.conference(), whole.conference()) || !sameDays(first.days(), whole.days())
                || !roomsBegin(first.rooms(), whole.rooms()) || !tracksBegin(first.tracks(), whole.tracks())) {
            return false;
        }
        List<Session> some = first.sessions();
        List<Session> all = whole.sessions();
        if (some.size() > all.size()) {
            return false;
        }
        for (int i = 0; i < some.size(); i++) {
            if (first.dayIndex(i) != whole.dayIndex(i) || !sameSession(some.get(i), all.get(i))) {
                return false;
            }
        }
        for (int i = some.size(); i < all.size(); i++) {
            if (whole.dayIndex(i) == day) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameConference(Conference a, Conference b) {
        return eq(a.id(), b.id()) && eq(a.name(), b.name()) && eq(a.timeZone(), b.timeZone())
                && eq(a.venue(), b.venue()) && eq(a.url(), b.url());
    }

    private static boolean sameDays(List<Day> a, List<Day> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Day x = a.get(i);
            Day y = b.get(i);
            if (!x.date().equals(y.date()) || !eq(x.name(), y.name()) || !eq(x.start(), y.start())
                    || !eq(x.end(), y.end())) {
                return false;
            }
        }
        return true;
    }

    private static boolean roomsBegin(List<Room> some, List<Room> all) {
        if (some.size() > all.size()) {
            return false;
        }
        for (int i = 0; i < some.size(); i++) {
            if (!sameRoom(some.get(i), all.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean tracksBegin(List<Track> some, List<Track> all) {
        if (some.size() > all.size()) {
            return false;
        }
        for (int i = 0; i < some.size(); i++) {
            if (!sameTrack(some.get(i), all.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameSession(Session a, Session b) {
        if (!a.id().equals(b.id()) || !a.title().equals(b.title()) || a.kind() != b.kind()
                || !a.start().equals(b.start()) || !a.end().equals(b.end()) || !sameTrack(a.track(), b.track())
                || !eq(a.abstractText(), b.abstractText()) || !eq(a.language(), b.language())
                || !eq(a.level(), b.level()) || !a.tags().equals(b.tags())
                || a.rooms().size() != b.rooms().size() || a.speakers().size() != b.speakers().size()
                || a.links().size() != b.links().size()) {
            return false;
        }
        for (int i = 0; i < a.rooms().size(); i++) {
            if (!sameRoom(a.rooms().get(i), b.rooms().get(i))) {
                return false;
            }
        }
        for (int i = 0; i < a.speakers().size(); i++) {
            Speaker x = a.speakers().get(i);
            Speaker y = b.speakers().get(i);
            if (!x.id().equals(y.id()) || !x.name().equals(y.name())) {
                return false;
            }
        }
        for (int i = 0; i < a.links().size(); i++) {
            Link x = a.links().get(i);
            Link y = b.links().get(i);
            if (!eq(x.title(), y.title()) || !eq(x.url(), y.url())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameRoom(Room a, Room b) {
        return a.id().equals(b.id()) && a.name().equals(b.name());
    }

    private static boolean sameTrack(Track a, Track b) {
        return a == null ? b == null : b != null && a.id().equals(b.id()) && a.name().equals(b.name())
                && eq(a.color(), b.color());
    }

    private static boolean eq(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }
}

package dev.trackside.parse;

import dev.trackside.model.Conference;
import dev.trackside.model.Day;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Track;
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
                || !begins(first.rooms(), whole.rooms(), FirstDayRead::sameRoom)
                || !begins(first.tracks(), whole.tracks(), FirstDayRead::sameTrack)) {
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

    /** Whether two rooms, tracks … are the same for what a viewer shows. */
    private interface Same<T> {
        boolean same(T a, T b);
    }

    /** Whether {@code some} are {@code all}'s first ones (all of them, when the sizes are equal). */
    private static <T> boolean begins(List<T> some, List<T> all, Same<T> same) {
        if (some.size() > all.size()) {
            return false;
        }
        for (int i = 0; i < some.size(); i++) {
            if (!same.same(some.get(i), all.get(i))) {
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
        return begins(a.rooms(), b.rooms(), FirstDayRead::sameRoom)
                && begins(a.speakers(), b.speakers(), (x, y) -> x.id().equals(y.id()) && x.name().equals(y.name()))
                && begins(a.links(), b.links(), (x, y) -> eq(x.title(), y.title()) && eq(x.url(), y.url()));
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

package dev.trackside.view;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Day;
import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;

/** English labels for times and days, in the schedule's own offsets (the conference's local time). */
public final class TimeText {
    private TimeText() {
    }

    /** {@code 09:00–09:40}; a session without length shows its start only. */
    public static String range(Session session) {
        if (session.end().compareTo(session.start()) == 0) {
            return session.start().clock();
        }
        return session.start().clock() + "\u2013" + session.end().clock();
    }

    /** {@code Monday 23 September}; {@link Messages#date} gives it in other languages. */
    public static String date(CivilDate date) {
        return Messages.ENGLISH.date(date);
    }

    /** {@code Sunday 22 September · Tutorials}. */
    public static String dayHeading(Day day) {
        String date = date(day.date());
        return day.name().isEmpty() ? date : date + " \u00b7 " + day.name();
    }

    /** {@code UTC−07:00}, with a real minus sign. */
    public static String utcOffset(ZonedTime time) {
        String text = time.offsetText();
        return "UTC" + (text.charAt(0) == '-' ? "\u2212" + text.substring(1) : text);
    }
}

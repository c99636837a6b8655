package dev.trackside.view;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Kind;
import dev.trackside.model.Schedule;

/**
 * The viewer's texts in one language: English, or German for a German-speaking visitor.
 *
 * <pre>
 * Messages m = Messages.forLanguage(navigatorLanguage);    // "de-AT" gives German, anything else English
 * m.text(Msg.CLEAR_FILTERS)                               // "Filter zurücksetzen"
 * m.format(Msg.NO_MATCH, "orm")                           // "Kein Programmpunkt passt zu „orm“."
 * m.count(Msg.SESSIONS_ONE, Msg.SESSIONS_OTHER, 1)        // "1 Programmpunkt"
 * </pre>
 *
 * <p>Placeholders are {@code {0}} to {@code {9}}; one without an argument stays as written. Numbers are written
 * with plain digits.
 */
public final class Messages {
    public static final Messages ENGLISH = new Messages("en", null);

    private static final int[] WEEKDAYS = {Msg.MONDAY, Msg.TUESDAY, Msg.WEDNESDAY, Msg.THURSDAY, Msg.FRIDAY,
        Msg.SATURDAY, Msg.SUNDAY};
    private static final int[] MONTHS = {Msg.JANUARY, Msg.FEBRUARY, Msg.MARCH, Msg.APRIL, Msg.MAY, Msg.JUNE,
        Msg.JULY, Msg.AUGUST, Msg.SEPTEMBER, Msg.OCTOBER, Msg.NOVEMBER, Msg.DECEMBER};

    private final String language;
    /** The texts by {@link Msg} key; null for English ({@link Msg}'s own), and English where one is null. */
    private final String[] texts;

    private Messages(String language, String[] texts) {
        this.language = language;
        this.texts = texts;
    }

    /**
     * German for a language tag {@code de}, {@code de-…} or {@code de_…} in any case ({@code navigator.language},
     * {@code <html lang>}), English for anything else, {@code null} included.
     */
    public static Messages forLanguage(String tag) {
        return isGerman(tag) ? of("de", GermanTexts.texts()) : ENGLISH;
    }

    /** Whether {@link #forLanguage} gives German for {@code tag}. */
    public static boolean isGerman(String tag) {
        return tag != null && tag.length() >= 2 && (tag.charAt(0) | 0x20) == 'd' && (tag.charAt(1) | 0x20) == 'e'
                && (tag.length() == 2 || tag.charAt(2) == '-' || tag.charAt(2) == '_');
    }

    /**
     * A language's texts, indexed by {@link Msg} key (English where one is null): {@link GermanTexts}, or the
     * wasm engines' copy of them loaded with the page.
     */
    public static Messages of(String language, String[] texts) {
        return new Messages(language, texts);
    }

    /** {@code en} or {@code de}, for the page's {@code lang} attribute. */
    public String language() {
        return language;
    }

    public String text(int key) {
        String text = texts != null ? texts[key] : null;
        return text != null ? text : Msg.ENGLISH[key];
    }

    /** The text with {@code {0}}, {@code {1}} … replaced by the arguments. */
    public String format(int key, String... args) {
        String pattern = text(key);
        int open = pattern.indexOf('{');
        if (open < 0) {
            return pattern;
        }
        StringBuilder sb = new StringBuilder(pattern.length() + 32);
        int from = 0;
        for (; open >= 0; open = pattern.indexOf('{', open + 1)) {
            int index = open + 2 < pattern.length() && pattern.charAt(open + 2) == '}'
                    ? pattern.charAt(open + 1) - '0' : -1;
            if (index >= 0 && index <= 9 && index < args.length) {
                sb.append(pattern, from, open).append(args[index]);
                from = open + 3;
            }
        }
        return sb.append(pattern, from, pattern.length()).toString();
    }

    /** {@code one} for a count of 1, else {@code other}: the rule of both languages (0 takes the plural). */
    public int plural(int one, int other, int n) {
        return n == 1 ? one : other;
    }

    /** The counted text with the count as {@code {0}}: {@code 1 session}, {@code 3 sessions}. */
    public String count(int one, int other, int n) {
        return format(plural(one, other, n), Integer.toString(n));
    }

    /** {@code 42 sessions} when all are shown, else {@code 3 of 42 sessions}. */
    public String sessionCount(int shown, int total) {
        if (shown == total) {
            return count(Msg.SESSIONS_ONE, Msg.SESSIONS_OTHER, total);
        }
        return format(plural(Msg.MATCHES_ONE, Msg.MATCHES_OTHER, total), Integer.toString(shown),
                Integer.toString(total));
    }

    /**
     * The line saying which zone the schedule's times are in, the conference's:
     * {@code Times are local to the conference (America/Los_Angeles), UTC−07:00.}
     */
    public String conferenceZone(Schedule schedule) {
        String zone = schedule.conference().timeZone();
        if (zone == null) {
            return text(Msg.TIMES_AS_PUBLISHED);
        } else if (schedule.sessions().isEmpty()) {
            return format(Msg.TIMES_CONFERENCE, zone);
        } else if (zone.startsWith("Etc/") || zone.equals("UTC")) {
            // A zone derived from the offsets ("Etc/GMT-1") means nothing to a visitor; the offset does.
            return format(Msg.TIMES_CONFERENCE, TimeText.utcOffset(schedule.sessions().get(0).start()));
        }
        return format(Msg.TIMES_CONFERENCE_OFFSET, zone, TimeText.utcOffset(schedule.sessions().get(0).start()));
    }

    /** {@code 2 items skipped, 1 warning}, leaving out a count of 0; {@code ""} when both are 0. */
    public String readingSummary(int skipped, int flagged) {
        String skips = skipped > 0 ? count(Msg.SKIPPED_ONE, Msg.SKIPPED_OTHER, skipped) : "";
        String flags = flagged > 0 ? count(Msg.WARNINGS_ONE, Msg.WARNINGS_OTHER, flagged) : "";
        return skips.isEmpty() || flags.isEmpty() ? skips + flags : skips + ", " + flags;
    }

    /** The kind's label: {@code Talk}, {@code Vortrag}. */
    public String kind(Kind kind) {
        switch (kind) {
            case TALK:
                return text(Msg.KIND_TALK);
            case KEYNOTE:
                return text(Msg.KIND_KEYNOTE);
            case TUTORIAL:
                return text(Msg.KIND_TUTORIAL);
            case LIGHTNING:
                return text(Msg.KIND_LIGHTNING);
            case WORKSHOP:
                return text(Msg.KIND_WORKSHOP);
            case SPRINT:
                return text(Msg.KIND_SPRINT);
            case SOCIAL:
                return text(Msg.KIND_SOCIAL);
            case BREAK:
                return text(Msg.KIND_BREAK);
            default:
                return text(Msg.KIND_OTHER);
        }
    }

    /** {@code Monday 23 September}, {@code Montag, 23. September}. */
    public String date(CivilDate date) {
        return format(Msg.DATE, text(WEEKDAYS[date.dayOfWeek() - 1]), Integer.toString(date.day()),
                text(MONTHS[date.month() - 1]));
    }

    /** {@code 45 min}, {@code 2 h}, {@code 1 h 30 min} (German {@code Min.}, {@code Std.}); negative counts as 0. */
    public String duration(int minutes) {
        int m = Math.max(0, minutes);
        if (m < 60) {
            return format(Msg.DURATION_MINUTES, Integer.toString(m));
        }
        String hours = Integer.toString(m / 60);
        return m % 60 == 0 ? format(Msg.DURATION_HOURS, hours)
                : format(Msg.DURATION_HOURS_MINUTES, hours, Integer.toString(m % 60));
    }
}

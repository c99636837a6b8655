package dev.trackside.parse;

import dev.trackside.model.CivilDate;

/**
 * A local date and time of day written without UTC offset, as Sessionize writes them ({@code 2024-04-20T09:00:00}).
 * It names a moment only together with a time zone: see {@link ScheduleAssembler#wallClock}.
 */
final class WallClock {
    final CivilDate date;
    final int hour;
    final int minute;
    final int second;

    WallClock(CivilDate date, int hour, int minute, int second) {
        this.date = date;
        this.hour = hour;
        this.minute = minute;
        this.second = second;
    }

    /**
     * Parses {@code YYYY-MM-DDTHH:MM}, optionally with {@code :SS} and a fraction (dropped), {@code T} or a space
     * between date and time. Returns {@code null} for anything else, including a text with an offset.
     */
    static WallClock parse(String text) {
        if (text == null) {
            return null;
        }
        text = text.trim();
        if (text.length() < 16) {
            return null;
        }
        CivilDate date = CivilDate.parse(text.substring(0, 10));
        char sep = text.charAt(10);
        if (date == null || sep != 'T' && sep != 't' && sep != ' ' || text.charAt(13) != ':') {
            return null;
        }
        int hour = digits(text, 11);
        int minute = digits(text, 14);
        int second = 0;
        int pos = 16;
        if (pos < text.length() && text.charAt(pos) == ':') {
            second = text.length() >= pos + 3 ? digits(text, pos + 1) : -1;
            pos += 3;
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                    pos++;
                }
            }
        }
        if (pos != text.length() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        return new WallClock(date, hour, minute, second);
    }

    /** Two decimal digits at {@code at}, or -1. */
    private static int digits(String text, int at) {
        char a = text.charAt(at);
        char b = text.charAt(at + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }

    /** {@code 2024-03-31T02:30:00}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(19).append(date).append('T');
        pad(sb, hour).append(':');
        pad(sb, minute).append(':');
        return pad(sb, second).toString();
    }

    private static StringBuilder pad(StringBuilder sb, int n) {
        return sb.append(n < 10 ? "0" : "").append(n);
    }
}

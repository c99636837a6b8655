package dev.trackside.model;

/**
 * An instant together with the UTC offset the schedule gave for it, i.e. a local wall-clock time that knows where
 * it is on the global time line. {@code 2019-09-23T09:00-07:00} is 09:00 local and 16:00 UTC.
 *
 * <p>Not {@code java.time.OffsetDateTime}: that pulls about 0.6 MB of java.time into the browser build.
 */
public final class ZonedTime implements Comparable<ZonedTime> {
    private static final int MAX_OFFSET_MINUTES = 18 * 60;

    private final long epochSecond;
    private final int offsetMinutes;

    private ZonedTime(long epochSecond, int offsetMinutes) {
        this.epochSecond = epochSecond;
        this.offsetMinutes = offsetMinutes;
    }

    public static ZonedTime of(long epochSecond, int offsetMinutes) {
        if (Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) {
            throw new IllegalArgumentException("offset out of range: " + offsetMinutes);
        }
        return new ZonedTime(epochSecond, offsetMinutes);
    }

    /** The instant of a local date and wall-clock time at the given offset. */
    public static ZonedTime ofLocal(CivilDate date, int hour, int minute, int second, int offsetMinutes) {
        long local = date.epochDay() * 86400L + hour * 3600L + minute * 60L + second;
        return of(local - offsetMinutes * 60L, offsetMinutes);
    }

    /**
     * Parses an ISO-8601 date-time with offset: {@code 2019-09-23T09:00-07:00}, {@code 2019-09-23T09:00:00+02:00},
     * {@code 2019-09-23T16:00:00.000Z}; {@code +0200} is accepted too. Returns {@code null} for anything else,
     * including a date-time without an offset, because a time without one cannot be placed on the time line.
     */
    public static ZonedTime parse(String text) {
        if (text == null || text.length() < 17) {
            return null;
        }
        CivilDate date = CivilDate.parse(text.substring(0, 10));
        char sep = text.charAt(10);
        if (date == null || (sep != 'T' && sep != 't') || text.charAt(13) != ':') {
            return null;
        }
        int hour = Digits.read(text, 11, 2);
        int minute = Digits.read(text, 14, 2);
        int pos = 16;
        int second = 0;
        if (pos < text.length() && text.charAt(pos) == ':') {
            second = Digits.read(text, pos + 1, 2);
            pos += 3;
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                    pos++;
                }
            }
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int offset = parseOffset(text, pos);
        if (offset == Integer.MIN_VALUE) {
            return null;
        }
        return ofLocal(date, hour, minute, second, offset);
    }

    /** Offset in minutes from {@code Z}, {@code ±HH:MM} or {@code ±HHMM} filling the rest of the text. */
    private static int parseOffset(String text, int pos) {
        int rest = text.length() - pos;
        if (rest == 1 && (text.charAt(pos) == 'Z' || text.charAt(pos) == 'z')) {
            return 0;
        }
        if (rest != 5 && rest != 6) {
            return Integer.MIN_VALUE;
        }
        char sign = text.charAt(pos);
        if (sign != '+' && sign != '-') {
            return Integer.MIN_VALUE;
        }
        int hours = Digits.read(text, pos + 1, 2);
        int minutesAt = rest == 6 ? pos + 4 : pos + 3;
        if (rest == 6 && text.charAt(pos + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        int minutes = Digits.read(text, minutesAt, 2);
        int total = hours * 60 + minutes;
        if (hours < 0 || minutes < 0 || minutes > 59 || total > MAX_OFFSET_MINUTES) {
            return Integer.MIN_VALUE;
        }
        return sign == '-' ? -total : total;
    }

    public long epochSecond() {
        return epochSecond;
    }

    public int offsetMinutes() {
        return offsetMinutes;
    }

    private long localSecond() {
        return epochSecond + offsetMinutes * 60L;
    }

    /** The local calendar date. */
    public CivilDate date() {
        return CivilDate.ofEpochDay(Math.floorDiv(localSecond(), 86400L));
    }

    /** Minutes since local midnight, 0–1439. */
    public int minuteOfDay() {
        return (int) (Math.floorMod(localSecond(), 86400L) / 60);
    }

    public int hour() {
        return minuteOfDay() / 60;
    }

    public int minute() {
        return minuteOfDay() % 60;
    }

    public ZonedTime plusMinutes(long minutes) {
        return new ZonedTime(epochSecond + minutes * 60, offsetMinutes);
    }

    /** Whole minutes from this time to {@code later} (negative if it is earlier). */
    public long minutesUntil(ZonedTime later) {
        return Math.floorDiv(later.epochSecond - epochSecond, 60L);
    }

    /** Local {@code HH:MM}. */
    public String clock() {
        StringBuilder sb = new StringBuilder(5);
        Digits.append(sb, hour(), 2);
        sb.append(':');
        Digits.append(sb, minute(), 2);
        return sb.toString();
    }

    /** {@code +HH:MM} / {@code -HH:MM}; {@code Z} is never used so that the local offset stays visible. */
    public String offsetText() {
        return formatOffset(offsetMinutes);
    }

    public static String formatOffset(int offsetMinutes) {
        StringBuilder sb = new StringBuilder(6);
        sb.append(offsetMinutes < 0 ? '-' : '+');
        int abs = Math.abs(offsetMinutes);
        Digits.append(sb, abs / 60, 2);
        sb.append(':');
        Digits.append(sb, abs % 60, 2);
        return sb.toString();
    }

    /** Orders by instant; two equal instants with different offsets compare equal here. */
    @Override
    public int compareTo(ZonedTime other) {
        return Long.compare(epochSecond, other.epochSecond);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ZonedTime)) {
            return false;
        }
        ZonedTime t = (ZonedTime) o;
        return t.epochSecond == epochSecond && t.offsetMinutes == offsetMinutes;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(epochSecond) * 31 + offsetMinutes;
    }

    /** ISO-8601 with offset, seconds always present: {@code 2019-09-23T09:00:00-07:00}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(25);
        sb.append(date()).append('T').append(clock()).append(':');
        Digits.append(sb, (int) Math.floorMod(localSecond(), 60L), 2);
        return sb.append(offsetText()).toString();
    }
}

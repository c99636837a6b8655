package dev.trackside.model;

/**
 * A calendar date without a time zone (proleptic Gregorian), counted in days since 1970-01-01.
 *
 * <p>Hand-written instead of {@code java.time.LocalDate}: java.time adds about 0.6 MB to the browser build, and
 * the conversions we need are a few lines of arithmetic (Howard Hinnant's days-from-civil algorithm).
 */
public final class CivilDate implements Comparable<CivilDate> {
    private final int year;
    private final int month;
    private final int day;
    private final long epochDay;

    private CivilDate(int year, int month, int day, long epochDay) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.epochDay = epochDay;
    }

    public static CivilDate of(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            throw new IllegalArgumentException("no such date: " + year + "-" + month + "-" + day);
        }
        return new CivilDate(year, month, day, daysFromCivil(year, month, day));
    }

    public static CivilDate ofEpochDay(long epochDay) {
        long z = epochDay + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return new CivilDate((int) y, m, d, epochDay);
    }

    /** Parses {@code YYYY-MM-DD}; returns {@code null} when the text is not such a date. */
    public static CivilDate parse(String text) {
        if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int y = Digits.read(text, 0, 4);
        int m = Digits.read(text, 5, 2);
        int d = Digits.read(text, 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > lengthOfMonth(y, m)) {
            return null;
        }
        return new CivilDate(y, m, d, daysFromCivil(y, m, d));
    }

    static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    public int year() {
        return year;
    }

    public int month() {
        return month;
    }

    public int day() {
        return day;
    }

    public long epochDay() {
        return epochDay;
    }

    /** ISO day of week: 1 = Monday … 7 = Sunday. */
    public int dayOfWeek() {
        // 1970-01-01 was a Thursday (4).
        return (int) Math.floorMod(epochDay + 3, 7) + 1;
    }

    public CivilDate plusDays(long days) {
        return ofEpochDay(epochDay + days);
    }

    @Override
    public int compareTo(CivilDate other) {
        return Long.compare(epochDay, other.epochDay);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CivilDate && ((CivilDate) o).epochDay == epochDay;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(epochDay);
    }

    /** {@code YYYY-MM-DD}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(10);
        Digits.append(sb, year, 4);
        sb.append('-');
        Digits.append(sb, month, 2);
        sb.append('-');
        Digits.append(sb, day, 2);
        return sb.toString();
    }
}

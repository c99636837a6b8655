package dev.trackside.model;

/**
 * Time-zone rules, supplied by the platform: java.time on the JVM, {@code Intl} in the browser. The core has no
 * zone database of its own (java.time's would add about 0.6 MB to the browser build).
 */
public interface TimeZones {
    /** Returned by {@link #offsetMinutes} for a zone the platform does not know. */
    int UNKNOWN = Integer.MIN_VALUE;

    /** Rules that know no zone: checks that need them are skipped. */
    TimeZones NONE = (zone, epochSecond) -> UNKNOWN;

    /** The zone's UTC offset at that instant, in minutes, or {@link #UNKNOWN}. */
    int offsetMinutes(String zone, long epochSecond);

    /**
     * The instant of a local wall-clock time in {@code zone}, or {@code null} when the zone is unknown. Resolves
     * transitions as java.time does: in an overlap (autumn) the earlier instant, in a gap (spring) the time is
     * moved forward by the length of the gap.
     */
    default ZonedTime atLocal(String zone, CivilDate date, int hour, int minute, int second) {
        long local = date.epochDay() * 86400L + hour * 3600L + minute * 60L + second;
        int guess = offsetMinutes(zone, local);
        if (guess == UNKNOWN) {
            return null;
        }
        int a = offsetMinutes(zone, local - guess * 60L);
        int b = offsetMinutes(zone, local - a * 60L);
        int offset;
        if (a == b) {
            offset = a;
        } else {
            boolean aValid = offsetMinutes(zone, local - a * 60L) == a;
            boolean bValid = offsetMinutes(zone, local - b * 60L) == b;
            offset = aValid && bValid ? Math.max(a, b) : aValid ? a : bValid ? b : Math.min(a, b);
        }
        long instant = local - offset * 60L;
        return ZonedTime.of(instant, offsetMinutes(zone, instant)); // in a gap, the offset after it
    }
}

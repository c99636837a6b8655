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
        // The offsets in force well before and well after: a local time is at most 18 h from its instant, and no
        // zone changes its offset twice within a day and a half.
        int before = offsetMinutes(zone, local - 18 * 3600L);
        int after = offsetMinutes(zone, local + 18 * 3600L);
        if (before == UNKNOWN || after == UNKNOWN) {
            return null;
        }
        boolean beforeValid = offsetMinutes(zone, local - before * 60L) == before;
        boolean afterValid = offsetMinutes(zone, local - after * 60L) == after;
        int offset;
        if (beforeValid && afterValid) {
            offset = Math.max(before, after); // an overlap, or no change at all: the earlier instant
        } else if (beforeValid || afterValid) {
            offset = beforeValid ? before : after;
        } else {
            offset = before; // a gap: the instant the clock would show had it not jumped
        }
        long instant = local - offset * 60L;
        return ZonedTime.of(instant, offsetMinutes(zone, instant)); // in a gap, the offset after it
    }
}

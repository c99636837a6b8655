package dev.trackside.view;

import dev.trackside.model.TimeZones;
import dev.trackside.model.ZonedTime;

/**
 * Shows a schedule's times in another zone, e.g. the visitor's own: each instant gets the offset that zone has at
 * that instant, so a day that crosses a daylight-saving change shows each side with its own offset.
 */
public final class ZoneShift {
    private static final ZoneShift NONE = new ZoneShift(null, null);

    private final TimeZones zones;
    private final String zone;

    private ZoneShift(TimeZones zones, String zone) {
        this.zones = zones;
        this.zone = zone;
    }

    /** Times as the schedule gives them (the conference's local time). */
    public static ZoneShift none() {
        return NONE;
    }

    /** Times in {@code zone}; a zone the rules do not know leaves times as given. */
    public static ZoneShift to(TimeZones zones, String zone) {
        return zone == null || zones == null ? NONE : new ZoneShift(zones, zone);
    }

    /** The zone shown, or {@code null} for the schedule's own times. */
    public String zone() {
        return zone;
    }

    public ZonedTime apply(ZonedTime time) {
        if (zone == null) {
            return time;
        }
        int offset = zones.offsetMinutes(zone, time.epochSecond());
        return offset == TimeZones.UNKNOWN ? time : ZonedTime.of(time.epochSecond(), offset);
    }
}

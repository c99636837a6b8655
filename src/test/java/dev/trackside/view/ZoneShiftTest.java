package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.TimeZones;
import dev.trackside.model.ZonedTime;
import org.junit.jupiter.api.Test;

class ZoneShiftTest {
    @Test
    void eachInstantGetsTheOffsetTheVisitorsZoneHasThen() {
        // Berlin leaves summer time at 2019-10-27T01:00Z; a talk at 01:30+02:00 and one at 02:30+01:00 are two
        // hours apart though their clocks differ by one.
        ZoneShift berlin = ZoneShift.to(JavaTimeZones.INSTANCE, "Europe/Berlin");
        ZoneShift tokyo = ZoneShift.to(JavaTimeZones.INSTANCE, "Asia/Tokyo");
        ZonedTime first = ZonedTime.parse("2019-10-26T19:30-04:00");
        ZonedTime second = ZonedTime.parse("2019-10-26T21:30-04:00");
        assertEquals("2019-10-27T01:30:00+02:00", berlin.apply(first).toString());
        assertEquals("2019-10-27T02:30:00+01:00", berlin.apply(second).toString());
        assertEquals("2019-10-27T08:30:00+09:00", tokyo.apply(first).toString());
        assertEquals("2019-10-27T10:30:00+09:00", tokyo.apply(second).toString());
    }

    @Test
    void noZoneOrAnUnknownOneLeavesTimesAsPublished() {
        ZonedTime time = ZonedTime.parse("2019-09-23T10:30-07:00");
        assertSame(time, ZoneShift.none().apply(time));
        assertNull(ZoneShift.to(JavaTimeZones.INSTANCE, null).zone());
        assertEquals(time, ZoneShift.to(JavaTimeZones.INSTANCE, "Mars/Olympus_Mons").apply(time));
        assertEquals(time, ZoneShift.to(TimeZones.NONE, "Europe/Berlin").apply(time));
    }
}

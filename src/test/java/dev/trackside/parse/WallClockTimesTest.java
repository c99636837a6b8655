package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.CivilDate;
import dev.trackside.model.Session;
import dev.trackside.model.TimeZones;
import dev.trackside.model.ZonedTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Times written without UTC offset: parsed by {@link WallClock}, placed by {@link ScheduleAssembler#wallClock}. */
class WallClockTimesTest {
    private static final CivilDate SPRING_FORWARD = CivilDate.of(2024, 3, 31); // Vienna: 02:00 CET -> 03:00 CEST
    private static final CivilDate FALL_BACK = CivilDate.of(2024, 10, 27); // Vienna: 03:00 CEST -> 02:00 CET

    @Test
    void parsesSessionizeStyleTimesWithAndWithoutSecondsAndFractions() {
        assertEquals("2024-04-20T09:00:00", WallClock.parse("2024-04-20T09:00:00").toString());
        assertEquals("2024-04-20T09:05:00", WallClock.parse("2024-04-20T09:05").toString());
        assertEquals("2024-04-20T23:59:07", WallClock.parse("2024-04-20 23:59:07.250").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024-04-20", "2024-04-20T9:00", "2024-04-20T24:00:00", "2024-02-30T09:00:00",
        "2024-04-20T09:00:00+02:00", "2024-04-20T09:00:00Z", "2024-04-20T09:00:0", "20.04.2024 09:00"})
    void rejectsWhatIsNotALocalDateTime(String text) {
        assertNull(WallClock.parse(text));
    }

    @Test
    void withoutZoneTheTimeFloatsAndTheScheduleSaysSoOnce() {
        ScheduleAssembler a = new ScheduleAssembler(JavaTimeZones.INSTANCE);
        ZonedTime start = a.wallClock(CivilDate.of(2024, 4, 20), 9, 0, 0, null, "$.sessions[0].startsAt");
        ZonedTime end = a.wallClock(CivilDate.of(2024, 4, 20), 9, 45, 0, null, "$.sessions[0].endsAt");
        draft(a, start, end);
        ScheduleRead read = a.build("test");

        assertEquals("2024-04-20T09:00:00+00:00", start.toString()); // the clock time as written
        assertNull(read.schedule().conference().timeZone());
        assertEquals(1, read.warnings().size(), read.warnings().toString()); // no zone-missing besides
        Warning warning = read.warnings().get(0);
        assertEquals(WarningCode.FLOATING_TIMES, warning.code());
        assertEquals("$.sessions[0].startsAt", warning.path());
        assertTrue(warning.message().contains("no time zone was given"), warning.message());
    }

    @Test
    void aKnownZonePlacesTheTimeAndBecomesTheSchedulesZone() {
        ScheduleAssembler a = new ScheduleAssembler(JavaTimeZones.INSTANCE);
        ZonedTime start = a.wallClock(CivilDate.of(2024, 4, 20), 9, 0, 0, "Europe/Vienna", "$.a");
        draft(a, start, null);
        ScheduleRead read = a.build("test");

        assertEquals("2024-04-20T09:00:00+02:00", start.toString());
        assertEquals("Europe/Vienna", read.schedule().conference().timeZone());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void aZoneThePlatformDoesNotKnowLeavesTheTimesFloating() {
        for (TimeZones zones : new TimeZones[] {JavaTimeZones.INSTANCE, TimeZones.NONE}) {
            ScheduleAssembler a = new ScheduleAssembler(zones);
            ZonedTime start = a.wallClock(CivilDate.of(2024, 4, 20), 9, 0, 0, "Europe/Vienna-ish", "$.a");
            draft(a, start, null);
            ScheduleRead read = a.build("test");

            assertEquals("2024-04-20T09:00:00+00:00", start.toString());
            assertNull(read.schedule().conference().timeZone());
            assertEquals(1, read.count(WarningCode.FLOATING_TIMES));
            assertTrue(read.warnings().get(0).message().contains("\"Europe/Vienna-ish\" is not one"),
                    read.warnings().get(0).message());
        }
    }

    @Test
    void aSessionAcrossTheSpringChangeLastsItsRealLength() {
        ScheduleAssembler a = new ScheduleAssembler(JavaTimeZones.INSTANCE);
        ZonedTime start = a.wallClock(SPRING_FORWARD, 1, 30, 0, "Europe/Vienna", "$.a");
        ZonedTime end = a.wallClock(SPRING_FORWARD, 3, 30, 0, "Europe/Vienna", "$.b");
        draft(a, start, end);
        ScheduleRead read = a.build("test");

        Session session = read.schedule().sessions().get(0);
        assertEquals("2024-03-31T01:30:00+01:00", session.start().toString());
        assertEquals("2024-03-31T03:30:00+02:00", session.end().toString());
        assertEquals(60, session.durationMinutes()); // two hours on the clock, one in reality
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void aTimeTheSpringChangeSkipsMovesForwardWithAWarning() {
        ScheduleAssembler a = new ScheduleAssembler(JavaTimeZones.INSTANCE);
        ZonedTime start = a.wallClock(SPRING_FORWARD, 2, 30, 0, "Europe/Vienna", "$.sessions[3].startsAt");
        draft(a, start, null);
        ScheduleRead read = a.build("test");

        assertEquals("2024-03-31T03:30:00+02:00", start.toString()); // as java.time resolves a gap
        assertEquals(1, read.warnings().size(), read.warnings().toString());
        Warning warning = read.warnings().get(0);
        assertEquals(WarningCode.DST_LOCAL_TIME, warning.code());
        assertEquals("$.sessions[3].startsAt", warning.path());
        assertTrue(warning.message().contains("\"2024-03-31T02:30:00\" does not exist"), warning.message());
    }

    @Test
    void aTimeTheAutumnChangeRepeatsTakesTheFirstWithAWarning() {
        ScheduleAssembler a = new ScheduleAssembler(JavaTimeZones.INSTANCE);
        ZonedTime start = a.wallClock(FALL_BACK, 2, 30, 0, "Europe/Vienna", "$.a");
        ZonedTime later = a.wallClock(FALL_BACK, 3, 30, 0, "Europe/Vienna", "$.b");
        draft(a, start, later);
        ScheduleRead read = a.build("test");

        assertEquals("2024-10-27T02:30:00+02:00", start.toString()); // the earlier of the two 02:30s
        assertEquals("2024-10-27T03:30:00+01:00", later.toString()); // 03:30 happens once
        assertEquals(120, start.minutesUntil(later));
        assertEquals(1, read.count(WarningCode.DST_LOCAL_TIME), read.warnings().toString());
        assertTrue(read.warnings().get(0).message().contains("happens twice"), read.warnings().get(0).message());
    }

    private static void draft(ScheduleAssembler a, ZonedTime start, ZonedTime end) {
        ScheduleAssembler.Draft d = a.session("$.sessions[0]");
        d.id = "s";
        d.title = "Session";
        d.start = start;
        d.end = end;
    }
}

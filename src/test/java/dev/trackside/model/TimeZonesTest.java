package dev.trackside.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.trackside.cli.JavaTimeZones;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link TimeZones#atLocal} resolves local times as java.time does, including across daylight-saving changes. */
class TimeZonesTest {
    @ParameterizedTest
    @CsvSource({
        "Europe/Vienna, 2024-03-30T12:00", // spring forward: 02:00 -> 03:00
        "Europe/Vienna, 2024-10-26T12:00", // fall back: 03:00 -> 02:00
        "America/New_York, 2024-03-09T12:00",
        "America/New_York, 2024-11-02T12:00",
        "Australia/Lord_Howe, 2024-04-06T12:00", // a 30-minute change
        "Australia/Lord_Howe, 2024-10-05T12:00",
        "America/St_Johns, 2024-11-02T12:00", // -03:30 / -02:30
        "Pacific/Apia, 2011-12-29T00:00", // 30 December 2011 did not happen in Samoa
        "Asia/Kathmandu, 2024-06-01T00:00",
    })
    void everyQuarterHourOfTwoDaysMatchesJavaTime(String zone, String from) {
        ZoneId id = ZoneId.of(zone);
        LocalDateTime local = LocalDateTime.parse(from);
        for (int i = 0; i < 2 * 24 * 4; i++, local = local.plusMinutes(15)) {
            ZonedDateTime expected = local.atZone(id);
            ZonedTime actual = JavaTimeZones.INSTANCE.atLocal(zone, CivilDate.of(local.getYear(),
                    local.getMonthValue(), local.getDayOfMonth()), local.getHour(), local.getMinute(), 0);
            assertEquals(expected.toEpochSecond(), actual.epochSecond(), zone + " " + local);
            assertEquals(expected.getOffset().getTotalSeconds() / 60, actual.offsetMinutes(), zone + " " + local);
        }
    }

    @Test
    void unknownZoneGivesNull() {
        assertNull(JavaTimeZones.INSTANCE.atLocal("Mars/Olympus_Mons", CivilDate.of(2024, 1, 1), 9, 0, 0));
        assertNull(TimeZones.NONE.atLocal("Europe/Vienna", CivilDate.of(2024, 1, 1), 9, 0, 0));
    }
}

package dev.trackside.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZonedTimeTest {
    private static final DateTimeFormatter WITH_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    @ParameterizedTest
    @ValueSource(strings = {"2019-09-23T09:00-07:00", "2019-09-23T09:00:00-07:00", "2019-09-23T09:00:59-07:00",
        "2019-09-23T16:00:00.000Z", "2019-09-23T16:00:00.123456789Z", "2019-09-23T16:00Z", "2019-09-23t16:00z",
        "2019-09-23T09:00+02:00", "2019-09-23T23:59:59+14:00", "2019-09-23T00:00-12:00", "2019-09-23T05:30+05:30",
        "2019-09-23T09:00-00:00", "2019-09-23T09:00+18:00", "2019-09-23T09:00-18:00", "1969-12-31T23:59:59Z",
        "2000-02-29T12:00+01:00"})
    void parseAgreesWithOffsetDateTime(String text) {
        assertSameAsJavaTime(OffsetDateTime.parse(text), ZonedTime.parse(text), text);
    }

    @ParameterizedTest
    @CsvSource({"2019-09-23T09:00+0200, 2019-09-23T09:00+02:00", "2019-09-23T09:00-0730, 2019-09-23T09:00-07:30",
        "2019-09-23T09:00:30+0000, 2019-09-23T09:00:30Z"})
    void compactOffsetWithoutColonIsAccepted(String compact, String iso) {
        // Documented in ZonedTime.parse; java.time's ISO parser would need the colon.
        assertSameAsJavaTime(OffsetDateTime.parse(iso), ZonedTime.parse(compact), compact);
    }

    @Test
    void parseRoundTripsTenThousandRandomTimesAgainstOffsetDateTime() {
        Random random = new Random(20190923);
        for (int i = 0; i < 10_000; i++) {
            long epochSecond = -2_208_988_800L + (long) (random.nextDouble() * 6_343_000_000L); // 1900…2100
            int offsetMinutes = random.nextInt(2 * 18 * 60 + 1) - 18 * 60;
            OffsetDateTime ref = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epochSecond),
                    ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
            // OffsetDateTime.toString drops zero seconds and writes Z, so both shapes get exercised.
            String text = ref.toString();
            ZonedTime parsed = ZonedTime.parse(text);
            assertSameAsJavaTime(ref, parsed, text);
            assertEquals(WITH_SECONDS.format(ref), parsed.toString(), text);
            assertEquals(parsed, ZonedTime.parse(parsed.toString()), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"9am", "2019-09-23T09:00", "2019-09-23T09:00:00", "2019-09-23 09:00-07:00",
        "2019-09-23T9:00-07:00", "2019-09-23T09-07:00", "2019-09-23T24:00-07:00", "2019-09-23T09:60-07:00",
        "2019-09-23T09:00:60-07:00", "2019-09-23T09:00+18:01", "2019-09-23T09:00+18:30", "2019-09-23T09:00+19:00",
        "2019-09-23T09:00-07", "2019-09-23T09:00-7:00", "2019-09-23T09:00-07:0", "2019-09-23T09:00+02:60",
        "2019-09-23T09:00 -07:00", "2019-09-23T09:00-07:00 ", " 2019-09-23T09:00-07:00", "2019-09-23T09:00-07:00Z",
        "2019-09-23T09:00-07-00", "2019-09-23T09:00GMT", "2019-02-29T09:00Z", "2019-09-23T09:00:00,5Z",
        "2019-09-23", "", "2019-09-23T09:00:Z"})
    void parseRejectsAnythingThatIsNotIsoWithOffset(String text) {
        // The separator must be T (ISO-8601 as docs/format.md says), and without an offset a time has no instant.
        assertNull(ZonedTime.parse(text));
    }

    @Test
    void parseOfNullIsNull() {
        assertNull(ZonedTime.parse(null));
    }

    @Test
    void clockAndDateAreLocalToTheGivenOffset() {
        ZonedTime t = ZonedTime.parse("2019-09-23T22:15-07:00"); // 05:15 UTC on the 24th
        assertEquals("22:15", t.clock());
        assertEquals("2019-09-23", t.date().toString());
        assertEquals(22 * 60 + 15, t.minuteOfDay());
        assertEquals(22, t.hour());
        assertEquals(15, t.minute());
        assertEquals(-420, t.offsetMinutes());
        assertEquals("-07:00", t.offsetText());
    }

    @Test
    void positiveOffsetCanPutTheLocalDateAfterTheUtcDate() {
        ZonedTime t = ZonedTime.parse("2019-09-23T01:30+02:00"); // 23:30 UTC on the 22nd
        assertEquals(OffsetDateTime.parse("2019-09-22T23:30Z").toEpochSecond(), t.epochSecond());
        assertEquals("2019-09-23", t.date().toString());
        assertEquals(90, t.minuteOfDay());
    }

    @Test
    void minuteOfDayWrapsAtLocalMidnight() {
        ZonedTime evening = ZonedTime.parse("2019-09-23T23:30-07:00");
        ZonedTime after = evening.plusMinutes(45);
        assertEquals("00:15", after.clock());
        assertEquals(15, after.minuteOfDay());
        assertEquals("2019-09-24", after.date().toString());
        assertEquals(45, evening.minutesUntil(after));
        assertEquals(-45, after.minutesUntil(evening));
    }

    @Test
    void timesBefore1970UseFloorDivision() {
        // A truncating division would give minute -1 or the wrong day here.
        ZonedTime t = ZonedTime.parse("1969-12-31T23:59-00:00");
        assertEquals(1439, t.minuteOfDay());
        assertEquals("1969-12-31", t.date().toString());
        assertEquals("23:59", t.clock());
    }

    @Test
    void toStringAlwaysHasSecondsAndANumericOffset() {
        assertEquals("2019-09-23T09:00:00-07:00", ZonedTime.parse("2019-09-23T09:00-07:00").toString());
        assertEquals("2019-09-23T16:00:00+00:00", ZonedTime.parse("2019-09-23T16:00Z").toString());
        assertEquals("2019-09-23T05:30:00+05:30", ZonedTime.parse("2019-09-23T05:30+0530").toString());
    }

    @Test
    void sameInstantWithDifferentOffsetsComparesEqualButIsNotEqual() {
        ZonedTime pacific = ZonedTime.parse("2019-09-23T09:00-07:00");
        ZonedTime utc = ZonedTime.parse("2019-09-23T16:00Z");
        assertEquals(0, pacific.compareTo(utc));
        assertNotEquals(pacific, utc);
        assertEquals(pacific, ZonedTime.parse("2019-09-23T09:00:00-07:00"));
    }

    @Test
    void ofRejectsOffsetsBeyondEighteenHours() {
        assertThrows(IllegalArgumentException.class, () -> ZonedTime.of(0, 18 * 60 + 1));
        assertNotNull(ZonedTime.of(0, -18 * 60));
    }

    @Test
    void formatOffsetPadsAndSigns() {
        assertEquals("+00:00", ZonedTime.formatOffset(0));
        assertEquals("-09:30", ZonedTime.formatOffset(-570));
        assertEquals("+13:45", ZonedTime.formatOffset(825));
    }

    private static void assertSameAsJavaTime(OffsetDateTime expected, ZonedTime actual, String text) {
        assertNotNull(actual, text);
        assertEquals(expected.toEpochSecond(), actual.epochSecond(), text);
        assertEquals(expected.getOffset().getTotalSeconds() / 60, actual.offsetMinutes(), text);
        assertEquals(expected.toLocalDate().toString(), actual.date().toString(), text);
        assertEquals(expected.getHour() * 60 + expected.getMinute(), actual.minuteOfDay(), text);
        assertEquals(expected.toLocalTime().toString().substring(0, 5), actual.clock(), text);
    }
}

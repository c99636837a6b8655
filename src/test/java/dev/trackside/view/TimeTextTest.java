package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Day;
import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeTextTest {
    @Test
    void rangeUsesAnEnDash() {
        assertEquals("09:00\u201309:40", TimeText.range(session("2019-09-23T09:00-07:00", 40)));
    }

    @Test
    void zeroLengthSessionShowsItsStartOnly() {
        assertEquals("09:00", TimeText.range(session("2019-09-23T09:00-07:00", 0)));
    }

    @Test
    void rangeAcrossMidnightShowsLocalClocks() {
        assertEquals("23:30\u201300:15", TimeText.range(session("2019-09-23T23:30-07:00", 45)));
    }

    @Test
    void rangeIsInTheSchedulesOwnOffsetNotTheViewers() {
        // 16:00 UTC written at -07:00 shows as 09:00, whatever the JVM's default zone.
        assertEquals("09:00\u201310:00", TimeText.range(session("2019-09-23T09:00-07:00", 60)));
        assertEquals("16:00\u201317:00", TimeText.range(session("2019-09-23T16:00Z", 60)));
    }

    @Test
    void dateAgreesWithJavaTimeInEnglishForEveryDayOfSomeYears() {
        DateTimeFormatter english = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
        for (int year : new int[] {2017, 2019, 2024, 2100}) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                assertEquals(english.format(d), TimeText.date(CivilDate.parse(d.toString())), d.toString());
            }
        }
    }

    @Test
    void dayHeadingAddsTheDaysNameAfterAMiddleDot() {
        assertEquals("Sunday 22 September \u00b7 Tutorials",
                TimeText.dayHeading(new Day(CivilDate.parse("2019-09-22"), "Tutorials")));
    }

    @Test
    void dayHeadingWithoutNameIsTheDateOnly() {
        assertEquals("Monday 23 September", TimeText.dayHeading(new Day(CivilDate.parse("2019-09-23"), null)));
        assertEquals("Monday 23 September", TimeText.dayHeading(new Day(CivilDate.parse("2019-09-23"), "")));
    }

    @ParameterizedTest
    @CsvSource({"2019-09-23T09:00-07:00, UTC\u221207:00", "2019-09-23T09:00+05:30, UTC+05:30",
        "2019-09-23T09:00Z, UTC+00:00", "2019-09-23T09:00-00:30, UTC\u221200:30", "2019-09-23T09:00+14:00, UTC+14:00"})
    void utcOffsetUsesARealMinusSign(String time, String expected) {
        assertEquals(expected, TimeText.utcOffset(ZonedTime.parse(time)));
    }

    private static Session session(String start, int minutes) {
        ZonedTime time = ZonedTime.parse(start);
        return Session.builder("s", "S").time(time, time.plusMinutes(minutes)).build();
    }
}

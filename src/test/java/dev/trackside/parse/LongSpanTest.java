package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Day;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.TimeZones;
import dev.trackside.view.DayGrid;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sessions and days that last years. The grid has a row per five minutes from a day's first start to its last end,
 * so before the 31-day limit a session "ending" in 9999 (or frab's {@code "P5000000D"}) made DayGrid build hundreds
 * of millions of rows: the page froze. Every format now keeps a session and a day's hours to 31 days.
 */
class LongSpanTest {
    private static final long MAX_ROWS = 2 * 31 * 24 * 12 + 24 * 12; // two spans of 31 days and a day, 5-min rows

    private static final String FRAB = "{\"schedule\": {\"conference\": {\"title\": \"X\", \"time_zone_name\": "
            + "\"Europe/Berlin\", \"days\": [{\"date\": \"2024-01-01\", \"rooms\": {\"A\": [{\"guid\": \"g\", "
            + "\"title\": \"T\", \"date\": \"2024-01-01T10:00:00+01:00\", \"duration\": \"DURATION\"}]}}]}}}";
    private static final String PRETALX = "{\"talks\": [{\"code\": \"A\", \"title\": \"T\", \"start\": "
            + "\"2024-01-01T10:00:00+01:00\", \"end\": \"END\", \"room\": 1}], \"rooms\": [{\"id\": 1, \"name\": "
            + "\"R\"}], \"timezone\": \"Europe/Berlin\"}";
    private static final String SESSIONIZE = "{\"sessions\": [{\"id\": \"1\", \"title\": \"T\", \"startsAt\": "
            + "\"2024-01-01T10:00:00\", \"endsAt\": \"END\", \"roomId\": 1}], \"speakers\": [], \"categories\": [], "
            + "\"rooms\": [{\"id\": 1, \"name\": \"R\"}]}";

    @ParameterizedTest
    @ValueSource(strings = {"P5000000D", "P9999999D", "99999:59", "P32D"})
    void aFrabEventOfYearsIsShownWithoutLength(String duration) {
        ScheduleRead read = readAndLayOut(FRAB.replace("DURATION", duration));
        Session event = read.schedule().sessions().get(0);
        assertEquals(0, event.durationMinutes());
        assertEquals(1, read.count(WarningCode.LONG_DURATION));
        assertTrue(read.warnings().get(0).message().contains("more than 31 days; shown at its start, without length"),
                read.warnings().toString());
    }

    @Test
    void aFrabEventOfThirtyOneDaysIsKept() {
        ScheduleRead read = readAndLayOut(FRAB.replace("DURATION", "P31D"));
        assertEquals(31 * 24 * 60, read.schedule().sessions().get(0).durationMinutes());
        assertEquals(1, read.count(WarningCode.LONG_DURATION)); // over 16 hours, still flagged
    }

    @Test
    void pretalxAndSessionizeEndsInTheYear9999AreDropped() {
        ScheduleRead pretalx = readAndLayOut(PRETALX.replace("END", "9999-12-31T23:59:00+01:00"));
        assertEquals(0, pretalx.schedule().sessions().get(0).durationMinutes());
        assertEquals(1, pretalx.count(WarningCode.LONG_DURATION));
        ScheduleRead sessionize = readAndLayOut(SESSIONIZE.replace("END", "9999-12-31T23:59:00"));
        assertEquals(0, sessionize.schedule().sessions().get(0).durationMinutes());
        assertEquals(1, sessionize.count(WarningCode.LONG_DURATION));
    }

    @Test
    void aTracksideEndMoreThan31DaysAfterTheStartIsAnError() {
        String json = MinimalDoc.valid().sessionWithout(1, "duration").session(1, "end", "\"9999-12-31T23:59-12:00\"")
                .json();
        ScheduleException e = assertThrows(ScheduleException.class, () -> Schedules.parse(json));
        assertEquals("$.sessions[1].end: ends (9999-12-31T23:59:00-12:00) more than 31 days after it starts "
                + "(2026-09-22T09:30:00-07:00)", e.getMessage());
        // 31 days exactly is the longest, as for "duration".
        Schedule schedule = Schedules.parse(MinimalDoc.valid().sessionWithout(1, "duration")
                .session(1, "end", "\"2026-10-23T09:30-07:00\"").json());
        assertEquals(44640, schedule.sessions().get(1).durationMinutes());
    }

    @Test
    void aSessionEndingAfterTheYear9999IsAnErrorOrWithoutLength() {
        // Found by ParserPropertyTest: the end was written as "10000-01-01T00:39:59-12:00", which convert then
        // wrote and our own reader rejected.
        ScheduleException e = assertThrows(ScheduleException.class, () -> Schedules.parse(MinimalDoc.valid()
                .session(1, "start", "\"9999-12-31T23:59:59-12:00\"").json()));
        assertEquals("$.sessions[1].duration: ends after the year 9999 (10000-01-01T00:39:59-12:00)",
                e.getMessage());
        ScheduleRead frab = readAndLayOut(FRAB.replace("2024-01-01T10:00:00+01:00", "9999-12-31T23:00:00+01:00")
                .replace("DURATION", "2:00"));
        assertEquals(0, frab.schedule().sessions().get(0).durationMinutes());
        assertTrue(frab.warnings().get(0).message().endsWith("ends after the year 9999; shown at its start, without "
                + "length"), frab.warnings().toString());
        ScheduleRead late = readAndLayOut("{\"schedule\": {\"conference\": {\"title\": \"X\", \"days\": [{\"date\": "
                + "\"9999-12-31\", \"day_start\": \"9999-12-31T10:00:00+01:00\", \"day_end\": "
                + "\"9999-12-31T22:00:00+01:00\", \"rooms\": {\"A\": [{\"title\": \"After midnight\", \"start\": "
                + "\"01:00\", \"duration\": \"0:30\"}]}}]}}}");
        assertEquals(0, late.schedule().sessions().size());
        assertEquals(1, late.count(WarningCode.SKIPPED_BAD_TIME), late.warnings().toString());
    }

    @Test
    void aTracksideDayOfMoreThan31DaysIsAnError() {
        String json = MinimalDoc.valid().set("days", "[{\"date\": \"2026-09-22\", \"start\": \"2026-09-22T08:00-07:00\","
                + " \"end\": \"2099-09-22T08:00-07:00\"}]").json();
        ScheduleException e = assertThrows(ScheduleException.class, () -> Schedules.parse(json));
        assertEquals("$.days[0].end", e.path());
        assertTrue(e.problem().contains("more than 31 days after it starts"), e.problem());
    }

    @Test
    void aFrabDayOfYearsLosesItsHours() {
        // One day from 2024 to 2099 would hold every event between, on one grid of 75 years.
        String frab = "{\"schedule\": {\"conference\": {\"title\": \"X\", \"days\": [{\"date\": \"2024-01-01\", "
                + "\"day_start\": \"2024-01-01T10:00:00+01:00\", \"day_end\": \"2099-01-01T04:00:00+01:00\", "
                + "\"rooms\": {\"A\": [{\"guid\": \"a\", \"title\": \"A\", \"date\": \"2024-01-01T10:00:00+01:00\", "
                + "\"duration\": \"0:30\"}, {\"guid\": \"b\", \"title\": \"B\", \"date\": "
                + "\"2098-12-31T10:00:00+01:00\", \"duration\": \"0:30\"}]}}]}}}";
        ScheduleRead read = readAndLayOut(frab);
        assertEquals(2, read.schedule().days().size(), "each event on its own date");
        assertEquals(1, read.count(WarningCode.BAD_VALUE));
        assertEquals("$.schedule.conference.days[0].day_end", read.warnings().get(0).path());
    }

    /** Reads, then lays out every day (in milliseconds; 10 s allows for a loaded machine), each with a bounded number of rows. */
    private static ScheduleRead readAndLayOut(String text) {
        ScheduleRead read = Schedules.read(text, TimeZones.NONE);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (Day day : read.schedule().days()) {
                DayGrid grid = DayGrid.of(read.schedule(), day);
                assertTrue(grid.rowCount() <= MAX_ROWS, grid.rowCount() + " rows");
            }
        });
        return read;
    }
}

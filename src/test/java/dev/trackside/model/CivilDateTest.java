package dev.trackside.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// java.time is the reference here; the core itself must not use it (see CoreDependencyTest).
class CivilDateTest {
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    @Test
    void everyDayFrom1900To2100AgreesWithLocalDate() {
        int checked = 0;
        for (LocalDate ref = FIRST; !ref.isAfter(LAST); ref = ref.plusDays(1)) {
            String iso = ref.toString();
            CivilDate fromEpoch = CivilDate.ofEpochDay(ref.toEpochDay());
            assertEquals(ref.getYear(), fromEpoch.year(), iso);
            assertEquals(ref.getMonthValue(), fromEpoch.month(), iso);
            assertEquals(ref.getDayOfMonth(), fromEpoch.day(), iso);
            assertEquals(ref.getDayOfWeek().getValue(), fromEpoch.dayOfWeek(), iso);
            assertEquals(iso, fromEpoch.toString());

            CivilDate fromFields = CivilDate.of(ref.getYear(), ref.getMonthValue(), ref.getDayOfMonth());
            assertEquals(ref.toEpochDay(), fromFields.epochDay(), iso);

            CivilDate parsed = CivilDate.parse(iso);
            assertNotNull(parsed, iso);
            assertEquals(ref.toEpochDay(), parsed.epochDay(), iso);
            assertEquals(fromEpoch, parsed, iso);
            assertEquals(iso, parsed.toString());
            checked++;
        }
        assertEquals(LAST.toEpochDay() - FIRST.toEpochDay() + 1, checked);
    }

    @Test
    void parseAcceptsExactlyTheDatesLocalDateAccepts() {
        // Every year-month-day combination, including month 0/13 and day 0/32, in the same range.
        for (int y = 1900; y <= 2100; y++) {
            for (int m = 0; m <= 13; m++) {
                for (int d = 0; d <= 32; d++) {
                    String text = y + "-" + two(m) + "-" + two(d);
                    boolean valid;
                    try {
                        LocalDate.of(y, m, d);
                        valid = true;
                    } catch (DateTimeException e) {
                        valid = false;
                    }
                    assertEquals(valid, CivilDate.parse(text) != null, text);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-02-29", "2019-13-01", "2019-00-10", "2019-04-31", "2019-01-00", "1900-02-29",
        "2019-1-01", "2019-01-1", "19-01-01", "2019/01/01", "2019-01-01T", " 2019-01-01", "2019-01-0a", "+019-01-01",
        "-019-01-01", "", "not a date"})
    void parseRejectsWhatIsNotAnIsoDate(String text) {
        assertNull(CivilDate.parse(text));
    }

    @Test
    void parseOfNullIsNull() {
        assertNull(CivilDate.parse(null));
    }

    @Test
    void leapDayFollowsTheGregorianCenturyRule() {
        // Divisible by 400 is leap, by 100 is not.
        assertNotNull(CivilDate.parse("2000-02-29"));
        assertNull(CivilDate.parse("2100-02-29"));
        assertNotNull(CivilDate.parse("2024-02-29"));
    }

    @Test
    void ofRejectsNonexistentDates() {
        assertThrows(IllegalArgumentException.class, () -> CivilDate.of(2019, 2, 29));
        assertThrows(IllegalArgumentException.class, () -> CivilDate.of(2019, 13, 1));
        assertThrows(IllegalArgumentException.class, () -> CivilDate.of(2019, 4, 31));
    }

    @Test
    void epochDayZeroIs1970January1stAThursday() {
        CivilDate date = CivilDate.ofEpochDay(0);
        assertEquals("1970-01-01", date.toString());
        assertEquals(4, date.dayOfWeek());
    }

    @Test
    void plusDaysCrossesMonthAndYearEnds() {
        assertEquals("2020-03-01", CivilDate.parse("2020-02-28").plusDays(2).toString());
        assertEquals("2020-01-01", CivilDate.parse("2019-12-31").plusDays(1).toString());
        assertEquals("1969-12-31", CivilDate.parse("1970-01-01").plusDays(-1).toString());
    }

    @Test
    void orderAndEqualityFollowTheCalendar() {
        CivilDate a = CivilDate.parse("2019-09-22");
        CivilDate b = CivilDate.parse("2019-09-23");
        assertTrue(a.compareTo(b) < 0);
        assertTrue(b.compareTo(a) > 0);
        assertEquals(0, a.compareTo(CivilDate.of(2019, 9, 22)));
        assertEquals(a, CivilDate.of(2019, 9, 22));
        assertEquals(a.hashCode(), CivilDate.of(2019, 9, 22).hashCode());
        assertNotEquals(a, b);
    }

    @Test
    void toStringPadsSmallYearsToFourDigits() {
        assertEquals("0099-01-05", CivilDate.of(99, 1, 5).toString());
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}

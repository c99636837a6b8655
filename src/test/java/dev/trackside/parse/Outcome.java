package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.trackside.cli.JavaTimeZones;
import dev.trackside.ical.IcsWriter;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.query.SessionSearch;
import dev.trackside.view.Agenda;
import dev.trackside.view.DayGrid;
import dev.trackside.view.Facets;
import dev.trackside.view.Favourites;
import dev.trackside.view.ListBuckets;
import dev.trackside.view.ViewState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a document gives the page: a schedule (with warnings) or a {@link ScheduleException}, and nothing else. A
 * schedule is then also laid out (grid, list), indexed for search and filters, made an agenda of every session,
 * written as iCalendar and converted to our own format and read back strictly, as the page and {@code convert}
 * would, so that an input that reads but breaks a later step fails here too.
 */
final class Outcome {
    final ScheduleRead read;
    final ScheduleException error;

    private Outcome(ScheduleRead read, ScheduleException error) {
        this.read = read;
        this.error = error;
    }

    /** Reads {@code text}; fails the test on any throwable but a {@link ScheduleException}, naming the input. */
    static Outcome of(String text) {
        ScheduleRead read;
        try {
            read = Schedules.read(text, JavaTimeZones.INSTANCE);
        } catch (ScheduleException e) {
            assertExplained(e, text);
            return new Outcome(null, e);
        } catch (RuntimeException | Error e) {
            throw new AssertionError("not a ScheduleException: " + e + " for " + shown(text), e);
        }
        try {
            use(read);
        } catch (RuntimeException | Error e) {
            throw new AssertionError("read, but then " + e + " for " + shown(text), e);
        }
        return new Outcome(read, null);
    }

    /** What the page does with a schedule; each step must not throw. */
    static void use(ScheduleRead read) {
        Schedule schedule = read.schedule();
        assertNotNull(schedule.conference().name());
        for (Warning warning : read.warnings()) {
            assertNotNull(warning.path(), warning.toString());
            assertFalse(warning.message().isEmpty(), warning.toString());
        }
        for (DayGrid grid : DayGrid.all(schedule, null, JavaTimeZones.INSTANCE)) {
            assertTrue(grid.rowCount() <= 20_000, grid.rowCount() + " rows");
        }
        SessionSearch search = new SessionSearch(schedule);
        boolean[] matches = new boolean[schedule.sessions().size()];
        search.match("a \"b c\" -d room:x", matches);
        Arrays.fill(matches, true);
        new ListBuckets(schedule);
        new Facets(schedule).count(matches, ViewState.DEFAULT);
        List<String> ids = new ArrayList<>();
        for (Session session : schedule.sessions()) {
            ids.add(session.id());
        }
        Agenda.of(schedule, Favourites.of(ids));
        IcsWriter.write(schedule, schedule.sessions(), 0, "https://trackside.example/");
        if (schedule.conference().timeZone() == null) {
            // Floating times: convert asks for --tz rather than write a document our format cannot hold.
            assertThrows(IllegalArgumentException.class, () -> TracksideWriter.write(schedule));
            return;
        }
        String converted = TracksideWriter.write(schedule);
        try {
            Schedules.parse(converted);
        } catch (ScheduleException e) {
            fail("convert wrote a document our own reader rejects: " + e.getMessage() + "\n" + shown(converted));
        }
    }

    /** An error names what is wrong, and where: a line and column, or a JSON path (or both). */
    static void assertExplained(ScheduleException e, String text) {
        assertNotNull(e.getMessage());
        assertFalse(e.problem().isEmpty(), "an empty problem for " + shown(text));
        boolean empty = e.problem().equals("the document is empty");
        assertTrue(empty || e.line() > 0 || e.path() != null, "no position or path: " + e.getMessage());
        assertTrue(e.line() == 0 || e.column() > 0, e.getMessage());
        assertTrue(e.getMessage().length() < 600, "a message of " + e.getMessage().length() + " chars");
        assertFalse(e.getMessage().contains("JsonReader") || e.getMessage().contains("LENIENT")
                || e.getMessage().contains("strict mode"), "Gson's words: " + e.getMessage());
    }

    boolean failed() {
        return error != null;
    }

    static String shown(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text;
    }
}

package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.Corpus;
import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.CivilDate;
import dev.trackside.model.Day;
import dev.trackside.model.Schedule;
import dev.trackside.parse.Schedules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The grid of 36C3 (92 rooms, days from 11:00 to 04:00, 117 overlapping pairs in one room, a zero-length event),
 * read in place from the corpus with the project's frab reader. How fast it lays out is the benchmark's business.
 */
class DayGridCorpusTest {
    @Test
    void congressDaysKeepTheInvariants() throws IOException {
        Schedule schedule = congress();
        assertEquals(92, schedule.rooms().size());
        assertEquals(4, schedule.days().size());
        int placed = 0;
        int widest = 0;
        int lanes = 0;
        for (DayGrid grid : DayGrid.all(schedule, null, null)) {
            GridInvariants.check(grid);
            widest = Math.max(widest, grid.columns().size());
            for (DayGrid.Placement p : grid.placements()) {
                lanes = Math.max(lanes, p.laneCount());
            }
            placed += grid.entryCount();
        }
        assertEquals(schedule.sessions().size(), placed);
        assertEquals(78, widest, "the busiest day's rooms");
        assertTrue(lanes > 1, "some room has overlapping events");

        Day busiest = schedule.days().get(2);
        DayGrid grid = DayGrid.of(schedule, busiest);
        // Its first events are 10:00 workshops the file lists under it though the day starts at 11:00; the 04:00
        // party the file lists under the night before, at that night's end, stays there (Schedule.dayOf). Its last
        // events run to 04:00 the next morning.
        assertEquals("2019-12-29T10:00:00+01:00", grid.axisStart().toString());
        assertTrue(grid.axisEnd().date().equals(CivilDate.of(2019, 12, 30)), "the axis runs past midnight");
    }

    @Test
    void congressDayThreeMatchesItsGoldenFileWithoutText() throws IOException {
        // Day 3 has it all: 445 events in 78 rooms, up to five at once in one room, a zero-length event, a night.
        Schedule schedule = congress();
        Golden.assertMatches("36c3.day3.grid.txt", GridText.dump(DayGrid.of(schedule, schedule.days().get(2)), false));
    }

    @Test
    void everySessionOfADayIsTheGridOfAMaskMarkingAll() throws IOException {
        // The browser's overload (no mask), against a mask that marks every session, labelled in another zone.
        Schedule schedule = congress();
        boolean[] all = new boolean[schedule.sessions().size()];
        java.util.Arrays.fill(all, true);
        for (Day day : schedule.days()) {
            DayGrid masked = DayGrid.of(schedule, day, all, JavaTimeZones.INSTANCE, 5, "America/New_York");
            DayGrid whole = DayGrid.of(schedule, day, JavaTimeZones.INSTANCE, 5, "America/New_York");
            assertEquals(GridText.dump(masked), GridText.dump(whole), day.date().toString());
            assertTrue(whole.cardCount() > 100, day.date() + ": " + whole.cardCount());
        }
    }

    private static Schedule congress() throws IOException {
        Path file = Corpus.root().resolve("voc-36C3_schedule/everything.schedule.json");
        return Schedules.read(Files.readString(file, StandardCharsets.UTF_8), JavaTimeZones.INSTANCE).schedule();
    }
}

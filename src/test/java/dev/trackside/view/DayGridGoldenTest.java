package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trackside.Corpus;
import dev.trackside.model.Day;
import dev.trackside.model.Schedule;
import dev.trackside.parse.Schedules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grid of real days, dumped by {@link GridText} and compared with golden files (see {@link Golden} for how to
 * update them). The demos are ours and are dumped with names; the corpus may not be copied into the project, so its
 * golden files hold layout only (session positions and kinds, column numbers).
 */
class DayGridGoldenTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));

    @ParameterizedTest
    @CsvSource({
        "djangocon-us-2019, 2019-09-23, djangocon-us-2019.day2.grid.txt",
        "djangocon-us-2019, 2019-09-26, djangocon-us-2019.day5.grid.txt",
        "pycon-us-2017, 2017-05-18, pycon-us-2017.day2.grid.txt",
        "pycon-us-2017, 2017-05-19, pycon-us-2017.day3.grid.txt",
        "pycon-us-2017, 2017-05-21, pycon-us-2017.day5.grid.txt"})
    void demoDay(String demo, String date, String golden) throws IOException {
        Schedule schedule = Schedules.parse(Files.readString(BASE.resolve("web/demo/" + demo + ".json"),
                StandardCharsets.UTF_8));
        DayGrid grid = DayGrid.of(schedule, day(schedule, date));
        GridInvariants.check(grid);
        Golden.assertMatches(golden, GridText.dump(grid));
    }

    @ParameterizedTest
    @CsvSource({"2022-08-19, sotm-2022.day1.grid.txt", "2022-08-20, sotm-2022.day2.grid.txt",
        "2022-08-21, sotm-2022.day3.grid.txt"})
    void corpusDayWithoutItsText(String date, String golden) throws IOException {
        Path file = Corpus.root().resolve("sotm2022-pretalx-widget/talks.json");
        Schedule schedule = Schedules.parse(Files.readString(file, StandardCharsets.UTF_8));
        DayGrid grid = DayGrid.of(schedule, day(schedule, date));
        GridInvariants.check(grid);
        Golden.assertMatches(golden, GridText.dump(grid, false));
    }

    static Day day(Schedule schedule, String date) {
        for (Day day : schedule.days()) {
            if (day.date().toString().equals(date)) {
                return day;
            }
        }
        assertEquals(date, schedule.days().toString(), "no such day");
        return null;
    }
}

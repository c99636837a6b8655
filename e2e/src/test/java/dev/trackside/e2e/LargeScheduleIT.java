package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Schedule;
import dev.trackside.parse.Schedules;
import dev.trackside.query.SessionSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A schedule far bigger than one render chunk: every session arrives, and search covers the whole of it. */
class LargeScheduleIT {
    private static final int SESSIONS = 3_000;

    @TempDir
    static Path fixtures;
    @RegisterExtension
    static final SiteAndBrowsers web = SiteAndBrowsers.withFixtures(() -> fixtures);
    private static SessionSearch jvmSearch;
    private static int firstDay;

    @BeforeAll
    static void generate() throws IOException {
        String json = GeneratedSchedule.json(SESSIONS, 7);
        Files.writeString(fixtures.resolve("large.json"), json);
        Schedule schedule = Schedules.parse(json);
        jvmSearch = new SessionSearch(schedule);
        for (int i = 0; i < schedule.sessions().size(); i++) {
            firstDay += schedule.dayIndex(i) == 0 ? 1 : 0;
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everySessionIsRenderedAndSearchable(Engine engine) {
        SchedulePage page = web.open(engine, "index.html?src=fixtures/large.json#view=list");
        assertEquals("ready", page.state());
        assertEquals(SESSIONS, page.renderedSessionCount(), "all chunks rendered");
        assertEquals(firstDay, page.resultCount(), "the first day's sessions");
        page.search("müller async");
        int expected = jvmSearch.match("müller async", new boolean[SESSIONS]);
        assertTrue(expected > 0 && expected < SESSIONS, "the query narrows: " + expected);
        assertEquals(expected, page.resultCount());
        // The ranked results draw the best 20 at once; "Show all" draws the rest.
        assertEquals(Math.min(20, expected), page.visibleSessionIds().size());
        page.root().findElement(org.openqa.selenium.By.cssSelector("[data-action=all-results]")).click();
        assertEquals(expected, page.visibleSessionIds().size());
    }
}

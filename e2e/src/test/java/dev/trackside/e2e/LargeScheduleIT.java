package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Schedule;
import dev.trackside.parse.Schedules;
import dev.trackside.query.SessionSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A schedule far bigger than one render chunk: every session arrives, and search covers the whole of it. */
class LargeScheduleIT {
    private static final int SESSIONS = 3_000;

    @TempDir
    static Path fixtures;
    private static Site site;
    private static Browsers browsers;
    private static SessionSearch jvmSearch;

    @BeforeAll
    static void start() throws IOException {
        String json = GeneratedSchedule.json(SESSIONS, 7);
        Files.writeString(fixtures.resolve("large.json"), json);
        Schedule schedule = Schedules.parse(json);
        jvmSearch = new SessionSearch(schedule);
        site = new Site(Site.DIST, fixtures);
        browsers = new Browsers();
    }

    @AfterAll
    static void stop() {
        browsers.close();
        site.close();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everySessionIsRenderedAndSearchable(Engine engine) {
        SchedulePage page = new SchedulePage(browsers.get(engine).driver())
                .open(site.url("index.html?src=fixtures/large.json"));
        assertEquals("ready", page.state());
        assertEquals(SESSIONS, page.renderedSessionCount(), "all chunks rendered");
        assertEquals(SESSIONS, page.resultCount());
        page.search("müller async");
        int expected = jvmSearch.match("müller async", new boolean[SESSIONS]);
        assertTrue(expected > 0 && expected < SESSIONS, "the query narrows: " + expected);
        assertEquals(expected, page.resultCount());
        assertEquals(expected, page.visibleSessionIds().size());
    }
}

package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.Corpus;
import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Schedule;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Schedules;
import dev.trackside.view.DayGrid;
import dev.trackside.view.ListBuckets;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * A frab schedule lists each day's sessions apart: the viewer draws the first day from a read of that block alone,
 * then reads the rest after the first frame. Whatever the order, the page ends showing the whole schedule: the
 * other days, the search over all of them, the whole read's warnings, the favourites stored for any day.
 */
class FirstDayIT {
    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    private static final String C36 = "voc-36C3_schedule/everything.schedule.json";

    private static long marks(WebDriver driver, String name) {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByName(arguments[0]).length", name);
    }

    private static int cards(WebDriver driver) {
        return driver.findElements(By.cssSelector(".c-grid .c-card")).size();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void c36sFirstDayIsDrawnFromItsOwnBlockAndKeptOnceTheWholeScheduleIsRead(Engine engine) throws IOException {
        ScheduleRead expected = Schedules.read(Files.readString(Corpus.root().resolve(C36)), JavaTimeZones.INSTANCE);
        Schedule schedule = expected.schedule();
        WebDriver driver = web.browser(engine).driver();
        SchedulePage page = web.openReady(engine, "index.html?src=corpus/" + C36);
        assertEquals(1L, marks(driver, "trackside-read-whole"), "the first day was read first, the rest after");
        assertEquals(0L, marks(driver, "trackside-drawn-again"), "36C3's first day is alike in both reads");
        assertEquals(DayGrid.of(schedule, schedule.days().get(0), null, JavaTimeZones.INSTANCE,
                DayGrid.DEFAULT_SLICE_MINUTES).placements().size(), cards(driver));
        // The whole read's warnings, not the first day's.
        assertEquals(Integer.toString(expected.warnings().size()), driver.findElement(
                By.cssSelector(".c-notice summary")).getAttribute("data-warnings"));
        // The last day, from the rest of the document.
        driver.findElements(By.cssSelector(".c-days__tab")).get(schedule.days().size() - 1).click();
        assertEquals(DayGrid.of(schedule, schedule.days().get(schedule.days().size() - 1), null,
                JavaTimeZones.INSTANCE, DayGrid.DEFAULT_SLICE_MINUTES).placements().size(), cards(driver));
        // The search looks through every day: a title of the last day's last session is found.
        String title = schedule.sessions().get(schedule.sessions().size() - 1).title();
        page.search(title);
        assertTrue(page.resultCount() >= 1, title);
        assertTrue(page.visibleSessionIds().contains(schedule.sessions().get(schedule.sessions().size() - 1).id()));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSessionListedUnderALaterDayButHeldOnTheFirstIsDrawnOnTheFirst(Engine engine) {
        WebDriver driver = web.browser(engine).driver();
        String path = "index.html?src=fixtures/frab-misfiled.json";
        web.openReady(engine, path);
        // A favourite on the second day, stored before the page reads the schedule, is kept and counted.
        ((JavascriptExecutor) driver).executeScript(
                "localStorage.setItem('trackside:misfiledcon:favourites', '[\"m3\"]')");
        SchedulePage page = web.openReady(engine, path);
        assertEquals(1L, marks(driver, "trackside-drawn-again"), "the first day differs in the whole read");
        assertEquals(List.of("m1", "m2", "m4"), page.visibleSessionIds());
        assertEquals("My agenda (1)", driver.findElement(By.cssSelector(".c-views__button[data-view=agenda]"))
                .getText());
        assertEquals("[\"m3\"]", ((JavascriptExecutor) driver).executeScript(
                "return localStorage.getItem('trackside:misfiledcon:favourites')"));
        web.browser(engine).screenshot("first-day-misfiled", Viewport.DESKTOP);
        ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void onAPhoneTheListOfEveryDayComesFromTheWholeRead(Engine engine) throws IOException {
        Schedule schedule = Schedules.read(Files.readString(Corpus.root().resolve(C36)), JavaTimeZones.INSTANCE)
                .schedule();
        Browser browser = web.browser(engine);
        browser.viewport(Viewport.PHONE);
        try {
            SchedulePage page = web.openReady(engine, "index.html?src=corpus/" + C36);
            assertEquals("list", page.root().getAttribute("data-view"));
            assertEquals(1L, marks(browser.driver(), "trackside-read-whole"));
            // The list holds every day's entries (the first day shown): drawn from the whole schedule.
            assertEquals(new ListBuckets(schedule).entryCount(), page.renderedSessionCount());
        } finally {
            browser.viewport(Viewport.DESKTOP);
        }
    }
}

package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.Corpus;
import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Day;
import dev.trackside.model.Schedule;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Schedules;
import dev.trackside.view.DayGrid;
import dev.trackside.view.ListBuckets;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One real file per format, loaded with ?src= in both engines: the page shows every session the JVM reads from the
 * same file, and counts the same skipped items and warnings (the JS engine reading it with JSON.parse, NativeJson).
 */
class RealScheduleIT {
    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    @BeforeAll
    static void corpus() {
        Corpus.root(); // fails with instructions when the corpus is missing
    }

    static List<Arguments> files() {
        List<Arguments> files = new java.util.ArrayList<>();
        for (String file : new String[] {
            "voc-36C3_schedule/everything.schedule.json",
            "voc-camp2019_schedule/everything.schedule.json",
            "sotm2022-pretalx-widget/talks.json",
            "global-azure-austria-sessionize/Y2024/sessionize.json"}) {
            for (Engine engine : Engine.values()) {
                files.add(Arguments.of(file, engine));
            }
        }
        return files;
    }

    /**
     * A later day of 36C3 (70 rooms, 432 cards) is drawn first as far as the grid's scroller shows, sized from the
     * first day's grid as it was laid out, and the rest a frame later: every card and room header on screen once the
     * day is complete was already there when the click returned. The first day's grid (297 cards) is hidden at once
     * and gone a frame later.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Engine.class)
    void aDaySwitchDrawsWhatTheScreenShowsAtOnce(Engine engine) {
        web.openReady(engine, "index.html?src=corpus/voc-36C3_schedule/everything.schedule.json#view=grid");
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) web.browser(engine)
                .driver();
        String onScreen = "var box = document.querySelector('.c-grid-scroll').getBoundingClientRect();"
                + "var seen = e => { var r = e.getBoundingClientRect(); return r.right > box.left && r.left < box.right"
                + "  && r.bottom > box.top && r.top < Math.min(box.bottom, innerHeight); };";
        String drawn = "return Array.from(document.querySelectorAll('.c-grid-scroll:not([data-retired]) :is(.c-card,"
                + " .c-grid__room)'))";
        // In the click's own task: the next frame may come before another WebDriver command.
        List<?> click = (List<?>) js.executeScript("document.querySelector('.c-days__tab:nth-child(2)').click();"
                + "var old = document.querySelectorAll('[data-retired]'), box = old[0].getBoundingClientRect();"
                + "var now = (function () {" + drawn + "; })();"
                + "return [[box.width, box.height, old.length, old[0].querySelectorAll('.c-card').length],"
                + " now.map(e => e.getAttribute('data-session-id') || e.title)];");
        assertEquals(List.of(0L, 0L, 1L, 297L), click.get(0), "the first day's grid, hidden");
        List<?> atOnce = (List<?>) click.get(1);
        new SchedulePage(web.browser(engine).driver()).awaitLoaded();
        assertEquals(0L, js.executeScript("return document.querySelectorAll('[data-retired]').length"));
        List<?> seen = (List<?>) js.executeScript(onScreen + drawn
                + ".filter(seen).map(e => e.getAttribute('data-session-id') || e.title);");
        long all = (Long) js.executeScript(drawn + ".length;");
        assertTrue(seen.size() > 20, "cards and rooms on screen: " + seen);
        List<?> late = seen.stream().filter(id -> !atOnce.contains(id)).toList();
        assertTrue(late.isEmpty(), () -> late.size() + " of " + seen.size() + " on screen drawn later, e.g. "
                + late.subList(0, Math.min(3, late.size())));
        assertTrue(atOnce.size() < all / 2, atOnce.size() + " of " + all + " drawn at once");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("files")
    void showsWhatTheJvmReads(String file, Engine engine) throws IOException {
        ScheduleRead expected = Schedules.read(Files.readString(Corpus.root().resolve(file)), JavaTimeZones.INSTANCE);
        Browser browser = web.browser(engine);
        browser.driver().get("about:blank");
        SchedulePage page = web.open(engine, "index.html?src=corpus/" + file + "#view=list");
        assertEquals("ready", page.state(), () -> page.root().getText());
        assertEquals(engine.attribute, page.engine());
        // These four hold nothing that JSON.parse would read differently: both engines read them with it.
        assertEquals(1L, page.marks("trackside-native-json"));
        assertEquals(0L, page.marks("trackside-handed-over"));
        int sessions = expected.schedule().sessions().size();
        assertTrue(sessions > 0, file + " has sessions");
        // The list renders every day (one entry per session, a break repeated per room once) and shows the first.
        Schedule schedule = expected.schedule();
        ListBuckets buckets = new ListBuckets(schedule);
        assertEquals(buckets.entryCount(), page.renderedSessionCount());
        assertEquals(DemoScheduleIT.entries(null, 0, schedule, buckets), page.visibleSessionIds());
        if (expected.warnings().isEmpty()) {
            assertTrue(browser.driver().findElements(By.cssSelector(".c-notice")).isEmpty(), "no notice");
        } else {
            WebElement summary = browser.driver().findElement(By.cssSelector(".c-notice summary"));
            assertEquals(Integer.toString(expected.skipped()), summary.getAttribute("data-skipped"));
            assertEquals(Integer.toString(expected.warnings().size()), summary.getAttribute("data-warnings"));
        }
        String name = file.substring(0, file.indexOf('/'));
        browser.screenshot("real-" + name, Viewport.DESKTOP);
        // The grid of the busiest day: as many cards as the core places, with the toolbar still in view.
        int busiest = 0;
        for (int d = 1; d < schedule.days().size(); d++) {
            if (DemoScheduleIT.entries(null, d, schedule, buckets).size()
                    > DemoScheduleIT.entries(null, busiest, schedule, buckets).size()) {
                busiest = d;
            }
        }
        Day day = schedule.days().get(busiest);
        browser.driver().get("about:blank");
        web.open(engine, "index.html?src=corpus/" + file + "#view=grid&day=" + day.date());
        DayGrid grid = DayGrid.of(schedule, day, null, JavaTimeZones.INSTANCE, DayGrid.DEFAULT_SLICE_MINUTES);
        assertEquals(grid.placements().size(), browser.driver().findElements(By.cssSelector(".c-card")).size());
        assertEquals(grid.columns().size(), browser.driver().findElements(By.cssSelector(".c-grid__room")).size());
        // Drawn in chunks (the first window, then the rest), yet in the page in the grid's order: Tab follows it.
        List<String> order = new java.util.ArrayList<>();
        for (DayGrid.Placement placement : grid.placements()) {
            order.add(schedule.sessions().get(placement.session()).id());
        }
        List<?> shown = (List<?>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('.c-grid .c-card'), c => c.getAttribute('data-session-id'))");
        int first = 0;
        while (first < order.size() && first < shown.size() && order.get(first).equals(shown.get(first))) {
            first++;
        }
        assertEquals(order.size(), first, "cards in the grid's order up to card " + first + " of " + order.size());
        // So are the room headers, all of them before the time axis, though only the first screen's come at once.
        List<String> rooms = new java.util.ArrayList<>();
        grid.columns().forEach(column -> rooms.add(column.name()));
        assertEquals(rooms, ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var rooms = Array.from(document.querySelectorAll('.c-grid__room'));"
                + "var line = document.querySelector('.c-grid__line');"
                + "return rooms.filter(r => r.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING)"
                + ".map(r => r.getAttribute('title'));"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var s = document.querySelector('.c-grid-scroll'); s.scrollLeft = s.scrollWidth; s.scrollTop = 400;"
                + " window.scrollTo(0, document.body.scrollHeight);");
        WebElement toolbar = browser.driver().findElement(By.cssSelector(".c-toolbar"));
        Number top = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return r.top;", toolbar);
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 5 && toolbar.isDisplayed(),
                "toolbar stays at the top while the grid scrolls: " + top);
        // At the page's end the grid's sticky room names are below the toolbar, not under it.
        Number gap = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var room = document.querySelector('.c-grid__room').getBoundingClientRect();"
                + "return room.top - arguments[0].getBoundingClientRect().bottom;", toolbar);
        assertTrue(gap.doubleValue() >= 0, "the room names start " + gap + " px below the toolbar's bottom");
        browser.screenshot("grid-" + name, Viewport.DESKTOP);
    }
}

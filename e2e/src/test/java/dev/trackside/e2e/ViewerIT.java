package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Day;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;
import dev.trackside.parse.Schedules;
import dev.trackside.view.DayGrid;
import dev.trackside.view.NowNext;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The schedule a visitor expects (issue 4), in both engines: day tabs, the grid as the core lays it out, the list,
 * the session detail with its own URL, speakers, now, the time-zone switch and deep links.
 */
class ViewerIT {
    private static final String DEMO = "demo/djangocon-us-2019.json";
    private static final String MONDAY = "2019-09-23";

    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    private static Schedule demo;

    @BeforeAll
    static void readDemo() throws IOException {
        demo = Schedules.parse(Files.readString(Site.DIST.resolve(DEMO)));
    }

    /** A fresh page load (a new hash alone would not reload the page). */
    private SchedulePage open(Engine engine, String path) {
        return web.openReady(engine, path);
    }

    private static WebDriver driver(SchedulePage page) {
        return ((org.openqa.selenium.WrapsDriver) page.root()).getWrappedDriver();
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static List<String> texts(WebDriver driver, String selector) {
        List<String> texts = new ArrayList<>();
        for (WebElement element : driver.findElements(By.cssSelector(selector))) {
            texts.add(element.getAttribute("textContent").trim());
        }
        return texts;
    }

    private static Day day(String date) {
        for (Day day : demo.days()) {
            if (day.date().toString().equals(date)) {
                return day;
            }
        }
        throw new AssertionError(date);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyDayHasATabAndItsGridShowsItsOwnRoomsAndSessionsWhereTheCoreLaysThemOut(Engine engine) {
        SchedulePage page = open(engine, "index.html#view=grid");
        WebDriver driver = web.browser(engine).driver();
        List<String> tabs = texts(driver, ".c-days__tab .c-days__date");
        assertEquals(demo.days().size(), tabs.size());
        assertEquals("Sun, Sep 22", tabs.get(0), "dates through Intl in English");
        for (Day day : demo.days()) {
            driver.findElement(By.cssSelector(".c-days__tab[data-day='" + day.date() + "']")).click();
            assertEquals("true", driver.findElement(By.cssSelector(".c-days__tab[data-day='" + day.date() + "']"))
                    .getAttribute("aria-selected"));
            assertTrue(((String) js(driver, "return location.hash")).contains("day=" + day.date()), "day in the URL");
            DayGrid grid = DayGrid.of(demo, day, null, JavaTimeZones.INSTANCE, DayGrid.DEFAULT_SLICE_MINUTES);
            List<String> rooms = new ArrayList<>();
            for (DayGrid.Column column : grid.columns()) {
                rooms.add(column.name());
            }
            assertEquals(rooms, texts(driver, ".c-grid__room"), "rooms of " + day.date() + ", in source order");
            List<WebElement> cards = driver.findElements(By.cssSelector(".c-card"));
            assertEquals(grid.placements().size(), cards.size(), "cards on " + day.date());
            for (DayGrid.Placement placement : grid.placements()) {
                WebElement card = cards.get(placement.index());
                Session session = demo.sessions().get(placement.session());
                assertEquals(session.id(), card.getAttribute("data-session-id"));
                String row = (String) js(driver, "return arguments[0].style.gridRow", card);
                String column = (String) js(driver, "return arguments[0].style.gridColumn", card);
                assertEquals((placement.row() + 2) + " / span " + placement.rowSpan(), row, session.title());
                assertEquals((placement.column() + 2) + " / span " + placement.columnSpan(), column, session.title());
                assertTrue(card.getAttribute("aria-label").endsWith(session.title()), "accessible name ends with title");
            }
        }
        page.root(); // still there
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theListShowsTheChosenDayAndASearchLooksThroughAllDays(Engine engine) {
        SchedulePage page = open(engine, "index.html#view=list&day=" + MONDAY);
        List<String> shown = page.visibleSessionIds();
        assertFalse(shown.isEmpty());
        for (String id : shown) {
            assertEquals(MONDAY, dayOf(id), id + " is Monday's");
        }
        page.search("sprint");
        List<String> found = page.visibleSessionIds();
        assertTrue(found.stream().map(ViewerIT::dayOf).distinct().count() > 1, "matches from several days: " + found);
        // The search box writes the hash once typing pauses.
        new WebDriverWait(web.browser(engine).driver(), Duration.ofSeconds(5))
                .until(d -> ((String) js(d, "return location.hash")).contains("q=sprint"));
    }

    private static String dayOf(String id) {
        for (Session session : demo.sessions()) {
            if (session.id().equals(id)) {
                return demo.dayOf(session).date().toString();
            }
        }
        throw new AssertionError("no session " + id);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aPhoneGetsTheListAndMayChooseTheGrid(Engine engine) {
        Browser browser = web.browser(engine);
        browser.viewport(Viewport.PHONE);
        try {
            SchedulePage page = open(engine, "index.html#day=" + MONDAY);
            assertEquals("list", page.root().getAttribute("data-view"));
            browser.driver().findElement(By.cssSelector(".c-views__button[data-view=grid]")).click();
            assertEquals("grid", page.root().getAttribute("data-view"));
            page = open(engine, "index.html#view=grid&day=" + MONDAY);
            assertEquals("grid", page.root().getAttribute("data-view"), "a chosen grid survives a reload");
            browser.screenshot("grid", Viewport.PHONE);
            // The last day's tab, off the narrow row at first, is scrolled into it.
            String last = demo.days().get(demo.days().size() - 1).date().toString();
            open(engine, "index.html#day=" + last);
            awaitSelectedTabInRow(browser.driver());
            assertEquals(last, browser.driver().findElement(By.cssSelector(".c-days__tab[aria-selected=true]"))
                    .getAttribute("data-day"));
            // Chosen on a wide screen, then the window narrows (a phone turned upright): the tab follows.
            browser.viewport(Viewport.DESKTOP);
            open(engine, "index.html#day=" + last);
            browser.viewport(Viewport.PHONE);
            awaitSelectedTabInRow(browser.driver());
        } finally {
            browser.viewport(Viewport.DESKTOP);
        }
    }

    private static void awaitSelectedTabInRow(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> (Boolean) js(d,
                "var t = document.querySelector('.c-days__tab[aria-selected=true]').getBoundingClientRect();"
                + "var r = document.querySelector('.c-days__list').getBoundingClientRect();"
                + "return t.left >= r.left - 1 && t.right <= r.right + 1;"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSessionOpensInADialogWithItsOwnUrlAndClosingReturnsFocus(Engine engine) {
        SchedulePage page = open(engine, "index.html#view=grid&day=" + MONDAY);
        WebDriver driver = web.browser(engine).driver();
        Session keynote = null;
        for (Session session : demo.sessions()) {
            if (session.title().startsWith("Keynote") && demo.dayOf(session).date().toString().equals(MONDAY)) {
                keynote = session;
            }
        }
        assertNotNull(keynote);
        WebElement card = driver.findElement(By.cssSelector(".c-card[data-session-id='" + keynote.id() + "']"));
        card.click();
        WebElement dialog = driver.findElement(By.cssSelector("dialog.c-detail"));
        assertTrue((Boolean) js(driver, "return arguments[0].open", dialog));
        assertEquals(keynote.title(), dialog.findElement(By.cssSelector(".c-detail__title")).getText());
        assertTrue(((String) js(driver, "return location.hash")).contains("session="));
        for (var speaker : keynote.speakers()) {
            WebElement link = dialog.findElement(By.cssSelector("a[data-speaker-id='" + speaker.id() + "']"));
            assertEquals(speaker.name(), link.getText());
        }
        web.browser(engine).screenshots("detail");
        // Tab stays inside the modal dialog.
        for (int i = 0; i < 6; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            assertTrue((Boolean) js(driver, "return document.querySelector('dialog.c-detail').contains("
                    + "document.activeElement) || document.activeElement === document.body"), "focus in dialog");
        }
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !(Boolean) js(d, "return arguments[0].open", dialog));
        assertFalse(((String) js(driver, "return location.hash")).contains("session="), "session left the URL");
        assertEquals(keynote.id(), driver.switchTo().activeElement().getAttribute("data-session-id"),
                "focus back on the card that opened it");
        // Closing went back in history; forward opens the dialog again, back closes it.
        driver.navigate().forward();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> (Boolean) js(d, "return arguments[0].open", dialog));
        driver.navigate().back();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !(Boolean) js(d, "return arguments[0].open", dialog));
        page.root();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void abstractsAreFormattedSafelyAndNoScriptFromTheScheduleRuns(Engine engine) {
        SchedulePage page = open(engine, "index.html?src=fixtures/markup-abstract.json#session=m1");
        WebDriver driver = web.browser(engine).driver();
        WebElement dialog = driver.findElement(By.cssSelector("dialog.c-detail"));
        assertTrue(dialog.findElement(By.cssSelector(".c-detail__title")).getText().contains("<script>"),
                "title shown as text");
        WebElement text = dialog.findElement(By.cssSelector(".c-detail__abstract"));
        assertEquals("short", text.findElement(By.tagName("em")).getText());
        assertEquals("bold", text.findElement(By.tagName("strong")).getText());
        assertEquals(2, text.findElements(By.cssSelector("ul li")).size());
        assertEquals("print(1)", text.findElement(By.tagName("pre")).getText());
        for (WebElement link : driver.findElements(By.cssSelector("a[href]"))) {
            String href = link.getAttribute("href");
            assertTrue(href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:"),
                    "only safe links: " + href);
        }
        assertTrue(text.getText().contains("<img src=x onerror="), "raw HTML shown as text: " + text.getText());
        assertEquals(0, driver.findElements(By.cssSelector(".c-detail img, .c-detail script")).size());
        assertNull(js(driver, "return window.pwned === undefined ? null : window.pwned"), "no payload ran");
        page.root();
    }

    private static long markupLoads(WebDriver driver) {
        return loads(driver, "trackside-markup.js");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aWasmEngineLoadsTheFormatterOfAbstractsOnlyWhenOneIsShown(Engine engine) {
        open(engine, "index.html?src=fixtures/markup-abstract.json#view=list");
        WebDriver driver = web.browser(engine).driver();
        assertEquals(0L, markupLoads(driver), "not with the page");
        driver.findElement(By.cssSelector("[data-session-id=m1]")).click();
        WebElement text = driver.findElement(By.cssSelector("dialog.c-detail .c-detail__abstract"));
        assertEquals("short", text.findElement(By.tagName("em")).getText());
        // The JS engine has the formatter built in; a wasm engine loads it once for the page.
        assertEquals(engine == Engine.WASM ? 1L : 0L, markupLoads(driver));
        js(driver, "location.hash = '#view=speaker&speaker=s1'");
        assertEquals("parsers", driver.findElement(By.cssSelector(".c-speaker__bio em")).getText());
        assertEquals(engine == Engine.WASM ? 1L : 0L, markupLoads(driver));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCalendarEntryDescribesTheTalkInPlainTextAsTheJvmWritesIt(Engine engine) throws Exception {
        Schedule schedule = Schedules.parse(Files.readString(Site.FIXTURES.resolve("markup-abstract.json")));
        String expected = KeepIT.value(event(dev.trackside.ical.IcsWriter.write(schedule, schedule.sessions(), 0,
                null)), "DESCRIPTION");
        assertTrue(expected.contains("A short talk with bold words"), expected);
        // The first thing the visitor does: a wasm engine writes the calendar once the formatter is in.
        open(engine, "index.html?src=fixtures/markup-abstract.json#session=m1");
        WebDriver driver = web.browser(engine).driver();
        KeepIT.captureDownloads(driver);
        driver.findElement(By.cssSelector("dialog.c-detail [data-action=ics]")).click();
        assertEquals(expected, KeepIT.value(event((String) KeepIT.lastDownload(driver).get("text")), "DESCRIPTION"));
    }

    private static net.fortuna.ical4j.model.component.VEvent event(String ics) throws Exception {
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(ics));
        List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    /** Runs {@code test} with the wasm engine's browser refusing requests to {@code file} (as if offline). */
    private static void withoutFile(String file, java.util.function.Consumer<WebDriver> test) {
        org.openqa.selenium.chrome.ChromeDriver driver = web.browser(Engine.WASM).driver();
        driver.get("about:blank");
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/" + file)));
        try {
            test.accept(driver);
        } finally {
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
    }

    @org.junit.jupiter.api.Test
    void anAbstractIsShownUnformattedWhereTheFormatterCannotLoad() {
        withoutFile("trackside-markup.js", driver -> {
            open(Engine.WASM, "index.html?src=fixtures/markup-abstract.json#session=m1");
            WebElement text = driver.findElement(By.cssSelector("dialog.c-detail .c-detail__abstract"));
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !text.getText().isEmpty());
            assertTrue(text.getText().startsWith("A *short* talk with **bold** words"), text.getText());
            assertEquals(0, text.findElements(By.cssSelector("em, img, script")).size());
            assertNull(js(driver, "return window.pwned === undefined ? null : window.pwned"), "no payload ran");
        });
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void speakersHaveAnIndexAndAPageListingTheirSessions(Engine engine) {
        open(engine, "index.html#view=speakers");
        WebDriver driver = web.browser(engine).driver();
        assertEquals(demo.speakers().size(), driver.findElements(By.cssSelector(".c-speakers__link")).size());
        // Under a heading per initial, in the folded names' order.
        List<WebElement> groups = driver.findElements(By.cssSelector(".c-speakers__group"));
        String previous = "";
        for (WebElement group : groups) {
            String initial = group.findElement(By.cssSelector(".c-speakers__initial")).getText();
            for (WebElement link : group.findElements(By.cssSelector(".c-speakers__link"))) {
                String folded = dev.trackside.query.TextFold.fold(link.getText());
                assertTrue(folded.compareTo(previous) >= 0, link.getText() + " after " + previous);
                assertEquals(initial, folded.substring(0, 1).toUpperCase(java.util.Locale.ROOT), link.getText());
                previous = folded;
            }
        }
        assertTrue(groups.size() > 10, "initials: " + groups.size());
        web.browser(engine).screenshots("speakers");
        WebElement godwin = driver.findElement(By.cssSelector(".c-speakers__link[data-speaker-id='andrew-godwin']"));
        godwin.click();
        assertEquals("speaker", driver.findElement(By.id("trackside")).getAttribute("data-view"));
        assertEquals("Andrew Godwin", driver.findElement(By.cssSelector(".c-speaker h2")).getText());
        long own = demo.sessions().stream()
                .filter(s -> s.speakers().stream().anyMatch(sp -> sp.id().equals("andrew-godwin"))).count();
        assertEquals(own, driver.findElements(By.cssSelector(".c-speaker__sessions .c-session")).size());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theInjectedClockMarksWhatRunsNowAndNowJumpsToToday(Engine engine) {
        String now = "2019-09-23T10:30-07:00";
        SchedulePage page = open(engine, "index.html?now=" + now + "#view=grid&day=2019-09-25");
        WebDriver driver = web.browser(engine).driver();
        driver.findElement(By.cssSelector("[data-action=now]")).click();
        assertTrue(((String) js(driver, "return location.hash")).contains("day=" + MONDAY), "now jumps to Monday");
        NowNext nowNext = NowNext.at(demo, ZonedTime.parse(now).epochSecond());
        List<String> expected = new ArrayList<>();
        for (int position : nowNext.running()) {
            expected.add(demo.sessions().get(position).id());
        }
        List<String> marked = new ArrayList<>();
        for (WebElement card : driver.findElements(By.cssSelector(".c-card[data-now]"))) {
            marked.add(card.getAttribute("data-session-id"));
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected.stream().sorted().toList(), marked.stream().sorted().toList());
        assertEquals(1, driver.findElements(By.cssSelector(".c-grid__now")).size(), "a line at the current time");
        assertTrue((Boolean) js(driver, "var line = document.querySelector('.c-grid__now').getBoundingClientRect();"
                + "var view = document.querySelector('.c-grid-scroll').getBoundingClientRect();"
                + "return line.top >= view.top && line.bottom <= view.bottom;"), "the line is scrolled into view");
        web.browser(engine).screenshots("grid");
        page.root();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theVisitorsZoneIsOneSwitchAwayDaylightSavingCorrectAndRemembered(Engine engine) {
        // Chromium runs in UTC here. New York leaves summer time on 3 November 2019: both keynotes are at 10:00
        // local, which is 14:00 UTC on Saturday and 15:00 UTC on Sunday.
        SchedulePage page = open(engine, "index.html?src=fixtures/dst-new-york.json#view=list&day=2019-11-02");
        WebDriver driver = web.browser(engine).driver();
        js(driver, "localStorage.clear()");
        page = open(engine, "index.html?src=fixtures/dst-new-york.json#view=list&day=2019-11-02");
        assertEquals("10:00 AM\u201311:00 AM", timeOf(driver, "sat-morning"));
        assertTrue(driver.findElement(By.cssSelector("[data-role=zone]")).getText().contains("America/New_York"));
        driver.findElement(By.cssSelector("[data-action=tz]")).click();
        assertEquals("2:00 PM\u20133:00 PM", timeOf(driver, "sat-morning"));
        assertTrue(driver.findElement(By.cssSelector("[data-role=zone]")).getText().contains("UTC"));
        driver.findElement(By.cssSelector(".c-days__tab[data-day='2019-11-03']")).click();
        assertEquals("3:00 PM\u20134:00 PM", timeOf(driver, "sun-morning"));
        // Remembered for this conference: a link without tz= still shows the visitor's zone.
        page = open(engine, "index.html?src=fixtures/dst-new-york.json#view=list&day=2019-11-03");
        assertEquals("3:00 PM\u20134:00 PM", timeOf(driver, "sun-morning"));
        driver.findElement(By.cssSelector("[data-action=tz]")).click();
        assertEquals("10:00 AM\u201311:00 AM", timeOf(driver, "sun-morning"));
        page.root();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void filtersInTheLinkNarrowTheListAndAChipRemovesThem(Engine engine) {
        SchedulePage page = open(engine, "index.html#view=list&kind=keynote");
        WebDriver driver = web.browser(engine).driver();
        List<String> keynotes = new ArrayList<>();
        for (Session session : demo.sessions()) {
            if (session.kind().id().equals("keynote")) {
                keynotes.add(session.id());
            }
        }
        assertFalse(keynotes.isEmpty());
        assertEquals(keynotes.stream().sorted().toList(), page.visibleSessionIds().stream().sorted().toList(),
                "every day's keynotes");
        WebElement chip = driver.findElement(By.cssSelector(".c-chip[data-filter=kind][data-value=keynote]"));
        assertTrue(chip.getText().startsWith("Type: Keynote"), chip.getText());
        chip.click();
        assertFalse(((String) js(driver, "return location.hash")).contains("kind="));
        assertTrue(driver.findElements(By.cssSelector(".c-chip")).isEmpty());
        assertTrue(page.visibleSessionIds().size() > 0);
    }

    private static String timeOf(WebDriver driver, String id) {
        return driver.findElement(By.cssSelector(".c-session:not([hidden]) [data-session-id='" + id + "']"))
                .findElement(By.xpath("../..")).findElement(By.cssSelector(".c-session__time")).getText();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSharedLinkRestoresViewDaySearchAndOpenSessionInGerman(Engine engine) {
        String id = demo.sessions().get(10).id();
        SchedulePage page = open(engine, "index.html?lang=de#view=list&day=2019-09-24&q=django&session=" + id);
        WebDriver driver = web.browser(engine).driver();
        assertEquals("list", page.root().getAttribute("data-view"));
        assertEquals("django", page.searchBox().getAttribute("value"));
        assertTrue((Boolean) js(driver, "return document.querySelector('dialog.c-detail').open"));
        assertEquals("Liste", driver.findElement(By.cssSelector(".c-views__button[data-view=list]")).getText());
        assertEquals("Di., 24. Sept.", driver.findElement(
                By.cssSelector(".c-days__tab[data-day='2019-09-24'] .c-days__date")).getAttribute("textContent"));
        assertEquals("de", page.root().getAttribute("lang"));
        // The JS engine has the German texts built in; a wasm engine loads them for a German page only.
        assertEquals(engine == Engine.WASM ? 1L : 0L, loads(driver, "messages-de.json"));
        open(engine, "index.html#view=list");
        assertEquals("List", driver.findElement(By.cssSelector(".c-views__button[data-view=list]")).getText());
        assertEquals(0L, loads(driver, "messages-de.json"), "an English page loads no German");
        page.root();
    }

    @org.junit.jupiter.api.Test
    void aGermanPageWhoseTextsCannotLoadIsShownInEnglish() {
        withoutFile("messages-de.json", driver -> {
            SchedulePage page = open(Engine.WASM, "index.html?lang=de#view=list");
            assertEquals("List", driver.findElement(By.cssSelector(".c-views__button[data-view=list]")).getText());
            assertTrue(!"de".equals(page.root().getAttribute("lang")), "the viewer is English");
            assertEquals("ready", page.state());
            assertTrue(page.resultCount() > 0, "sessions listed");
        });
    }

    private static long loads(WebDriver driver, String file) {
        return (Long) js(driver, "return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.endsWith('/' + arguments[0])).length", file);
    }
}

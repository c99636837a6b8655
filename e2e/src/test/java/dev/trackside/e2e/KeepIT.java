package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.parse.Schedules;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What a visitor keeps (issue 5), in both engines: calendar downloads, favourites, the agenda and its link. */
class KeepIT {
    private static final String MONDAY = "2019-09-23";

    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    private static Schedule demo;

    @BeforeAll
    static void readDemo() throws IOException {
        demo = Schedules.parse(Files.readString(Site.DIST.resolve("demo/djangocon-us-2019.json")));
    }

    private SchedulePage open(Engine engine, String path) {
        return web.openReady(engine, path);
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Records the Blobs the page offers for download instead of letting the browser save them. */
    static void captureDownloads(WebDriver driver) {
        js(driver, "window.__downloads = []; const create = URL.createObjectURL;"
                + "URL.createObjectURL = blob => { window.__downloads.push(blob); return create(blob); };"
                + "HTMLAnchorElement.prototype.click = function () {"
                + "  window.__downloads[window.__downloads.length - 1].fileName = this.download; };");
    }

    /**
     * The last download's file name, type and text, once there is one (a wasm engine may first load the formatter of
     * abstracts, which a calendar's descriptions need).
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> lastDownload(WebDriver driver) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "const take = () => { const b = window.__downloads.at(-1); if (!b || !b.fileName) {"
                + " setTimeout(take, 10); return; }"
                + " b.text().then(text => done({name: b.fileName, type: b.type, text: text})); }; take();");
    }

    static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    static Instant instant(VEvent event, String name) {
        return Instant.from(((DateProperty<?>) event.getProperty(name).get()).getDate());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theDetailDownloadsItsSessionAsAnICalendarEvent(Engine engine) throws Exception {
        Session keynote = null;
        for (Session session : demo.sessions()) {
            if (session.title().startsWith("Keynote") && demo.dayOf(session).date().toString().equals(MONDAY)) {
                keynote = session;
            }
        }
        assertNotNull(keynote);
        open(engine, "index.html#view=grid&session=" + keynote.id());
        WebDriver driver = web.browser(engine).driver();
        captureDownloads(driver);
        driver.findElement(By.cssSelector("dialog.c-detail [data-action=ics]")).click();
        Map<String, Object> file = lastDownload(driver);
        assertEquals("text/calendar", file.get("type"));
        assertTrue(((String) file.get("name")).endsWith(".ics"), "file name " + file.get("name"));
        Calendar calendar = new CalendarBuilder().build(new StringReader((String) file.get("text")));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals(keynote.title(), value(event, "SUMMARY"));
        assertEquals(Instant.ofEpochSecond(keynote.start().epochSecond()), instant(event, "DTSTART"));
        assertEquals(Instant.ofEpochSecond(keynote.end().epochSecond()), instant(event, "DTEND"));
        assertEquals(keynote.room().name(), value(event, "LOCATION"));
        assertEquals(keynote.id() + "@" + demo.conference().id() + ".trackside", value(event, "UID"));
        String url = value(event, "URL");
        assertTrue(url.startsWith(web.site().url("index.html")) && url.endsWith("#session=" + keynote.id()), url);
    }

    private static final String KEY = "trackside:djangocon-us-2019:favourites";

    private static String stored(WebDriver driver) {
        return (String) js(driver, "return localStorage.getItem(arguments[0])", KEY);
    }

    private static String pressed(WebDriver driver, String selector) {
        return driver.findElement(By.cssSelector(selector)).getAttribute("aria-pressed");
    }

    /** Two talks on one day that overlap, and a later one that does not; by start time. */
    private static List<Session> clashingPairAndLater() {
        for (Session a : demo.sessions()) {
            for (Session b : demo.sessions()) {
                if (a != b && a.kind() == dev.trackside.model.Kind.TALK && b.kind() == dev.trackside.model.Kind.TALK
                        && a.start().equals(b.start()) && a.id().compareTo(b.id()) < 0) {
                    for (Session c : demo.sessions()) {
                        if (c.kind() == dev.trackside.model.Kind.TALK && demo.dayOf(c) == demo.dayOf(a)
                                && c.start().epochSecond() >= a.end().epochSecond() + 3600
                                && c.start().epochSecond() >= b.end().epochSecond() + 3600) {
                            return List.of(a, b, c);
                        }
                    }
                }
            }
        }
        throw new AssertionError("the demo has no two parallel talks");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aStarInTheGridTheListOrTheDetailIsOneFavouriteKeptInStorageAndThroughAReload(Engine engine) {
        Session talk = clashingPairAndLater().get(0);
        String day = demo.dayOf(talk).date().toString();
        open(engine, "index.html");
        WebDriver driver = web.browser(engine).driver();
        js(driver, "localStorage.clear()");
        SchedulePage page = open(engine, "index.html#view=grid&day=" + day);
        String star = ".c-star[data-star='" + talk.id() + "']";
        assertEquals("false", pressed(driver, ".c-grid " + star));
        driver.findElement(By.cssSelector(".c-grid " + star)).click();
        assertEquals("true", pressed(driver, ".c-grid " + star));
        assertEquals("[\"" + talk.id() + "\"]", stored(driver));
        assertEquals("My agenda (1)", driver.findElement(By.cssSelector(".c-views__button[data-view=agenda]")).getText());
        web.browser(engine).screenshots("grid-starred");

        page = open(engine, "index.html#view=list&day=" + day);
        assertEquals("true", pressed(driver, ".c-session " + star), "kept through a reload, shown in the list");
        driver.findElement(By.cssSelector(".c-session[data-session-id='" + talk.id() + "'] a, .c-session a[data-session-id='"
                + talk.id() + "']")).click();
        WebElement detailStar = driver.findElement(By.cssSelector("dialog.c-detail " + star));
        assertEquals("true", detailStar.getAttribute("aria-pressed"));
        detailStar.click();
        assertEquals("false", detailStar.getAttribute("aria-pressed"));
        assertEquals("false", pressed(driver, ".c-session " + star), "the list's star follows the detail's");
        assertEquals(null, stored(driver), "the last favourite removed leaves nothing stored");
        page.root();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theAgendaShowsFavouritesByDayWithClashesFreeTimeAndWhatLeftTheSchedule(Engine engine) throws Exception {
        List<Session> three = clashingPairAndLater();
        open(engine, "index.html");
        WebDriver driver = web.browser(engine).driver();
        String ids = "[\"" + three.get(0).id() + "\",\"gone-1\",\"" + three.get(1).id() + "\",\""
                + three.get(2).id() + "\"]";
        js(driver, "localStorage.setItem(arguments[0], arguments[1])", KEY, ids);
        open(engine, "index.html#view=agenda");
        List<WebElement> items = driver.findElements(By.cssSelector(".c-agenda__list > .c-session"));
        assertEquals(3, items.size());
        assertEquals("3 sessions", driver.findElement(By.cssSelector("[data-result-count]")).getText(),
                "the toolbar counts the sessions the agenda shows, as its heading does, not the schedule's");
        List<WebElement> clashes = driver.findElements(By.cssSelector(".c-session[data-clash] .c-agenda__clash"));
        assertEquals(2, clashes.size(), "both talks of the pair are flagged");
        assertTrue(clashes.get(0).getText().contains(three.get(1).title())
                || clashes.get(0).getText().contains(three.get(0).title()), clashes.get(0).getText());
        List<WebElement> free = driver.findElements(By.cssSelector(".c-agenda__free"));
        assertEquals(1, free.size(), "free time between the pair and the later talk");
        assertTrue(free.get(0).getText().endsWith("free"), free.get(0).getText());
        assertEquals("gone-1", driver.findElement(By.cssSelector(".c-agenda__missing code")).getText(),
                "a favourite the schedule no longer has is listed, not dropped");
        assertTrue(stored(driver).contains("gone-1"));
        web.browser(engine).screenshots("agenda");

        captureDownloads(driver);
        driver.findElement(By.cssSelector("[data-action=agenda-ics]")).click();
        Calendar calendar = new CalendarBuilder().build(new StringReader((String) lastDownload(driver).get("text")));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(3, events.size());
        assertEquals(three.get(2).title(), value(events.get(2), "SUMMARY"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSharedAgendaLinkHighlightsItsSessionsAndOffersToAddOnlyTheNewOnes(Engine engine) {
        List<Session> three = clashingPairAndLater();
        open(engine, "index.html");
        WebDriver driver = web.browser(engine).driver();
        js(driver, "localStorage.setItem(arguments[0], arguments[1])", KEY,
                "[\"" + three.get(0).id() + "\",\"" + three.get(2).id() + "\"]");
        open(engine, "index.html#view=agenda");
        driver.findElement(By.cssSelector("[data-action=share]")).click();
        String link = driver.findElement(By.cssSelector(".c-share__url")).getAttribute("value");
        assertTrue(link.endsWith("#shared=" + three.get(0).id() + "," + three.get(2).id()), link);

        // Another visitor, with one favourite of their own and one of the shared ones.
        js(driver, "localStorage.setItem(arguments[0], arguments[1])", KEY,
                "[\"" + three.get(1).id() + "\",\"" + three.get(2).id() + "\"]");
        driver.get("about:blank");
        SchedulePage page = new SchedulePage(driver).open(link);
        assertEquals("ready", page.state());
        WebElement banner = driver.findElement(By.cssSelector("[data-role=shared]"));
        assertTrue(banner.getText().contains("2 sessions"), banner.getText());
        assertEquals("Add 1 session to my agenda", banner.findElement(By.cssSelector("[data-action=add-shared]")).getText());
        driver.findElement(By.cssSelector(".c-days__tab[data-day='" + demo.dayOf(three.get(0)).date() + "']")).click();
        assertEquals(2, driver.findElements(By.cssSelector(".c-card[data-shared]")).size(),
                "both shared sessions highlighted on their day");
        web.browser(engine).screenshots("shared-link");
        banner.findElement(By.cssSelector("[data-action=add-shared]")).click();
        String stored = stored(driver);
        for (Session session : three) {
            assertTrue(stored.contains("\"" + session.id() + "\""), stored);
        }
        assertTrue(stored.startsWith("[\"" + three.get(1).id() + "\""), "the visitor's own favourites stay first: "
                + stored);
        assertTrue(banner.getAttribute("hidden") != null, "offer gone once accepted");
        assertTrue(!((String) js(driver, "return location.hash")).contains("shared="));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storageThatRefusesWritesIsReportedAndFavouritesLastTheVisit(Engine engine) {
        Session talk = clashingPairAndLater().get(2);
        open(engine, "index.html");
        WebDriver driver = web.browser(engine).driver();
        js(driver, "localStorage.clear()");
        @SuppressWarnings("unchecked")
        Map<String, Object> script = web.browser(engine).driver().executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                        "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };"));
        try {
            open(engine, "index.html#view=list&day=" + demo.dayOf(talk).date());
            WebElement warning = driver.findElement(By.cssSelector("[data-role=storage]"));
            assertTrue(warning.getAttribute("hidden") != null);
            driver.findElement(By.cssSelector(".c-session .c-star[data-star='" + talk.id() + "']")).click();
            assertTrue(warning.getAttribute("hidden") == null, "the page says favourites cannot be stored");
            assertTrue(warning.getText().contains("kept until you leave"), warning.getText());
            driver.findElement(By.cssSelector(".c-views__button[data-view=agenda]")).click();
            assertEquals(1, driver.findElements(By.cssSelector(".c-agenda__list > .c-session")).size(),
                    "the favourite is kept for the visit");
        } finally {
            web.browser(engine).driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", script.get("identifier")));
        }
    }
}

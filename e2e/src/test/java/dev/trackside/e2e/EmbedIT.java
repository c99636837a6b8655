package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.parse.Schedules;
import dev.trackside.query.SessionSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The viewer embedded with {@code <trackside-schedule>} (issue 6, points 1–3), in both engines: two viewers on a
 * host page whose CSS and globals are hostile (e2e/fixtures/embed-hostile.html) render and work apart, neither
 * page's styles reach the other, the engine is loaded once and the page gets one global (the host's own process,
 * define and main untouched); the events the host page
 * receives, as web/embed.html shows them; a viewer that owns the URL hash; and the embed under a
 * Content-Security-Policy.
 */
class EmbedIT {
    private static final String HOSTILE = "fixtures/embed-hostile.html";
    private static final String[] TYPES = {"trackside-session-open", "trackside-favourite-change"};

    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    private static Schedule django;
    private static Schedule pycon;

    @BeforeAll
    static void readDemos() throws IOException {
        django = Schedules.parse(Files.readString(Site.DIST.resolve("demo/djangocon-us-2019.json")));
        pycon = Schedules.parse(Files.readString(Site.DIST.resolve("demo/pycon-us-2017.json")));
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** {@code path} loaded with empty storage (no favourites from an earlier test), console messages dropped. */
    private static WebDriver open(Engine engine, String path) {
        WebDriver driver = web.browser(engine).driver();
        driver.get(web.url(path));
        js(driver, "localStorage.clear();");
        driver.get("about:blank");
        web.browser(engine).consoleMessages();
        driver.get(web.url(path));
        return driver;
    }

    /** Records the viewers' events on the host page's document: type, the element they came from, detail. */
    private static void listen(WebDriver driver) {
        js(driver, "window.__events = []; arguments[0].forEach(t => document.addEventListener(t, e => window.__events"
                + ".push({type: e.type, from: e.target.id, detail: e.detail, bubbles: e.bubbles,"
                + " composed: e.composed})));", List.of(TYPES));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(WebDriver driver) {
        return (List<Map<String, Object>>) js(driver, "return window.__events;");
    }

    private static String title(Schedule schedule, String id) {
        for (Session session : schedule.sessions()) {
            if (session.id().equals(id)) {
                return session.title();
            }
        }
        throw new AssertionError("no session " + id);
    }

    private static void assertEvent(Map<String, Object> event, String type, String from, Schedule schedule, String id,
            boolean starred) {
        assertEquals(type, event.get("type"), event.toString());
        assertEquals(from, event.get("from"), "retargeted to the element: " + event);
        assertEquals(true, event.get("bubbles"));
        assertEquals(true, event.get("composed"));
        assertEquals(Map.of("sessionId", id, "title", title(schedule, id), "starred", starred,
                "conferenceId", schedule.conference().id()), event.get("detail"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void twoViewersOnAHostilePageRenderAndWorkApart(Engine engine) {
        // What the viewer's own styles give, on the hosted page (root font size 16px, no hostile CSS).
        WebDriver driver = open(engine, "index.html");
        new SchedulePage(driver).awaitLoaded();
        String[][] styled = {{".c-header__title", "font-size"}, {"input[type=search]", "font-size"},
                {".c-toolbar", "padding-top"}, {".c-views__button", "font-size"}, {".c-days__tab", "font-size"}};
        String[] hosted = new String[styled.length];
        for (int i = 0; i < styled.length; i++) {
            hosted[i] = (String) js(driver, "return getComputedStyle(document.querySelector(arguments[0]))"
                    + ".getPropertyValue(arguments[1]);", styled[i][0], styled[i][1]);
        }

        driver = open(engine, HOSTILE);
        // One global, the engine's namespace, once both viewers are ready: asked before any other WebDriver call,
        // since Selenium's element lookups leave globals of their own (se_exportedFunctionSymbol, ret_nodes).
        @SuppressWarnings("unchecked")
        List<String> globals = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const check = () => Array.from(document.querySelectorAll('trackside-schedule'))
                        .every(e => e.getAttribute('data-state') === 'ready')
                    ? done(Object.getOwnPropertyNames(window).filter(n => !window.__globals.includes(n)
                        && n !== '__globals'))
                    : setTimeout(check, 50);
                check();
                """);
        assertEquals(List.of("Trackside"), globals);
        assertEquals("the host page's main", js(driver, "return main();"), "the host's main is its own");
        EmbeddedViewer first = new EmbeddedViewer(driver, "#first");
        EmbeddedViewer second = new EmbeddedViewer(driver, "#second");
        assertEquals("ready", first.awaitLoaded(), () -> first.root().getText());
        assertEquals("ready", second.awaitLoaded(), () -> second.root().getText());
        for (EmbeddedViewer viewer : List.of(first, second)) {
            assertEquals(engine.attribute, viewer.host().getAttribute("data-engine"));
            assertTrue(viewer.findAll("[data-session-id]").size() > 0);
        }
        assertEquals(django.conference().name(), first.find(".c-header__title").getText());
        assertEquals(pycon.conference().name(), second.find(".c-header__title").getText());
        assertEquals("grid", first.host().getAttribute("data-view"), "view=grid");
        assertEquals("2019-09-23", first.selectedDay(), "day=2019-09-23");
        assertEquals("list", second.host().getAttribute("data-view"), "view=list");

        // The engine and the markup fetched once for both viewers (the demos are in our own format: the smaller
        // wasm engine, EnginesIT).
        String requests = "return performance.getEntriesByType('resource')"
                + ".filter(e => new URL(e.name).pathname === arguments[0]).length;";
        assertEquals(engine == Engine.WASM ? 1L : 0L, js(driver, requests, "/trackside-own.wasm"));
        assertEquals(0L, js(driver, requests, "/trackside.wasm"));
        assertEquals(engine == Engine.JS ? 1L : 0L, js(driver, requests, "/trackside.js"));
        assertEquals(1L, js(driver, requests, "/viewer.html"));

        // The host page keeps its styles, hostile ones included, and the viewer's do not leak out...
        WebElement note = driver.findElement(By.cssSelector("div.host-note"));
        assertEquals("40px", note.getCssValue("font-size"));
        assertEquals("rgba(255, 0, 0, 1)", note.getCssValue("color"));
        assertEquals("inline", note.getCssValue("display"));
        assertEquals("rgba(0, 128, 0, 1)", note.getCssValue("border-top-color"));
        assertEquals("content-box", note.getCssValue("box-sizing"), "style.css's * { box-sizing } stays inside");
        assertEquals("40px", driver.findElement(By.cssSelector("h1.host-heading")).getCssValue("font-size"));
        // ...and the viewers keep theirs: the sizes of the hosted page, not 40px nor rem of a 10px root.
        for (EmbeddedViewer viewer : List.of(first, second)) {
            assertEquals("16px", viewer.host().getCssValue("font-size"), ":host resets what the host's * sets");
            for (int i = 0; i < styled.length; i++) {
                assertEquals(hosted[i], viewer.style(styled[i][0], styled[i][1]), styled[i][0] + " " + styled[i][1]);
            }
            assertNotEquals("rgb(255, 0, 0)", viewer.style(".c-header__title", "color"));
        }
        assertEquals("rgb(0, 90, 60)", first.style(".c-days__tab[aria-selected=true]", "background-color"),
                "--sched-clr-primary set on the element by the host page");

        listen(driver);
        int secondCount = second.resultCount();

        // A day tab in one, by click and by arrow key: the other does not move.
        first.find(".c-days__tab[data-day='2019-09-24']").click();
        assertEquals("2019-09-24", first.selectedDay());
        first.find(".c-days__tab[aria-selected=true]").sendKeys(Keys.ARROW_RIGHT);
        assertEquals("2019-09-25", first.selectedDay());
        assertEquals("list", second.host().getAttribute("data-view"));
        assertEquals(secondCount, second.resultCount());

        // A session opened in the second: only its dialog opens; Escape closes it and gives focus back.
        WebElement link = second.find(".c-session__link[data-session-id]");
        String opened = link.getAttribute("data-session-id");
        link.click();
        assertTrue(second.detailOpen());
        assertFalse(first.detailOpen());
        assertEquals(title(pycon, opened), second.find("dialog.c-detail .c-detail__title").getText());
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !second.detailOpen());
        assertEquals(opened, second.focusedSessionId(), "focus back on the session in its own shadow root");

        // A star in the first: stored under its conference, pressed only there.
        WebElement star = first.find("button.c-star[data-star]");
        String starred = star.getAttribute("data-star");
        first.click(star);
        assertEquals("true", first.find("button.c-star[data-star='" + starred + "']").getAttribute("aria-pressed"));
        assertTrue(second.findAll("button.c-star[aria-pressed=true]").isEmpty());
        assertEquals("[\"" + starred + "\"]", js(driver, "return localStorage.getItem(arguments[0]);",
                "trackside:" + django.conference().id() + ":favourites"));

        // A search in the second narrows only the second.
        int firstCount = first.resultCount();
        int matches = new SessionSearch(pycon).match("data", new boolean[pycon.sessions().size()]);
        assertTrue(matches > 0 && matches != secondCount);
        second.search("data");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> second.resultCount() == matches);
        assertEquals(firstCount, first.resultCount());
        assertEquals("", first.find("input[type=search]").getAttribute("value"));

        List<Map<String, Object>> events = events(driver);
        assertEquals(2, events.size(), events.toString());
        assertEvent(events.get(0), "trackside-session-open", "second", pycon, opened, false);
        assertEvent(events.get(1), "trackside-favourite-change", "first", django, starred, true);

        // The state stayed in the viewers: the host page's address and title are its own.
        assertEquals("", js(driver, "return location.hash;"));
        assertEquals("A hostile host page with two embedded schedules", driver.getTitle());
        web.browser(engine).screenshot("embed-hostile", Viewport.DESKTOP);
        for (LogEntry entry : web.browser(engine).consoleMessages()) {
            assertTrue(entry.getLevel().intValue() < Level.SEVERE.intValue(), "console: " + entry.getMessage());
        }
    }

    /** web/embed.html, the documented example: accessible, and its log shows what the host page receives. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void theExamplePageLogsOpenedSessionsAndFavourites(Engine engine) {
        WebDriver driver = open(engine, "embed.html");
        EmbeddedViewer viewer = new EmbeddedViewer(driver, "trackside-schedule");
        assertEquals("ready", viewer.awaitLoaded(), () -> viewer.root().getText());
        Axe.assertNoViolations(driver, "embed.html"); // axe looks into the shadow root too
        assertEquals("2px", viewer.style(".c-toolbar", "border-bottom-width"), "::part(toolbar) from the page");
        assertEquals("rgb(157, 23, 77)", viewer.style(".c-days__tab[aria-selected=true]", "background-color"),
                "--sched-clr-primary from the page");
        web.browser(engine).screenshots("embed-example");
        WebElement card = viewer.find(".c-card[data-session-id]");
        String id = card.getAttribute("data-session-id");
        card.click();
        assertTrue(viewer.detailOpen());
        WebElement star = viewer.find("dialog.c-detail button.c-star");
        star.click();
        star.click();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> log = (List<Map<String, Object>>) js(driver, "return Array.from(document"
                + ".querySelectorAll('[data-role=event-log] li')).map(li => ({type: li.dataset.type, from: 'page',"
                + " bubbles: true, composed: true, detail: JSON.parse(li.dataset.detail), text: li.textContent}));");
        assertEquals(3, log.size(), log.toString());
        assertEvent(log.get(0), "trackside-session-open", "page", django, id, false);
        assertEvent(log.get(1), "trackside-favourite-change", "page", django, id, true);
        assertEvent(log.get(2), "trackside-favourite-change", "page", django, id, false);
        assertTrue(((String) log.get(0).get("text")).contains(title(django, id)), "the title shown as text");
    }

    /**
     * Under the policies of {@link CspIT}, the embed needs nothing more than the hosted page: its stylesheet is a
     * link, its markup is parsed, never run. The least policy runs the JS engine (the wasm module refused once);
     * with 'wasm-unsafe-eval' and 'unsafe-eval' the wasm engine runs without a violation.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    @SuppressWarnings("unchecked")
    void anEmbedNeedsNoMorePolicyThanThePage(Engine engine) {
        WebDriver driver = web.browser(engine).driver();
        Map<String, Object> listener = ((ChromeDriver) driver).executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.__csp = [];"
                        + " document.addEventListener('securitypolicyviolation', e =>"
                        + " window.__csp.push(e.effectiveDirective + ' ' + e.blockedURI), true);"));
        try {
            for (String policy : List.of(CspIT.STRICT, CspIT.WASM)) {
                boolean wasm = engine == Engine.WASM && policy.equals(CspIT.WASM);
                try (Site site = Site.serve().header("Content-Security-Policy", policy)) {
                    driver.get(site.url("fixtures/embed-csp.html"));
                    EmbeddedViewer viewer = new EmbeddedViewer(driver, "trackside-schedule");
                    assertEquals("ready", viewer.awaitLoaded(), () -> viewer.root().getText());
                    assertEquals(wasm ? "wasm" : "js", viewer.host().getAttribute("data-engine"), policy);
                    assertEquals("rgb(67, 56, 202)", viewer.style(".c-days__tab[aria-selected=true]",
                            "background-color"), "the stylesheet applies");
                    viewer.find(".c-card[data-session-id]").click();
                    assertTrue(viewer.detailOpen());
                    List<String> expected = engine == Engine.WASM && !wasm ? List.of("script-src wasm-eval")
                            : List.of();
                    assertEquals(expected, js(driver, "return window.__csp;"), policy);
                }
            }
        } finally {
            ((ChromeDriver) driver).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", listener.get("identifier")));
        }
    }

    /** Without a chosen view, an embed goes by its own width (a column of a wide page gets the list), live. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void anEmbedChoosesGridOrListByItsOwnWidth(Engine engine) {
        WebDriver driver = open(engine, "embed.html");
        js(driver, "const e = document.createElement('trackside-schedule'); e.id = 'narrow';"
                + " e.style.width = '500px'; e.setAttribute('src', 'demo/pycon-us-2017.json'); document.body.append(e);");
        EmbeddedViewer narrow = new EmbeddedViewer(driver, "#narrow");
        assertEquals("ready", narrow.awaitLoaded());
        assertEquals("list", narrow.host().getAttribute("data-view"), "500 px wide in a 1400 px window");
        js(driver, "document.getElementById('narrow').style.width = '1000px';");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "grid".equals(narrow.host().getAttribute("data-view")));
        js(driver, "document.getElementById('narrow').style.width = '400px';");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "list".equals(narrow.host().getAttribute("data-view")));
    }

    /** With {@code hash}, a viewer keeps its state in the URL hash: back undoes a step; the title stays the page's. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void aViewerWithHashOwnsTheAddress(Engine engine) {
        WebDriver driver = open(engine, "embed.html");
        EmbeddedViewer memory = new EmbeddedViewer(driver, "trackside-schedule");
        assertEquals("ready", memory.awaitLoaded());
        memory.find(".c-views__button[data-view=list]").click();
        assertEquals("list", memory.host().getAttribute("data-view"));
        assertEquals("", js(driver, "return location.hash;"), "the viewer without hash keeps its state to itself");

        js(driver, "const e = document.createElement('trackside-schedule'); e.id = 'owner'; e.setAttribute('hash', '');"
                + " e.setAttribute('src', 'demo/pycon-us-2017.json'); document.body.append(e);");
        EmbeddedViewer owner = new EmbeddedViewer(driver, "#owner");
        assertEquals("ready", owner.awaitLoaded());
        assertEquals("grid", owner.host().getAttribute("data-view"));
        // Clicked in the page rather than at coordinates: the first viewer's list above it lays out its slots as
        // they scroll into view (content-visibility), which can move this button between Selenium's aim and its
        // click (under load the click once did nothing).
        js(driver, "arguments[0].click();", owner.find(".c-views__button[data-view=speakers]"));
        assertEquals("#view=speakers", js(driver, "return location.hash;"));
        driver.navigate().back();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "grid".equals(owner.host().getAttribute("data-view")));
        assertEquals("list", memory.host().getAttribute("data-view"), "the other viewer does not follow the hash");
        assertEquals("Embedding Trackside", driver.getTitle());
    }
}

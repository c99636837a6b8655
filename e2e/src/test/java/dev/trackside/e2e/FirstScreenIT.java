package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The first screen the build writes into index.html (`prerender`): shown before any script of the viewer runs, it
 * is the picture the engine then draws itself, and it is not shown where the viewer will start elsewhere. Scripts
 * are kept from running by blocking boot.js, which starts the engine.
 */
class FirstScreenIT {
    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    /** What a visitor sees of the page: header, tabs, count, and each card on screen (name, text, grid cell). */
    private static final String SEEN = """
            const shown = e => e.offsetParent !== null;
            const inView = e => shown(e) && e.getBoundingClientRect().top < innerHeight;
            return {
              first: document.documentElement.classList.contains('ts-first'),
              header: document.querySelector('header').innerText.split('Show times in my')[0].trim(),
              tabs: Array.from(document.querySelectorAll('.c-days__tab')).filter(shown).map(t => t.innerText),
              count: document.querySelector('[data-result-count]').innerText,
              views: Array.from(document.querySelectorAll('.c-views__button')).filter(shown)
                .map(b => b.innerText + '=' + getComputedStyle(b).backgroundColor),
              cards: Array.from(document.querySelectorAll('.c-card')).filter(inView).map(c =>
                c.getAttribute('aria-label') + ' | ' + c.innerText + ' | ' + getComputedStyle(c).gridArea),
              items: Array.from(document.querySelectorAll('.c-session, .c-day__title, .c-slot__time')).filter(inView)
                .map(i => (i.getAttribute('data-kind') || '') + ' ' + (i.querySelector('a') ? i.querySelector('a')
                  .getAttribute('aria-label') + ' | ' : '') + i.innerText),
              rooms: Array.from(document.querySelectorAll('.c-grid__room')).filter(shown).map(r => r.innerText),
              loading: getComputedStyle(document.querySelector('[data-role=sessions]'), '::before').content
            };""";

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theFirstScreenIsTheGridTheEngineThenDraws(Engine engine) {
        Map<?, ?> written = withoutScripts(engine, "index.html?engine=" + engine.attribute);
        assertTrue(((List<?>) written.get("cards")).size() >= 5, "cards on screen: " + written.get("cards"));
        assertEquals(List.of(), written.get("items"), "no list");
        web.browser(engine).screenshot("first-screen", Viewport.DESKTOP);
        assertTheEngineDrawsIt(engine, written);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void onAPhoneTheFirstScreenIsTheListTheEngineThenDraws(Engine engine) {
        web.browser(engine).atViewport(Viewport.PHONE, () -> {
            Map<?, ?> written = withoutScripts(engine, "index.html?engine=" + engine.attribute);
            assertTrue(((List<?>) written.get("items")).size() >= 5, "list on screen: " + written.get("items"));
            assertEquals(List.of(), written.get("cards"), "no grid");
            web.browser(engine).screenshot("first-screen", Viewport.PHONE);
            assertTheEngineDrawsIt(engine, written);
            return null;
        });
    }

    private static void assertTheEngineDrawsIt(Engine engine, Map<?, ?> written) {
        assertEquals(Boolean.TRUE, written.get("first"), "first.js shows the first screen");
        assertTrue(written.get("header").toString().startsWith("DjangoCon US 2019"), written.get("header").toString());
        SchedulePage page = web.openReady(engine, "index.html");
        Map<?, ?> drawn = seen(engine);
        assertEquals(Boolean.FALSE, drawn.get("first"), "the engine takes the first screen away");
        for (String part : new String[] {"header", "tabs", "count", "views", "cards", "rooms", "items"}) {
            assertEquals(written.get(part), drawn.get(part), part + ": the engine draws what the page showed first");
        }
        assertEquals(0L, ((JavascriptExecutor) web.browser(engine).driver()).executeScript(
                "return document.querySelectorAll('.c-first').length"), "nothing of the first screen is left");
        assertEquals("ready", page.state());
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html#view=list", "index.html#day=2019-09-24", "index.html#session=x",
        "index.html?lang=de", "index.html?src=demo/djangocon-us-2019.json",
        "index.html?now=2019-09-23T10:30-07:00"})
    void anAddressThatStartsElsewhereShowsNoFirstScreen(String path) {
        Map<?, ?> seen = withoutScripts(Engine.WASM, path);
        assertNothingWritten(seen, path);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aVisitorsOwnZoneShowsNoFirstScreen(Engine engine) {
        Browser browser = web.browser(engine);
        // The visitor chose their own time zone for this conference before.
        web.openReady(engine, "index.html");
        JavascriptExecutor js = browser.driver();
        js.executeScript("localStorage.setItem('trackside:djangocon-us-2019:tz', 'local')");
        try {
            assertNothingWritten(withoutScripts(engine, "index.html"), "with the visitor's own zone stored");
        } finally {
            js.executeScript("localStorage.removeItem('trackside:djangocon-us-2019:tz')");
        }
    }

    @org.junit.jupiter.api.Test
    void aSiteWithoutFirstCssShowsNoFirstScreen() {
        // Copied without first.css (its positions), the first screen would be a heap of unplaced cards.
        assertNothingWritten(withoutScripts(Engine.WASM, "index.html", "*/first.css"), "without first.css");
        // Without first.js, nothing shows it.
        assertNothingWritten(withoutScripts(Engine.WASM, "index.html", "*/first.js"), "without first.js");
    }

    @org.junit.jupiter.api.Test
    void anEmbedLeavesThePagesFirstScreenOut() {
        ChromeDriver driver = web.browser(Engine.WASM).driver();
        driver.get("about:blank");
        driver.executeCdpCommand("Network.enable", Map.of());
        // No engine: what the embed shows is the markup it took from index.html, as long as it likes.
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls",
                List.of("*/trackside.wasm", "*/trackside-own.wasm", "*/trackside.js")));
        try {
            driver.get(web.url("embed.html"));
            String roots = "return Array.from(document.querySelectorAll('trackside-schedule'))"
                    + ".map(e => e.shadowRoot && e.shadowRoot.querySelector('[data-role=title]'))";
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                    ((List<?>) driver.executeScript(roots)).stream().allMatch(java.util.Objects::nonNull));
            assertEquals(0L, driver.executeScript("return Array.from(document.querySelectorAll('trackside-schedule'))"
                    + ".reduce((n, e) => n + e.shadowRoot.querySelectorAll('.c-first').length, 0)"));
        } finally {
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
    }

    private static void assertNothingWritten(Map<?, ?> seen, String where) {
        assertEquals(Boolean.FALSE, seen.get("first"), where);
        assertEquals(List.of(), seen.get("cards"), where);
        assertEquals(List.of(), seen.get("items"), where);
        assertEquals(List.of(), seen.get("tabs"), where);
        assertEquals("Loading the schedule…", seen.get("header"), where);
        assertEquals("\"Loading…\"", seen.get("loading"), where);
        assertFalse(seen.get("count").toString().contains("session"), where);
    }

    /** The page at {@code path} as it is before the viewer's scripts run (boot.js and {@code alsoBlocked} blocked). */
    private static Map<?, ?> withoutScripts(Engine engine, String path, String... alsoBlocked) {
        ChromeDriver driver = web.browser(engine).driver();
        driver.get("about:blank");
        driver.executeCdpCommand("Network.enable", Map.of());
        List<String> blocked = new java.util.ArrayList<>(List.of("*/boot.js"));
        blocked.addAll(List.of(alsoBlocked));
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", blocked));
        try {
            driver.get(web.url(path));
            assertTrue(((String) driver.getCurrentUrl()).contains("index.html"));
            assertEquals("loading", new SchedulePage(driver).state(), "boot.js did not run");
            return seen(engine);
        } finally {
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
    }

    private static Map<?, ?> seen(Engine engine) {
        return (Map<?, ?>) ((JavascriptExecutor) web.browser(engine).driver()).executeScript(SEEN);
    }
}

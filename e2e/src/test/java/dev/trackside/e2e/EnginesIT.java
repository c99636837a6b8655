package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Which engine file a page downloads: a schedule that declares our own format first thing gets trackside-own.wasm
 * (the wasm engine without other tools' readers), any other schedule trackside.wasm, never both for one schedule;
 * the hosted page takes the one first.js preloaded (prerender's choice for data-src, trackside.wasm for ?src=); each
 * is fetched once however many viewers use it; the JavaScript engine reads every format.
 */
class EnginesIT {
    private static final List<String> ENGINES = List.of("trackside-own.wasm", "trackside.wasm", "trackside.js");

    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    /** How often each of {@link #ENGINES} was fetched by the current page. */
    private static List<Long> fetches(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<Long> counts = (List<Long>) ((JavascriptExecutor) driver).executeScript("""
                const names = performance.getEntriesByType('resource').map(e => new URL(e.name).pathname);
                return arguments[0].map(file => names.filter(n => n === '/' + file).length);
                """, ENGINES);
        return counts;
    }

    private SchedulePage open(Engine engine, String path) {
        SchedulePage page = web.openReady(engine, path);
        assertEquals(engine.attribute, page.engine(), path);
        assertTrue(page.resultCount() > 0, path);
        return page;
    }

    @Test
    void theDemoInOurOwnFormatTakesTheSmallerWasmEngine() {
        open(Engine.WASM, "index.html");
        // first.js preloads it (prerender named it); the engine takes the preloaded response: one fetch.
        assertEquals(List.of(1L, 0L, 0L), fetches(web.browser(Engine.WASM).driver()));
    }

    @Test
    void anotherScheduleOnTheHostedPageTakesTheWasmEngineThatReadsEveryFormat() {
        // ?src= names a schedule prerender did not see: first.js preloads trackside.wasm at once, whatever its format.
        open(Engine.WASM, "index.html?src=fixtures/frab-with-problems.json");
        assertEquals(List.of(0L, 1L, 0L), fetches(web.browser(Engine.WASM).driver()));
        open(Engine.WASM, "index.html?src=demo/pycon-us-2017.json");
        assertEquals(List.of(0L, 1L, 0L), fetches(web.browser(Engine.WASM).driver()));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aScheduleGivenWithSrcIsFetchedOnceStartedFromThePagesHead(Engine engine) {
        open(engine, "index.html?src=fixtures/frab-with-problems.json");
        @SuppressWarnings("unchecked")
        List<String> initiators = (List<String>) ((JavascriptExecutor) web.browser(engine).driver()).executeScript(
                "return performance.getEntriesByType('resource')"
                        + ".filter(e => new URL(e.name).pathname === '/fixtures/frab-with-problems.json')"
                        + ".map(e => e.initiatorType)");
        // first.js's preload ("link"), which boot.js's fetch() took: not a second request.
        assertEquals(List.of("link"), initiators);
    }

    @Test
    void withoutFirstJsTheSchedulesFirstBytesChooseTheEngine(@TempDir Path copy) throws IOException {
        EngineFallbackIT.copySite(copy, "first.js");
        try (Site site = Site.serve(copy)) {
            WebDriver driver = web.browser(Engine.WASM).driver();
            for (String[] expected : new String[][] {
                {"index.html", "trackside-own.wasm"},
                {"index.html?src=fixtures/frab-with-problems.json", "trackside.wasm"},
                {"index.html?src=fixtures/format-later.json", "trackside.wasm"}}) {
                driver.get("about:blank");
                SchedulePage page = new SchedulePage(driver).open(site.url(expected[0]));
                assertEquals("ready", page.state(), expected[0]);
                List<Long> counts = fetches(driver);
                assertEquals(List.of(expected[1].equals(ENGINES.get(0)) ? 1L : 0L,
                        expected[1].equals(ENGINES.get(1)) ? 1L : 0L, 0L), counts, expected[0]);
            }
        }
    }

    @Test
    void theJavaScriptEngineReadsEveryFormat() {
        open(Engine.JS, "index.html?src=fixtures/frab-with-problems.json");
        assertEquals(List.of(0L, 0L, 1L), fetches(web.browser(Engine.JS).driver()));
        open(Engine.JS, "index.html");
        assertEquals(List.of(0L, 0L, 1L), fetches(web.browser(Engine.JS).driver()));
    }

    @Test
    void eachWasmEngineIsFetchedOnceForAllTheViewersThatNeedIt() {
        WebDriver driver = web.browser(Engine.WASM).driver();
        driver.get("about:blank");
        driver.get(web.url("fixtures/embed-formats.html"));
        for (String id : List.of("#own", "#frab", "#own-too", "#format-later")) {
            EmbeddedViewer viewer = new EmbeddedViewer(driver, id);
            assertEquals("ready", viewer.awaitLoaded(), () -> id + ": " + viewer.root().getText());
            assertEquals("wasm", viewer.host().getAttribute("data-engine"), id);
            assertTrue(viewer.findAll("[data-session-id]").size() > 0, id);
        }
        assertEquals(List.of(1L, 1L, 0L), fetches(driver));
        // One viewer is German (lang="de"): its texts, which the wasm engines load apart, fetched for it alone.
        assertEquals("Liste", new EmbeddedViewer(driver, "#own-too").find(".c-views__button[data-view=list]")
                .getText());
        assertEquals("List", new EmbeddedViewer(driver, "#own").find(".c-views__button[data-view=list]").getText());
        assertEquals(1L, ((JavascriptExecutor) driver).executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.endsWith('/messages-de.json')).length"));
        web.browser(Engine.WASM).screenshots("embed-two-formats");
    }

    @Test
    void aBrokenSmallerEngineFallsBackToJavaScript(@TempDir Path copy) throws IOException {
        EngineFallbackIT.copySite(copy, "trackside-own.wasm");
        Files.write(copy.resolve("trackside-own.wasm"), "not a wasm module".getBytes());
        try (Site site = Site.serve(copy)) {
            SchedulePage page = new SchedulePage(web.browser(Engine.WASM).driver()).open(site.url("index.html"));
            assertEquals("ready", page.state());
            assertEquals("js", page.engine());
            assertTrue(page.resultCount() > 0);
        }
    }
}

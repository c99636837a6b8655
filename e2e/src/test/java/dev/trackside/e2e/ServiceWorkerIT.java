package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The hosted page's service worker (issue 6 point 5): after one visit the page and its schedule load with the
 * server gone; schedules are stale-while-revalidate; an embed registers none. Each test serves its own site, so
 * each starts on a new origin without a worker.
 */
class ServiceWorkerIT {
    private static final String DEMO = "demo/djangocon-us-2019.json";

    /** Only its browsers are used. */
    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    private static Object js(ChromeDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until a service worker controls the page and has {@code url} in its caches. */
    private static void awaitCached(ChromeDriver driver, String url) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js(driver,
                "return navigator.serviceWorker.controller !== null && caches.match(arguments[0]).then(r => !!r);",
                url)));
    }

    private static SchedulePage open(ChromeDriver driver, String url) {
        driver.get("about:blank");
        SchedulePage page = new SchedulePage(driver).open(url);
        assertEquals("ready", page.state(), () -> page.root().getText());
        return page;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void afterOneVisitThePageAndItsScheduleLoadWithTheServerGone(Engine engine) {
        ChromeDriver driver = web.browser(engine).driver();
        List<String> shown;
        try (Site site = Site.serve()) {
            SchedulePage page = open(driver, site.url("index.html#view=list"));
            shown = page.visibleSessionIds();
            awaitCached(driver, site.url(DEMO));
            // The demo declares our own format first: the wasm engine without other tools' readers.
            String engineFile = engine == Engine.WASM ? "trackside-own.wasm" : "trackside.js";
            awaitCached(driver, site.url(engineFile));
            if (engine == Engine.WASM) {
                // What a wasm engine loads later: the formatter of abstracts, the German texts.
                awaitCached(driver, site.url("trackside-markup.js"));
                awaitCached(driver, site.url("messages-de.json"));
            }
            for (String other : List.of("trackside-own.wasm", "trackside.wasm", "trackside.js")) {
                if (!other.equals(engineFile)) {
                    assertEquals(false, js(driver, "return caches.match(arguments[0]).then(r => !!r);",
                            site.url(other)), "an engine this page does not run is not downloaded: " + other);
                }
            }
        }
        driver.navigate().refresh();
        SchedulePage page = new SchedulePage(driver).awaitLoaded();
        assertEquals("ready", page.state(), () -> page.root().getText());
        assertEquals(engine.attribute, page.engine());
        assertEquals(shown, page.visibleSessionIds(), "the same schedule, from the worker's caches");
        if (engine == Engine.WASM) {
            // The wasm engine's formatter of abstracts too (its fallback, were it missing, would give the text back
            // as written). The JS engine has it built in.
            driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " self.Trackside.loadMarkup(function () { done(true); });");
            assertEquals("bold text", js(driver, "return self.Trackside.markup.plain('**bold** text')"));
        }
        web.browser(engine).screenshots("service-worker-offline");
    }

    @Test
    void aChangedScheduleShowsOnTheVisitAfterTheOneThatFetchedIt(@TempDir Path copy) throws IOException {
        EngineFallbackIT.copySite(copy, "");
        Path schedule = copy.resolve(DEMO);
        ChromeDriver driver = web.browser(Engine.WASM).driver();
        try (Site site = Site.serve(copy)) {
            String title = "DjangoCon US 2019";
            assertEquals(title, open(driver, site.url("index.html")).root().findElement(
                    org.openqa.selenium.By.cssSelector("[data-role=title]")).getText());
            awaitCached(driver, site.url(DEMO));
            Files.writeString(schedule, Files.readString(schedule).replace("\"DjangoCon US 2019\"", "\"Renamed\""));

            SchedulePage stale = open(driver, site.url("index.html"));
            assertEquals(title, stale.root().findElement(org.openqa.selenium.By.cssSelector("[data-role=title]"))
                    .getText(), "the cached copy first");
            // ...while the worker fetched the new one for the next visit.
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js(driver,
                    "return caches.match(arguments[0]).then(r => r.text()).then(t => t.includes('\"Renamed\"'));",
                    site.url(DEMO))));
            SchedulePage fresh = open(driver, site.url("index.html"));
            assertEquals("Renamed", fresh.root().findElement(org.openqa.selenium.By.cssSelector("[data-role=title]"))
                    .getText());
        }
    }

    /** Records the page's service worker registrations. */
    @SuppressWarnings("unchecked")
    private static List<String> registrations(ChromeDriver driver, Site site, String path) {
        Map<String, Object> script = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__registered = []; const register = ServiceWorkerContainer.prototype.register;"
                + "ServiceWorkerContainer.prototype.register = function (url) {"
                + "  window.__registered.push(String(url)); return register.apply(this, arguments); };"));
        try {
            open(driver, site.url(path));
            // boot.js registers once the page has loaded and is idle: look after an idle callback queued later.
            return (List<String>) js(driver, "return new Promise(done => { const after = () => requestIdleCallback("
                    + "() => setTimeout(() => done(window.__registered), 0), {timeout: 5000});"
                    + " document.readyState === 'complete' ? after() : addEventListener('load', after); });");
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", script.get("identifier")));
        }
    }

    @Test
    void onlyTheHostedPageRegistersAWorkerNotAnEmbed(@TempDir Path copy) throws IOException {
        EngineFallbackIT.copySite(copy, "");
        // An embed: the viewer's element without index.html's data-offline="sw", in another page of the site.
        String index = Files.readString(copy.resolve("index.html"));
        assertTrue(index.contains(" data-offline=\"sw\""));
        Files.writeString(copy.resolve("embed.html"), index.replace(" data-offline=\"sw\"", "")
                .replace("<title>", "<title>Embed: "));
        ChromeDriver driver = web.browser(Engine.WASM).driver();
        try (Site site = Site.serve(copy)) {
            assertEquals(List.of(site.url("sw.js?engine=trackside-own.wasm")),
                    registrations(driver, site, "index.html"));
            try (Site other = Site.serve(copy)) {
                assertEquals(List.of(), registrations(driver, other, "embed.html"));
                assertEquals(0L, ((Number) js(driver,
                        "return navigator.serviceWorker.getRegistrations().then(r => r.length)")).longValue());
            }
        }
    }
}

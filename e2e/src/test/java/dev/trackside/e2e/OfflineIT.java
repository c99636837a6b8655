package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.parse.Schedules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The single-file offline page (issue 6 point 4): written by the real jar's {@code bundle} command and by the hosted
 * page's "Save for offline", opened over file:// with the browser's network off, in both engines.
 */
class OfflineIT {
    private static final Path DEMO = Site.DIST.resolve("demo/djangocon-us-2019.json");

    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    @TempDir
    static Path dir;

    private static Path bundle;
    private static Schedule demo;

    /** What an organiser runs: {@code java -jar target/trackside.jar bundle SCHEDULE -o conference.html}. */
    @BeforeAll
    static void bundle() throws Exception {
        demo = Schedules.parse(Files.readString(DEMO));
        bundle = dir.resolve("conference.html");
        Path jar = Site.DIST.getParent().resolve("trackside.jar");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "bundle", DEMO.toString(), "-o", bundle.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("bundle.log").toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "bundle did not finish");
        String log = Files.readString(dir.resolve("bundle.log"));
        assertEquals(0, process.exitValue(), log);
        assertTrue(log.startsWith("wrote " + bundle + ": 98 sessions, "), log);
    }

    private static Object js(ChromeDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs {@code test} with the browser's network off (CDP), so that only file:// can answer. */
    static <T> T offline(ChromeDriver driver, Supplier<T> test) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        try {
            return test.get();
        } finally {
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
    }

    /** Opens {@code file} (plus {@code hash}) with the network off and checks that it is ready in {@code engine}. */
    private static SchedulePage openFile(Engine engine, Path file, String hash) {
        ChromeDriver driver = web.browser(engine).driver();
        driver.get("about:blank");
        SchedulePage page = new SchedulePage(driver).open(file.toUri() + hash);
        assertEquals("ready", page.state(), () -> "state of " + file + ": " + page.root().getText());
        assertEquals(engine.attribute, page.engine(), "the engine of this browser runs from the file");
        assertEquals(List.of(), js(driver, "return performance.getEntriesByType('resource').map(e => e.name)"),
                "the page asks for nothing");
        return page;
    }

    private static Session keynote() {
        for (Session session : demo.sessions()) {
            if (session.title().startsWith("Keynote")) {
                return session;
            }
        }
        throw new AssertionError("the demo has no keynote");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aBundleOfAnotherToolsFormatCarriesTheEngineThatReadsIt(Engine engine) throws IOException {
        // The demo's page carries trackside-own.wasm (our format); a frab schedule's must carry trackside.wasm.
        String page = Files.readString(bundle);
        String own = java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(Site.DIST.resolve(
                "trackside-own.wasm")));
        assertTrue(page.contains(">" + own + "</script>"), "the demo's page has the smaller engine");
        Path frab = dir.resolve("frab.html");
        assertEquals(0, dev.trackside.cli.Cli.run(new String[] {"bundle", Site.FIXTURES.resolve(
                "frab-with-problems.json").toString(), "-o", frab.toString(), "--site", Site.DIST.toString()},
                System.out, System.err));
        offline(web.browser(engine).driver(), () -> {
            SchedulePage frabPage = openFile(engine, frab, "#view=list");
            assertTrue(frabPage.visibleSessionIds().size() > 0);
            // The formatter of abstracts a wasm engine loads comes from the page too (its fallback, were it
            // missing, would give the text back as written).
            ChromeDriver driver = web.browser(engine).driver();
            ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " self.Trackside.loadMarkup(function () { done(true); });");
            assertEquals("bold text", js(driver, "return self.Trackside.markup.plain('**bold** text')"));
            assertEquals(List.of(), js(driver, "return performance.getEntriesByType('resource').map(e => e.name)"),
                    "the page asks for nothing");
            return frabPage;
        });
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theBundleWorksFromDiskWithoutANetwork(Engine engine) throws IOException {
        ChromeDriver driver = web.browser(engine).driver();
        Session keynote = keynote();
        String star = ".c-star[data-star='" + keynote.id() + "']";
        offline(driver, () -> {
            SchedulePage page = openFile(engine, bundle, "");
            assertEquals("grid", page.root().getAttribute("data-view"));
            assertEquals(page.resultCount(), page.visibleSessionIds().size());
            assertFalse(driver.findElement(By.cssSelector("[data-role=save-offline]")).isDisplayed(),
                    "the saved page offers no saving");
            web.browser(engine).screenshots("offline-bundle");

            // Search (the list shows every day's matches)
            page = openFile(engine, bundle, "#view=list");
            page.search(keynote.title());
            SchedulePage list = page;
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> list.resultCount() < demo.sessions().size());
            assertTrue(page.visibleSessionIds().contains(keynote.id()), page.visibleSessionIds().toString());
            assertEquals(page.resultCount(), page.visibleSessionIds().size());

            // Favourites: Chrome gives a file:// page its own localStorage
            js(driver, "localStorage.clear()");
            openFile(engine, bundle, "#view=list&day=" + demo.dayOf(keynote).date());
            driver.findElement(By.cssSelector(".c-session " + star)).click();
            assertEquals("[\"" + keynote.id() + "\"]", js(driver,
                    "return localStorage.getItem('trackside:djangocon-us-2019:favourites')"));
            driver.navigate().refresh();
            new SchedulePage(driver).awaitLoaded();
            assertEquals("true", driver.findElement(By.cssSelector(".c-session " + star)).getAttribute("aria-pressed"),
                    "kept through a reload");

            // Calendar
            openFile(engine, bundle, "#session=" + keynote.id());
            KeepIT.captureDownloads(driver);
            driver.findElement(By.cssSelector("dialog.c-detail [data-action=ics]")).click();
            Map<String, Object> ics = KeepIT.lastDownload(driver);
            assertEquals("text/calendar", ics.get("type"));
            assertTrue(((String) ics.get("text")).contains("SUMMARY:" + keynote.title().substring(0, 20)),
                    (String) ics.get("text"));
            return null;
        });
    }

    /** Where a browser refuses storage on file://, the page says so (data-role=storage) and keeps favourites. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void storageRefusedOnDiskIsReported(Engine engine) {
        ChromeDriver driver = web.browser(engine).driver();
        @SuppressWarnings("unchecked")
        Map<String, Object> script = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "Storage.prototype.setItem = function () { throw new DOMException('no', 'SecurityError'); };"));
        try {
            offline(driver, () -> {
                Session keynote = keynote();
                openFile(engine, bundle, "");
                js(driver, "localStorage.clear()");
                openFile(engine, bundle, "#view=list&day=" + demo.dayOf(keynote).date());
                WebElement warning = driver.findElement(By.cssSelector("[data-role=storage]"));
                assertFalse(warning.isDisplayed());
                driver.findElement(By.cssSelector(".c-session .c-star[data-star='" + keynote.id() + "']")).click();
                assertTrue(warning.isDisplayed(), "the page says favourites cannot be stored");
                return null;
            });
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", script.get("identifier")));
        }
    }

    /**
     * The hosted page's "Save for offline" writes the very file the CLI writes, from what it loaded, and that file
     * works from disk.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void saveForOfflineWritesTheBundleInTheBrowser(Engine engine) throws IOException {
        ChromeDriver driver = web.browser(engine).driver();
        driver.get("about:blank");
        SchedulePage page = web.open(engine, "index.html");
        assertEquals("ready", page.state());
        WebElement save = driver.findElement(By.cssSelector("[data-role=save-offline]"));
        assertTrue(save.isDisplayed(), "the hosted page offers it");
        assertEquals("Save for offline", save.getText());
        KeepIT.captureDownloads(driver);
        save.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> ((Number) js(driver,
                "return window.__downloads.length")).intValue() > 0);
        assertFalse(driver.findElement(By.cssSelector("[data-role=save-offline-failed]")).isDisplayed());
        Map<String, Object> file = KeepIT.lastDownload(driver);
        assertEquals("djangocon-us-2019.html", file.get("name"));
        assertEquals("text/html", file.get("type"));
        String html = (String) file.get("text");
        assertTrue(html.equals(Files.readString(bundle)), "the browser's file is the CLI's, byte for byte ("
                + html.length() + " and " + Files.size(bundle) + " chars)");

        Path saved = dir.resolve("saved-" + engine.attribute + ".html");
        Files.writeString(saved, html, StandardCharsets.UTF_8);
        offline(driver, () -> {
            SchedulePage copy = openFile(engine, saved, "#view=list");
            assertEquals(demo.sessions().size() > 0, copy.resultCount() > 0);
            web.browser(engine).screenshots("offline-saved");
            return null;
        });
    }

    /** A site without one of the files the page is made of: the button says it could not save, and stays usable. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"offline.js", "offline-template.html"})
    void saveForOfflineSaysWhenItCannot(String missing, @TempDir Path copy) throws IOException {
        EngineFallbackIT.copySite(copy, missing);
        ChromeDriver driver = web.browser(Engine.WASM).driver();
        try (Site site = Site.serve(copy)) {
            driver.get("about:blank");
            assertEquals("ready", new SchedulePage(driver).open(site.url("index.html")).state());
            WebElement failed = driver.findElement(By.cssSelector("[data-role=save-offline-failed]"));
            assertFalse(failed.isDisplayed());
            WebElement save = driver.findElement(By.cssSelector("[data-role=save-offline]"));
            save.click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> failed.isDisplayed());
            assertEquals("The page could not be saved.", failed.getText());
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> save.isEnabled());
        }
    }
}

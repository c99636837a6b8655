package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.cli.JavaTimeZones;
import dev.trackside.parse.ScheduleException;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Schedules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;

/**
 * Every way a schedule can fail shows the error state with a message naming the cause, in both engines; every broken
 * file of {@link BrokenFiles} (issue 7) gives either a working page with its warnings or that error state, as the JVM
 * core reads the same bytes: never a blank page, never an engine crash, never a freeze of more than a second
 * without a progress message on screen.
 */
class BadInputIT {
    /** The checked-in fixtures and the generated broken files, served as /fixtures/. */
    static final Path DIR = Path.of("target", "broken-corpus");
    static final int LARGE_CHARS = 50_000_000;

    @RegisterExtension
    static final SiteAndBrowsers web = SiteAndBrowsers.withFixtures(() -> DIR);

    private static final List<BrokenFiles.Broken> FILES = new ArrayList<>();
    private static final Set<Engine> watched = EnumSet.noneOf(Engine.class);

    /**
     * Installed before any page script: records long tasks (PerformanceObserver) and, at every frame, the header's
     * text and the search box's placeholder when they changed, so a freeze can be checked against what the visitor
     * saw when it began.
     */
    private static final String WATCH = """
            (() => {
              const log = {tasks: [], frames: []};
              Object.defineProperty(window, '__tracksideTest', {value: log});
              new PerformanceObserver(list => {
                for (const e of list.getEntries()) log.tasks.push([e.startTime, e.duration]);
              }).observe({type: 'longtask', buffered: true});
              let last = null;
              // performance.now(), not the callback's argument: that is the frame's begin time, which may be
              // before a long task that delayed the callback.
              const frame = () => {
                const time = performance.now();
                const title = document.querySelector('[data-role=title]');
                const box = document.querySelector('#trackside input[type=search]');
                const text = (title ? title.textContent : '') + ' | ' + (box ? box.placeholder : '');
                if (text !== last) { log.frames.push([time, text]); last = text; }
                requestAnimationFrame(frame);
              };
              requestAnimationFrame(frame);
            })();
            """;

    @BeforeAll
    static void generate() throws IOException {
        Files.createDirectories(DIR);
        try (Stream<Path> fixtures = Files.list(Site.FIXTURES)) {
            for (Path fixture : (Iterable<Path>) fixtures::iterator) {
                Files.copy(fixture, DIR.resolve(fixture.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        FILES.addAll(BrokenFiles.all());
        String large = BrokenFiles.large(LARGE_CHARS);
        FILES.add(new BrokenFiles.Broken("50 MB", "large.json", large.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        FILES.add(new BrokenFiles.Broken("50 MB", "large-cut.json", large.substring(0, large.length() - 1000)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        BrokenFiles.write(DIR, FILES);
    }

    static Stream<Arguments> brokenFiles() {
        List<Arguments> all = new ArrayList<>();
        for (Engine engine : Engine.values()) {
            for (BrokenFiles.Broken file : BrokenFiles.all()) {
                all.add(Arguments.of(engine, file.kind(), file.name()));
            }
            all.add(Arguments.of(engine, "50 MB", "large.json"));
            all.add(Arguments.of(engine, "50 MB", "large-cut.json"));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("brokenFiles")
    void aBrokenFileGivesAPageWithWarningsOrAnExplainedError(Engine engine, String kind, String name) {
        BrokenFiles.Broken file = FILES.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        // What the JVM core makes of the same text, decoded as fetch().text() does (U+FFFD, no byte order mark).
        String text = file.text().startsWith("\uFEFF") ? file.text().substring(1) : file.text();
        ScheduleRead read = null;
        String error = null;
        try {
            read = Schedules.read(text, JavaTimeZones.INSTANCE, null);
        } catch (ScheduleException e) {
            error = e.getMessage();
        }
        Browser browser = web.browser(engine);
        WebDriver driver = browser.driver();
        if (watched.add(engine)) {
            driver.get("about:blank");
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        }
        browser.consoleMessages();
        driver.get("about:blank");
        SchedulePage page = web.open(engine, "index.html?src=fixtures/" + name + "#view=list");
        // A wasm engine hands a document with an error to the JS engine, whose Gson finds its line and column; it
        // also hands over what JSON.parse reads differently (NativeJson.java), which some files here are.
        boolean handedOver = page.marks("trackside-handed-over") > 0;
        assertEquals(engine == Engine.WASM && handedOver ? "js" : engine.attribute, page.engine(), "the engine");
        assertTrue(engine == Engine.WASM || !handedOver, "only a wasm engine hands over");
        if (error != null) {
            assertEquals(engine == Engine.WASM, handedOver, "a wasm engine hands an error over");
            assertEquals("error", page.state(), () -> "expected the error " + kind);
            String alert = page.alertText();
            assertTrue(alert.contains("could not be read"), alert);
            String said = error;
            assertTrue(alert.contains(said), () -> alert + "\n  should say what the JVM says: " + said);
            assertTrue(error.equals("the document is empty") || error.matches("(?s).*(line \\d+, column \\d+|\\$).*"),
                    "the message names the position: " + error);
            System.out.println("broken: " + engine.attribute + " " + kind + " " + name + ": error: " + error);
        } else {
            assertEquals("ready", page.state(), () -> "expected a page for " + kind + ": " + page.alertText());
            String title = driver.findElement(By.cssSelector("[data-role=title]")).getText();
            assertEquals(read.schedule().conference().name(), title, "the header names the conference");
            List<WebElement> summary = driver.findElements(By.cssSelector(".c-notice summary"));
            if (read.warnings().isEmpty()) {
                assertTrue(summary.isEmpty(), "no notice without warnings");
            } else {
                assertEquals(Integer.toString(read.warnings().size()), summary.get(0).getAttribute("data-warnings"));
                assertEquals(Integer.toString(read.skipped()), summary.get(0).getAttribute("data-skipped"));
            }
            if (read.schedule().sessions().isEmpty()) {
                WebElement empty = driver.findElement(By.cssSelector("[data-role=empty]"));
                assertTrue(empty.isDisplayed() && empty.getText().contains("no sessions"), empty.getText());
            } else {
                assertTrue(page.renderedSessionCount() > 0, "sessions on the page");
            }
            System.out.println("broken: " + engine.attribute + " " + kind + " " + name + ": page, "
                    + read.schedule().sessions().size() + " sessions, " + read.warnings().size() + " warnings");
        }
        for (LogEntry entry : browser.consoleMessages()) {
            assertTrue(!entry.getMessage().contains("Uncaught") && !entry.getMessage().contains("internal error"),
                    "uncaught exception: " + entry.getMessage());
        }
        if (name.equals("large.json")) {
            // The search index is built after the first frame, with "Preparing search…" in the disabled box.
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                    .until(d -> page.searchBox().isEnabled());
            assertEquals("Search talks, speakers, topics…", page.searchBox().getAttribute("placeholder"));
        }
        // Long-task entries arrive a moment after the task; the index of a large schedule is built after a frame.
        ((JavascriptExecutor) driver).executeAsyncScript("setTimeout(arguments[arguments.length - 1], arguments[0])",
                name.startsWith("large") ? 300 : 30);
        assertNoFreezeWithoutProgress(driver, name);
        if (name.equals("large.json")) {
            // One search through all 50 MB (a known limit: each keystroke searches everything; docs/robustness.md).
            Number ms = (Number) ((JavascriptExecutor) driver).executeScript("const t = performance.now();"
                    + "history.replaceState(null, '', '#view=list&q=talk%204908');"
                    + "dispatchEvent(new HashChangeEvent('hashchange')); return performance.now() - t;");
            assertEquals(1, page.resultCount());
            System.out.println("broken: " + engine.attribute + " large.json: one search took " + ms.intValue() + " ms");
        }
        if (name.startsWith("large")) {
            browser.screenshot("broken-" + name.replace(".json", ""), Viewport.DESKTOP);
        }
    }

    /**
     * No long task over a second, unless the last frame before it showed what the page is doing: "Reading a large
     * schedule (… MB)…" in the header (reading happens on the page's thread; the message is painted first) or
     * "Preparing search…" in the search box (the index of a large schedule); and none over 10 s at all.
     */
    @SuppressWarnings("unchecked")
    private static void assertNoFreezeWithoutProgress(WebDriver driver, String name) {
        Map<String, Object> log = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => setTimeout(() => done({tasks: window.__tracksideTest.tasks,"
                + " frames: window.__tracksideTest.frames}), 0));");
        List<List<Number>> tasks = (List<List<Number>>) log.get("tasks");
        List<List<Object>> frames = (List<List<Object>>) log.get("frames");
        double longest = 0;
        for (List<Number> task : tasks) {
            double start = task.get(0).doubleValue();
            double duration = task.get(1).doubleValue();
            longest = Math.max(longest, duration);
            assertTrue(duration < 10_000, name + ": the page froze for " + duration + " ms");
            if (duration > 1000) {
                String shown = null;
                for (List<Object> frame : frames) {
                    if (((Number) frame.get(0)).doubleValue() <= start) {
                        shown = (String) frame.get(1);
                    }
                }
                String seen = shown;
                assertTrue(seen != null && (seen.matches("Reading a large schedule \\(\\d+\\.\\d MB\\)… \\|.*")
                        || seen.endsWith(" | Preparing search…")),
                        () -> name + ": froze " + Math.round(duration) + " ms at " + Math.round(start)
                                + " ms showing " + seen + "; frames " + frames);
            }
        }
        System.out.println("broken: " + name + ": longest task " + Math.round(longest) + " ms");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aScriptAddressAsTheScheduleIsNotRun(Engine engine) {
        SchedulePage page = web.open(engine, "index.html?src=javascript:window.__xss%3D1");
        assertEquals("error", page.state());
        String alert = page.alertText();
        assertTrue(alert.contains("javascript:window.__xss=1"), alert);
        assertEquals(null, ((JavascriptExecutor) web.browser(engine).driver()).executeScript("return window.__xss"));
    }

    /** The error page's alert; {@code read} when the document was read (a wasm engine then hands it over). */
    private String errorFor(Engine engine, String src, String screenshot, boolean read) {
        Browser browser = web.browser(engine);
        browser.consoleMessages(); // drop what earlier pages logged
        SchedulePage page = web.open(engine, "index.html?src=" + src);
        assertEquals("error", page.state());
        boolean handedOver = read && engine == Engine.WASM;
        assertEquals(handedOver ? "js" : engine.attribute, page.engine());
        assertEquals(handedOver ? 1L : 0L, page.marks("trackside-handed-over"));
        String alert = page.alertText();
        List<LogEntry> console = browser.consoleMessages();
        for (LogEntry entry : console) {
            assertTrue(!entry.getMessage().contains("Uncaught"), "uncaught exception: " + entry.getMessage());
        }
        browser.screenshots("error-" + screenshot);
        return alert;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void missingFileNamesTheHttpStatus(Engine engine) {
        String alert = errorFor(engine, "fixtures/no-such-file.json", "404", false);
        assertTrue(alert.contains("HTTP 404"), alert);
        assertTrue(alert.contains("fixtures/no-such-file.json"), alert);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void malformedJsonNamesLineAndColumn(Engine engine) {
        String alert = errorFor(engine, "fixtures/malformed.json", "malformed", true);
        // Line 4: `"conference": {"id": "x", "name": "Broken" "timeZone": …` lacks a comma before "timeZone".
        assertTrue(alert.contains("JSON syntax error"), alert);
        assertTrue(alert.contains("at line 4, column 47"), alert);
        assertTrue(alert.contains("expected ',' or '}'"), alert);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void jsonThatIsNoScheduleIsNamedAsSuch(Engine engine) {
        String alert = errorFor(engine, "fixtures/not-a-schedule.json", "not-a-schedule", true);
        assertTrue(alert.contains("not a schedule"), alert);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void topLevelArrayIsRejected(Engine engine) {
        String alert = errorFor(engine, "fixtures/array.json", "array", true);
        assertTrue(alert.contains("expected a JSON object at the top level"), alert);
        assertTrue(alert.contains("got an array"), alert);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void invalidFieldNamesItsJsonPath(Engine engine) {
        String alert = errorFor(engine, "fixtures/invalid-start.json", "invalid-field", true);
        assertTrue(alert.contains("$.sessions[1].start"), alert);
        assertTrue(alert.contains("got \"9am\""), alert);
    }
}

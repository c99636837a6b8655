package dev.trackside.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven through the local chromedriver. Selenium Manager cannot download anything here,
 * so the binaries are named explicitly; when they are missing the test fails and says how to install them.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    /** Where {@link #screenshot} writes: target/screenshots under Maven. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private final ChromeDriver driver;
    private final Engine engine;
    private Viewport viewport;

    private Browser(ChromeDriver driver, Engine engine) {
        this.driver = driver;
        this.engine = engine;
    }

    /**
     * A browser for {@code engine} (for {@link Engine#JS}, {@code window.WebAssembly} is deleted before any page
     * script runs), its viewport exactly {@link Viewport#DESKTOP}.
     */
    static Browser start(Engine engine) {
        return start(engine, true);
    }

    /**
     * A browser for {@code engine} as a visitor has it, for the benchmark: no console capture, no emulated viewport
     * (the 1400 × 900 window's own, 1400 px wide); both are test instruments that cost the page time as it loads.
     */
    static Browser plain(Engine engine) {
        return start(engine, false);
    }

    private static Browser start(Engine engine, boolean instrumented) {
        for (String binary : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(binary).canExecute()) {
                throw new IllegalStateException(binary + " not found: the browser tests need Debian's Chromium. "
                        + "Install it with: sudo apt-get install -y chromium chromium-driver");
            }
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=en-US");
        if (instrumented) {
            // Chromium ignores history.pushState/replaceState and hash changes past 200 in 10 s unless told not to;
            // XssIT visits hundreds of hash routes in a few seconds. Not for the benchmark: a visitor has it on.
            options.addArguments("--disable-ipc-flooding-protection");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        }
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        if (engine.removeWebAssembly) {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", "delete window.WebAssembly;"));
        }
        Browser browser = new Browser(driver, engine);
        // Headless Chromium's 1400 × 900 window has a 1400 × 813 viewport; emulate the exact size instead.
        if (instrumented) {
            browser.viewport(Viewport.DESKTOP);
        }
        return browser;
    }

    ChromeDriver driver() {
        return driver;
    }

    Engine engine() {
        return engine;
    }

    Viewport viewport() {
        return viewport;
    }

    /**
     * Makes the page's viewport {@code size} (emulated, so the CSS pixels are exact; it stays across navigations) and
     * waits until the page has laid out and painted at that size.
     */
    void viewport(Viewport size) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width(),
                "height", size.height(), "deviceScaleFactor", 1, "mobile", size.mobile()));
        viewport = size;
        awaitLayout();
    }

    /** Runs {@code action} at viewport {@code size}, then restores the viewport it had before. */
    <T> T atViewport(Viewport size, Supplier<T> action) {
        Viewport before = viewport;
        if (size.equals(before)) {
            return action.get();
        }
        viewport(size);
        try {
            return action.get();
        } finally {
            viewport(before);
        }
    }

    /** Waits for the page's resize to reach layout: the viewport reports its new width, then two frames pass. */
    private void awaitLayout() {
        ((JavascriptExecutor) driver).executeAsyncScript("""
                const width = arguments[0], done = arguments[arguments.length - 1];
                const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
                const check = (tries) => window.innerWidth === width || tries === 0
                    ? (document.fonts ? document.fonts.ready.then(frames) : frames())
                    : setTimeout(() => check(tries - 1), 10);
                check(100);
                """, viewport.width());
    }

    /**
     * Emulates {@code prefers-color-scheme}: {@code "light"} or {@code "dark"}; {@code ""} gives back the browser's
     * own (light, headless). Stays across navigations; media queries re-evaluate at once.
     */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        awaitLayout();
    }

    /** Console messages logged since the last call. */
    List<LogEntry> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /**
     * Saves what the viewport shows at {@code size} as {@code target/screenshots/NAME-WIDTH-ENGINE.png}, e.g.
     * {@code list-390-wasm.png}, then restores the viewport. Look at them.
     */
    Path screenshot(String name, Viewport size) {
        return atViewport(size, () -> {
            try {
                Files.createDirectories(SCREENSHOTS);
                Path file = SCREENSHOTS.resolve(name + "-" + size.width() + "-" + engine.attribute + ".png");
                Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** {@link #screenshot} at {@link Viewport#DESKTOP} and at {@link Viewport#PHONE}. */
    List<Path> screenshots(String name) {
        return List.of(screenshot(name, Viewport.DESKTOP), screenshot(name, Viewport.PHONE));
    }

    @Override
    public void close() {
        driver.quit();
    }
}

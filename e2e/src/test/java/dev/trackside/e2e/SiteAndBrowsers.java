package dev.trackside.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension for browser tests: the built site served on loopback and one headless Chromium per
 * {@link Engine}, shared by the tests of one class and closed after the last of them. Each starts on first use, so a
 * class that needs only one engine starts one browser. A missing Chromium fails the test that asked for it, with
 * the command that installs it ({@link Browser#start}).
 *
 * <p>When a test fails, every browser it used saves a screenshot of what it showed,
 * {@code target/screenshots/failed-CLASS-TEST-WIDTH-ENGINE.png}.
 *
 * <pre>{@code
 * class DemoScheduleIT {
 *     @RegisterExtension
 *     static final SiteAndBrowsers web = new SiteAndBrowsers();
 *
 *     @ParameterizedTest
 *     @EnumSource(Engine.class)
 *     void loads(Engine engine) {
 *         SchedulePage page = web.open(engine, "index.html");
 *         ...
 *     }
 * }
 * }</pre>
 *
 * The field must be static: the extension then sees the whole class (before all, after all).
 */
final class SiteAndBrowsers implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterTestExecutionCallback {
    private final Callable<Site> siteFactory;
    private final Map<Engine, Browser> browsers = new EnumMap<>(Engine.class);
    private final Set<Browser> usedByTest = new LinkedHashSet<>();
    private Site site;
    private boolean inClass;

    /** Serves target/dist with the e2e fixtures under /fixtures/ (and the corpus under /corpus/ when present). */
    SiteAndBrowsers() {
        this(Site::serve);
    }

    /** Serves what {@code siteFactory} starts, called on first use (after the class's @BeforeAll methods). */
    SiteAndBrowsers(Callable<Site> siteFactory) {
        this.siteFactory = siteFactory;
    }

    /** Serves target/dist with the folder {@code fixtures} gives (read on first use) under /fixtures/. */
    static SiteAndBrowsers withFixtures(Supplier<Path> fixtures) {
        return new SiteAndBrowsers(() -> new Site(Site.DIST, fixtures.get()));
    }

    /** The site, started on first call. */
    Site site() {
        checkInClass();
        if (site == null) {
            try {
                site = siteFactory.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("could not serve the site: " + e, e);
            }
        }
        return site;
    }

    /** Absolute URL of a path relative to the site root, e.g. {@code index.html?src=fixtures/array.json}. */
    String url(String path) {
        return site().url(path);
    }

    /** This class's browser for {@code engine}, started on first call; its viewport is {@link Viewport#DESKTOP}. */
    Browser browser(Engine engine) {
        checkInClass();
        Browser browser = browsers.computeIfAbsent(engine, Browser::start);
        usedByTest.add(browser);
        return browser;
    }

    /** Opens {@code path} of the site in {@code engine}'s browser and waits until the viewer is no longer loading. */
    SchedulePage open(Engine engine, String path) {
        return new SchedulePage(browser(engine).driver()).open(url(path));
    }

    /**
     * {@link #open} from a blank page (so that a hash-only change of address is a real load), asserting the viewer
     * ended "ready".
     */
    SchedulePage openReady(Engine engine, String path) {
        browser(engine).driver().get("about:blank");
        SchedulePage page = open(engine, path);
        org.junit.jupiter.api.Assertions.assertEquals("ready", page.state(), "state of " + path);
        return page;
    }

    private void checkInClass() {
        if (!inClass) {
            throw new IllegalStateException("declare the SiteAndBrowsers field `static` with @RegisterExtension: "
                    + "it serves a whole test class and closes after it");
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        inClass = true;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        checkInClass();
        usedByTest.clear();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String name = ("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName() + "-" + context.getDisplayName())
                .replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+$", "");
        for (Browser browser : usedByTest) {
            try {
                Path file = browser.screenshot(name, browser.viewport());
                System.err.println("Screenshot of the failed test: " + file);
            } catch (RuntimeException e) {
                System.err.println("No screenshot of the failed test: " + e);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<RuntimeException> failures = new ArrayList<>();
        for (Browser browser : browsers.values()) {
            try {
                browser.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        browsers.clear();
        usedByTest.clear();
        if (site != null) {
            site.close();
            site = null;
        }
        inClass = false;
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}

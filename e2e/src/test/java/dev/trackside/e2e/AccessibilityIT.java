package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core finds nothing against WCAG 2.0, 2.1 and 2.2 at levels A and AA ({@link Axe#WCAG_A_AA}) in any view of
 * the viewer, in both engines, in light and dark colours and on a phone-sized screen.
 *
 * <p>A new view is one more line in {@link #VIEWS}: a name, the page's path (query and hash included), when it is
 * ready to be checked, and optionally what to do to it first.
 */
class AccessibilityIT {
    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    /**
     * Every view checked, each in both engines and every {@link Look}. Add one as, e.g.,
     * {@code View.of("day grid", "index.html#view=grid&day=2019-09-23", state("ready"))}, with
     * {@code .then(page -> ...)} for what a visitor does first (open a dialog, type a search).
     */
    static final List<View> VIEWS = List.of(
            View.of("demo grid", "index.html#view=grid&day=2019-09-23", state("ready")),
            View.of("demo list", "index.html#view=list&day=2019-09-23", state("ready")),
            View.of("session detail", "index.html#view=grid&day=2019-09-23"
                    + "&session=2019-09-23-10-15-keynote-matt-mitchell", state("ready")),
            View.of("speakers", "index.html#view=speakers", state("ready")),
            View.of("speaker page", "index.html#view=speaker&speaker=andrew-godwin", state("ready")),
            View.of("running now, German", "index.html?lang=de&now=2019-09-23T10:30-07:00#view=grid", state("ready")),
            View.of("demo, no match", "index.html", state("ready")).then(page -> page.search("zzzz-no-such-talk")),
            View.of("notice opened", "index.html?src=fixtures/frab-with-problems.json", state("ready"))
                    .then(page -> page.root().findElement(By.cssSelector(".c-notice summary")).click()),
            View.of("load error", "index.html?src=fixtures/no-such-file.json", state("error")),
            View.of("agenda with a clash and a lost favourite", "index.html#view=agenda", state("ready"))
                    .then(AccessibilityIT::withFavourites),
            View.of("shared link, filter panel open", "index.html#view=list&day=2019-09-23&shared="
                    + "2019-09-23-11-30-t0-awesome-automated-apis-with-automagic,"
                    + "2019-09-23-14-20-t0-prepping-your-project-for-production", state("ready"))
                    .then(page -> page.root().findElement(By.cssSelector("[data-action=facets]")).click()));

    /** Stores three favourites (two of them clash, one left the schedule) and reloads the page. */
    private static void withFavourites(SchedulePage page) {
        org.openqa.selenium.WebDriver driver = ((org.openqa.selenium.WrapsDriver) page.root()).getWrappedDriver();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("localStorage.setItem("
                + "'trackside:djangocon-us-2019:favourites', JSON.stringify(["
                + "'2019-09-23-11-30-t0-awesome-automated-apis-with-automagic',"
                + "'2019-09-23-11-30-t1-logging-and-exception-handling-for', 'gone-1',"
                + "'2019-09-23-14-20-t0-prepping-your-project-for-production']))");
        driver.navigate().refresh();
        new SchedulePage(driver).awaitLoaded();
    }

    /** How the page is looked at: colour scheme and viewport. */
    enum Look {
        LIGHT("light", Viewport.DESKTOP),
        DARK("dark", Viewport.DESKTOP),
        PHONE("light", Viewport.PHONE);

        final String colorScheme;
        final Viewport viewport;

        Look(String colorScheme, Viewport viewport) {
            this.colorScheme = colorScheme;
            this.viewport = viewport;
        }
    }

    static List<Arguments> pages() {
        List<Arguments> pages = new ArrayList<>();
        for (View view : VIEWS) {
            for (Engine engine : Engine.values()) {
                for (Look look : Look.values()) {
                    pages.add(Arguments.of(view, engine, look));
                }
            }
        }
        return pages;
    }

    /** The browser whose look a test changed; {@link #restoreLook} puts it back after the failure screenshot. */
    private Browser changed;

    @ParameterizedTest(name = "{0} in {1}, {2}")
    @MethodSource("pages")
    void axeFindsNoViolations(View view, Engine engine, Look look) {
        changed = web.browser(engine);
        changed.colorScheme(look.colorScheme);
        changed.viewport(look.viewport);
        view.open(web, engine);
        Axe.assertNoViolations(changed.driver(), view + " in " + engine.attribute + ", " + look);
    }

    @AfterEach
    void restoreLook() {
        if (changed != null) {
            changed.colorScheme("");
            changed.viewport(Viewport.DESKTOP);
        }
    }

    static List<Arguments> viewsInEngines() {
        List<Arguments> views = new ArrayList<>();
        for (View view : VIEWS) {
            for (Engine engine : Engine.values()) {
                views.add(Arguments.of(view, engine));
            }
        }
        return views;
    }

    /** Every focus stop, in Tab order, has a name and shows where focus is (WCAG 2.4.7, 4.1.2). */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("viewsInEngines")
    void everyFocusStopHasANameAndAVisibleIndicator(View view, Engine engine) {
        WebDriver driver = web.browser(engine).driver();
        view.open(web, engine);
        Keyboard.fromTop(driver);
        List<String> stops = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String stop = Keyboard.tab(driver, 1).get(0);
            if (stop.equals("body")) {
                break;
            }
            stops.add(stop);
            if (!stop.contains("\"")) {
                problems.add(stop + " has no name");
            }
            if (!Keyboard.focusIndicatorShown(driver)) {
                problems.add(stop + " shows no focus indicator");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems) + "\nstops: " + stops);
        boolean modal = (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return !!document.querySelector('dialog[open]')");
        if (modal) {
            // A modal dialog keeps Tab inside it (the rest of the page is inert).
            assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return document.querySelector('dialog[open]').contains(document.activeElement)"
                    + " || document.activeElement === document.body"), "focus stays in the dialog: " + stops);
            assertTrue(stops.stream().noneMatch(stop -> stop.startsWith("input[type=search]")),
                    "nothing behind the dialog is a stop: " + stops);
        } else if (!"error".equals(new SchedulePage(driver).state())) {
            assertTrue(stops.stream().anyMatch(stop -> stop.startsWith("input[type=search] \"")),
                    "the search box is a stop: " + stops);
        }
    }

    /** The page's data-state is {@code wanted}. */
    static Predicate<SchedulePage> state(String wanted) {
        return page -> wanted.equals(page.state());
    }

    /** A state of the page worth checking. */
    record View(String name, String path, Predicate<SchedulePage> ready, Consumer<SchedulePage> action) {
        static View of(String name, String path, Predicate<SchedulePage> ready) {
            return new View(name, path, ready, page -> { });
        }

        /** The same view with {@code next} done to the page once it is ready. */
        View then(Consumer<SchedulePage> next) {
            return new View(name, path, ready, action.andThen(next));
        }

        /** Opens the view in {@code engine}'s browser: loads it, waits until it is ready, does its action. */
        SchedulePage open(SiteAndBrowsers web, Engine engine) {
            web.browser(engine).driver().get("about:blank"); // a new hash alone would not reload the page
            SchedulePage page = web.open(engine, path);
            new WebDriverWait(web.browser(engine).driver(), Duration.ofSeconds(20))
                    .withMessage(() -> name + " not ready; data-state=" + page.state())
                    .until(driver -> ready.test(page));
            assertEquals(engine.attribute, page.engine(), "engine");
            action.accept(page);
            return page;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}

package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Schedule;
import dev.trackside.parse.Schedules;
import dev.trackside.query.SessionSearch;
import dev.trackside.view.Facets;
import dev.trackside.view.ViewState;
import dev.trackside.view.ViewState.Facet;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Finding sessions (issue 5), in both engines: the facet panel's live counts against the core's. */
class FindIT {
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

    /** The counts the core gives for {@code query} and {@code state}'s filters. */
    private static Facets.Counts expected(String query, ViewState state) {
        boolean[] searched = new boolean[demo.sessions().size()];
        new SessionSearch(demo).match(query, searched);
        return new Facets(demo).count(searched, state);
    }

    private static void assertPanelShows(WebDriver driver, Facets.Counts counts) {
        Facets facets = new Facets(demo);
        int checked = 0;
        for (WebElement box : driver.findElements(By.cssSelector(".c-facets input[data-facet]"))) {
            Facet facet = Facet.fromId(box.getAttribute("data-facet"));
            String value = box.getAttribute("data-value");
            String shown = box.findElement(By.xpath("..")).findElement(By.cssSelector(".c-facet__count")).getText();
            assertEquals(Integer.toString(counts.count(facet, value)), shown, facet.id() + "=" + value);
            checked++;
        }
        int values = 0;
        for (Facet facet : Facet.values()) {
            int size = facets.values(facet).size();
            values += size > 1 ? size : 0;
        }
        assertEquals(values, checked, "every value of every facet with a choice has a box");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theFilterPanelCountsWhatEachValueWouldShowAndTicksCombineWithTheSearch(Engine engine) {
        open(engine, "index.html#view=list");
        WebDriver driver = web.browser(engine).driver();
        WebElement toggle = driver.findElement(By.cssSelector("[data-action=facets]"));
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertPanelShows(driver, expected("", ViewState.DEFAULT));
        assertEquals("Filters", toggle.getText(), "nothing ticked");

        WebElement box = driver.findElement(By.cssSelector(".c-facets input[data-facet=kind][data-value=talk]"));
        driver.findElement(By.cssSelector("input[type=search]")).sendKeys("django");
        ViewState searched = ViewState.DEFAULT.withQuery("django");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((String) ((JavascriptExecutor) d)
                .executeScript("return location.hash")).contains("q=django"));
        assertPanelShows(driver, expected("django", searched));

        box.click();
        ViewState filtered = searched.withFilter(Facet.KIND, "talk");
        assertTrue(((String) ((JavascriptExecutor) driver).executeScript("return location.hash"))
                .contains("kind=talk"));
        assertTrue(box.isSelected());
        assertEquals("Filters (1)", toggle.getText(), "the button counts the ticked values");
        assertPanelShows(driver, expected("django", filtered));
        List<WebElement> shown = driver.findElements(By.cssSelector(".c-session:not([hidden])"));
        int visible = 0;
        for (WebElement session : shown) {
            visible += session.isDisplayed() ? 1 : 0;
        }
        assertEquals(expected("django", filtered).total(), visible, "the list shows what the counts promise");
        web.browser(engine).screenshots("facets");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theListRanksMatchesAsTheCoreDoesAndMarksTheMatchedWords(Engine engine) {
        SchedulePage page = open(engine, "index.html#view=list");
        WebDriver driver = web.browser(engine).driver();
        String text = "django -tutorial kind:talk";
        page.search(text);
        int[] ranked = new SessionSearch(demo).search(dev.trackside.query.Query.parse(text));
        List<WebElement> items = driver.findElements(By.cssSelector(".c-results__list > .c-session"));
        assertEquals(Math.min(ranked.length, 20), items.size());
        for (int i = 0; i < items.size(); i++) {
            assertEquals(demo.sessions().get(ranked[i]).id(),
                    items.get(i).findElement(By.cssSelector("a[data-session-id]")).getAttribute("data-session-id"),
                    "result " + i);
        }
        WebElement firstTitle = items.get(0).findElement(By.cssSelector(".c-session__title"));
        List<WebElement> marks = firstTitle.findElements(By.tagName("mark"));
        assertTrue(!marks.isEmpty(), "the matched word is marked in " + firstTitle.getText());
        assertEquals("django", marks.get(0).getText().toLowerCase(java.util.Locale.ROOT));
        assertEquals(demo.sessions().get(ranked[0]).title(), firstTitle.getText(), "marking keeps the text");
        assertEquals(Integer.toString(ranked.length), page.root().findElement(By.cssSelector("[data-result-count]"))
                .getAttribute("data-result-count"));
        web.browser(engine).screenshots("search-results");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void mistakesInTheQueryAreShownBesideTheBoxAndTheRestStillSearches(Engine engine) {
        SchedulePage page = open(engine, "index.html?lang=de#view=list");
        WebDriver driver = web.browser(engine).driver();
        WebElement problems = driver.findElement(By.cssSelector("[data-role=query-problems]"));
        assertTrue(problems.getAttribute("hidden") != null);
        page.search("foo:bar speaker:");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> problems.getAttribute("hidden") == null);
        assertTrue(problems.getText().contains("„foo:“ ist kein Feld"), problems.getText());
        assertTrue(problems.getText().contains("„speaker:“ braucht einen Wert"), problems.getText());
        page.search("django \"test");
        assertTrue(problems.getText().contains("Anführungszeichen"), problems.getText());
        page.search("django");
        assertTrue(problems.getAttribute("hidden") != null, "no mistake, nothing shown");
        WebElement help = driver.findElement(By.cssSelector("details[data-role=help]"));
        help.findElement(By.tagName("summary")).click();
        assertTrue(help.getText().contains("speaker:godwin"), help.getText());
    }

    /**
     * The cards in the grid's scrolled view (or, with {@code all}, every card) whose dimming is wrong: dimmed
     * although their session matches, or bright although it does not; {@code null} if none.
     */
    private static String wronglyDimmed(WebDriver driver, java.util.Set<String> matching, boolean all) {
        List<?> wrong = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "var ids = arguments[0], all = arguments[1], out = [];"
                + "var view = document.querySelector('.c-grid-scroll').getBoundingClientRect();"
                + "document.querySelectorAll('.c-grid .c-card[data-session-id]').forEach(function (c) {"
                + "  var r = c.getBoundingClientRect();"
                + "  if (!all && (r.bottom < view.top || r.top > view.bottom || r.right < view.left || r.left > view.right)) return;"
                + "  var bright = ids.indexOf(c.getAttribute('data-session-id')) >= 0;"
                + "  if (c.hasAttribute('data-dim') === bright) out.push(c.getAttribute('data-session-id')); });"
                + "return out;", matching.toArray(), all);
        return wrong.isEmpty() ? null : wrong.toString();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theGridDimsWhatDoesNotMatchOnScreenAtOnceAndTheRestBeforeItIsSeenOrPrinted(Engine engine) {
        SchedulePage page = open(engine, "index.html#view=grid&day=2019-09-23");
        WebDriver driver = web.browser(engine).driver();
        String text = "django";
        boolean[] searched = new boolean[demo.sessions().size()];
        new SessionSearch(demo).match(text, searched);
        java.util.Set<String> matching = new java.util.HashSet<>();
        for (int i = 0; i < searched.length; i++) {
            if (searched[i]) {
                matching.add(demo.sessions().get(i).id());
            }
        }
        Object below = ((JavascriptExecutor) driver).executeScript("var view = document.querySelector('.c-grid-scroll');"
                + "return Array.prototype.filter.call(document.querySelectorAll('.c-grid .c-card'), function (c) {"
                + "return c.getBoundingClientRect().top > view.getBoundingClientRect().bottom + view.clientHeight; }).length");
        assertTrue(((Number) below).intValue() > 0, "the day has cards far below its view, else this tests nothing");
        page.search(text);
        assertEquals(null, wronglyDimmed(driver, matching, false), "cards on screen");
        ((JavascriptExecutor) driver).executeScript("var view = document.querySelector('.c-grid-scroll');"
                + "view.scrollTop = view.scrollHeight");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> wronglyDimmed(d, matching, false) == null);
        ((JavascriptExecutor) driver).executeScript("document.querySelector('.c-grid-scroll').scrollTop = 0;"
                + "dispatchEvent(new Event('beforeprint'))");
        assertEquals(null, wronglyDimmed(driver, matching, true), "every card, once printing starts");
        page.search("");
        ((JavascriptExecutor) driver).executeScript("dispatchEvent(new Event('beforeprint'))");
        assertEquals(0, driver.findElements(By.cssSelector(".c-grid .c-card[data-dim]")).size(), "cleared: none dim");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void resultsKeepTheirStarsAndClearingTheBoxShowsTheSameDayListAgain(Engine engine) {
        SchedulePage page = open(engine, "index.html#view=list");
        WebDriver driver = web.browser(engine).driver();
        List<String> before = page.visibleSessionIds();
        page.search("django");
        WebElement first = driver.findElements(By.cssSelector(".c-results__list > .c-session")).get(0);
        String id = first.findElement(By.cssSelector("a[data-session-id]")).getAttribute("data-session-id");
        first.findElement(By.cssSelector("button[data-star]")).click();
        // A query that drops the item, then one that brings it back: the item drawn before returns with its star.
        page.search("zzzz-no-such-session");
        assertEquals(0, driver.findElements(By.cssSelector(".c-results__list > .c-session")).size());
        page.search("django");
        WebElement again = driver.findElement(By.cssSelector(".c-results__list a[data-session-id='" + id + "']"))
                .findElement(By.xpath("ancestor::li[1]"));
        assertEquals("true", again.findElement(By.cssSelector("button[data-star]")).getAttribute("aria-pressed"));
        // Typed and opened at once (before the typing pause writes the hash), then unstarred in the detail.
        ((JavascriptExecutor) driver).executeScript("const box = document.querySelector('input[type=search]');"
                + "box.value = 'djang'; box.dispatchEvent(new Event('input'));"
                + "document.querySelector('.c-results__list a[data-session-id=\"' + arguments[0] + '\"]').click();", id);
        WebElement detailStar = driver.findElement(By.cssSelector("[data-role=detail] button[data-star]"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> detailStar.isDisplayed());
        detailStar.click();
        driver.navigate().back(); // the detail was pushed after the typed search: Back keeps the search
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !detailStar.isDisplayed());
        assertEquals("djang", page.searchBox().getAttribute("value"));
        assertTrue(((String) ((JavascriptExecutor) driver).executeScript("return location.hash")).contains("q=djang"));
        page.search("zzzz-no-such-session");
        page.search("django");
        assertEquals("false", driver.findElement(By.cssSelector(".c-results__list a[data-session-id='" + id + "']"))
                .findElement(By.xpath("ancestor::li[1]")).findElement(By.cssSelector("button[data-star]"))
                .getAttribute("aria-pressed"));
        page.search("");
        assertEquals(0, driver.findElements(By.cssSelector(".c-results")).size(), "the results left the page");
        assertEquals(before, page.visibleSessionIds(), "the day list is back as it was");
    }
}

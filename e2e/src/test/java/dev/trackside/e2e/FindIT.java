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
        WebDriver driver = web.browser(engine).driver();
        driver.get("about:blank");
        SchedulePage page = web.open(engine, path);
        assertEquals("ready", page.state(), "state of " + path);
        return page;
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
        assertPanelShows(driver, expected("django", filtered));
        List<WebElement> shown = driver.findElements(By.cssSelector(".c-session:not([hidden])"));
        int visible = 0;
        for (WebElement session : shown) {
            visible += session.isDisplayed() ? 1 : 0;
        }
        assertEquals(expected("django", filtered).total(), visible, "the list shows what the counts promise");
        web.browser(engine).screenshots("facets");
    }
}

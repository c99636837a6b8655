package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A schedule from another tool with items the reader must skip or flag: the page shows the rest, says how many
 * items it skipped, and lists every warning one click away. Nothing is dropped silently.
 */
class WarningsIT {
    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    @ParameterizedTest
    @EnumSource(Engine.class)
    void skippedItemsAreCountedAndListedOneClickAway(Engine engine) {
        Browser browser = web.browser(engine);
        WebDriver driver = browser.driver();
        SchedulePage page = web.open(engine, "index.html?src=fixtures/frab-with-problems.json#view=list");
        assertEquals("ready", page.state());
        assertEquals(List.of("a1", "a4"), page.visibleSessionIds());
        WebElement summary = driver.findElement(By.cssSelector(".c-notice summary"));
        assertEquals("2 items skipped, 1 warning while reading this c3voc/frab schedule.json.", summary.getText());
        WebElement list = driver.findElement(By.cssSelector(".c-notice__list"));
        assertFalse(list.isDisplayed(), "closed until asked");
        summary.click();
        assertTrue(list.isDisplayed(), "one click shows the list");
        List<String> codes = new ArrayList<>();
        for (WebElement item : list.findElements(By.cssSelector("li[data-code]"))) {
            codes.add(item.getAttribute("data-code"));
        }
        assertEquals(List.of("markup-in-text", "skipped-bad-time", "skipped-no-title"), codes);
        assertTrue(list.getText().contains("$.schedule.conference.days[0].rooms['Hall 1'][2].date"), list.getText());
        // HTML in a title is shown as the text it displays, never as markup.
        WebElement title = driver.findElement(By.cssSelector("[data-session-id=a1] .c-session__title"));
        assertEquals("A bold start", title.getText());
        assertTrue(title.findElements(By.tagName("b")).isEmpty());
        // 01:30 after midnight stays on the evening's day, as frab's day_start/day_end say.
        WebElement late = driver.findElement(By.cssSelector("[data-session-id=a4]"));
        assertEquals("2026-05-04", late.findElement(By.xpath("ancestor::section[@data-day]")).getAttribute("data-day"));
        browser.screenshots("warnings");
    }
}

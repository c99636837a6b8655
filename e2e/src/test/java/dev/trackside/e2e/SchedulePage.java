package dev.trackside.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object for the viewer, speaking only the documented DOM contract (ids and data-* attributes). */
final class SchedulePage {
    private final WebDriver driver;

    SchedulePage(WebDriver driver) {
        this.driver = driver;
    }

    SchedulePage open(String url) {
        driver.get(url);
        return awaitLoaded();
    }

    /** Waits until the viewer on the current page is no longer loading. */
    SchedulePage awaitLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !"loading".equals(state()));
        return this;
    }

    String state() {
        return root().getAttribute("data-state");
    }

    String engine() {
        return root().getAttribute("data-engine");
    }

    /** How many performance marks of this name the page made (trackside-native-json, trackside-handed-over, ...). */
    long marks(String name) {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByName(arguments[0]).length", name);
    }

    WebElement root() {
        return driver.findElement(By.id("trackside"));
    }

    WebElement searchBox() {
        return driver.findElement(By.cssSelector("input[type=search]"));
    }

    /** Empties the search box and types {@code text} key by key. */
    SchedulePage search(String text) {
        WebElement box = searchBox();
        // As a person does it: WebElement.clear() would not fire the input event the viewer listens to.
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            box.sendKeys(text);
        }
        return this;
    }

    int resultCount() {
        return Integer.parseInt(driver.findElement(By.cssSelector("[data-result-count]"))
                .getAttribute("data-result-count"));
    }

    /** Ids of the sessions a visitor can see (rendered and not hidden), in page order. */
    @SuppressWarnings("unchecked")
    List<String> visibleSessionIds() {
        Object ids = ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('[data-session-id]'))"
                        + ".filter(e => e.checkVisibility ? e.checkVisibility() : e.offsetParent !== null)"
                        + ".map(e => e.getAttribute('data-session-id'));");
        return new ArrayList<>((List<String>) ids);
    }

    int renderedSessionCount() {
        return driver.findElements(By.cssSelector("[data-session-id]")).size();
    }

    /** Text of the visible {@code role=alert} element. */
    String alertText() {
        for (WebElement alert : driver.findElements(By.cssSelector("[role=alert]"))) {
            if (alert.isDisplayed()) {
                return alert.getText();
            }
        }
        throw new AssertionError("no visible role=alert element; page state is " + state());
    }
}

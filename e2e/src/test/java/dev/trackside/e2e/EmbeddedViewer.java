package dev.trackside.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page object for one {@code <trackside-schedule>}: the element (which repeats the viewer's data-state, data-engine
 * and data-view) and its open shadow root, where every lookup goes: the documented DOM contract, one per viewer.
 */
final class EmbeddedViewer {
    private final WebDriver driver;
    private final String selector;

    /** The element {@code selector} names on the current page. */
    EmbeddedViewer(WebDriver driver, String selector) {
        this.driver = driver;
        this.selector = selector;
    }

    WebElement host() {
        return driver.findElement(By.cssSelector(selector));
    }

    SearchContext shadow() {
        return host().getShadowRoot();
    }

    /** Waits until the viewer is ready (or failed), then says which. */
    String awaitLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String state = host().getAttribute("data-state");
            return "ready".equals(state) || "error".equals(state);
        });
        return host().getAttribute("data-state");
    }

    WebElement find(String css) {
        return shadow().findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return shadow().findElements(By.cssSelector(css));
    }

    /** The viewer root inside the shadow root (index.html's {@code #trackside}, as a div). */
    WebElement root() {
        return find("#trackside");
    }

    int resultCount() {
        return Integer.parseInt(find("[data-result-count]").getAttribute("data-result-count"));
    }

    String selectedDay() {
        return find(".c-days__tab[aria-selected=true]").getAttribute("data-day");
    }

    boolean detailOpen() {
        return (Boolean) js("return arguments[0].shadowRoot.querySelector('dialog.c-detail').open;");
    }

    /** Empties the search box and types {@code text}, as a person does. */
    void search(String text) {
        WebElement box = find("input[type=search]");
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            box.sendKeys(text);
        }
    }

    /** Clicks {@code element} scrolled to the middle of the window, where no sticky toolbar covers it. */
    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** A property of {@code getComputedStyle} of the first element {@code css} matches in the shadow root. */
    String style(String css, String property) {
        return (String) js("return getComputedStyle(arguments[0].shadowRoot.querySelector(arguments[1]))"
                + ".getPropertyValue(arguments[2]);", css, property);
    }

    /** The data-session-id of the shadow root's focused element, or null. */
    String focusedSessionId() {
        return (String) js("var a = arguments[0].shadowRoot.activeElement;"
                + " return a && a.getAttribute('data-session-id');");
    }

    private Object js(String script, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = host();
        System.arraycopy(more, 0, args, 1, more.length);
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}

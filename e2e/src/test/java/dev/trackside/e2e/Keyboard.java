package dev.trackside.e2e;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Moves focus the way a keyboard user does and says where it went. Each focus stop is described as
 * {@code TAG[#id][.first-class][attributes] "accessible name"}, e.g. {@code input[type=search] "Search sessions"} or
 * {@code a "DjangoCon US 2019"}; focus on no element at all is {@code body}.
 *
 * <pre>{@code
 * Keyboard.fromTop(driver);
 * List<String> stops = Keyboard.tab(driver, 3);   // [a "DjangoCon US 2019", input[type=search] "Search sessions", …]
 * }</pre>
 */
final class Keyboard {
    private Keyboard() {
    }

    /** Moves focus and the sequential-navigation starting point back to the top of the page, as after a load. */
    static void fromTop(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("""
                if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
                const anchor = document.createElement('span');
                anchor.tabIndex = -1;
                document.body.prepend(anchor);
                anchor.focus({preventScroll: true});
                anchor.blur();
                anchor.remove();
                window.scrollTo(0, 0);
                """);
    }

    /** Presses Tab {@code times} times and returns the focused element after each press. */
    static List<String> tab(WebDriver driver, int times) {
        return press(driver, Keys.TAB, times);
    }

    /** Presses Shift+Tab {@code times} times and returns the focused element after each press. */
    static List<String> shiftTab(WebDriver driver, int times) {
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            stops.add(focused(driver));
        }
        return stops;
    }

    /** Presses {@code key} {@code times} times and returns the focused element after each press. */
    static List<String> press(WebDriver driver, CharSequence key, int times) {
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            new Actions(driver).sendKeys(key).perform();
            stops.add(focused(driver));
        }
        return stops;
    }

    /** The focused element ({@code document.activeElement}), described as in the class comment. */
    static String focused(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript(DESCRIBE);
    }

    /** Whether the focused element matches {@code :focus-visible} and draws an outline or a box shadow. */
    static boolean focusIndicatorShown(WebDriver driver) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const e = document.activeElement;
                if (!e || e === document.body || !e.matches(':focus-visible')) return false;
                const s = getComputedStyle(e);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                """);
    }

    /** An approximation of the accessible name, enough to tell focus stops apart in a test's expectations. */
    private static final String DESCRIBE = """
            const e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) return 'body';
            const clean = t => (t || '').replace(/\\s+/g, ' ').trim();
            let d = e.tagName.toLowerCase();
            if (e.id) d += '#' + e.id;
            else if (e.classList.length) d += '.' + e.classList[0];
            for (const a of ['type', 'role', 'data-session-id']) {
              if (e.hasAttribute(a)) d += '[' + a + '=' + e.getAttribute(a) + ']';
            }
            const byIds = (e.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
                .map(id => document.getElementById(id)).filter(Boolean).map(x => x.textContent).join(' ');
            let name = clean(byIds) || clean(e.getAttribute('aria-label'))
                || clean(e.labels && e.labels.length ? Array.from(e.labels).map(l => l.textContent).join(' ') : '')
                || clean(e.getAttribute('alt')) || clean(e.getAttribute('title'))
                || (e.tagName === 'INPUT' || e.tagName === 'SELECT' || e.tagName === 'TEXTAREA' ? '' : clean(e.textContent))
                || clean(e.getAttribute('placeholder'));
            if (name.length > 60) name = name.slice(0, 59) + '…';
            return name ? d + ' "' + name + '"' : d;
            """;
}

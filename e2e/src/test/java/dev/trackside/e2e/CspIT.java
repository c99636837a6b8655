package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page under a Content-Security-Policy header (issue 6 point 6; the policies are documented in the README).
 * The JS engine needs nothing beyond {@code default-src 'self'}; the wasm engine needs {@code 'wasm-unsafe-eval'}
 * to compile the module and {@code 'unsafe-eval'} for TeaVM's runtime, which builds its JavaScript bridge with
 * {@code new Function}. Without them boot.js falls back to the JS engine. Every violation the page reports
 * ({@code securitypolicyviolation}) is collected and compared with the expected ones.
 */
class CspIT {
    static final String STRICT = "default-src 'self'";
    static final String WASM = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'";
    static final String WASM_WITHOUT_EVAL = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

    /** Only its browsers are used: each test serves the site with its own policy. */
    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    private static Object js(ChromeDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Opens the site served under {@code policy} in {@code engine}'s browser, uses every view (the grid sets styles
     * through CSSOM, the detail is a dialog), searches and saves the page for offline use; returns the violations
     * reported, as "directive blocked-uri".
     */
    @SuppressWarnings("unchecked")
    private static List<String> violations(Engine engine, String policy, String expectedEngine) {
        ChromeDriver driver = web.browser(engine).driver();
        Map<String, Object> listener = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of(
                "source", "window.__csp = []; document.addEventListener('securitypolicyviolation', e =>"
                        + " window.__csp.push(e.effectiveDirective + ' ' + e.blockedURI), true);"));
        try (Site site = Site.serve().header("Content-Security-Policy", policy)) {
            driver.get("about:blank");
            web.browser(engine).consoleMessages(); // from here on
            SchedulePage page = new SchedulePage(driver).open(site.url("index.html#view=grid&day=2019-09-23"));
            assertEquals("ready", page.state(), () -> page.root().getText());
            assertEquals(expectedEngine, page.engine());
            assertTrue(page.renderedSessionCount() > 0);
            page.search("django");
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> page.resultCount() > 0);
            for (String view : new String[] {"list", "speakers", "agenda", "grid"}) {
                driver.findElement(By.cssSelector(".c-views__button[data-view=" + view + "]")).click();
                assertEquals(view, page.root().getAttribute("data-view"));
            }
            driver.findElement(By.cssSelector(".c-card[data-session-id]")).click();
            assertTrue(driver.findElement(By.cssSelector("dialog.c-detail")).isDisplayed());
            driver.findElement(By.cssSelector("dialog.c-detail [data-action=close]")).click();

            KeepIT.captureDownloads(driver);
            driver.findElement(By.cssSelector("[data-role=save-offline]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> ((Number) js(driver,
                    "return window.__downloads.length")).intValue() > 0);
            assertTrue(((String) KeepIT.lastDownload(driver).get("text")).contains("id=\"trackside-wasm\""));
            web.browser(engine).screenshot("csp-" + (policy.equals(STRICT) ? "strict" : "wasm"), Viewport.DESKTOP);
            for (LogEntry entry : web.browser(engine).consoleMessages()) {
                assertFalse(entry.getMessage().contains("Uncaught"), "an error nobody caught: " + entry.getMessage());
            }
            return (List<String>) js(driver, "return window.__csp");
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", listener.get("identifier")));
        }
    }

    /** The least policy: the JS engine runs without a single violation; the wasm module is refused once. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void defaultSrcSelfRunsTheJavaScriptEngine(Engine engine) {
        List<String> expected = engine == Engine.WASM ? List.of("script-src wasm-eval") : List.of();
        assertEquals(expected, violations(engine, STRICT, "js"));
    }

    @Test
    void theWasmEngineRunsWithWasmUnsafeEvalAndUnsafeEval() {
        assertEquals(List.of(), violations(Engine.WASM, WASM, "wasm"));
    }

    /** Compiling is allowed, but TeaVM's runtime cannot build its bridge: a rejection that boot.js falls back on. */
    @Test
    void wasmUnsafeEvalAloneIsNotEnoughForTheWasmEngine() {
        assertEquals(List.of("script-src eval"), violations(Engine.WASM, WASM_WITHOUT_EVAL, "js"));
    }
}

package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** The accessibility checker itself: it gets into a page that allows no script, and its report names the fix. */
class AxeIT {
    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    @Test
    void findsKnownViolationsInAPageWhoseCspForbidsEveryScript() {
        WebDriver driver = web.browser(Engine.WASM).driver();
        driver.get(web.url("fixtures/strict-csp.html"));
        assertEquals("Strict CSP, two known violations", driver.getTitle(), "the page's CSP blocked its own script");

        assertEquals(Axe.VERSION, Axe.inject(driver));
        List<Axe.Violation> violations = Axe.run(driver);
        assertEquals(List.of("button-name", "image-alt"), violations.stream().map(Axe.Violation::id).sorted().toList(),
                () -> Axe.report(violations));

        String report = Axe.report(violations);
        assertTrue(report.startsWith("2 axe rules violated on 2 elements (axe-core " + Axe.VERSION + "):"), report);
        assertTrue(report.contains("[critical] image-alt: Images must have alternative text"), report);
        assertTrue(report.contains("  - #nameless\n"), report);
        assertTrue(report.contains("Fix any of the following:"), report);
        assertTrue(report.contains("https://dequeuniversity.com/rules/axe/"), report);

        AssertionError failure = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> Axe.assertNoViolations(driver, "strict-csp fixture"));
        assertTrue(failure.getMessage().startsWith("strict-csp fixture (" + driver.getCurrentUrl() + "): 2 axe rules"),
                failure.getMessage());
    }
}

package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.logging.LogEntry;

/** Every way a schedule can fail shows the error state with a message naming the cause, in both engines. */
class BadInputIT {
    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    private String errorFor(Engine engine, String src, String screenshot) {
        Browser browser = web.browser(engine);
        browser.consoleMessages(); // drop what earlier pages logged
        SchedulePage page = web.open(engine, "index.html?src=" + src);
        assertEquals("error", page.state());
        assertEquals(engine.attribute, page.engine());
        String alert = page.alertText();
        List<LogEntry> console = browser.consoleMessages();
        for (LogEntry entry : console) {
            assertTrue(!entry.getMessage().contains("Uncaught"), "uncaught exception: " + entry.getMessage());
        }
        browser.screenshots("error-" + screenshot);
        return alert;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void missingFileNamesTheHttpStatus(Engine engine) {
        String alert = errorFor(engine, "fixtures/no-such-file.json", "404");
        assertTrue(alert.contains("HTTP 404"), alert);
        assertTrue(alert.contains("fixtures/no-such-file.json"), alert);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void malformedJsonNamesLineAndColumn(Engine engine) {
        String alert = errorFor(engine, "fixtures/malformed.json", "malformed");
        // Line 4: `"conference": {"id": "x", "name": "Broken" "timeZone": …` lacks a comma before "timeZone".
        assertTrue(alert.contains("JSON syntax error"), alert);
        assertTrue(alert.contains("at line 4, column 47"), alert);
        assertTrue(alert.contains("expected ',' or '}'"), alert);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void jsonThatIsNoScheduleIsNamedAsSuch(Engine engine) {
        String alert = errorFor(engine, "fixtures/not-a-schedule.json", "not-a-schedule");
        assertTrue(alert.contains("not a schedule"), alert);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void topLevelArrayIsRejected(Engine engine) {
        String alert = errorFor(engine, "fixtures/array.json", "array");
        assertTrue(alert.contains("expected a JSON object at the top level"), alert);
        assertTrue(alert.contains("got an array"), alert);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void invalidFieldNamesItsJsonPath(Engine engine) {
        String alert = errorFor(engine, "fixtures/invalid-start.json", "invalid-field");
        assertTrue(alert.contains("$.sessions[1].start"), alert);
        assertTrue(alert.contains("got \"9am\""), alert);
    }
}

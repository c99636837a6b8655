package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.Corpus;
import dev.trackside.cli.JavaTimeZones;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Schedules;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One real file per format, loaded with ?src= in both engines: the page shows every session the JVM reads from the
 * same file, and counts the same skipped items and warnings.
 */
class RealScheduleIT {
    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    @BeforeAll
    static void corpus() {
        Corpus.root(); // fails with instructions when the corpus is missing
    }

    static List<Arguments> files() {
        List<Arguments> files = new java.util.ArrayList<>();
        for (String file : new String[] {
            "voc-36C3_schedule/everything.schedule.json",
            "voc-camp2019_schedule/everything.schedule.json",
            "sotm2022-pretalx-widget/talks.json",
            "global-azure-austria-sessionize/Y2024/sessionize.json"}) {
            for (Engine engine : Engine.values()) {
                files.add(Arguments.of(file, engine));
            }
        }
        return files;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("files")
    void showsWhatTheJvmReads(String file, Engine engine) throws IOException {
        ScheduleRead expected = Schedules.read(Files.readString(Corpus.root().resolve(file)), JavaTimeZones.INSTANCE);
        Browser browser = web.browser(engine);
        SchedulePage page = web.open(engine, "index.html?src=corpus/" + file);
        assertEquals("ready", page.state(), () -> page.root().getText());
        assertEquals(engine.attribute, page.engine());
        int sessions = expected.schedule().sessions().size();
        assertTrue(sessions > 0, file + " has sessions");
        assertEquals(sessions, page.resultCount());
        assertEquals(sessions, page.renderedSessionCount());
        if (expected.warnings().isEmpty()) {
            assertTrue(browser.driver().findElements(By.cssSelector(".c-notice")).isEmpty(), "no notice");
        } else {
            WebElement summary = browser.driver().findElement(By.cssSelector(".c-notice summary"));
            assertEquals(Integer.toString(expected.skipped()), summary.getAttribute("data-skipped"));
            assertEquals(Integer.toString(expected.warnings().size()), summary.getAttribute("data-warnings"));
        }
        String name = file.substring(0, file.indexOf('/'));
        browser.screenshot("real-" + name, Viewport.DESKTOP);
    }
}

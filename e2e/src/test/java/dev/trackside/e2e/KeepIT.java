package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.parse.Schedules;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** What a visitor keeps (issue 5), in both engines: calendar downloads, favourites, the agenda and its link. */
class KeepIT {
    private static final String MONDAY = "2019-09-23";

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

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Records the Blobs the page offers for download instead of letting the browser save them. */
    static void captureDownloads(WebDriver driver) {
        js(driver, "window.__downloads = []; const create = URL.createObjectURL;"
                + "URL.createObjectURL = blob => { window.__downloads.push(blob); return create(blob); };"
                + "HTMLAnchorElement.prototype.click = function () {"
                + "  window.__downloads[window.__downloads.length - 1].fileName = this.download; };");
    }

    /** The last download's file name, type and text. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> lastDownload(WebDriver driver) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const b = window.__downloads.at(-1);"
                + "b.text().then(text => done({name: b.fileName, type: b.type, text: text}));");
    }

    static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    static Instant instant(VEvent event, String name) {
        return Instant.from(((DateProperty<?>) event.getProperty(name).get()).getDate());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theDetailDownloadsItsSessionAsAnICalendarEvent(Engine engine) throws Exception {
        Session keynote = null;
        for (Session session : demo.sessions()) {
            if (session.title().startsWith("Keynote") && demo.dayOf(session).date().toString().equals(MONDAY)) {
                keynote = session;
            }
        }
        assertNotNull(keynote);
        open(engine, "index.html#view=grid&session=" + keynote.id());
        WebDriver driver = web.browser(engine).driver();
        captureDownloads(driver);
        driver.findElement(By.cssSelector("dialog.c-detail [data-action=ics]")).click();
        Map<String, Object> file = lastDownload(driver);
        assertEquals("text/calendar", file.get("type"));
        assertTrue(((String) file.get("name")).endsWith(".ics"), "file name " + file.get("name"));
        Calendar calendar = new CalendarBuilder().build(new StringReader((String) file.get("text")));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals(keynote.title(), value(event, "SUMMARY"));
        assertEquals(Instant.ofEpochSecond(keynote.start().epochSecond()), instant(event, "DTSTART"));
        assertEquals(Instant.ofEpochSecond(keynote.end().epochSecond()), instant(event, "DTEND"));
        assertEquals(keynote.room().name(), value(event, "LOCATION"));
        assertEquals(keynote.id() + "@" + demo.conference().id() + ".trackside", value(event, "UID"));
        String url = value(event, "URL");
        assertTrue(url.startsWith(web.site().url("index.html")) && url.endsWith("#session=" + keynote.id()), url);
    }
}

package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Schedule;
import dev.trackside.parse.Schedules;
import dev.trackside.view.DayGrid;
import dev.trackside.view.ListBuckets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Both engines read a schedule with the browser's JSON.parse where that gives the tree Gson gives. Where it might not
 * (a number JSON.parse would rewrite, a repeated or integer field name) the JavaScript engine reads it with Gson, and
 * a wasm engine, which has no Gson, hands it to the JavaScript engine: either way the page shows what the JVM reads
 * from the same document. The {@code trackside-native-json} and {@code trackside-handed-over} marks tell which way.
 */
class NativeJsonIT {
    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    @TempDir
    static Path docs;
    private static Site site;

    /** A frab event in room {@code room}; {@code id} is written as given (a JSON number or string). */
    private static String event(String id, String title, String room, String start) {
        return "{\"id\": " + id + ", \"date\": \"2026-05-04T" + start + ":00+02:00\", \"start\": \"" + start
                + "\", \"duration\": \"00:30\", \"room\": \"" + room + "\", \"title\": \"" + title
                + "\", \"type\": \"lecture\", \"persons\": [{\"id\": 7, \"public_name\": \"Ada\"}]}";
    }

    private static String frab(String rooms) {
        return "{\"schedule\": {\"version\": \"1\", \"conference\": {\"acronym\": \"njc\", \"title\": \"Native Con\","
                + " \"time_zone_name\": \"Europe/Berlin\", \"days\": [{\"index\": 1, \"date\": \"2026-05-04\","
                + " \"rooms\": {" + rooms + "}}]}}}";
    }

    static List<Arguments> documents() {
        List<Arguments> documents = new ArrayList<>();
        // Quotes, backslashes, colons, braces and digits with dots inside strings are not the document's own.
        String tricky = "A \\\"quoted\\\" title: 1.5e3 {x} [y], C:\\\\ and \\\\\\\" \\u00e9";
        documents.add(Arguments.of("strings", frab("\"Hall: 1\": [" + event("1", tricky, "Hall: 1", "10:00") + ", "
                + event("2", "Second \\\\", "Hall: 1", "11:00") + "]"), true));
        documents.add(Arguments.of("fraction", frab("\"Hall\": [" + event("2.0", "Two", "Hall", "10:00") + "]"), false));
        documents.add(Arguments.of("exponent", frab("\"Hall\": [" + event("3e2", "Three hundred", "Hall", "10:00")
                + "]"), false));
        documents.add(Arguments.of("past-2^53", frab("\"Hall\": [" + event("12345678901234567890", "Big", "Hall",
                "10:00") + "]"), false));
        documents.add(Arguments.of("repeated-room", frab("\"Hall\": [" + event("1", "First", "Hall", "10:00")
                + "], \"Hall\": [" + event("2", "Second", "Hall", "11:00") + "]"), false));
        documents.add(Arguments.of("integer-rooms", frab("\"2\": [" + event("1", "In two", "2", "10:00") + "], "
                + "\"1\": [" + event("2", "In one", "1", "10:00") + "]"), false));
        List<Arguments> both = new ArrayList<>();
        for (Arguments document : documents) {
            for (Engine engine : Engine.values()) {
                Object[] a = document.get();
                both.add(Arguments.of(a[0], a[1], a[2], engine));
            }
        }
        return both;
    }

    @BeforeAll
    static void serve() throws IOException {
        for (Arguments document : documents()) {
            Files.writeString(docs.resolve(document.get()[0] + ".json"), (String) document.get()[1]);
        }
        site = new Site(Site.DIST, docs);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @ParameterizedTest(name = "{0} in {3}")
    @MethodSource("documents")
    void bothEnginesShowWhatTheJvmReads(String name, String json, boolean exact, Engine engine) {
        Schedule expected = Schedules.read(json, JavaTimeZones.INSTANCE).schedule();
        WebDriver driver = web.browser(engine).driver();
        driver.get("about:blank");
        SchedulePage page = new SchedulePage(driver).open(site.url("index.html?src=fixtures/" + name + ".json#view=list"));
        assertEquals("ready", page.state(), () -> page.root().getText());
        boolean handedOver = engine == Engine.WASM && !exact;
        assertEquals(handedOver ? "js" : engine.attribute, page.engine(), "the engine that read it");
        ListBuckets buckets = new ListBuckets(expected);
        assertTrue(expected.sessions().size() > 0, name);
        assertEquals(DemoScheduleIT.entries(null, 0, expected, buckets), page.visibleSessionIds(), "sessions");
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('[data-session-id]')).filter(e => e.checkVisibility())"
                + ".map(e => e.querySelector('.c-session__title').textContent)");
        List<String> expectedTitles = new ArrayList<>();
        for (String id : page.visibleSessionIds()) {
            expectedTitles.add(expected.sessions().stream().filter(s -> s.id().equals(id)).findFirst()
                    .orElseThrow().title());
        }
        assertEquals(expectedTitles, titles, "titles");

        assertEquals(exact ? 1L : 0L, page.marks("trackside-native-json"), "read with JSON.parse");
        assertEquals(handedOver ? 1L : 0L, page.marks("trackside-handed-over"), "handed to the JS engine");

        driver.get("about:blank");
        new SchedulePage(driver).open(site.url("index.html?src=fixtures/" + name + ".json#view=grid"));
        DayGrid grid = DayGrid.of(expected, expected.days().get(0), null, JavaTimeZones.INSTANCE,
                DayGrid.DEFAULT_SLICE_MINUTES);
        List<String> rooms = new ArrayList<>();
        for (DayGrid.Column column : grid.columns()) {
            rooms.add(column.name());
        }
        List<String> shown = new ArrayList<>();
        for (WebElement room : driver.findElements(By.cssSelector(".c-grid__room"))) {
            shown.add(room.getText());
        }
        assertEquals(rooms, shown, "rooms in the grid");
    }
}

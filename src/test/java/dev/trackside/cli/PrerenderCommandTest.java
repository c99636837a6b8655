package dev.trackside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Schedule;
import dev.trackside.model.ZonedTime;
import dev.trackside.parse.Schedules;
import dev.trackside.view.DayGrid;
import dev.trackside.view.ListBuckets;
import dev.trackside.view.SessionList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrerenderCommandTest {
    private static final Path WEB = Path.of("web");
    private static final String DEMO = "demo/djangocon-us-2019.json";

    @TempDir
    Path site;

    private String prerender(String schedule) throws IOException {
        Files.copy(WEB.resolve("index.html"), site.resolve("index.html"));
        Files.createDirectories(site.resolve("demo"));
        Files.writeString(site.resolve(DEMO), schedule);
        return run();
    }

    private String run() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"prerender", site.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return Files.readString(site.resolve("index.html"));
    }

    @Test
    void writesTheFirstDaysCardsInTheGridsOrderWithTheirCellsInFirstCss() throws IOException {
        String demoText = Files.readString(WEB.resolve(DEMO));
        String html = prerender(demoText);
        Schedule demo = Schedules.parse(demoText);
        DayGrid day = DayGrid.of(demo, demo.days().get(0));
        String css = Files.readString(site.resolve("first.css"));
        Matcher card = Pattern.compile("<a class=\"c-card (tsf-\\d+)\"[^>]*data-session-id=\"([^\"]*)\"").matcher(html);
        int i = 0;
        for (DayGrid.Placement placement : day.placements()) {
            if (placement.row() >= FirstScreen.ROWS || placement.column() >= FirstScreen.ROOMS) {
                continue;
            }
            assertTrue(card.find(), "card " + i);
            assertEquals(demo.sessions().get(placement.session()).id(), card.group(2), "card " + i);
            assertTrue(css.contains("." + card.group(1) + "{grid-row:" + (placement.row() + 2) + " / span "
                    + placement.rowSpan() + ";grid-column:" + (placement.column() + 2) + " / span "
                    + placement.columnSpan()), card.group(1) + " in first.css");
            i++;
        }
        assertFalse(card.find(), "no card beyond the first day's");
        assertTrue(i > 10, i + " cards");
        assertEquals(2, count(html, "elementtiming=\"first-session-static\""), "the grid's first card, the list's");
        assertEquals(demo.days().size(), count(html, "role=\"tab\""));
        assertTrue(html.contains("<span class=\"c-first\"><a href=\"https://2019.djangocon.us/\" rel=\"noopener\">"
                + "DjangoCon US 2019</a></span>"), "the linked name");
        assertTrue(html.contains("<meta name=\"trackside-first\" content=\""));
        assertFalse(html.contains("aria-pressed=\"true\""), "first.js and style.css show the view first, by width");
        assertTrue(css.contains("main:not([data-src=\"" + DEMO + "\"]) .c-first"), "names the schedule it shows");
    }

    @Test
    void viewerHtmlIsThePageWithoutItsFirstScreen() throws IOException {
        prerender(Files.readString(WEB.resolve(DEMO)));
        assertEquals(Files.readString(WEB.resolve("index.html")), Files.readString(site.resolve("viewer.html")));
    }

    @Test
    void writesTheFirstDayOfTheListInItsOrder() throws IOException {
        String demoText = Files.readString(WEB.resolve(DEMO));
        String html = prerender(demoText);
        ListBuckets buckets = new ListBuckets(Schedules.parse(demoText));
        StringBuilder expected = new StringBuilder();
        for (SessionList.Slot slot : buckets.list().days().get(0).slots()) {
            for (ListBuckets.Entry entry : buckets.entries(slot)) {
                expected.append(buckets.schedule().sessions().get(entry.session()).id()).append(' ');
            }
        }
        StringBuilder written = new StringBuilder();
        Matcher item = Pattern.compile("<a class=\"c-session__link\" href=\"[^\"]*\" data-session-id=\"([^\"]*)\"")
                .matcher(html);
        while (item.find()) {
            written.append(item.group(1)).append(' ');
        }
        assertEquals(expected.toString(), written.toString());
        assertTrue(html.contains("<h2 class=\"c-day__title\">Sunday, September 22, 2019 \u00b7 Tutorials</h2>"));
    }

    @Test
    void namesTheWasmEngineThatBootJsWillLoadForDataSrc() throws IOException {
        String demo = Files.readString(WEB.resolve(DEMO));
        assertTrue(prerender(demo).contains(" data-wasm=\"trackside-own.wasm\">"));
        // "format" after other fields: the engine that reads every format (boot.js sees only the first bytes).
        String later = demo.replaceFirst("\"format\": \"trackside-schedule\",", "")
                .replaceFirst("\"version\": 1,", "\"version\": 1, \"format\": \"trackside-schedule\",");
        assertTrue(later.indexOf("\"format\"") > 20, "the test moved it");
        Files.delete(site.resolve("index.html"));
        assertTrue(prerender(later).contains(" data-wasm=\"trackside.wasm\">"));
    }

    @Test
    void runningAgainReplacesWhatItWrote() throws IOException {
        String once = prerender(Files.readString(WEB.resolve(DEMO)));
        assertEquals(once, run());
    }

    @Test
    void aDataSrcThatIsNotAFileBesideThePageIsRefusedAndThePageLeftAlone() throws IOException {
        Files.writeString(site.resolve("index.html"), Files.readString(WEB.resolve("index.html"))
                .replace("data-src=\"" + DEMO + "\"", "data-src=\"https://example.org/schedule.json\""));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"prerender", site.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("data-src \"https://example.org/schedule.json\" is"
                + " not a file in"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.readString(site.resolve("index.html")).contains("c-first\""));
    }

    @Test
    void scheduleTextIsEscaped() throws IOException {
        String html = prerender(schedule("<img src=x onerror=alert(1)>", "\"><script>alert(2)</script>"));
        assertFalse(html.contains("<img src=x"), "title as text");
        assertFalse(html.contains("<script>alert"), "room as text");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("title=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""));
    }

    @Test
    void aScheduleWithoutDaysLeavesThePageAsItWas() throws IOException {
        String html = prerender("{\"format\": \"trackside-schedule\", \"version\": 1, \"conference\": {\"id\": \"x\","
                + " \"name\": \"X\", \"timeZone\": \"UTC\"}, \"sessions\": []}");
        assertEquals(Files.readString(WEB.resolve("index.html")), html);
        assertEquals("", Files.readString(site.resolve("first.css")));
    }

    @Test
    void datesAndTimesAreWrittenAsTheBrowsersIntlWritesThem() {
        FirstScreen.Dates en = new FirstScreen.Dates("en");
        FirstScreen.Dates de = new FirstScreen.Dates("de");
        ZonedTime morning = ZonedTime.parse("2019-09-22T09:05-07:00");
        ZonedTime evening = ZonedTime.parse("2019-09-22T17:30-07:00");
        assertEquals("9:05 AM", en.clock(morning));
        assertEquals("5:30 PM", en.clock(evening));
        assertEquals("09:05", de.clock(morning));
        CivilDate sunday = morning.date();
        assertEquals("Sun, Sep 22", en.tab(sunday));
        assertEquals("So., 22. Sept.", de.tab(sunday));
        assertEquals("Sunday, September 22, 2019", en.longDate(sunday));
        assertEquals("Sonntag, 22. September 2019", de.longDate(sunday));
    }

    private static String schedule(String title, String room) {
        return "{\"format\": \"trackside-schedule\", \"version\": 1,"
                + " \"conference\": {\"id\": \"x\", \"name\": \"X\", \"timeZone\": \"Europe/Berlin\"},"
                + " \"rooms\": [{\"id\": \"r\", \"name\": " + json(room) + "}],"
                + " \"sessions\": [{\"id\": \"s\", \"title\": " + json(title) + ", \"kind\": \"talk\","
                + " \"start\": \"2030-05-01T10:00+02:00\", \"end\": \"2030-05-01T11:00+02:00\", \"room\": \"r\"}]}";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}

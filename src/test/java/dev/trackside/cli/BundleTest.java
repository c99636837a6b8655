package dev.trackside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.parse.Schedules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single-file page from the real template and shell in web/ with stand-in engines (the built ones are checked
 * in the browser by OfflineIT, over file:// with the network off).
 */
class BundleTest {
    private static final String DEMO = "web/demo/djangocon-us-2019.json";
    private static final byte[] WASM = {0, 97, 115, 109, 1, 0, 0, 0, (byte) 0xff, '<', '/'};
    /** Stands for trackside-own.wasm, the engine for our own format only. */
    private static final byte[] WASM_OWN = {0, 97, 115, 109, 1, 0, 0, 0, 'o', 'w', 'n'};

    @TempDir
    Path site;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void site() throws IOException {
        for (String name : new String[] {"offline-template.html", "index.html", "style.css", "boot.js"}) {
            Files.copy(Path.of("web", name), site.resolve(name));
        }
        Files.writeString(site.resolve("classes.wasm-runtime.js"), "var TeaVM = {wasmGC: {}}; // </script> <!-- x");
        Files.writeString(site.resolve("trackside.js"), "function main() { return '</SCRIPT>'; }");
        Files.writeString(site.resolve("trackside-markup.js"), "var markup = '<!-- </script>';");
        Files.write(site.resolve("trackside.wasm"), WASM);
        Files.write(site.resolve("trackside-own.wasm"), WASM_OWN);
    }

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String page(String name, String schedule) throws IOException {
        return Bundle.write(Bundle.Site.folder(site), name, schedule, null);
    }

    /** The text of the one element {@code <script ... id="ID" ...>}. */
    private static String script(String page, String id) {
        Matcher m = Pattern.compile("<script[^>]* id=\"" + id + "\"[^>]*>(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "no script#" + id);
        String text = m.group(1);
        assertFalse(m.find(), "two script#" + id);
        return text;
    }

    @Test
    void thePageCarriesTheViewerTheStylesTheEnginesAndTheScheduleInline() throws IOException {
        String schedule = Files.readString(Path.of(DEMO));
        String page = page("djangocon-us-2019.json", schedule);
        assertFalse(page.contains("{{"), "a placeholder is left");
        assertTrue(page.startsWith("<!doctype html>"));
        // Nothing is fetched: no src=, no stylesheet link, no preload.
        assertFalse(page.contains(" src=\""), "a script or image from a file");
        assertFalse(page.contains("<link"), "a linked file");
        assertTrue(page.contains("<style>\n" + Files.readString(Path.of("web/style.css"))), "style.css inline");
        assertTrue(page.contains("<main id=\"trackside\""));
        assertTrue(page.contains("data-src=\"djangocon-us-2019.json\""), "the viewer's schedule is the inline one");
        assertTrue(page.contains("data-msg=\"SKIP_TO_SCHEDULE\""), "the viewer element is index.html's");
        // The demo declares our own format first thing: the smaller engine (as engine.js would choose).
        assertEquals(Base64.getEncoder().encodeToString(WASM_OWN), script(page, "trackside-wasm"));
        assertEquals("\nfunction main() { return '<\\/SCRIPT>'; }\n", script(page, "trackside-js"));
        assertEquals("\nvar markup = '<\\!-- <\\/script>';\n", script(page, "trackside-markup"));
        assertTrue(page.contains("var TeaVM = {wasmGC: {}}; // <\\/script> <\\!-- x"), "runtime escaped");
        assertTrue(page.contains(Files.readString(Path.of("web/boot.js"))), "boot.js inline as written");
        String json = script(page, "trackside-schedule");
        assertFalse(json.contains("<"));
        assertEquals(schedule, json.replace("\\u003C", "<"));
        assertEquals(98, Schedules.parse(json).sessions().size(), "the inline JSON reads as the schedule");
    }

    @Test
    void thePageLeavesOutTheFirstScreenIndexHtmlHoldsForItsOwnSchedule() throws IOException {
        Files.createDirectories(site.resolve("demo"));
        Files.copy(Path.of("web/demo/djangocon-us-2019.json"), site.resolve("demo/djangocon-us-2019.json"));
        assertEquals(0, run("prerender", site.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(site.resolve("index.html")).contains("class=\"c-card "), "the site has one");
        String page = page("other.json", "{}");
        assertFalse(page.contains("c-first\""), "no part of it");
        assertFalse(page.contains("class=\"c-card "), "no card");
        assertTrue(page.contains("<!--first:sessions--><!--/first:sessions-->"), "its slots, empty");
    }

    @Test
    void theScheduleCannotEndItsScriptElement() throws IOException {
        String schedule = "{\"title\": \"</script><script>alert(1)</script><!--\"}";
        String json = script(page("x.json", schedule), "trackside-schedule");
        assertEquals("{\"title\": \"\\u003C/script>\\u003Cscript>alert(1)\\u003C/script>\\u003C!--\"}", json);
    }

    @Test
    void theScheduleNameAndZoneAreAttributesOfTheViewer() throws IOException {
        String page = Bundle.write(Bundle.Site.folder(site), "a\"b<c>&.json", "{}", "Europe/Vienna");
        assertTrue(page.contains("data-src=\"a&quot;b&lt;c&gt;&amp;.json\""), page);
        assertTrue(page.contains("data-time-zone=\"Europe/Vienna\""));
        assertEquals("<main a=\"1\" data-src=\"x\"", Bundle.attribute("<main a=\"1\" data-src=\"old\"", "data-src", "x"));
        assertEquals("<main a=\"1\" b=\"x\"", Bundle.attribute("<main a=\"1\"", "b", "x"));
    }

    @Test
    void placeholdersAreFilledOnceAndAnUnknownOneIsAnError() {
        assertEquals("a {{y}} b", Bundle.fill("a {{x}} b", Map.of("x", "{{y}}")));
        assertThrows(IllegalArgumentException.class, () -> Bundle.fill("{{nope}}", Map.of()));
    }

    @Test
    void bundleWritesTheFileNamedAfterTheSchedule(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("conference.html");
        assertEquals(0, run("bundle", DEMO, "-o", target.toString(), "--site", site.toString()), err.toString());
        assertTrue(out.toString().contains("wrote " + target + ": 98 sessions"), out.toString());
        assertEquals(page("djangocon-us-2019.json", Files.readString(Path.of(DEMO))), Files.readString(target));
    }

    @Test
    void frabXmlGoesInAsTheTracksideFormat(@TempDir Path dir) throws IOException {
        Path xml = dir.resolve("fosdem.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?><schedule><conference><title>Mini</title>"
                + "<start>2019-12-27</start><end>2019-12-27</end><time_zone_name>Europe/Berlin</time_zone_name>"
                + "</conference><day index=\"1\" date=\"2019-12-27\"><room name=\"Ada\"><event guid=\"g1\" id=\"1\">"
                + "<date>2019-12-27T11:00:00+01:00</date><start>11:00</start><duration>01:00</duration>"
                + "<room>Ada</room><title>1 &lt; 2</title><type>lecture</type></event></room></day></schedule>");
        Path target = dir.resolve("out.html");
        assertEquals(0, run("bundle", xml.toString(), "-o", target.toString(), "--site", site.toString()),
                err.toString());
        String page = Files.readString(target);
        assertTrue(page.contains("data-src=\"fosdem.json\""), "named as JSON");
        String json = script(page, "trackside-schedule").replace("\\u003C", "<");
        assertEquals("1 < 2", Schedules.parse(json).sessions().get(0).title());
        assertEquals(Base64.getEncoder().encodeToString(WASM_OWN), script(page, "trackside-wasm"), "in our format");
    }

    @Test
    void otherToolsFormatsGetTheEngineThatReadsThem() throws IOException {
        String frab = Files.readString(Path.of("e2e/fixtures/frab-with-problems.json"));
        assertEquals(Base64.getEncoder().encodeToString(WASM), script(page("frab.json", frab), "trackside-wasm"));
    }

    @Test
    void aScheduleThePageCouldNotShowIsRefused(@TempDir Path dir) {
        Path target = dir.resolve("out.html");
        assertEquals(2, run("bundle", "e2e/fixtures/malformed.json", "-o", target.toString(), "--site",
                site.toString()));
        assertTrue(err.toString().contains("malformed.json:4:47: error: JSON syntax error"), err.toString());
        assertFalse(Files.exists(target));
    }

    @Test
    void aSiteWithoutTheEnginesIsNamed(@TempDir Path dir) throws IOException {
        Files.delete(site.resolve("trackside.wasm"));
        assertEquals(2, run("bundle", DEMO, "-o", dir.resolve("out.html").toString(), "--site", site.toString()));
        assertTrue(err.toString().contains("trackside.wasm is missing"), err.toString());
    }
}

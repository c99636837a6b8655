package dev.trackside.e2e;

import dev.trackside.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Measures what a visitor pays: code size, time from navigation to the first session painted, and time from a
 * keystroke to the updated list, for the demo, 36C3 and a generated 10,000-session schedule in both engines, and
 * the demo as the single-file page over file://.
 * Run with {@code mvn -Pbench package}; prints a Markdown report and writes target/benchmarks.md.
 * A benchmark, not a test: it asserts nothing and is never part of {@code mvn verify}.
 */
public final class Benchmark {
    private static final int RUNS = Integer.getInteger("bench.runs", 7);
    private static final String[] QUERIES = {"d", "dj", "dja", "djan", "djang", "django", "django ", "django t",
        "django te", "django tes", "django test", "a", "as", "asy", "asyn", "async", "", "garcía", "s", "se", "sec",
        "secu", "security", "x", ""};

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dist = Site.DIST;
        Path work = Path.of("target", "bench");
        Files.createDirectories(work);
        Files.writeString(work.resolve("generated-10000.json"), GeneratedSchedule.json(10_000, 42));
        StringBuilder report = new StringBuilder();
        report.append("## Code size (bytes)\n\n| file | raw | gzip -9 |\n|---|---:|---:|\n");
        Map<String, long[]> sizes = new LinkedHashMap<>();
        for (String file : new String[] {"index.html", "viewer.html", "style.css", "trackside-embed.css", "first.css",
            "first.js", "boot.js", "trackside-embed.js", "classes.wasm-runtime.js", "trackside-own.wasm",
            "trackside.wasm", "trackside.js", "trackside-markup.js", "messages-de.json"}) {
            byte[] bytes = Files.readAllBytes(dist.resolve(file));
            sizes.put(file, new long[] {bytes.length, gzipSize(bytes)});
            report.append("| ").append(file).append(" | ").append(bytes.length).append(" | ")
                    .append(sizes.get(file)[1]).append(" |\n");
        }
        // What each kind of page downloads apart from the schedule: the hosted page or an embed, with the wasm
        // engine for our own format, for other tools' formats, or the JS engine (which reads every format). Its
        // code (scripts and wasm), then everything (with its HTML and stylesheets). A wasm engine loads
        // trackside-markup.js when an abstract or bio is first shown, and messages-de.json for a German viewer.
        List<String> hosted = List.of("index.html", "style.css", "first.css", "first.js", "boot.js");
        List<String> embed = List.of("trackside-embed.js", "trackside-embed.css", "viewer.html");
        List<String> wasmOwn = List.of("classes.wasm-runtime.js", "trackside-own.wasm");
        List<String> wasmAll = List.of("classes.wasm-runtime.js", "trackside.wasm");
        // The hosted page's runtime is a script of the page: a browser without WasmGC downloads it too.
        List<String> js = List.of("classes.wasm-runtime.js", "trackside.js");
        for (Object[] total : new Object[][] {
            {"hosted page, wasm engine, our format", hosted, wasmOwn},
            {"hosted page, wasm engine, other formats", hosted, wasmAll},
            {"hosted page, JS engine", hosted, js},
            {"embed, wasm engine, our format", embed, wasmOwn},
            {"embed, wasm engine, other formats", embed, wasmAll}}) {
            long raw = 0;
            long gzip = 0;
            long codeRaw = 0;
            long codeGzip = 0;
            for (int part = 1; part <= 2; part++) {
                for (Object file : (List<?>) total[part]) {
                    String name = (String) file;
                    raw += sizes.get(name)[0];
                    gzip += sizes.get(name)[1];
                    if (name.endsWith(".js") || name.endsWith(".wasm")) {
                        codeRaw += sizes.get(name)[0];
                        codeGzip += sizes.get(name)[1];
                    }
                }
            }
            report.append("| **code, ").append(total[0]).append("** (scripts and wasm) | ").append(codeRaw)
                    .append(" | **").append(codeGzip).append("** |\n");
            report.append("| total, ").append(total[0]).append(" (with HTML and CSS) | ").append(raw).append(" | ")
                    .append(gzip).append(" |\n");
        }
        // The single-file offline page of the demo, as `trackside bundle` writes it (both engines inside).
        Path bundle = work.resolve("djangocon-us-2019.html");
        if (Cli.run(new String[] {"bundle", dist.resolve("demo/djangocon-us-2019.json").toString(), "-o",
            bundle.toString(), "--site", dist.toString()}, System.out, System.err) != 0) {
            throw new IllegalStateException("bundle failed");
        }
        byte[] single = Files.readAllBytes(bundle);
        report.append("| single-file page, demo (`bundle`: both engines and the schedule inline) | ")
                .append(single.length).append(" | ").append(gzipSize(single)).append(" |\n\n");

        report.append("## Page timings, headless Chromium (ms, median of ").append(RUNS)
                .append(" loads; keystroke: median / p95 over ").append(QUERIES.length).append(" inputs)\n\n")
                .append("| schedule | engine | boot.js runs | engine ready | parsed | whole read | parse + index | "
                        + "first chunk rendered | engine's first session painted | **first session painted** | "
                        + "keystroke, grid: median / p95 | "
                        + "**keystroke, results list: median / p95** | day switch median / max | "
                        + "view switch median / max |\n"
                        + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        try (Site site = new Site(dist, work)) {
            for (String[] schedule : new String[][] {{"DjangoCon US 2019 demo (98)", "demo/djangocon-us-2019.json"},
                {"36C3 (1,351, 5 MB frab JSON)", "corpus/voc-36C3_schedule/everything.schedule.json"},
                {"generated (10,000)", "fixtures/generated-10000.json"}}) {
                // The demo is the page's own schedule (data-src): opened as a visitor opens it, with its first screen.
                String path = schedule[1].startsWith("demo/") ? "index.html" : "index.html?src=" + schedule[1];
                for (Engine engine : Engine.values()) {
                    report.append(measure(site.url(path), engine, schedule[0]));
                }
            }
        }
        for (Engine engine : Engine.values()) {
            report.append(measure(bundle.toUri().toString(), engine,
                    "DjangoCon US 2019 demo, single file (file://)"));
        }
        String text = report.toString();
        System.out.println();
        System.out.println(text);
        Files.writeString(Path.of("target", "benchmarks.md"), text);
        System.out.println("Written to target/benchmarks.md; copy the tables into docs/benchmarks.md.");
    }

    private static String measure(String url, Engine engine, String label) throws InterruptedException {
        List<Double> firstPaint = new ArrayList<>();
        List<Double> drawnPaint = new ArrayList<>();
        List<Double> rendered = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        List<Double> listKeys = new ArrayList<>();
        List<Double> daySwitch = new ArrayList<>();
        List<Double> viewSwitch = new ArrayList<>();
        List<Double> boot = new ArrayList<>();
        List<Double> engineReady = new ArrayList<>();
        List<Double> parsed = new ArrayList<>();
        List<Double> whole = new ArrayList<>();
        List<Double> parseAndIndex = new ArrayList<>();
        try (Browser browser = Browser.plain(engine)) {
            ChromeDriver driver = browser.driver();
            new SchedulePage(driver).open(url); // warm-up: the disk cache now holds the code, as for a return visit
            for (int run = 0; run < RUNS; run++) {
                driver.get("about:blank");
                // No WebDriver calls while the page loads: each one runs on the page's main thread and, polled
                // every 500 ms by a wait, delayed the first frame by tens of milliseconds. Look after a pause.
                driver.get(url);
                Thread.sleep(1500);
                SchedulePage page = new SchedulePage(driver).awaitLoaded();
                if (!"ready".equals(page.state()) || !engine.attribute.equals(page.engine())) {
                    throw new IllegalStateException(label + " did not load in " + engine + ": " + page.state());
                }
                Map<?, ?> times = (Map<?, ?>) ((JavascriptExecutor) driver).executeAsyncScript(TIMES_SCRIPT);
                firstPaint.add(((Number) times.get("paint")).doubleValue());
                drawnPaint.add(((Number) times.get("drawn")).doubleValue());
                rendered.add(((Number) times.get("mark")).doubleValue());
                boot.add(((Number) times.get("boot")).doubleValue());
                engineReady.add(((Number) times.get("engine")).doubleValue());
                parsed.add(((Number) times.get("parsed")).doubleValue());
                whole.add(((Number) times.get("whole")).doubleValue());
                parseAndIndex.add(((Number) times.get("parse")).doubleValue());
                // Let the engine's background compilation of this page finish: a first-time visitor's page
                // does not share the CPU with the previous load's optimising compiler.
                Thread.sleep(1500);
            }
            StringBuilder perQuery = new StringBuilder();
            for (String query : QUERIES) {
                Object ms = ((JavascriptExecutor) driver).executeScript(KEY_SCRIPT, query);
                keys.add(((Number) ms).doubleValue());
                perQuery.append(String.format(Locale.ROOT, " \"%s\"=%.1f", query, ((Number) ms).doubleValue()));
            }
            System.out.println(label + " " + engine.attribute + " keystrokes in the grid (ms):" + perQuery);
            ((JavascriptExecutor) driver).executeScript(KEY_SCRIPT, "");
            // The same keystrokes where the results are a list: ranked, matched words marked.
            ((JavascriptExecutor) driver).executeScript(SWITCH_SCRIPT, ".c-views__button[data-view=list]");
            StringBuilder perListQuery = new StringBuilder();
            for (String query : QUERIES) {
                Object ms = ((JavascriptExecutor) driver).executeScript(KEY_SCRIPT, query);
                listKeys.add(((Number) ms).doubleValue());
                perListQuery.append(String.format(Locale.ROOT, " \"%s\"=%.1f", query, ((Number) ms).doubleValue()));
            }
            System.out.println(label + " " + engine.attribute + " keystrokes in the list (ms):" + perListQuery);
            ((JavascriptExecutor) driver).executeScript(KEY_SCRIPT, "");
            ((JavascriptExecutor) driver).executeScript(SWITCH_SCRIPT, ".c-views__button[data-view=grid]");
            // Each day tab in turn, twice; then grid -> list -> grid, three times.
            long tabs = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.querySelectorAll('.c-days__tab').length");
            StringBuilder perSwitch = new StringBuilder();
            for (int round = 0; round < 2; round++) {
                for (int t = 0; t < tabs; t++) {
                    daySwitch.add(((Number) ((JavascriptExecutor) driver).executeScript(SWITCH_SCRIPT,
                            ".c-days__tab:nth-child(" + (t + 1) + ")")).doubleValue());
                    perSwitch.append(String.format(Locale.ROOT, " day%d=%.1f", t + 1,
                            daySwitch.get(daySwitch.size() - 1)));
                }
            }
            for (int round = 0; round < 3; round++) {
                for (String view : new String[] {"list", "speakers", "grid"}) {
                    viewSwitch.add(((Number) ((JavascriptExecutor) driver).executeScript(SWITCH_SCRIPT,
                            ".c-views__button[data-view=" + view + "]")).doubleValue());
                    perSwitch.append(String.format(Locale.ROOT, " %s=%.1f", view,
                            viewSwitch.get(viewSwitch.size() - 1)));
                }
            }
            System.out.println(label + " " + engine.attribute + " switches in turn (ms):" + perSwitch);
        }
        return String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.1f / %.1f | "
                + "%.1f / %.1f | %.1f / %.1f | %.1f / %.1f |%n",
                label, engine.attribute, median(boot), median(engineReady), median(parsed), median(whole),
                median(parseAndIndex),
                median(rendered), median(drawnPaint), median(firstPaint), median(keys), percentile(keys, 95), median(listKeys),
                percentile(listKeys, 95), median(daySwitch),
                percentile(daySwitch, 100), median(viewSwitch), percentile(viewSwitch, 100));
    }

    /**
     * Element Timing's paint time of the first session: the first screen's (written into the page at build time,
     * {@code first-session-static}) where the page shows one, else the engine's ({@code first-session}), which is
     * also reported on its own; and the viewer's own mark after rendering.
     */
    private static final String TIMES_SCRIPT = "const done = arguments[arguments.length - 1];"
            + "const mark = performance.getEntriesByName('trackside-rendered')[0];"
            + "const at = name => (performance.getEntriesByName(name)[0] || {startTime: -1}).startTime;"
            + "let written = -1;"
            + "new PerformanceObserver((list, observer) => {"
            + "  const w = list.getEntries().find(x => x.identifier === 'first-session-static');"
            + "  if (w) written = w.renderTime || w.loadTime;"
            + "  const e = list.getEntries().find(x => x.identifier === 'first-session');"
            + "  if (e) { observer.disconnect(); const drawn = e.renderTime || e.loadTime;"
            + "  done({paint: written >= 0 ? Math.min(written, drawn) : drawn, drawn: drawn, mark: mark.startTime,"
            + "  boot: at('trackside-boot'), engine: at('trackside-engine'), parsed: at('trackside-parsed'),"
            + "  whole: at('trackside-read-whole') >= 0 ? at('trackside-read-whole') : at('trackside-parsed'),"
            + "  parse: at('trackside-parsed') - at('trackside-parse-start') + at('trackside-indexed')"
            + "    - at('trackside-index-start')}); }"
            + "}).observe({type: 'element', buffered: true});";

    /** One keystroke's worth of work: the input event, the DOM updates and the layout they cause. */
    private static final String KEY_SCRIPT = "const box = document.querySelector('input[type=search]');"
            + "const t0 = performance.now();"
            + "box.value = arguments[0]; box.dispatchEvent(new Event('input'));"
            + "document.body.offsetHeight;"
            + "return performance.now() - t0;";

    /**
     * One click on a day tab or view button: the viewer's synchronous work (hash, rendering the day or view) and the
     * layout it forces. The list renders its later chunks between frames; those are not part of the switch.
     */
    private static final String SWITCH_SCRIPT = "const target = document.querySelector(arguments[0]);"
            + "const t0 = performance.now();"
            + "target.click();"
            + "document.body.offsetHeight;"
            + "return performance.now() - t0;";

    private static long gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            gzip.write(bytes);
        }
        return out.size();
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}

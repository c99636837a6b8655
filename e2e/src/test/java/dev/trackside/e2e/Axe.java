package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, Deque's accessibility engine, run in the page a driver shows. The script is Deque's own {@code axe.min.js}
 * from the test classpath (the root of {@code com.deque.html.axe-core:selenium}, see the pom).
 *
 * <p>It goes into the page through WebDriver's {@code executeScript}, which ChromeDriver evaluates over the DevTools
 * protocol: that is not subject to the page's Content-Security-Policy, so a page that forbids inline and
 * eval'd scripts is checked just the same (AxeIT proves it). Injecting adds {@code window.axe} and nothing else.
 *
 * <pre>{@code
 * Axe.assertNoViolations(browser.driver(), "demo list, wasm");   // WCAG 2.0/2.1/2.2 A and AA
 * List<Axe.Violation> found = Axe.run(driver);                   // the same, as data
 * }</pre>
 */
final class Axe {
    /** The rule tags we hold the viewer to: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** The axe-core release the pom names; the script actually injected must report it. */
    static final String VERSION = System.getProperty("axe.version", "4.11.1");

    private static final String RESOURCE = "/axe.min.js";
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);
    /** Elements listed per rule in a report: one colour used in 300 places is still one fix. */
    private static final int NODES_REPORTED = 10;

    private static String source;

    private Axe() {
    }

    /** One element a rule failed on: its CSS selector path (frames and shadow roots joined by " >>> "). */
    record Node(String target, String html, String failureSummary) {
    }

    /** One failed rule with every element it failed on. {@code impact} is minor, moderate, serious or critical. */
    record Violation(String id, String impact, String help, String helpUrl, List<String> tags, List<Node> nodes) {
    }

    /** The text of axe.min.js, read once from the test classpath. */
    static synchronized String source() {
        if (source == null) {
            try (InputStream in = Axe.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the test classpath: it comes from "
                            + "com.deque.html.axe-core:selenium (test scope in the pom); run the tests with Maven");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /**
     * Puts axe into the current page unless it is there already, and returns its version. A navigation drops it;
     * {@link #run} calls this itself.
     */
    static String inject(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object version = js.executeScript("return window.axe && window.axe.version || null;");
        if (version == null) {
            js.executeScript(source() + "\n;");
            version = js.executeScript("return window.axe && window.axe.version || null;");
            if (version == null) {
                throw new IllegalStateException("axe.min.js ran but defined no window.axe in " + driver.getCurrentUrl());
            }
        }
        if (!VERSION.equals(version)) {
            throw new IllegalStateException("the page runs axe " + version + ", the pom names " + VERSION);
        }
        return (String) version;
    }

    /** Runs axe over the whole document with the {@link #WCAG_A_AA} rules and returns what it found. */
    static List<Violation> run(WebDriver driver) {
        return run(driver, WCAG_A_AA);
    }

    /**
     * Runs axe over the whole document with the rules carrying any of {@code tags}; returns the violations. For the
     * run, elements with {@code content-visibility: auto} are rendered (then restored): off screen they are skipped
     * and their content overlaps what follows, which leaves axe unable to check its colour contrast.
     */
    @SuppressWarnings("unchecked")
    static List<Violation> run(WebDriver driver, List<String> tags) {
        inject(driver);
        // Plain objects only: Selenium hands them over as maps and lists. Targets are arrays of selectors
        // (one per frame, with nested arrays for shadow DOM); they are flattened to one string here.
        String script = """
                const tags = arguments[0], done = arguments[arguments.length - 1];
                const flat = t => Array.isArray(t) ? t.map(flat).join(' >>> ') : String(t);
                // Render what content-visibility skips off screen, as scrolling there would: skipped boxes keep
                // their placeholder size, so their content overlaps what follows and axe cannot tell its colours.
                const skipped = [];
                for (const e of document.querySelectorAll('*')) {
                  if (getComputedStyle(e).contentVisibility === 'auto') {
                    skipped.push([e, e.style.getPropertyValue('content-visibility'),
                                  e.style.getPropertyPriority('content-visibility')]);
                    e.style.setProperty('content-visibility', 'visible', 'important');
                  }
                }
                const restore = () => skipped.forEach(([e, value, priority]) => value
                    ? e.style.setProperty('content-visibility', value, priority)
                    : e.style.removeProperty('content-visibility'));
                axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
                  .then(r => { restore(); done({violations: r.violations.map(v => ({
                      id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl, tags: v.tags,
                      nodes: v.nodes.map(n => ({target: flat(n.target), html: n.html || '',
                                                failureSummary: n.failureSummary || ''}))}))}); },
                        e => { restore(); done({error: String(e && e.stack || e)}); });
                """;
        Duration before = driver.manage().timeouts().getScriptTimeout();
        driver.manage().timeouts().scriptTimeout(RUN_TIMEOUT);
        Map<String, Object> result;
        try {
            result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(script, tags);
        } finally {
            driver.manage().timeouts().scriptTimeout(before);
        }
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe.run failed: " + result.get("error"));
        }
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
            List<Node> nodes = new ArrayList<>();
            for (Map<String, Object> n : (List<Map<String, Object>>) v.get("nodes")) {
                nodes.add(new Node((String) n.get("target"), (String) n.get("html"),
                        (String) n.get("failureSummary")));
            }
            violations.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    (String) v.get("helpUrl"), List.copyOf((List<String>) v.get("tags")), List.copyOf(nodes)));
        }
        return List.copyOf(violations);
    }

    /**
     * The violations as a report a person can act on: per rule its id, impact, help text and link, then each
     * element's selector, markup and axe's summary of what to fix (the first ten elements of a rule).
     */
    static String report(List<Violation> violations) {
        StringBuilder sb = new StringBuilder();
        int nodes = violations.stream().mapToInt(v -> v.nodes().size()).sum();
        sb.append(violations.size()).append(violations.size() == 1 ? " axe rule" : " axe rules")
                .append(" violated on ").append(nodes).append(nodes == 1 ? " element" : " elements")
                .append(" (axe-core ").append(VERSION).append("):\n");
        for (Violation v : violations) {
            sb.append("\n[").append(v.impact().isEmpty() ? "?" : v.impact()).append("] ").append(v.id())
                    .append(": ").append(v.help()).append("\n    ").append(v.helpUrl()).append('\n');
            for (Node n : v.nodes().subList(0, Math.min(v.nodes().size(), NODES_REPORTED))) {
                sb.append("  - ").append(n.target()).append('\n');
                sb.append("      ").append(abbreviate(n.html(), 160)).append('\n');
                for (String line : n.failureSummary().split("\n")) {
                    if (!line.isBlank()) {
                        sb.append("      ").append(line.strip()).append('\n');
                    }
                }
            }
            if (v.nodes().size() > NODES_REPORTED) {
                sb.append("  … and ").append(v.nodes().size() - NODES_REPORTED).append(" more elements\n");
            }
        }
        return sb.toString();
    }

    /** Fails with {@link #report} unless axe finds nothing against the {@link #WCAG_A_AA} rules. */
    static void assertNoViolations(WebDriver driver, String what) {
        List<Violation> violations = run(driver);
        if (!violations.isEmpty()) {
            fail(what + " (" + driver.getCurrentUrl() + "): " + report(violations));
        }
    }

    private static String abbreviate(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}

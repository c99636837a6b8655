package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.Gson;
import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Day;
import dev.trackside.model.Kind;
import dev.trackside.model.Link;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Schedules;
import dev.trackside.query.SessionSearch;
import dev.trackside.text.Markup;
import dev.trackside.view.Facets;
import dev.trackside.view.Favourites;
import dev.trackside.view.ViewState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;

/**
 * The XSS suite (issue 7): {@link HostileCorpus} puts each classic payload into every text and URL field of every
 * format the page reads; this loads each document in both engines and visits every view a field can appear in: the
 * grid, the list, every session's detail and every speaker's page (by the hash route), the speaker index, the agenda
 * (every session a favourite), search results and the filter panel. After each it asserts that
 * <ul>
 * <li>no payload ran: the sentinel {@code window.__xss} is unset, and no {@code alert}/{@code confirm}/
 *     {@code prompt}/{@code print} was called (they are replaced before the page loads, and record the call in the
 *     sentinel instead of opening a dialog); no dialog is open either;</li>
 * <li>nothing the schedule said became markup: no element the viewer never makes (script, iframe, img, svg, style,
 *     …), no event-handler attribute, no {@code src}/{@code srcdoc}/{@code action}, no style with {@code url(} or
 *     {@code expression(}; and every {@code href} is an in-page {@code #} link or http, https or mailto;</li>
 * <li>the text is shown literally: every title, name, abstract and bio (as the JVM core reads the same file: our
 *     format keeps it as written, the other formats' readers turn HTML in titles and names into its text) appears as
 *     text where the field is displayed.</li>
 * </ul>
 */
class XssIT {
    static final Path DIR = Path.of("target", "xss-corpus");
    /** Replaces the dialogs before any page script runs: a call is recorded in the sentinel, no dialog opens. */
    private static final String TRAP = "for (const name of ['alert', 'confirm', 'prompt', 'print']) {"
            + " window[name] = function () { window.__xss = 'called ' + name; }; }";

    /** Fields the detail does not show: filter values, kinds, colours, bios, speakers' links. */
    private static final Set<String> NOT_IN_DETAIL = Set.of("tags", "language", "level", "speaker.bio",
            "speaker.links", "type", "track.color", "persons.biography", "content_locale", "category.level",
            "category.language", "category.format", "category.tag", "bio", "tagLine", "speaker.links.url",
            "speaker.links.title");

    @RegisterExtension
    static final SiteAndBrowsers web = SiteAndBrowsers.withFixtures(() -> DIR);

    private static final Map<String, HostileCorpus.Document> documents = new LinkedHashMap<>();
    private static final Map<String, Schedule> models = new HashMap<>();
    private static final Map<String, ScheduleRead> reads = new HashMap<>();
    private static final Set<Engine> trapped = EnumSet.noneOf(Engine.class);

    @BeforeAll
    static void generate() {
        for (HostileCorpus.Document document : HostileCorpus.write(DIR)) {
            documents.put(document.format(), document);
            ScheduleRead read = Schedules.read(document.text(), JavaTimeZones.INSTANCE, null);
            models.put(document.format(), read.schedule());
            reads.put(document.format(), read);
            System.out.println("xss: " + document.format() + ": " + HostileCorpus.PAYLOADS.size() + " payloads x "
                    + document.cases().size() / HostileCorpus.PAYLOADS.size() + " fields = "
                    + document.cases().size() + " sessions written, " + read.schedule().sessions().size() + " read, "
                    + read.warnings().size() + " warnings");
        }
    }

    static Stream<Arguments> enginesAndFormats() {
        List<Arguments> all = new ArrayList<>();
        for (Engine engine : Engine.values()) {
            for (String format : List.of("trackside", "frab", "pretalx", "sessionize")) {
                all.add(Arguments.of(engine, format));
            }
        }
        return all.stream();
    }

    /** What the probe script saw after one hash. */
    record Seen(String hash, String view, String dialog, String facets, String title, String count, List<String> bad,
            String sentinel) {
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("enginesAndFormats")
    void noPayloadRunsAndEveryTextIsShownLiterally(Engine engine, String format) {
        HostileCorpus.Document document = documents.get(format);
        Schedule schedule = models.get(format);
        // A title that is nothing but markup (`<script>…</script>` in another tool's title) leaves no title: skipped,
        // with a warning the page lists. Our own format keeps every title as written.
        assertEquals(document.cases().size(), schedule.sessions().size() + reads.get(format).skipped(),
                "every case is a session the page shows or a skipped item it counts: " + reads.get(format).warnings());
        if (format.equals("trackside")) {
            assertEquals(document.cases().size(), schedule.sessions().size());
        }
        Browser browser = web.browser(engine);
        WebDriver driver = browser.driver();
        if (trapped.add(engine)) {
            ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
        }
        // Every session a favourite, stored under the conference's key before the page reads it.
        driver.get(web.url("fixtures/" + document.file()));
        List<String> ids = new ArrayList<>();
        for (Session session : schedule.sessions()) {
            ids.add(session.id());
        }
        js(driver, "localStorage.clear(); localStorage.setItem(arguments[0], arguments[1]);",
                Favourites.storageKey(schedule.conference().id()), new Gson().toJson(ids));
        browser.consoleMessages();

        String firstDay = schedule.days().get(0).date().toString();
        SchedulePage page = web.open(engine, "index.html?src=fixtures/" + document.file() + "#view=grid&day="
                + firstDay);
        assertEquals("ready", page.state(), () -> page.alertText());
        assertEquals(engine.attribute, page.engine());

        List<Probe> probes = new ArrayList<>();
        for (Day day : schedule.days()) {
            probes.add(new Probe("view=grid&day=" + day.date(), true, false, false));
        }
        probes.add(new Probe("view=list", true, false, false));
        probes.add(new Probe("view=list&q=xss", true, true, false));
        probes.add(new Probe("view=list&q=alert", true, true, true));
        probes.add(new Probe("view=speakers", true, false, false));
        for (Speaker speaker : schedule.speakers()) {
            probes.add(new Probe(hash("view", "speaker", "speaker", speaker.id()), false, false, false));
        }
        // Over the speaker index, which stays as it is: only the dialog is drawn again for each session. Every
        // session whose hostile field the detail can show (fields shown only in the filter panel or on speaker
        // pages are checked there), every first one of a field, and those whose id the reader changed.
        Map<String, String> fieldOf = new HashMap<>();
        for (HostileCorpus.Case c : document.cases()) {
            fieldOf.put(c.sessionId(), c.field());
        }
        for (Session session : schedule.sessions()) {
            String field = fieldOf.get(session.id());
            if (field == null || !NOT_IN_DETAIL.contains(field) || session.id().endsWith("-0")) {
                probes.add(new Probe(hash("view", "speakers", "session", session.id()), false, false, false));
            }
        }
        probes.add(new Probe("view=agenda", true, false, false));

        // A wasm engine loads the formatter of abstracts and bios when one is first shown (ViewerIT checks that);
        // loaded, it formats at once, as the JS engine does, which the probes below need.
        if (engine == Engine.WASM) {
            ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " self.Trackside.loadMarkup(function () { done(true); });");
        }
        long t0 = System.nanoTime();
        List<Seen> seen = run(driver, probes);
        long t1 = System.nanoTime();
        assertEquals(probes.size(), seen.size());
        Map<String, List<Integer>> bySpeaker = new HashMap<>();
        for (int i = 0; i < schedule.sessions().size(); i++) {
            for (Speaker speaker : schedule.sessions().get(i).speakers()) {
                bySpeaker.computeIfAbsent(speaker.id(), k -> new ArrayList<>()).add(i);
            }
        }
        SessionSearch search = new SessionSearch(schedule);
        int checkedTexts = 0;
        for (Seen s : seen) {
            assertNull(s.sentinel(), () -> "a payload ran at #" + s.hash() + ": window.__xss = " + s.sentinel());
            assertTrue(s.bad().isEmpty(), () -> "at #" + s.hash() + ": " + s.bad());
            List<String> expected = new ArrayList<>();
            String where = s.view();
            if (s.hash().startsWith("view=grid&day=")) {
                String date = s.hash().substring("view=grid&day=".length());
                for (int i = 0; i < schedule.sessions().size(); i++) {
                    if (schedule.dayOf(schedule.sessions().get(i)).date().toString().equals(date)) {
                        addSession(expected, schedule.sessions().get(i), false);
                    }
                }
            } else if (s.hash().equals("view=list") || s.hash().equals("view=agenda")) {
                boolean agenda = s.hash().equals("view=agenda");
                for (Session session : schedule.sessions()) {
                    if (!agenda || session.kind() != Kind.BREAK) {
                        addSession(expected, session, false);
                    }
                }
            } else if (s.hash().contains("&q=")) {
                String q = s.hash().substring(s.hash().indexOf("&q=") + 3);
                int[] ranked = search.search(dev.trackside.query.Query.parse(q));
                assertEquals(Integer.toString(ranked.length), s.count(), "result count for " + q);
                assertTrue(ranked.length > 20, "the query finds many payloads: " + ranked.length);
                for (int r = 0; r < (s.hash().endsWith("alert") ? ranked.length : 20); r++) {
                    expected.add(schedule.sessions().get(ranked[r]).title());
                }
            } else if (s.hash().equals("view=speakers")) {
                for (Speaker speaker : schedule.speakers()) {
                    expected.add(speaker.name());
                }
            } else if (s.hash().startsWith("view=speaker&")) {
                Speaker speaker = speakerOf(schedule, s.hash());
                expected.add(speaker.name());
                if (speaker.bio() != null) {
                    expected.add(Markup.plainText(speaker.bio()));
                }
                for (int i : bySpeaker.getOrDefault(speaker.id(), List.of())) {
                    expected.add(schedule.sessions().get(i).title());
                }
            } else {
                Session session = sessionOf(schedule, s.hash());
                where = s.dialog();
                assertNotNull(where, "the detail opened for #" + s.hash());
                addSession(expected, session, true);
                // document.title collapses whitespace
                assertTrue(squash(s.title()).startsWith(squash(session.title() + " \u00b7 ")),
                        "probe " + seen.indexOf(s) + ": document title " + s.title());
            }
            String shown = squash(where);
            for (String text : expected) {
                if (!shown.contains(squash(text))) {
                    fail("probe " + seen.indexOf(s) + " #" + s.hash() + " does not show " + quote(text) + " literally; it shows "
                            + quote(where.length() > 2000 ? where.substring(0, 2000) + "…" : where));
                }
                checkedTexts++;
            }
        }
        // The header and the filter panel: the conference's name and venue, the day names, every facet value.
        Seen facets = seen.get(0);
        String header = squash(facets.facets());
        assertTrue(header.contains(squash(schedule.conference().name())), "conference name: " + facets.facets());
        assertTrue(header.contains(squash(schedule.conference().venue())), "venue: " + facets.facets());
        for (Day day : schedule.days()) {
            assertTrue(header.contains(squash(day.name())), "day name " + day.name());
        }
        Facets model = new Facets(schedule);
        for (ViewState.Facet facet : ViewState.Facet.values()) {
            if (facet != ViewState.Facet.KIND && model.values(facet).size() > 1) {
                for (int v = 0; v < model.values(facet).size(); v++) {
                    String name = model.name(facet, v);
                    assertTrue(header.contains(squash(name)), facet + " value " + quote(name) + " in the panel");
                    checkedTexts++;
                }
            }
        }
        for (LogEntry entry : browser.consoleMessages()) {
            assertTrue(!entry.getMessage().contains("Uncaught"), "uncaught exception: " + entry.getMessage());
        }
        try {
            driver.switchTo().alert();
            fail("a dialog is open");
        } catch (NoAlertPresentException expectedNoDialog) {
            // as it should be
        }
        System.out.println("xss: " + engine.attribute + " " + format + ": probes " + (t1 - t0) / 1_000_000
                + " ms, checks " + (System.nanoTime() - t1) / 1_000_000 + " ms");
        System.out.println("xss: " + engine.attribute + " " + format + ": " + probes.size() + " views visited, "
                + checkedTexts + " texts found literally, no payload ran, no unsafe element, attribute or link");
        if (format.equals("trackside") || format.equals("frab")) {
            go(driver, hash("view", "list", "session", schedule.sessions().get(HostileCorpus.PAYLOADS.size() + 1).id()));
            browser.screenshot("xss-" + format + "-detail", Viewport.DESKTOP);
            go(driver, "view=grid&day=" + firstDay);
            browser.screenshot("xss-" + format + "-grid", Viewport.DESKTOP);
        }
    }

    /** One hash to visit; {@code frames}: wait until rendering in chunks settles; {@code all}: "Show all" results. */
    record Probe(String hash, boolean frames, boolean search, boolean all) {
    }

    /** What a session shows in its detail (or, for {@code !detail}, in the grid and list: title and speakers). */
    private static void addSession(List<String> expected, Session session, boolean detail) {
        expected.add(session.title());
        for (Speaker speaker : session.speakers()) {
            expected.add(speaker.name());
        }
        if (!detail) {
            return;
        }
        for (Room room : session.rooms()) {
            expected.add(room.name());
        }
        if (session.track() != null) {
            expected.add(session.track().name());
        }
        if (!session.abstractText().isEmpty()) {
            expected.add(Markup.plainText(session.abstractText()));
        }
        for (Link link : session.links()) {
            if (link.isSafe()) {
                expected.add(link.title().isEmpty() ? link.url() : link.title());
            }
        }
    }

    private static Session sessionOf(Schedule schedule, String hash) {
        String id = ViewState.parse("#" + hash).session();
        for (Session session : schedule.sessions()) {
            if (session.id().equals(id)) {
                return session;
            }
        }
        throw new AssertionError("no session " + id);
    }

    private static Speaker speakerOf(Schedule schedule, String hash) {
        String id = ViewState.parse("#" + hash).speaker();
        for (Speaker speaker : schedule.speakers()) {
            if (speaker.id().equals(id)) {
                return speaker;
            }
        }
        throw new AssertionError("no speaker " + id);
    }

    /** A hash of percent-encoded keys and values, as the viewer writes them. */
    private static String hash(String... keysAndValues) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            sb.append(i > 0 ? "&" : "").append(keysAndValues[i]).append('=')
                    .append(java.net.URLEncoder.encode(keysAndValues[i + 1], java.nio.charset.StandardCharsets.UTF_8)
                            .replace("+", "%20"));
        }
        return sb.toString();
    }

    /** Text with every kind of whitespace removed: block elements and line breaks do not separate words in it. */
    static String squash(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String quote(String text) {
        return new Gson().toJson(text);
    }

    /** Sets the hash and waits two frames. */
    private static void go(WebDriver driver, String hash) {
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "location.hash = arguments[0];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)));", hash);
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Visits every probe's hash in the page, 150 to a script call (each call may take 20 s). */
    @SuppressWarnings("unchecked")
    private static List<Seen> run(WebDriver driver, List<Probe> probes) {
        List<Seen> all = new ArrayList<>();
        for (int from = 0; from < probes.size(); from += 150) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (Probe probe : probes.subList(from, Math.min(probes.size(), from + 150))) {
                batch.add(Map.of("hash", probe.hash(), "frames", probe.frames(), "all", probe.all(),
                        "facets", all.isEmpty() && batch.isEmpty()));
            }
            List<Map<String, Object>> results = (List<Map<String, Object>>) ((JavascriptExecutor) driver)
                    .executeAsyncScript(PROBE, batch);
            for (Map<String, Object> r : results) {
                all.add(new Seen((String) r.get("hash"), (String) r.get("view"), (String) r.get("dialog"),
                        (String) r.get("facets"), (String) r.get("title"), (String) r.get("count"),
                        (List<String>) r.get("bad"), r.get("sentinel") == null ? null : r.get("sentinel").toString()));
                long ms = r.get("ms") == null ? 0 : ((Number) r.get("ms")).longValue();
                if (ms > 200) {
                    System.out.println("xss: slow probe " + ms + " ms: #" + r.get("hash"));
                }
            }
        }
        return all;
    }

    /**
     * For each {@code {hash, frames, all, facets}}: sets the hash and has the viewer follow it (and,
     * with {@code frames}, until rendering in chunks stops changing the DOM), then reports the view's text, the open
     * dialog's text, the sentinel and everything unsafe in the document (or, for a detail, in its dialog).
     */
    private static final String PROBE = """
            const probes = arguments[0], done = arguments[arguments.length - 1];
            const root = document.getElementById('trackside');
            const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
            const settle = async () => {
              let last = -1, same = 0;
              for (let i = 0; i < 300 && same < 3; i++) {
                await frame();
                const n = root.getElementsByTagName('*').length;
                same = n === last ? same + 1 : 0;
                last = n;
              }
            };
            const NEVER = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'img', 'image', 'svg',
              'math', 'style', 'link', 'meta', 'base', 'form', 'template', 'video', 'audio', 'source', 'picture']);
            const URLISH = new Set(['src', 'srcdoc', 'srcset', 'action', 'formaction', 'xlink:href', 'data',
              'background', 'poster', 'ping']);
            const unsafe = (scope) => {
              const bad = [];
              for (const el of scope.getElementsByTagName('*')) {
                if (NEVER.has(el.localName)) bad.push('element <' + el.localName + '>');
                for (const at of el.attributes) {
                  const name = at.name.toLowerCase();
                  if (name.startsWith('on')) bad.push('handler ' + name + ' on <' + el.localName + '>');
                  if (URLISH.has(name)) bad.push('attribute ' + name + ' on <' + el.localName + '>');
                  if (name === 'style' && /url|expression|javascript|import|behavior/i.test(at.value)) {
                    bad.push('style ' + at.value);
                  }
                  if (name === 'href') {
                    const href = at.value;
                    if (href.startsWith('#')) continue;
                    let scheme;
                    try { scheme = new URL(href, location.href).protocol; } catch (e) { scheme = 'unparsable'; }
                    if (!['http:', 'https:', 'mailto:'].includes(scheme)) bad.push('href ' + href);
                  }
                }
              }
              return bad;
            };
            // The page's own head: its stylesheet, preloads (the engine's, and first.js's of the schedule named by
            // ?src=, exactly as given), meta tags and the engine's scripts from this site (with the formatter of
            // abstracts a wasm engine loads).
            const OWN = new Set(['style.css', 'first.css', 'first.js', 'trackside.wasm', 'trackside-own.wasm',
              'classes.wasm-runtime.js', 'boot.js', 'trackside.js', 'trackside-markup.js']);
            const source = new URLSearchParams(location.search).get('src');
            const head = () => {
              const bad = [];
              for (const el of document.head.children) {
                const url = el.getAttribute('src') || el.getAttribute('href');
                const own = url && new URL(url, location.href).origin === location.origin
                  && (OWN.has(new URL(url, location.href).pathname.split('/').pop())
                    || el.localName === 'link' && el.rel === 'preload' && el.getAttribute('as') === 'fetch'
                      && url === source);
                if (el.localName === 'meta' || el.localName === 'title' || (el.localName === 'script' || el.localName
                    === 'link') && own && !el.textContent) continue;
                bad.push('in the head: <' + el.localName + '> ' + el.outerHTML.slice(0, 200));
              }
              return bad;
            };
            (async () => {
              const out = [];
              for (const p of probes) {
                const t0 = performance.now();
                // As a hash change does, but at once: the viewer's hashchange handler runs within dispatchEvent.
                history.replaceState(null, '', '#' + p.hash);
                dispatchEvent(new HashChangeEvent('hashchange'));
                if (p.frames) await settle();
                if (p.all) {
                  const more = root.querySelector('[data-action=all-results]');
                  if (more) { more.click(); await settle(); }
                }
                let facets = null;
                if (p.facets) {
                  root.querySelector('[data-action=facets]').click();
                  await settle();
                  facets = root.querySelector('header').textContent + ' '
                    + root.querySelector('[data-role=days]').textContent + ' '
                    + root.querySelector('[data-role=facets]').textContent;
                  root.querySelector('[data-action=facets]').click();
                }
                const dialog = root.querySelector('[data-role=detail]');
                const open = dialog.open;
                out.push({hash: p.hash, view: open ? '' : root.querySelector('[data-role=sessions]').textContent,
                  dialog: open ? dialog.textContent : null, facets: facets, title: document.title,
                  count: root.querySelector('[data-result-count]').getAttribute('data-result-count'),
                  bad: unsafe(open ? dialog : document.body).concat(head()), ms: Math.round(performance.now() - t0),
                  sentinel: window.__xss === undefined ? null : String(window.__xss)});
              }
              return out;
            })().then(done, e => done([{hash: 'script failed', view: String(e && e.stack || e), bad: [String(e)],
              sentinel: null}]));
            """;
}

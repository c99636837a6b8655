package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.parse.Schedules;
import dev.trackside.query.FoldSamples;
import dev.trackside.query.Query;
import dev.trackside.query.SessionSearch;
import dev.trackside.query.TextFold;
import dev.trackside.view.ViewState;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Folding (case, accents, ligatures: {@link TextFold}) is the same in the wasm and JavaScript engines as on the JVM
 * (issue 7), shown through the real page, so that nothing is added to it for the test (issue 6 allows the page one
 * global name): a schedule whose session titles and speaker names are {@link FoldSamples#strings} samples, then
 * <ul>
 * <li>the speaker index, which the page sorts by each name's folded form: its order must be the JVM's sort by
 *     {@code TextFold.fold}, so any sample folded differently moves;</li>
 * <li>for every sample, two searches through the hash route ({@code #view=list&q=…}): the sample as written and its
 *     JVM-folded form. The page folds both the query and the titles; the results (which sessions, in which order)
 *     and the words marked in each title and speaker list must be the JVM core's for the same query. A sample the
 *     engine folds differently stops matching its own JVM fold, or is marked over other characters.</li>
 * </ul>
 * The alternative, a test-only route that returns {@code fold(text)}, would be product code that ships to every
 * visitor for the test's sake and would test that route rather than the search a visitor uses.
 */
class FoldIT {
    static final int SAMPLES = 240;
    static final long SEED = 20260607L;
    static final Path DIR = Path.of("target", "fold-corpus");

    @RegisterExtension
    static final SiteAndBrowsers web = SiteAndBrowsers.withFixtures(() -> DIR);

    private static final List<String> samples = new ArrayList<>();
    private static Schedule schedule;

    @BeforeAll
    static void generate() throws IOException {
        for (String sample : FoldSamples.strings(SAMPLES, SEED)) {
            if (!sample.trim().isEmpty()) {
                samples.add(sample);
            }
        }
        JsonArray rooms = new JsonArray();
        for (int r = 0; r < 10; r++) {
            JsonObject room = new JsonObject();
            room.addProperty("id", "r" + r);
            room.addProperty("name", "Room " + r);
            rooms.add(room);
        }
        JsonArray speakers = new JsonArray();
        JsonArray sessions = new JsonArray();
        for (int i = 0; i < samples.size(); i++) {
            JsonObject speaker = new JsonObject();
            speaker.addProperty("id", "p" + i);
            speaker.addProperty("name", samples.get(i));
            speakers.add(speaker);
            JsonObject session = new JsonObject();
            session.addProperty("id", "f" + i);
            session.addProperty("title", samples.get(i));
            int minutes = 8 * 60 + i / 10 * 30;
            session.addProperty("start", String.format("2026-06-10T%02d:%02d+02:00", minutes / 60 % 24, minutes % 60));
            session.addProperty("duration", 25);
            session.addProperty("room", "r" + i % 10);
            JsonArray who = new JsonArray();
            who.add("p" + i);
            session.add("speakers", who);
            sessions.add(session);
        }
        JsonObject conference = new JsonObject();
        conference.addProperty("id", "fold-samples");
        conference.addProperty("name", "Fold samples");
        conference.addProperty("timeZone", "Europe/Berlin");
        JsonObject root = new JsonObject();
        root.addProperty("format", "trackside-schedule");
        root.addProperty("version", 1);
        root.add("conference", conference);
        root.add("rooms", rooms);
        root.add("speakers", speakers);
        root.add("sessions", sessions);
        String json = new GsonBuilder().disableHtmlEscaping().create().toJson(root);
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve("fold.json"), json);
        schedule = Schedules.parse(json);
        assertEquals(samples.size(), schedule.sessions().size());
        int changed = 0;
        for (String sample : samples) {
            changed += TextFold.fold(sample).equals(sample) ? 0 : 1;
        }
        System.out.println("fold: " + samples.size() + " samples (seed " + SEED + "), " + changed
                + " changed by folding");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    @SuppressWarnings("unchecked")
    void foldingInTheEngineIsTheJvmsFolding(Engine engine) {
        WebDriver driver = web.browser(engine).driver();
        SchedulePage page = web.open(engine, "index.html?src=fixtures/fold.json#view=speakers");
        assertEquals("ready", page.state());
        assertEquals(engine.attribute, page.engine());

        // The speaker index, sorted by folded name (Arrays.sort is stable: equal folds keep the schedule's order).
        List<Speaker> sorted = new ArrayList<>(schedule.speakers());
        sorted.sort(Comparator.comparing(speaker -> TextFold.fold(speaker.name())));
        List<String> expectedOrder = new ArrayList<>();
        for (Speaker speaker : sorted) {
            expectedOrder.add(speaker.id());
        }
        List<String> order = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.c-speakers__list [data-speaker-id]'))"
                        + ".map(a => a.getAttribute('data-speaker-id'));");
        assertEquals(expectedOrder, order, "the speaker index in the engine's fold order");

        // Every sample as written and folded by the JVM, searched through the page's hash route.
        List<String> queries = new ArrayList<>();
        for (String sample : samples) {
            queries.add(sample);
            queries.add(TextFold.fold(sample));
        }
        List<Map<String, Object>> seen = new ArrayList<>();
        for (int from = 0; from < queries.size(); from += 100) {
            List<String> hashes = new ArrayList<>();
            for (String q : queries.subList(from, Math.min(queries.size(), from + 100))) {
                hashes.add(hash(q));
            }
            seen.addAll((List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(SEARCH, hashes));
        }
        assertEquals(queries.size(), seen.size());
        SessionSearch search = new SessionSearch(schedule);
        int found = 0;
        for (int k = 0; k < queries.size(); k++) {
            // The query as the page takes it from the hash.
            Query query = Query.parse(ViewState.parse("#" + hash(queries.get(k))).query());
            int[] ranked = query.isEmpty() ? new int[0] : search.search(query);
            List<String> expected = new ArrayList<>();
            for (int position : ranked) {
                Session session = schedule.sessions().get(position);
                expected.add(session.id() + " " + marked(session.title(), query.highlight(session.title())) + " / "
                        + marked(session.speakers().get(0).name(),
                                query.highlight(session.speakers().get(0).name(), Query.Field.SPEAKER)));
            }
            String q = queries.get(k);
            assertEquals(expected, seen.get(k).get("results"), () -> "query " + quote(q) + " (fold "
                    + quote(TextFold.fold(q)) + ")");
            found += ranked.length > 0 && k % 2 == 1 ? 1 : 0;
        }
        assertTrue(found > samples.size() * 9 / 10, "most folded samples find their session: " + found);
        System.out.println("fold: " + engine.attribute + ": speaker order of " + order.size() + " names and "
                + queries.size() + " searches (" + found + " folded samples found) as on the JVM");
    }

    private static String hash(String query) {
        return "view=list&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The marked substrings of {@code text}, each in brackets. */
    private static String marked(String text, int[] ranges) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r + 1 < ranges.length; r += 2) {
            sb.append('[').append(text, ranges[r], ranges[r + 1]).append(']');
        }
        return sb.toString();
    }

    private static String quote(String text) {
        return new com.google.gson.Gson().toJson(text);
    }

    /** For each hash: follow it, show all results, and report each result as "ID [marks] / [speaker marks]". */
    private static final String SEARCH = """
            const hashes = arguments[0], done = arguments[arguments.length - 1];
            const root = document.getElementById('trackside');
            const marks = el => el ? Array.from(el.querySelectorAll('mark')).map(m => '[' + m.textContent + ']').join('')
              : '';
            const out = [];
            for (const hash of hashes) {
              history.replaceState(null, '', '#' + hash);
              dispatchEvent(new HashChangeEvent('hashchange'));
              const more = root.querySelector('[data-action=all-results]');
              if (more) more.click();
              out.push({results: Array.from(root.querySelectorAll('.c-results [data-session-id]')).map(a => {
                const item = a.closest('li') || a;
                return a.getAttribute('data-session-id') + ' ' + marks(item.querySelector('.c-session__title'))
                  + ' / ' + marks(item.querySelector('.c-session__speakers'));
              })});
            }
            done(out);
            """;
}

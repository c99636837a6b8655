package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.parse.Schedules;
import dev.trackside.query.SessionSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundled demo in both engines: every session listed, and search answering each keystroke with exactly the
 * sessions the same core code finds on the JVM.
 */
class DemoScheduleIT {
    private static final String DEMO = "demo/djangocon-us-2019.json";

    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    private static Schedule demo;
    private static SessionSearch jvmSearch;

    @BeforeAll
    static void readDemo() throws IOException {
        demo = Schedules.parse(Files.readString(Site.DIST.resolve(DEMO)));
        jvmSearch = new SessionSearch(demo);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void listsEverySessionOfTheDemo(Engine engine) {
        SchedulePage page = web.open(engine, "index.html");
        assertEquals("ready", page.state());
        assertEquals(engine.attribute, page.engine(), "engine picked by boot.js");
        List<String> expected = new ArrayList<>();
        for (Session session : demo.sessions()) {
            expected.add(session.id());
        }
        List<String> shown = page.visibleSessionIds();
        assertEquals(expected.size(), shown.size(), "sessions on the page");
        assertEquals(new HashSet<>(expected), new HashSet<>(shown));
        assertEquals(expected.size(), page.resultCount());
        web.browser(engine).screenshots("list");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void typingNarrowsTheListLikeTheJvmSearch(Engine engine) {
        SchedulePage page = web.open(engine, "index.html");
        // Each prefix of the query is a keystroke; every intermediate list must match the JVM's answer.
        String query = "django sec";
        for (int i = 1; i <= query.length(); i++) {
            String typed = query.substring(0, i);
            page.searchBox().sendKeys(query.substring(i - 1, i));
            List<String> expected = jvmMatches(typed);
            assertEquals(expected.size(), page.resultCount(), "count after typing \"" + typed + "\"");
            assertEquals(new HashSet<>(expected), new HashSet<>(page.visibleSessionIds()), "after \"" + typed + "\"");
        }
        assertTrue(page.resultCount() > 0 && page.resultCount() < demo.sessions().size(), "query narrows");
        web.browser(engine).screenshots("search");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void searchIgnoresAccentsAndCase(Engine engine) {
        SchedulePage page = web.open(engine, "index.html");
        page.search("GARCIA");
        List<String> ids = page.visibleSessionIds();
        assertTrue(!ids.isEmpty(), "\"GARCIA\" finds Pablo García");
        assertEquals(new HashSet<>(jvmMatches("García")), new HashSet<>(ids));
        page.search("garcía");
        assertEquals(new HashSet<>(ids), new HashSet<>(page.visibleSessionIds()), "accented query, same result");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void noMatchSaysSoAndClearingRestoresAll(Engine engine) {
        SchedulePage page = web.open(engine, "index.html");
        page.search("zzzz-no-such-talk");
        assertEquals(0, page.resultCount());
        assertTrue(page.visibleSessionIds().isEmpty());
        assertTrue(page.root().getText().contains("No session matches"), "empty-result message");
        page.search("");
        assertEquals(demo.sessions().size(), page.visibleSessionIds().size());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void srcParameterLoadsAnotherSchedule(Engine engine) throws IOException {
        Schedule pycon = Schedules.parse(Files.readString(Site.DIST.resolve("demo/pycon-us-2017.json")));
        SchedulePage page = web.open(engine, "index.html?src=demo/pycon-us-2017.json");
        assertEquals("ready", page.state());
        assertEquals(pycon.sessions().size(), page.resultCount());
        assertEquals(pycon.sessions().size(), page.visibleSessionIds().size());
        assertTrue(web.browser(engine).driver().getTitle().startsWith("PyCon US 2017"));
        web.browser(engine).screenshots("list-pycon");
    }

    private static List<String> jvmMatches(String query) {
        boolean[] matches = new boolean[jvmSearch.size()];
        jvmSearch.match(query, matches);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < matches.length; i++) {
            if (matches[i]) {
                ids.add(demo.sessions().get(i).id());
            }
        }
        return ids;
    }
}

package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Schedule;
import dev.trackside.parse.Schedules;
import dev.trackside.query.SessionSearch;
import dev.trackside.view.ListBuckets;
import java.util.Set;
import org.openqa.selenium.By;
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
 * The bundled demo in both engines, in the list view: every day's sessions listed (a break repeated per room once),
 * and search answering each keystroke with exactly the sessions the same core code finds on the JVM.
 */
class DemoScheduleIT {
    private static final String DEMO = "demo/djangocon-us-2019.json";

    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    private static Schedule demo;
    private static SessionSearch jvmSearch;
    private static ListBuckets buckets;

    @BeforeAll
    static void readDemo() throws IOException {
        demo = Schedules.parse(Files.readString(Site.DIST.resolve(DEMO)));
        jvmSearch = new SessionSearch(demo);
        buckets = new ListBuckets(demo);
    }

    private SchedulePage open(Engine engine, String path) {
        web.browser(engine).driver().get("about:blank");
        return web.open(engine, path);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void listsEverySessionOfTheDemoDayByDay(Engine engine) {
        SchedulePage page = open(engine, "index.html#view=list");
        assertEquals("ready", page.state());
        assertEquals(engine.attribute, page.engine(), "engine picked by boot.js");
        Set<String> seen = new HashSet<>();
        for (int d = 0; d < demo.days().size(); d++) {
            web.browser(engine).driver().findElement(By.cssSelector(".c-days__tab[data-day='"
                    + demo.days().get(d).date() + "']")).click();
            List<String> expected = entries(null, d, demo, buckets);
            List<String> shown = page.visibleSessionIds();
            assertEquals(expected, shown, "day " + demo.days().get(d).date() + ", in list order");
            assertEquals(expected.size(), page.resultCount());
            seen.addAll(shown);
        }
        for (ListBuckets.Entry entry : allEntries(buckets)) {
            assertTrue(seen.contains(demo.sessions().get(entry.session()).id()));
        }
        web.browser(engine).screenshots("list");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void typingNarrowsTheListLikeTheJvmSearch(Engine engine) {
        SchedulePage page = open(engine, "index.html#view=list");
        // Each prefix of the query is a keystroke; every intermediate list must match the JVM's answer.
        String query = "django sec";
        for (int i = 1; i <= query.length(); i++) {
            String typed = query.substring(0, i);
            page.searchBox().sendKeys(query.substring(i - 1, i));
            // Best first, as the core ranks them (the list shows the first 20 of a long answer).
            List<String> expected = new java.util.ArrayList<>();
            for (int position : new dev.trackside.query.SessionSearch(demo)
                    .search(dev.trackside.query.Query.parse(typed))) {
                expected.add(demo.sessions().get(position).id());
            }
            assertEquals(expected.size(), page.resultCount(), "count after typing \"" + typed + "\"");
            assertEquals(expected.subList(0, Math.min(20, expected.size())), page.visibleSessionIds(),
                    "after \"" + typed + "\"");
        }
        assertTrue(page.resultCount() > 0 && page.resultCount() < demo.sessions().size(), "query narrows");
        web.browser(engine).screenshots("search");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void searchIgnoresAccentsAndCase(Engine engine) {
        SchedulePage page = open(engine, "index.html#view=list");
        page.search("GARCIA");
        List<String> ids = page.visibleSessionIds();
        assertTrue(!ids.isEmpty(), "\"GARCIA\" finds Pablo García");
        assertEquals(entries(jvmMatches("García"), -1, demo, buckets), ids);
        page.search("garcía");
        assertEquals(ids, page.visibleSessionIds(), "accented query, same result");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void noMatchSaysSoAndClearingRestoresTheDay(Engine engine) {
        SchedulePage page = open(engine, "index.html#view=list");
        page.search("zzzz-no-such-talk");
        assertEquals(0, page.resultCount());
        assertTrue(page.visibleSessionIds().isEmpty());
        assertTrue(page.root().getText().contains("No session matches"), "empty-result message");
        page.search("");
        assertEquals(entries(null, 0, demo, buckets), page.visibleSessionIds());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void srcParameterLoadsAnotherSchedule(Engine engine) throws IOException {
        Schedule pycon = Schedules.parse(Files.readString(Site.DIST.resolve("demo/pycon-us-2017.json")));
        SchedulePage page = open(engine, "index.html?src=demo/pycon-us-2017.json#view=list");
        assertEquals("ready", page.state());
        List<String> firstDay = entries(null, 0, pycon, new ListBuckets(pycon));
        assertEquals(firstDay.size(), page.resultCount());
        assertEquals(firstDay, page.visibleSessionIds());
        assertTrue(web.browser(engine).driver().getTitle().startsWith("PyCon US 2017"));
        web.browser(engine).screenshots("list-pycon");
    }

    private static boolean[] jvmMatches(String query) {
        boolean[] matches = new boolean[jvmSearch.size()];
        jvmSearch.match(query, matches);
        return matches;
    }

    private static List<ListBuckets.Entry> allEntries(ListBuckets buckets) {
        List<ListBuckets.Entry> all = new ArrayList<>();
        for (int e = 0; e < buckets.entryCount(); e++) {
            all.add(buckets.entry(e));
        }
        return all;
    }

    /**
     * The ids the list shows, in order: one per entry with a session in {@code matches} (null: all) on day
     * {@code day} (-1: every day).
     */
    static List<String> entries(boolean[] matches, int day, Schedule schedule, ListBuckets buckets) {
        List<String> ids = new ArrayList<>();
        for (ListBuckets.Entry entry : allEntries(buckets)) {
            boolean match = matches == null;
            for (int m = 0; m < entry.size(); m++) {
                match |= matches != null && matches[entry.member(m)];
            }
            if (match && (day < 0 || schedule.dayIndex(entry.session()) == day)) {
                ids.add(schedule.sessions().get(entry.session()).id());
            }
        }
        return ids;
    }
}

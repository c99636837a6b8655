package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Kind;
import dev.trackside.model.Schedule;
import dev.trackside.parse.Schedules;
import dev.trackside.query.SessionSearch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search and the filters together, as the viewer asks for them, on the DjangoCon demo. */
class MatchesTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static Schedule demo;
    private static SessionSearch search;
    private static Facets facets;

    @BeforeAll
    static void read() throws IOException {
        demo = Schedules.parse(Files.readString(BASE.resolve("web/demo/djangocon-us-2019.json"),
                StandardCharsets.UTF_8));
        search = new SessionSearch(demo);
        facets = new Facets(demo);
    }

    /** Gives the search index and the facets when asked; with {@code false}, fails the test when asked. */
    private static Matches.Sources sources(boolean allowed) {
        return new Matches.Sources() {
            @Override
            public SessionSearch search() {
                assertTrue(allowed, "the search index built although nothing needed it");
                return search;
            }

            @Override
            public Facets facets() {
                assertTrue(allowed, "the facets built although nothing needed them");
                return facets;
            }
        };
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean flag : flags) {
            n += flag ? 1 : 0;
        }
        return n;
    }

    @Test
    void withoutSearchOrFiltersEverySessionMatchesAndNothingIsBuilt() {
        Matches matches = new Matches(demo.sessions().size());
        assertNull(matches.update(ViewState.parse(""), sources(false), true));
        assertEquals(demo.sessions().size(), matches.count());
        assertEquals(demo.sessions().size(), count(matches.matches()));
        assertEquals(demo.sessions().size(), count(matches.searched()));
    }

    @Test
    void aSearchMatchesWhatTheSearchIndexMatches() {
        Matches matches = new Matches(demo.sessions().size());
        assertNull(matches.update(ViewState.parse("#q=django"), sources(true), false));
        boolean[] expected = new boolean[demo.sessions().size()];
        search.match(matches.query(), expected);
        assertArrayEquals(expected, matches.matches());
        assertArrayEquals(expected, matches.searched());
        assertEquals(count(expected), matches.count());
        assertTrue(matches.count() > 0 && matches.count() < demo.sessions().size(), "narrows: " + matches.count());
    }

    @Test
    void rankedTheResultsComeBestFirstAndAreTheMatches() {
        Matches matches = new Matches(demo.sessions().size());
        int[] ranked = matches.update(ViewState.parse("#q=django"), sources(true), true);
        assertArrayEquals(search.search(matches.query()), ranked);
        assertEquals(ranked.length, matches.count());
        for (int position : ranked) {
            assertTrue(matches.matches()[position]);
        }
    }

    @Test
    void filtersNarrowTheSearchWhichTheFilterPanelStillCountsWith() {
        Matches matches = new Matches(demo.sessions().size());
        ViewState state = ViewState.parse("#q=django").withFilter(ViewState.Facet.KIND, Kind.TUTORIAL.id());
        matches.update(state, sources(true), false);
        boolean[] searched = new boolean[demo.sessions().size()];
        search.match(matches.query(), searched);
        assertArrayEquals(searched, matches.searched(), "the search alone");
        for (int i = 0; i < searched.length; i++) {
            boolean tutorial = demo.sessions().get(i).kind() == Kind.TUTORIAL;
            assertEquals(searched[i] && tutorial, matches.matches()[i], demo.sessions().get(i).title());
        }
        assertTrue(matches.count() > 0 && matches.count() < count(searched), "narrows: " + matches.count());
        // Cleared again: everything.
        matches.update(ViewState.parse(""), sources(false), false);
        assertEquals(demo.sessions().size(), matches.count());
    }
}

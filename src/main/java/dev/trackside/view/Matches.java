package dev.trackside.view;

import dev.trackside.query.Query;
import dev.trackside.query.SessionSearch;
import java.util.Arrays;

/**
 * Which sessions a view state's search and filters let through, by position in the schedule: the search's matches
 * before the filters (the filter panel counts with them) and after. Kept between states by the browser's viewer,
 * which recomputes them only when the search text or the filters change.
 *
 * <pre>
 * Matches matches = new Matches(schedule.sessions().size());
 * int[] ranked = matches.update(state, sources, true);
 * </pre>
 */
public final class Matches {
    /**
     * Where the search index and the facets come from, asked for only when needed (a search, ticked filters): both
     * are built on first use. An interface its caller implements rather than two suppliers: each lambda is a class
     * of its own in the browser build.
     */
    public interface Sources {
        SessionSearch search();

        Facets facets();
    }

    private final boolean[] searched;
    private final boolean[] matches;
    private int count;
    private Query query = Query.parse("");

    /** Every one of {@code sessions} sessions matches until the first {@link #update}. */
    public Matches(int sessions) {
        searched = new boolean[sessions];
        matches = new boolean[sessions];
        Arrays.fill(searched, true);
        Arrays.fill(matches, true);
        count = sessions;
    }

    /**
     * Matches {@code state}'s search and filters.
     *
     * @param ranked whether the caller shows the search's matches best first (the results list): one pass then
     *               ranks and marks them
     * @return the search's matches best first when {@code ranked} and there is a search, else {@code null}
     */
    public int[] update(ViewState state, Sources sources, boolean ranked) {
        query = Query.parse(state.query());
        int[] order = null;
        if (query.isEmpty()) {
            Arrays.fill(searched, true);
        } else if (ranked) {
            order = sources.search().search(query);
            Arrays.fill(searched, false);
            for (int position : order) {
                searched[position] = true;
            }
        } else {
            sources.search().match(query, searched);
        }
        System.arraycopy(searched, 0, matches, 0, matches.length);
        if (!state.filters().isEmpty()) {
            sources.facets().apply(state, matches);
        }
        count = 0;
        for (boolean match : matches) {
            count += match ? 1 : 0;
        }
        return order;
    }

    /** The parsed search of the last update (its words, fields and mistakes). */
    public Query query() {
        return query;
    }

    /** Whether the session at each position matches the search and the filters; owned by this object. */
    public boolean[] matches() {
        return matches;
    }

    /** Whether the session at each position matches the search alone; owned by this object. */
    public boolean[] searched() {
        return searched;
    }

    /** How many sessions match the search and the filters. */
    public int count() {
        return count;
    }
}

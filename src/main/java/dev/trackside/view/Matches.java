package dev.trackside.view;

import dev.trackside.query.Query;
import dev.trackside.query.SessionSearch;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Which sessions a view state's search and filters let through, by position in the schedule: the search's matches
 * before the filters (the filter panel counts with them) and after. Kept between states by the browser's viewer,
 * which recomputes them only when the search text or the filters change.
 *
 * <pre>
 * Matches matches = new Matches(schedule.sessions().size());
 * int[] ranked = matches.update(state, () -&gt; search, () -&gt; facets, true);
 * </pre>
 */
public final class Matches {
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
     * Matches {@code state}'s search and filters. The search index and the facets are asked for only when needed
     * (a search, ticked filters): both are built on first use.
     *
     * @param ranked whether the caller shows the search's matches best first (the results list): one pass then
     *               ranks and marks them
     * @return the search's matches best first when {@code ranked} and there is a search, else {@code null}
     */
    public int[] update(ViewState state, Supplier<SessionSearch> search, Supplier<Facets> facets, boolean ranked) {
        query = Query.parse(state.query());
        int[] order = null;
        if (query.isEmpty()) {
            Arrays.fill(searched, true);
        } else if (ranked) {
            order = search.get().search(query);
            Arrays.fill(searched, false);
            for (int position : order) {
                searched[position] = true;
            }
        } else {
            search.get().match(query, searched);
        }
        System.arraycopy(searched, 0, matches, 0, matches.length);
        if (!state.filters().isEmpty()) {
            facets.get().apply(state, matches);
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

package dev.trackside.view;

import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Track;
import dev.trackside.view.ViewState.Facet;
import dev.trackside.view.ViewState.Filter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of each {@link Facet} in a schedule, and how many sessions each would show: the numbers beside the
 * filter choices, recounted on every keystroke of the search.
 *
 * <p><b>Values</b> are those at least one session has: tracks and rooms in the order the schedule lists them (one it
 * does not list after those, in order of first use), kinds in {@link Kind} order, languages, levels and tags by
 * their number of sessions in the whole schedule, most first, then by text. The order does not change while the
 * visitor searches, so the choices do not jump about under the pointer.
 *
 * <p><b>Counts</b> are disjunctive, as in any faceted search: a value's count is the number of sessions that match
 * the search, every other facet's chosen values, and this value. So a chosen value's count is what it contributes,
 * an unchosen one's what choosing it as well would add (for its own facet, whose values are alternatives) or leave
 * (for another facet, which narrows). A facet whose chosen values are all unknown to the schedule matches nothing,
 * as in {@link Filters}.
 *
 * <p><b>Days</b> are not a facet ({@link ViewState} explains why); {@link Counts#day} is the number of sessions of
 * each day that match the search and all filters, for the day tabs.
 *
 * <p>The constructor indexes the schedule once (per facet, each session's values as small ints); {@link #count}
 * then makes one pass over plain int arrays, allocating only per value, never per session: 10,000 sessions take
 * well under a millisecond on the JVM.
 */
public final class Facets {
    private static final Facet[] FACETS = Facet.values();

    private final int sessionCount;
    private final int dayCount;
    private final int[] dayOf;
    private final List<List<String>> values = new ArrayList<>();
    private final List<List<String>> names = new ArrayList<>();
    private final List<Map<String, Integer>> indexes = new ArrayList<>();
    /** Per facet: session i's values are {@code members[f][first[f][i] … first[f][i + 1] - 1]}. */
    private final int[][] first = new int[FACETS.length][];
    private final int[][] members = new int[FACETS.length][];

    public Facets(Schedule schedule) {
        List<Session> sessions = schedule.sessions();
        sessionCount = sessions.size();
        dayCount = schedule.days().size();
        dayOf = new int[sessionCount];
        for (int i = 0; i < sessionCount; i++) {
            dayOf[i] = schedule.dayIndex(i);
        }
        for (Facet facet : FACETS) {
            index(schedule, facet);
        }
    }

    /** Collects one facet's values in order of first use (listed tracks and rooms first), then puts them in order. */
    private void index(Schedule schedule, Facet facet) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (facet == Facet.TRACK) {
            for (Track track : schedule.tracks()) {
                add(seen, ids, labels, track.id(), track.name());
            }
        } else if (facet == Facet.ROOM) {
            for (Room room : schedule.rooms()) {
                add(seen, ids, labels, room.id(), room.name());
            }
        }
        int[] starts = new int[sessionCount + 1];
        int[] found = new int[Math.max(16, sessionCount)];
        int size = 0;
        List<String> own = new ArrayList<>();
        List<String> ownLabels = new ArrayList<>();
        for (int i = 0; i < sessionCount; i++) {
            Session session = schedule.sessions().get(i);
            own.clear();
            ownLabels.clear();
            switch (facet) {
                case TRACK:
                    if (session.track() != null) {
                        own.add(session.track().id());
                        ownLabels.add(session.track().name());
                    }
                    break;
                case ROOM:
                    for (Room room : session.rooms()) {
                        own.add(room.id());
                        ownLabels.add(room.name());
                    }
                    break;
                case KIND:
                    own.add(session.kind().id());
                    break;
                case LANGUAGE:
                    own.add(session.language());
                    break;
                case LEVEL:
                    own.add(session.level());
                    break;
                default:
                    own.addAll(session.tags());
            }
            starts[i] = size;
            for (int k = 0; k < own.size(); k++) {
                String id = own.get(k);
                if (id == null || id.isEmpty()) {
                    continue;
                }
                int value = add(seen, ids, labels, id, k < ownLabels.size() ? ownLabels.get(k) : id);
                if (!contains(found, starts[i], size, value)) { // a room or tag named twice counts once
                    if (size == found.length) {
                        found = Arrays.copyOf(found, size * 2);
                    }
                    found[size++] = value;
                }
            }
        }
        starts[sessionCount] = size;

        int[] totals = new int[ids.size()];
        for (int k = 0; k < size; k++) {
            totals[found[k]]++;
        }
        // Sorted by key, then by text: tracks and rooms by first appearance, kinds by Kind, the rest most used first.
        int[] key = new int[ids.size()];
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < ids.size(); v++) {
            key[v] = facet == Facet.TRACK || facet == Facet.ROOM ? v
                    : facet == Facet.KIND ? Kind.fromId(ids.get(v)).ordinal() : -totals[v];
            if (totals[v] > 0) {
                order.add(v);
            }
        }
        order.sort((a, b) -> key[a] != key[b] ? Integer.compare(key[a], key[b]) : ids.get(a).compareTo(ids.get(b)));
        int[] rank = new int[ids.size()];
        List<String> sortedIds = new ArrayList<>(order.size());
        List<String> sortedLabels = new ArrayList<>(order.size());
        Map<String, Integer> index = new HashMap<>();
        for (int r = 0; r < order.size(); r++) {
            int v = order.get(r);
            rank[v] = r;
            sortedIds.add(ids.get(v));
            sortedLabels.add(labels.get(v));
            index.put(ids.get(v), r);
        }
        int[] ranked = new int[size];
        for (int k = 0; k < size; k++) {
            ranked[k] = rank[found[k]];
        }
        int f = facet.ordinal();
        first[f] = starts;
        members[f] = ranked;
        values.add(Collections.unmodifiableList(sortedIds));
        names.add(Collections.unmodifiableList(sortedLabels));
        indexes.add(index);
    }

    private static int add(Map<String, Integer> seen, List<String> ids, List<String> labels, String id, String label) {
        Integer known = seen.get(id);
        if (known != null) {
            return known;
        }
        seen.put(id, ids.size());
        ids.add(id);
        labels.add(label == null || label.isEmpty() ? id : label);
        return ids.size() - 1;
    }

    private static boolean contains(int[] array, int from, int to, int value) {
        for (int k = from; k < to; k++) {
            if (array[k] == value) {
                return true;
            }
        }
        return false;
    }

    /** The facet's values (ids, or the text the schedule gives), in display order; unmodifiable. */
    public List<String> values(Facet facet) {
        return values.get(facet.ordinal());
    }

    /**
     * What to show for the value at {@code index}: a track's or room's name, else the value itself (show a kind
     * through {@link Messages#kind}).
     */
    public String name(Facet facet, int index) {
        return names.get(facet.ordinal()).get(index);
    }

    /** The index of {@code value} in {@link #values}, or -1 when no session has it. */
    public int indexOf(Facet facet, String value) {
        Integer index = indexes.get(facet.ordinal()).get(value);
        return index == null ? -1 : index;
    }

    /** The counts over every day; {@code search} is indexed like {@link Schedule#sessions()} and left unchanged. */
    public Counts count(boolean[] search, ViewState state) {
        return count(search, state, -1);
    }

    /**
     * The counts over the sessions of day {@code day} (an index in {@link Schedule#days()}), or of every day for -1.
     * {@link Counts#day} counts every day whatever {@code day} is.
     */
    public Counts count(boolean[] search, ViewState state, int day) {
        boolean[][] chosen = chosen(state);
        int[][] counts = new int[FACETS.length][];
        for (int f = 0; f < FACETS.length; f++) {
            counts[f] = new int[values.get(f).size()];
        }
        int[] days = new int[dayCount];
        int total = 0;
        for (int i = 0; i < sessionCount; i++) {
            if (!search[i]) {
                continue;
            }
            int failed = failed(chosen, i);
            boolean inScope = day < 0 || dayOf[i] == day;
            if (failed == -1) {
                days[dayOf[i]]++;
                if (inScope) {
                    total++;
                    for (int f = 0; f < FACETS.length; f++) {
                        tally(f, i, counts[f]);
                    }
                }
            } else if (failed >= 0 && inScope) {
                tally(failed, i, counts[failed]);
            }
        }
        return new Counts(this, counts, days, total);
    }

    /** What {@link Filters#apply} does, from the indexes: clears in {@code matches} what the filters exclude. */
    public void apply(ViewState state, boolean[] matches) {
        if (state.filters().isEmpty()) {
            return;
        }
        boolean[][] chosen = chosen(state);
        for (int i = 0; i < sessionCount; i++) {
            matches[i] = matches[i] && failed(chosen, i) == -1;
        }
    }

    /** Per facet, which values are chosen; {@code null} for a facet without a choice. */
    private boolean[][] chosen(ViewState state) {
        boolean[][] chosen = new boolean[FACETS.length][];
        for (Filter filter : state.filters()) {
            int f = filter.facet().ordinal();
            if (chosen[f] == null) {
                chosen[f] = new boolean[values.get(f).size()];
            }
            int v = indexOf(filter.facet(), filter.value());
            if (v >= 0) {
                chosen[f][v] = true;
            }
        }
        return chosen;
    }

    /** The facet session {@code i} fails alone; -1 when it fails none, -2 when it fails more than one. */
    private int failed(boolean[][] chosen, int i) {
        int failed = -1;
        for (int f = 0; f < FACETS.length; f++) {
            boolean[] wanted = chosen[f];
            if (wanted == null) {
                continue;
            }
            boolean has = false;
            int[] m = members[f];
            for (int k = first[f][i], end = first[f][i + 1]; k < end && !has; k++) {
                has = wanted[m[k]];
            }
            if (!has) {
                if (failed != -1) {
                    return -2;
                }
                failed = f;
            }
        }
        return failed;
    }

    private void tally(int f, int i, int[] counts) {
        int[] m = members[f];
        for (int k = first[f][i], end = first[f][i + 1]; k < end; k++) {
            counts[m[k]]++;
        }
    }

    /** The numbers for one search and choice of filters. */
    public static final class Counts {
        private final Facets facets;
        private final int[][] counts;
        private final int[] days;
        private final int total;

        Counts(Facets facets, int[][] counts, int[] days, int total) {
            this.facets = facets;
            this.counts = counts;
            this.days = days;
            this.total = total;
        }

        /** The count of the value at {@code index} in {@link Facets#values}. */
        public int count(Facet facet, int index) {
            return counts[facet.ordinal()][index];
        }

        /** The count of a value; 0 when no session has it. */
        public int count(Facet facet, String value) {
            int index = facets.indexOf(facet, value);
            return index < 0 ? 0 : counts[facet.ordinal()][index];
        }

        /** The sessions of day {@code dayIndex} (in {@link Schedule#days()}) that match the search and all filters. */
        public int day(int dayIndex) {
            return days[dayIndex];
        }

        /** The sessions, on the day counted or on every day, that match the search and all filters. */
        public int total() {
            return total;
        }
    }
}

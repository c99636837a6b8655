package dev.trackside.query;

import dev.trackside.model.Day;
import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.query.Query.Field;
import dev.trackside.query.Query.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Search over a schedule's sessions with the {@link Query} syntax. Built once per schedule, it answers a keystroke
 * by scanning precomputed folded text, with no allocation per session.
 *
 * <p><b>Matching.</b> A free word or phrase must occur, folded, in the session's title, a speaker's name, a tag or
 * the abstract: anywhere, also inside a longer word, so that results follow typing. Excluded ones must occur in
 * none of them. Filters are described on {@link Field}; those on speakers and tags scan the same text, the others
 * compare a few distinct labels per query (rooms, tracks, kinds, days, languages, levels) and then only small ints
 * per session.
 *
 * <p><b>Ranking</b> ({@link #search}). Each free word or phrase scores its best hit: the field counts first (title
 * 3, speakers 2, tags 1, abstract 0), the quality of the hit second (whole word 3, start of a word 2, inside a word
 * 1), as {@code 3 * field + quality}, so a title hit always outranks a speaker hit. A session's score is the sum over
 * its words; equal scores keep the schedule's order. Filters and exclusions do not score.
 *
 * <p><b>Layout.</b> All sessions' folded text lives in one char array, not in a String per session: 36C3's
 * abstracts alone are 1.1 M chars, and one large array is built without intermediate copies and is never moved by
 * the browser's garbage collector. Session i owns {@code marks[4i] .. marks[4i+4]}: title, speakers, tags and
 * abstract, each starting at its mark, each text ending in a {@code '\n'} that no term contains. Runs of whitespace
 * are one space, as in the query's phrases. Whether a hit starts or ends a word is decided by the chars beside it,
 * only when there is a hit.
 */
public final class SessionSearch {
    private static final int FIELDS = 4; // title, speakers, tags, abstract: the order of the text and of the ranks
    private static final int SPEAKERS = 1;
    private static final int TAGS = 2;
    private static final Kind[] KINDS = Kind.values();
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};

    private final Schedule schedule;
    private final int size;
    private char[] text;
    private int length;
    private final int[] marks;
    /** By {@link Field} ordinal, as {@link #facet} builds them. */
    private final Facet[] facets = new Facet[Field.values().length];
    private long[] order;

    public SessionSearch(Schedule schedule) {
        this.schedule = schedule;
        List<Session> sessions = schedule.sessions();
        size = sessions.size();
        int chars = 0;
        for (Session session : sessions) {
            chars += session.title().length() + session.abstractText().length() + 2;
            for (Speaker speaker : session.speakers()) {
                chars += speaker.name().length() + 1;
            }
            for (String tag : session.tags()) {
                chars += tag.length() + 1;
            }
        }
        // Folding rarely lengthens text (ß, æ, ĳ); a little slack, and growth when a text could overflow it.
        text = new char[chars + chars / 8 + 16];
        marks = new int[FIELDS * size + 1];
        for (int i = 0; i < size; i++) {
            Session session = sessions.get(i);
            marks[FIELDS * i] = length;
            add(session.title());
            marks[FIELDS * i + 1] = length;
            for (Speaker speaker : session.speakers()) {
                add(speaker.name());
            }
            marks[FIELDS * i + 2] = length;
            for (String tag : session.tags()) {
                add(tag);
            }
            marks[FIELDS * i + 3] = length;
            add(session.abstractText());
        }
        marks[FIELDS * size] = length;
    }

    /**
     * The facet of {@code field}, built on first use: most visitors never type a filter, and the page's start waits
     * for the index. {@code null} for speakers and tags, which are matched in {@link #text}.
     */
    private Facet facet(Field field) {
        if (field == Field.SPEAKER || field == Field.TAG) {
            return null;
        }
        Facet facet = facets[field.ordinal()];
        if (facet != null) {
            return facet;
        }
        facet = facets[field.ordinal()] = new Facet(size);
        // Kinds and days are registered in order, so that their ids are their ordinals and indexes (day:2 is id 1).
        if (field == Field.KIND) {
            for (Kind kind : KINDS) {
                facet.id(kind.id());
            }
        } else if (field == Field.DAY) {
            for (Day day : schedule.days()) {
                facet.id(day.date() + " " + WEEKDAYS[day.date().dayOfWeek() - 1] + " " + day.name());
            }
        }
        List<Session> sessions = schedule.sessions();
        for (int i = 0; i < size; i++) {
            Session session = sessions.get(i);
            if (field == Field.ROOM) {
                for (Room room : session.rooms()) {
                    facet.add(facet.id(room.name()));
                }
            } else if (field == Field.TRACK) {
                if (session.track() != null) {
                    facet.add(facet.id(session.track().name()));
                }
            } else if (field == Field.KIND) {
                if (session.kind() != null) {
                    facet.add(session.kind().ordinal());
                }
            } else if (field == Field.DAY) {
                facet.add(schedule.dayIndex(i));
            } else {
                String value = field == Field.LANG ? session.language() : session.level();
                if (!value.isEmpty()) {
                    facet.add(facet.id(value));
                }
            }
            facet.first[i + 1] = facet.count;
        }
        return facet;
    }

    /** Appends {@code s} folded, whitespace runs as one space, and a {@code '\n'}. */
    private void add(String s) {
        if (length + 2 * s.length() + 1 > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 3 / 2, length + 2 * s.length() + 1));
        }
        int w = TextFold.foldWordsInto(s, text, length);
        text[w++] = '\n';
        length = w;
    }

    /**
     * One field's distinct labels (as the schedule writes them; normalised per query, as they are few), and for each
     * session the ids of its labels.
     */
    private static final class Facet {
        final List<String> labels = new ArrayList<>();
        final Map<String, Integer> ids = new HashMap<>();
        /** Session i's ids are {@code values[first[i]] .. values[first[i + 1]]}. */
        final int[] first;
        int[] values = new int[64];
        int count;

        Facet(int sessions) {
            first = new int[sessions + 1];
        }

        int id(String label) {
            Integer id = ids.get(label);
            if (id == null) {
                id = labels.size();
                ids.put(label, id);
                labels.add(label);
            }
            return id;
        }

        void add(int id) {
            if (count == values.length) {
                values = Arrays.copyOf(values, 2 * count);
            }
            values[count++] = id;
        }

        boolean any(int session, boolean[] chosen) {
            for (int k = first[session]; k < first[session + 1]; k++) {
                if (chosen[values[k]]) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A query prepared for this schedule: terms as char arrays, facet filters as the labels they choose. Arrays, not
     * lists, so that the loop over the sessions allocates nothing (a for-each over a list makes an iterator).
     */
    private final class Plan {
        final char[][] words;
        final char[][] excluded;
        /** Speaker and tag filters: their value, and their field in {@link #marks} (negative when excluded). */
        final char[][] values;
        final int[] valueFields;
        int wordCount;
        int excludedCount;
        int valueCount;
        boolean filters;
        final boolean[][] allowed = new boolean[facets.length][];
        final boolean[][] forbidden = new boolean[facets.length][];

        Plan(Query query) {
            int n = query.terms().size();
            words = new char[n][];
            excluded = new char[n][];
            values = new char[n][];
            valueFields = new int[n];
            for (int t = 0; t < n; t++) {
                Term term = query.terms().get(t);
                char[] chars = term.text().toCharArray();
                Field field = term.field();
                filters |= field != null;
                if (field == null && term.excluded()) {
                    excluded[excludedCount++] = chars;
                } else if (field == null) {
                    words[wordCount++] = chars;
                } else if (facet(field) == null) {
                    int f = field == Field.SPEAKER ? SPEAKERS : TAGS;
                    valueFields[valueCount] = term.excluded() ? -f : f;
                    values[valueCount++] = chars;
                } else {
                    boolean[][] sets = term.excluded() ? forbidden : allowed;
                    Facet facet = facets[field.ordinal()];
                    boolean[] set = sets[field.ordinal()];
                    if (set == null) {
                        set = sets[field.ordinal()] = new boolean[facet.labels.size()];
                    }
                    int day = Query.dayNumber(term);
                    String value = term.text();
                    for (int id = 0; id < set.length; id++) {
                        String label = Query.normalise(facet.labels.get(id));
                        set[id] |= day >= 0 ? id == day - 1
                                : field == Field.KIND ? label.startsWith(value)
                                        || Query.normalise(KINDS[id].label()).startsWith(value)
                                : field == Field.LANG ? label.startsWith(value) : startsAWord(label, value);
                    }
                }
            }
        }

        boolean passesFilters(int session) {
            for (int f = 0; f < facets.length; f++) {
                if (allowed[f] != null && !facets[f].any(session, allowed[f])
                        || forbidden[f] != null && facets[f].any(session, forbidden[f])) {
                    return false;
                }
            }
            for (int f = SPEAKERS; f <= TAGS; f++) {
                boolean wanted = false;
                boolean found = false;
                for (int v = 0; v < valueCount; v++) {
                    int field = valueFields[v];
                    if (field == f || field == -f) {
                        int at = FIELDS * session + f;
                        boolean hit = find(values[v], marks[at], marks[at + 1], 2, 2) > 0;
                        if (field < 0 && hit) {
                            return false;
                        }
                        wanted |= field > 0;
                        found |= field > 0 && hit;
                    }
                }
                if (wanted && !found) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whether {@code value} starts a word of {@code label}. */
    private static boolean startsAWord(String label, String value) {
        for (int at = label.indexOf(value); at >= 0; at = label.indexOf(value, at + 1)) {
            if (at == 0 || !TextFold.isWordChar(label.charAt(at - 1)) || !TextFold.isWordChar(value.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code term} first occurs in {@code text[from, to)}, or -1: the scan every keystroke pays for. */
    private int indexOf(char[] term, int from, int to) {
        char[] chars = text;
        int n = term.length;
        char first = term[0];
        for (int i = from, last = to - n; i <= last; i++) {
            if (chars[i] == first) {
                int k = 1;
                while (k < n && chars[i + k] == term[k]) {
                    k++;
                }
                if (k == n) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The best hit of {@code term} in {@code text[from, to)}: 0 none, 1 inside a word, 2 at the start of a word, 3 a
     * whole word. Hits under {@code min} do not count; the scan stops at the first hit of at least {@code enough}.
     */
    private int find(char[] term, int from, int to, int min, int enough) {
        int best = 0;
        int n = term.length;
        for (int i = indexOf(term, from, to); i >= 0 && best < enough; i = indexOf(term, i + 1, to)) {
            int quality = !Query.startsWord(text, i, term[0]) ? 1
                    : TextFold.isWordChar(term[n - 1]) && TextFold.isWordChar(text[i + n]) ? 2 : 3;
            best = quality >= min ? Math.max(best, quality) : best;
        }
        return best;
    }

    /** Session i's score (see the class comment), or -1 when it does not match; {@code rank} false: 0 or -1. */
    private int score(int i, Plan plan, boolean rank) {
        if (plan.filters && !plan.passesFilters(i)) {
            return -1;
        }
        int at = FIELDS * i;
        int score = 0;
        for (int w = 0; w < plan.wordCount; w++) {
            char[] word = plan.words[w];
            int best = 0;
            if (!rank) {
                best = indexOf(word, marks[at], marks[at + FIELDS]) >= 0 ? 1 : 0;
            }
            for (int f = 0; rank && f < FIELDS && best == 0; f++) {
                int quality = find(word, marks[at + f], marks[at + f + 1], 1, 3);
                best = quality == 0 ? 0 : 3 * (FIELDS - 1 - f) + quality;
            }
            if (best == 0) {
                return -1;
            }
            score += rank ? best : 0;
        }
        for (int w = 0; w < plan.excludedCount; w++) {
            if (indexOf(plan.excluded[w], marks[at], marks[at + FIELDS]) >= 0) {
                return -1;
            }
        }
        return score;
    }

    /** The free words and phrases of {@code query} ({@link Query#words()}); blank or {@code null} gives none. */
    public static List<String> terms(String query) {
        return Query.parse(query).words();
    }

    /**
     * Marks in {@code matches} (indexed like {@link Schedule#sessions()}) the sessions that match {@code query},
     * parsed with {@link Query#parse}; every entry is written.
     *
     * @return how many matched
     */
    public int match(String query, boolean[] matches) {
        return match(Query.parse(query), matches);
    }

    /** {@link #match(String, boolean[])} for a parsed query. */
    public int match(Query query, boolean[] matches) {
        Plan plan = new Plan(query);
        int count = 0;
        for (int i = 0; i < size; i++) {
            matches[i] = score(i, plan, false) >= 0;
            count += matches[i] ? 1 : 0;
        }
        return count;
    }

    /**
     * The positions (in {@link Schedule#sessions()}) of the sessions that match {@code query}, best first (see the
     * class comment); without free words, in schedule order.
     */
    public int[] search(Query query) {
        Plan plan = new Plan(query);
        if (order == null) {
            order = new long[size];
        }
        int n = 0;
        for (int i = 0; i < size; i++) {
            int score = score(i, plan, true);
            if (score >= 0) {
                order[n++] = (long) -score << 32 | i; // sorts by score descending, then position
            }
        }
        Arrays.sort(order, 0, n);
        int[] ranked = new int[n];
        for (int k = 0; k < n; k++) {
            ranked[k] = (int) order[k];
        }
        return ranked;
    }

    public int size() {
        return size;
    }
}

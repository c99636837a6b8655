package dev.trackside.view;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the visitor has chosen to see, as it is written in the page's URL hash: so that reload, back and
 * forward and a shared link restore exactly the view. Immutable; {@code with…} methods return changed copies.
 *
 * <p>The hash is {@code key=value} pairs joined by {@code &}, keys in this order, each left out when it has its
 * default value (so the default state is the empty hash):
 * <table>
 * <caption>Hash keys</caption>
 * <tr><th>key</th><th>value</th><th>default</th></tr>
 * <tr><td>{@code view}</td><td>{@code grid}, {@code list}, {@code agenda} (the visitor's favourites by day),
 *     {@code speakers} (the index), {@code speaker} (one speaker's page)</td><td>{@code grid}</td></tr>
 * <tr><td>{@code day}</td><td>the conference day shown, {@code YYYY-MM-DD}</td><td>none: the viewer picks</td></tr>
 * <tr><td>{@code q}</td><td>the search text, as typed</td><td>empty</td></tr>
 * <tr><td>{@code track}, {@code room}, {@code kind}, {@code lang}, {@code level}, {@code tag}</td><td>filters: one
 *     pair per chosen value, the id of a track, room or {@link Kind}, or a session's language, level or tag as the
 *     schedule writes it; in {@link Facet} order, sorted within a facet</td><td>none</td></tr>
 * <tr><td>{@code speaker}</td><td>the id of the speaker whose page is shown; present exactly when
 *     {@code view=speaker}</td><td>none</td></tr>
 * <tr><td>{@code session}</td><td>the id of the open session, over any view</td><td>none</td></tr>
 * <tr><td>{@code tz}</td><td>{@code local}: times in the visitor's own zone</td><td>the conference's zone</td></tr>
 * <tr><td>{@code shared}</td><td>the ids of the sessions of a shared agenda, comma-separated, each id
 *     percent-encoded on its own (so a comma inside an id is {@code %2C}, while the separating commas stay
 *     raw); several {@code shared} keys add up</td><td>none</td></tr>
 * </table>
 * <pre>
 * #view=list&amp;day=2019-09-23&amp;q=django%20orm&amp;track=data&amp;track=web&amp;session=123
 * #room=balboa&amp;kind=workshop&amp;tz=local
 * #view=speaker&amp;speaker=42
 * #lang=de&amp;level=beginner&amp;tag=web&amp;tag=security
 * #shared=10496,10532,talk%2C%20part%201
 * #q=M%C3%BCller%20%26%20S%C3%B6hne
 * </pre>
 *
 * <p>Keys and values are percent-encoded UTF-8; everything but {@code A-Z a-z 0-9 - . _ ~} is escaped, so a space
 * is {@code %20} and {@code +} is a plus sign. {@link #parse} is lenient and never throws: a leading {@code #} is
 * optional, unknown keys and values that do not fit (an unknown view, an impossible date, an unknown kind, an empty
 * value) are ignored, the last valid value of a single-valued key wins, and malformed escapes are kept as written.
 * {@code parse(s.toHash()).equals(s)} holds for every state.
 *
 * <p>The conference day is not a filter: {@code day} picks the one day the grid shows (its tab), and the list
 * shows the matches of every day while a search or a filter is active. So there is no {@code day} facet; the tabs
 * show how many of a day's sessions match instead ({@link Facets.Counts#day}).
 *
 * <p>The hash's {@code tz} is not the page's {@code ?tz=} query parameter: that one names the zone of a schedule
 * whose times carry no offset; this one only switches the display to the visitor's zone.
 */
public final class ViewState {
    /**
     * The state of the empty hash: the viewer's choice of view (grid on wide screens, list on narrow ones) and of day,
     * no search, no filters, nothing open.
     */
    public static final ViewState DEFAULT = new ViewState(View.AUTO, null, "", List.of(), null, null, false,
            List.of());

    /** What fills the page. */
    public enum View {
        /** Not chosen: the grid where it fits, else the list. A chosen grid is kept on a phone after reload. */
        AUTO("auto"),
        GRID("grid"),
        LIST("list"),
        /** The visitor's favourites by day ({@link Agenda}). */
        AGENDA("agenda"),
        /** The index of all speakers. */
        SPEAKERS("speakers"),
        /** One speaker's page, named by {@link #speaker()}. */
        SPEAKER("speaker");

        private final String id;

        View(String id) {
            this.id = id;
        }

        /** The value in the hash. */
        public String id() {
            return id;
        }

        /** The view with this id, or {@code null}. */
        public static View fromId(String id) {
            for (View view : values()) {
                if (view.id.equals(id)) {
                    return view;
                }
            }
            return null;
        }
    }

    /**
     * A property sessions are filtered by; its id is the hash key. The order here is the order in the hash. Values
     * are compared exactly as the schedule writes them (a language {@code de} is not {@code DE}).
     */
    public enum Facet {
        TRACK("track"),
        /** A session held in several rooms has each of them. */
        ROOM("room"),
        /** Values are {@link Kind} ids. */
        KIND("kind"),
        /** The session's language, {@link dev.trackside.model.Session#language()}. */
        LANGUAGE("lang"),
        /** The session's audience level, {@link dev.trackside.model.Session#level()}. */
        LEVEL("level"),
        /** Any of the session's tags. */
        TAG("tag");

        private final String id;

        Facet(String id) {
            this.id = id;
        }

        /** The key in the hash. */
        public String id() {
            return id;
        }

        /** The facet with this id, or {@code null}. */
        public static Facet fromId(String id) {
            for (Facet facet : values()) {
                if (facet.id.equals(id)) {
                    return facet;
                }
            }
            return null;
        }

        /** Whether {@code value} can be a value of this facet; only kinds can be checked without the schedule. */
        boolean accepts(String value) {
            return !value.isEmpty() && (this != KIND || Kind.fromId(value) != null);
        }
    }

    /** One chosen value of one facet ({@code track=web}): a track, room or kind id, a language, level or tag. */
    public static final class Filter implements Comparable<Filter> {
        private final Facet facet;
        private final String value;

        /** {@code null} stands for no value, which no facet accepts. */
        public Filter(Facet facet, String value) {
            this.facet = facet;
            this.value = value == null ? "" : value;
        }

        public Facet facet() {
            return facet;
        }

        public String value() {
            return value;
        }

        /** Facet order, then value order: the order in the hash. */
        @Override
        public int compareTo(Filter other) {
            int byFacet = facet.compareTo(other.facet);
            return byFacet != 0 ? byFacet : value.compareTo(other.value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Filter && facet == ((Filter) o).facet && value.equals(((Filter) o).value);
        }

        @Override
        public int hashCode() {
            return (facet == null ? 0 : facet.ordinal()) * 31 + value.hashCode();
        }

        @Override
        public String toString() {
            return (facet == null ? "" : facet.id) + "=" + value;
        }
    }

    private final View view;
    private final CivilDate day;
    private final String query;
    private final List<Filter> filters;
    private final String speaker;
    private final String session;
    private final boolean localTime;
    private final List<String> shared;

    /**
     * Normalises, so that equal views are equal states and every state round-trips: filters sorted and without
     * duplicates; a speaker id only on the speaker page, and the speaker page only with one; shared ids in their
     * order without duplicates; strings well-formed UTF-16, empty ones absent.
     */
    private ViewState(View view, CivilDate day, String query, List<Filter> filters, String speaker, String session,
            boolean localTime, List<String> shared) {
        speaker = absentIfEmpty(speaker);
        if (view == View.SPEAKER && speaker == null) {
            view = View.SPEAKERS;
        } else if (view != View.SPEAKER) {
            speaker = null;
        }
        this.view = view == null ? View.AUTO : view;
        this.day = day;
        this.query = query == null ? "" : PercentCoding.wellFormed(query);
        this.filters = normalized(filters);
        this.speaker = speaker;
        this.session = absentIfEmpty(session);
        this.localTime = localTime;
        this.shared = unique(shared);
    }

    private static String absentIfEmpty(String text) {
        return text == null || text.isEmpty() ? null : PercentCoding.wellFormed(text);
    }

    private static List<Filter> normalized(List<Filter> filters) {
        if (filters.isEmpty()) {
            return List.of();
        }
        List<Filter> sorted = new ArrayList<>(filters.size());
        for (Filter filter : filters) {
            if (filter.facet != null && filter.facet.accepts(filter.value)) {
                sorted.add(new Filter(filter.facet, PercentCoding.wellFormed(filter.value)));
            }
        }
        Collections.sort(sorted);
        List<Filter> unique = new ArrayList<>(sorted.size());
        for (Filter filter : sorted) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(filter)) {
                unique.add(filter);
            }
        }
        return Collections.unmodifiableList(unique);
    }

    private static List<String> unique(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String id : ids) {
            if (id != null && !id.isEmpty()) {
                unique.add(PercentCoding.wellFormed(id));
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(unique));
    }

    /** The state a hash describes ({@code location.hash}, with or without its {@code #}); never throws. */
    public static ViewState parse(String hash) {
        if (hash == null || hash.isEmpty() || hash.equals("#")) {
            return DEFAULT;
        }
        View view = null;
        CivilDate day = null;
        String query = null;
        List<Filter> filters = new ArrayList<>();
        String speaker = null;
        String session = null;
        boolean localTime = false;
        List<String> shared = new ArrayList<>();
        int from = hash.charAt(0) == '#' ? 1 : 0;
        int equals = hash.indexOf('=', from); // the first '=' at or after from: kept, so that "&&&…" stays linear
        while (from <= hash.length()) {
            int end = hash.indexOf('&', from);
            if (end < 0) {
                end = hash.length();
            }
            if (equals >= 0 && equals < from) {
                equals = hash.indexOf('=', from);
            }
            if (equals >= 0 && equals < end) {
                String key = PercentCoding.decode(hash.substring(from, equals));
                String value = PercentCoding.decode(hash.substring(equals + 1, end));
                if (!value.isEmpty()) {
                    switch (key) {
                        case "view":
                            View v = View.fromId(value);
                            view = v != null ? v : view;
                            break;
                        case "day":
                            CivilDate d = CivilDate.parse(value);
                            day = d != null ? d : day;
                            break;
                        case "q":
                            query = value;
                            break;
                        case "speaker":
                            speaker = value;
                            break;
                        case "session":
                            session = value;
                            break;
                        case "tz":
                            localTime = value.equals("local") || localTime;
                            break;
                        case "shared":
                            splitShared(hash, equals + 1, end, shared); // the raw value: only raw commas split
                            break;
                        default:
                            Facet facet = Facet.fromId(key);
                            if (facet != null) {
                                filters.add(new Filter(facet, value));
                            }
                    }
                }
            }
            from = end + 1;
        }
        return new ViewState(view, day, query, filters, speaker, session, localTime, shared);
    }

    /** Adds the ids of a raw {@code shared} value, {@code hash[from, end)}: split at raw commas, then decoded. */
    private static void splitShared(String hash, int from, int end, List<String> ids) {
        for (int i = from; i <= end; i++) { // not indexOf: that could look past end, again for every pair
            if (i == end || hash.charAt(i) == ',') {
                ids.add(PercentCoding.decode(hash.substring(from, i)));
                from = i + 1;
            }
        }
    }

    /** The hash for this state: {@code ""} for {@link #DEFAULT}, else {@code #} and the pairs in canonical order. */
    public String toHash() {
        StringBuilder sb = new StringBuilder();
        if (view != View.AUTO) {
            append(sb, "view", view.id);
        }
        if (day != null) {
            append(sb, "day", day.toString());
        }
        if (!query.isEmpty()) {
            append(sb, "q", query);
        }
        for (Filter filter : filters) {
            append(sb, filter.facet.id, filter.value);
        }
        if (speaker != null) {
            append(sb, "speaker", speaker);
        }
        if (session != null) {
            append(sb, "session", session);
        }
        if (localTime) {
            append(sb, "tz", "local");
        }
        for (int i = 0; i < shared.size(); i++) {
            sb.append(i > 0 ? "," : sb.length() == 0 ? "#shared=" : "&shared=");
            sb.append(PercentCoding.encode(shared.get(i)));
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String key, String value) {
        sb.append(sb.length() == 0 ? '#' : '&').append(key).append('=').append(PercentCoding.encode(value));
    }

    public View view() {
        return view;
    }

    /** The day shown, or {@code null} to let the viewer pick (today during the conference, else the first day). */
    public CivilDate day() {
        return day;
    }

    /** The search text, {@code ""} for none. */
    public String query() {
        return query;
    }

    /** The chosen filter values, in facet order and sorted within a facet, without duplicates. */
    public List<Filter> filters() {
        return filters;
    }

    /** The chosen values of one facet, sorted. */
    public List<String> values(Facet facet) {
        List<String> values = new ArrayList<>();
        for (Filter filter : filters) {
            if (filter.facet == facet) {
                values.add(filter.value);
            }
        }
        return values;
    }

    public boolean hasFilter(Facet facet, String value) {
        return filters.contains(new Filter(facet, value));
    }

    /** The id of the speaker whose page is shown, or {@code null}: set exactly when the view is the speaker page. */
    public String speaker() {
        return speaker;
    }

    /** The id of the open session, or {@code null}. */
    public String session() {
        return session;
    }

    /** Whether times are shown in the visitor's own zone instead of the conference's. */
    public boolean localTime() {
        return localTime;
    }

    /**
     * The ids of the sessions of an agenda someone shared ("share my agenda"), in their order, without duplicates;
     * empty for none. Unmodifiable. Ids the schedule does not know are kept: the page can say they are gone.
     */
    public List<String> shared() {
        return shared;
    }

    /** This state in another view; {@link View#SPEAKER} needs a speaker, so open that with {@link #withSpeaker}. */
    public ViewState withView(View view) {
        return new ViewState(view, day, query, filters, speaker, session, localTime, shared);
    }

    /** {@code null} lets the viewer pick the day. */
    public ViewState withDay(CivilDate day) {
        return new ViewState(view, day, query, filters, speaker, session, localTime, shared);
    }

    public ViewState withQuery(String query) {
        return new ViewState(view, day, query, filters, speaker, session, localTime, shared);
    }

    /** With {@code value} added to the facet's chosen values (unchanged if present, or not a value of the facet). */
    public ViewState withFilter(Facet facet, String value) {
        List<Filter> more = new ArrayList<>(filters);
        more.add(new Filter(facet, value));
        return new ViewState(view, day, query, more, speaker, session, localTime, shared);
    }

    public ViewState withoutFilter(Facet facet, String value) {
        List<Filter> fewer = new ArrayList<>(filters);
        fewer.remove(new Filter(facet, value));
        return new ViewState(view, day, query, fewer, speaker, session, localTime, shared);
    }

    /** Without any filter ("Clear filters"); the search text stays. */
    public ViewState withoutFilters() {
        return new ViewState(view, day, query, List.of(), speaker, session, localTime, shared);
    }

    /** The page of the speaker with this id; {@code null} leaves a speaker's page for the speaker index. */
    public ViewState withSpeaker(String speakerId) {
        View next = speakerId != null && !speakerId.isEmpty() ? View.SPEAKER : view;
        return new ViewState(next, day, query, filters, speakerId, session, localTime, shared);
    }

    /** With the session of this id open; {@code null} closes it. */
    public ViewState withSession(String sessionId) {
        return new ViewState(view, day, query, filters, speaker, sessionId, localTime, shared);
    }

    public ViewState withLocalTime(boolean localTime) {
        return new ViewState(view, day, query, filters, speaker, session, localTime, shared);
    }

    /** With these shared session ids ({@code null} or empty for none): the hash of a "share my agenda" link. */
    public ViewState withShared(List<String> ids) {
        return new ViewState(view, day, query, filters, speaker, session, localTime, ids == null ? List.of() : ids);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ViewState)) {
            return false;
        }
        ViewState other = (ViewState) o;
        return view == other.view && equal(day, other.day) && query.equals(other.query)
                && filters.equals(other.filters) && equal(speaker, other.speaker) && equal(session, other.session)
                && localTime == other.localTime && shared.equals(other.shared);
    }

    private static boolean equal(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    @Override
    public int hashCode() {
        int h = view.hashCode();
        h = h * 31 + (day == null ? 0 : day.hashCode());
        h = h * 31 + query.hashCode();
        h = h * 31 + filters.hashCode();
        h = h * 31 + (speaker == null ? 0 : speaker.hashCode());
        h = h * 31 + (session == null ? 0 : session.hashCode());
        h = h * 31 + shared.hashCode();
        return h * 31 + (localTime ? 1 : 0);
    }

    /** The hash, for messages and debugging. */
    @Override
    public String toString() {
        return toHash();
    }
}

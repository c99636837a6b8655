package dev.trackside.view;

import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sessions the visitor has starred, by their ids ({@link Session#id()}, stable across schedule updates), in the
 * order they were starred. An id stays a favourite when its session leaves the schedule: {@link Agenda} reports it
 * as no longer in the schedule instead of dropping it, and it counts again should the session come back.
 *
 * <p><b>Storage.</b> The page keeps them in {@code localStorage} under {@link #storageKey}
 * ({@code trackside:CONFERENCE-ID:favourites}) as a JSON array of strings, in starring order:
 * <pre>["10496","talk, part 1","Ünïcödé \"quoted\""]</pre>
 * {@link #encode} escapes {@code "}, {@code \} and the control characters U+0000–U+001F ({@code \u001f}) and
 * writes everything else as it is. {@link #decode} is lenient and never throws: it takes the strings directly
 * inside the outermost array and ignores everything else (numbers, nested arrays and objects, stray text); a string
 * cut off at the end (a truncated write) is dropped, an unknown escape stands for its character, and anything that
 * is no array at all gives no favourites. Empty ids and duplicates are dropped.
 */
public final class Favourites {
    private final Set<String> ids = new LinkedHashSet<>();

    /** No favourites. */
    public Favourites() {
    }

    /** These ids, in their order; {@code null} and empty ids are left out. */
    public static Favourites of(Collection<String> ids) {
        Favourites favourites = new Favourites();
        favourites.addAll(ids);
        return favourites;
    }

    /** The {@code localStorage} key of a conference's favourites: {@code trackside:CONFERENCE-ID:favourites}. */
    public static String storageKey(String conferenceId) {
        return "trackside:" + conferenceId + ":favourites";
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    /** Stars the session with this id; false when it was already starred (or the id is empty). */
    public boolean add(String id) {
        return id != null && !id.isEmpty() && ids.add(id);
    }

    /** Unstars it; false when it was not starred. */
    public boolean remove(String id) {
        return ids.remove(id);
    }

    /** Stars or unstars it; returns whether it is starred now. */
    public boolean toggle(String id) {
        if (remove(id)) {
            return false;
        }
        return add(id);
    }

    /** Stars all these ids that are not starred yet (keeping the others as they are); returns how many. */
    public int addAll(Collection<String> more) {
        int added = 0;
        for (String id : more) {
            added += add(id) ? 1 : 0;
        }
        return added;
    }

    /**
     * Of these ids (a shared agenda's), those not starred yet, in their order, without duplicates or empty ones:
     * what "add N sessions to your favourites" would add.
     */
    public List<String> newIds(Collection<String> offered) {
        Set<String> fresh = new LinkedHashSet<>();
        for (String id : offered) {
            if (id != null && !id.isEmpty() && !ids.contains(id)) {
                fresh.add(id);
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(fresh));
    }

    /** The ids in starring order; a copy, unmodifiable. */
    public List<String> ids() {
        return Collections.unmodifiableList(new ArrayList<>(ids));
    }

    public int size() {
        return ids.size();
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** Which sessions are starred, indexed like {@link Schedule#sessions()}: for the stars in the grid and list. */
    public boolean[] mask(Schedule schedule) {
        List<Session> sessions = schedule.sessions();
        boolean[] mask = new boolean[sessions.size()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = ids.contains(sessions.get(i).id());
        }
        return mask;
    }

    /** The stored form: a JSON array of the ids as strings, in starring order; {@code []} for none. */
    public String encode() {
        StringBuilder sb = new StringBuilder("[");
        for (String id : ids) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"');
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                if (c == '"' || c == '\\') {
                    sb.append('\\').append(c);
                } else if (c < 0x20) {
                    sb.append("\\u00").append(c < 0x10 ? '0' : '1').append("0123456789abcdef".charAt(c & 0xF));
                } else {
                    sb.append(c);
                }
            }
            sb.append('"');
        }
        return sb.append(']').toString();
    }

    /** The favourites a stored string holds ({@code null}: none); never throws, keeps what it can read. */
    public static Favourites decode(String stored) {
        Favourites favourites = new Favourites();
        if (stored == null) {
            return favourites;
        }
        int n = stored.length();
        int depth = 0;
        boolean inArray = false; // whether the outermost container is an array
        for (int i = 0; i < n; i++) {
            char c = stored.charAt(i);
            if (c == '"') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                boolean closed = false;
                while (j < n && !closed) {
                    char d = stored.charAt(j++);
                    if (d == '"') {
                        closed = true;
                    } else if (d == '\\' && j < n) {
                        j = unescape(stored, j, sb);
                    } else {
                        sb.append(d);
                    }
                }
                if (closed && depth == 1 && inArray) {
                    favourites.add(sb.toString());
                }
                i = j - 1;
            } else if (c == '[' || c == '{') {
                if (depth++ == 0) {
                    inArray = c == '[';
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return favourites;
    }

    /** Appends the character escaped at {@code stored[at]} (just after a backslash); returns where to go on. */
    private static int unescape(String stored, int at, StringBuilder sb) {
        char e = stored.charAt(at);
        if (e == 'u') {
            int code = 0;
            for (int k = at + 1; k <= at + 4 && code >= 0; k++) {
                int digit = k < stored.length() ? PercentCoding.hexValue(stored.charAt(k)) : -1;
                code = digit < 0 ? -1 : code << 4 | digit;
            }
            if (code >= 0) {
                sb.append((char) code);
                return at + 5;
            }
        }
        int simple = "bfnrt".indexOf(e);
        sb.append(simple >= 0 ? "\b\f\n\r\t".charAt(simple) : e); // and \" \\ \/, and anything unknown as itself
        return at + 1;
    }
}

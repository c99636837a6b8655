package dev.trackside.query;

import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import java.util.ArrayList;
import java.util.List;

/**
 * Free-text search over a schedule's sessions: a session matches when every word of the query occurs, folded,
 * in its title, speakers' names, tags or abstract. Built once per schedule, it answers a keystroke by scanning
 * precomputed folded text, with no allocation per session.
 *
 * <p>All sessions' folded text lives in two char arrays (names and abstracts) with an offset per session, not in a
 * String per session: 36C3's abstracts alone are 1.1 M chars, and one large array is built without intermediate
 * copies and is never moved by the browser's garbage collector.
 */
public final class SessionSearch {
    private final int size;
    private final Folded names;
    private final Folded abstracts;

    public SessionSearch(Schedule schedule) {
        List<Session> sessions = schedule.sessions();
        size = sessions.size();
        int nameChars = 0;
        int abstractChars = 0;
        for (Session session : sessions) {
            nameChars += session.title().length() + 1;
            for (Speaker speaker : session.speakers()) {
                nameChars += speaker.name().length() + 1;
            }
            for (String tag : session.tags()) {
                nameChars += tag.length() + 1;
            }
            abstractChars += session.abstractText().length() + 1;
        }
        names = new Folded(size, nameChars);
        abstracts = new Folded(size, abstractChars);
        for (int i = 0; i < size; i++) {
            Session session = sessions.get(i);
            names.add(session.title());
            for (Speaker speaker : session.speakers()) {
                names.add(speaker.name());
            }
            for (String tag : session.tags()) {
                names.add(tag);
            }
            names.endSession(i);
            abstracts.add(session.abstractText());
            abstracts.endSession(i);
        }
    }

    /** The folded texts of all sessions in one array; session i owns chars {@code ends[i-1] .. ends[i]}. */
    private static final class Folded {
        private char[] chars;
        private final int[] ends;
        private int length;

        Folded(int sessions, int capacity) {
            // Folding rarely lengthens text (ß, æ, ĳ); a little slack, and growth when a text could overflow it.
            chars = new char[capacity + capacity / 8 + 16];
            ends = new int[sessions];
        }

        void add(String text) {
            if (length + 2 * text.length() + 1 > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 3 / 2, length + 2 * text.length() + 1));
            }
            length = TextFold.foldInto(text, chars, length);
            chars[length++] = '\n'; // a separator no query term contains
        }

        void endSession(int index) {
            ends[index] = length;
        }

        boolean contains(int session, char[] term) {
            int from = session == 0 ? 0 : ends[session - 1];
            int last = ends[session] - term.length;
            char first = term[0];
            for (int i = from; i <= last; i++) {
                if (chars[i] != first) {
                    continue;
                }
                int k = 1;
                while (k < term.length && chars[i + k] == term[k]) {
                    k++;
                }
                if (k == term.length) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The query's words, folded; blank input gives none. */
    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        String folded = TextFold.fold(query == null ? "" : query);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean space = i == folded.length() || isSpace(folded.charAt(i));
            if (space && start >= 0) {
                terms.add(folded.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return terms;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000;
    }

    /**
     * Marks in {@code matches} (indexed like {@link Schedule#sessions()}) the sessions that match {@code query}.
     *
     * @return how many matched
     */
    public int match(String query, boolean[] matches) {
        List<String> words = terms(query);
        char[][] terms = new char[words.size()][];
        for (int t = 0; t < terms.length; t++) {
            terms[t] = words.get(t).toCharArray();
        }
        int count = 0;
        for (int i = 0; i < size; i++) {
            boolean hit = true;
            for (int t = 0; t < terms.length && hit; t++) {
                hit = names.contains(i, terms[t]) || abstracts.contains(i, terms[t]);
            }
            matches[i] = hit;
            if (hit) {
                count++;
            }
        }
        return count;
    }

    public int size() {
        return size;
    }
}

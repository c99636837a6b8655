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
 */
public final class SessionSearch {
    private final List<Session> sessions;
    private final String[] haystacks;
    private final String[] abstracts;

    public SessionSearch(Schedule schedule) {
        sessions = schedule.sessions();
        haystacks = new String[sessions.size()];
        abstracts = new String[sessions.size()];
        for (int i = 0; i < haystacks.length; i++) {
            haystacks[i] = TextFold.fold(searchableText(sessions.get(i)));
            // Folded on its own, not appended: abstracts are most of the text (1.1 M chars in 36C3), and a copy
            // through a StringBuilder is char by char under TeaVM.
            abstracts[i] = TextFold.fold(sessions.get(i).abstractText());
        }
    }

    private static String searchableText(Session session) {
        StringBuilder sb = new StringBuilder(session.title());
        for (Speaker speaker : session.speakers()) {
            sb.append('\n').append(speaker.name());
        }
        for (String tag : session.tags()) {
            sb.append('\n').append(tag);
        }
        return sb.toString();
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
        List<String> terms = terms(query);
        int count = 0;
        for (int i = 0; i < haystacks.length; i++) {
            boolean hit = true;
            for (int t = 0; t < terms.size() && hit; t++) {
                hit = haystacks[i].contains(terms.get(t)) || abstracts[i].contains(terms.get(t));
            }
            matches[i] = hit;
            if (hit) {
                count++;
            }
        }
        return count;
    }

    public int size() {
        return haystacks.length;
    }
}

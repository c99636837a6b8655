package dev.trackside.parse;

import dev.trackside.model.Kind;

/** Session kinds from the free-text labels other tools use ("Session format: Lightning talk (5 min)"). */
final class KindLabels {
    private KindLabels() {
    }

    /**
     * The kind a label names, by keyword (English, with a few German and French words), or {@code null} when it
     * names none we know, e.g. "Panel". More specific words win: "Lightning talk" is lightning, not talk.
     */
    static Kind fromLabel(String label) {
        if (label == null) {
            return null;
        }
        int group = group(asciiLower(label), "keynote|lightning|workshop|tutorial|sprint|" + BREAK_WORDS
                + "|talk,session,presentation,lecture,vortrag,conférence", false);
        return group < 0 ? null : LABEL_KINDS[group];
    }

    private static final Kind[] LABEL_KINDS = {Kind.KEYNOTE, Kind.LIGHTNING, Kind.WORKSHOP, Kind.TUTORIAL, Kind.SPRINT,
        Kind.BREAK, Kind.TALK};

    private static final String BREAK_WORDS = "break,lunch,coffee,pause,dinner,mittag,kaffee,déjeuner,repas";

    /** Whether a title names a meal or a pause ("Lunch Break", "Mittagspause", "Coffee"). */
    static boolean isBreak(String title) {
        return group(asciiLower(title), BREAK_WORDS, false) >= 0;
    }

    /**
     * The index of the first group in {@code groups} with a word that {@code text} contains (with {@code exact}: that
     * {@code text} is), or -1. Groups are separated by '|', their words by ','. A table in one string costs the
     * browser build far less code than a chain of contains calls or a switch over strings.
     */
    static int group(String text, String groups, boolean exact) {
        int group = 0;
        int start = 0;
        for (int i = 0; i <= groups.length(); i++) {
            char c = i < groups.length() ? groups.charAt(i) : '|';
            if (c != ',' && c != '|') {
                continue;
            }
            int length = i - start;
            for (int at = 0; at + length <= text.length() && (!exact || at == 0); at++) {
                if ((!exact || length == text.length()) && text.regionMatches(at, groups, start, length)) {
                    return group;
                }
            }
            start = i + 1;
            if (c == '|') {
                group++;
            }
        }
        return -1;
    }

    /**
     * A-Z lowered, everything else as is: enough for matching English keywords, and the same on the JVM, wasm and
     * JS (String.toLowerCase is locale- and target-dependent).
     */
    static String asciiLower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + 32);
            }
        }
        return new String(chars);
    }
}

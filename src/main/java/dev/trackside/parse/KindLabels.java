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
        String l = asciiLower(label);
        if (l.contains("keynote")) {
            return Kind.KEYNOTE;
        }
        if (l.contains("lightning")) {
            return Kind.LIGHTNING;
        }
        if (l.contains("workshop")) {
            return Kind.WORKSHOP;
        }
        if (l.contains("tutorial")) {
            return Kind.TUTORIAL;
        }
        if (l.contains("sprint")) {
            return Kind.SPRINT;
        }
        if (isBreak(l)) {
            return Kind.BREAK;
        }
        if (l.contains("talk") || l.contains("session") || l.contains("presentation") || l.contains("lecture")
                || l.contains("vortrag") || l.contains("conférence")) {
            return Kind.TALK;
        }
        return null;
    }

    /** Whether a title names a meal or a pause ("Lunch Break", "Mittagspause", "Coffee"). */
    static boolean isBreak(String title) {
        String t = asciiLower(title);
        return t.contains("break") || t.contains("lunch") || t.contains("coffee") || t.contains("pause")
                || t.contains("dinner") || t.contains("mittag") || t.contains("kaffee")
                || t.contains("déjeuner") || t.contains("repas");
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

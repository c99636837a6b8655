package dev.trackside.browser;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * Abstract and bio text into DOM, through {@code textContent} only: paragraphs at blank lines, line breaks kept by the
 * stylesheet ({@code white-space: pre-line}). Markup in the text stays visible characters.
 */
final class Prose {
    private Prose() {
    }

    static void render(HTMLElement host, String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        while (start <= normalized.length()) {
            int end = normalized.indexOf("\n\n", start);
            if (end < 0) {
                end = normalized.length();
            }
            String paragraph = normalized.substring(start, end).trim();
            if (!paragraph.isEmpty()) {
                Dom.append(host, Dom.text("p", null, paragraph));
            }
            start = end + 2;
        }
    }
}

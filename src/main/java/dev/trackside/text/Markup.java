package dev.trackside.text;

import java.util.Collections;

/**
 * Entry point: untrusted abstract or bio text (Markdown, HTML, a little MediaWiki, or plain) to a {@link Doc} that a
 * renderer can show with {@code createElement} and {@code textContent} alone.
 *
 * <p>What it reads (see the package documentation for the details): paragraphs, ATX and setext headings, bullet and
 * ordered lists, block quotes, fenced and indented code, thematic breaks; emphasis, strong, code spans, inline links
 * and images (as links), autolinks, bare http(s) URLs, hard line breaks, backslash escapes and character references;
 * allowlisted HTML tags; wiki {@code [[links]]}, {@code [url label]}, {@code ''italics''} and {@code '''bold'''}.
 * Anything else, and any tag with an attribute off the allowlist, stays visible text.
 */
public final class Markup {
    /** Longer sources are cut here (at a character boundary) and end in "…"; see {@link Doc#truncated()}. */
    public static final int MAX_INPUT_CHARS = 100_000;
    /** No block or inline node is nested deeper than this, so renderers may recurse. */
    public static final int MAX_DEPTH = 64;

    private Markup() {
    }

    /** Parses {@code text}; null or blank gives an empty document. Never throws for any input. */
    public static Doc parse(String text) {
        if (text == null || text.isEmpty()) {
            return new Doc(Collections.<Block>emptyList(), false);
        }
        boolean truncated = text.length() > MAX_INPUT_CHARS;
        return new Doc(BlockParser.parse(normalize(text, truncated)), truncated);
    }

    /**
     * The text a reader sees, for search and snippets: blocks and list items on their own lines, link targets and
     * formatting left out, line breaks as line feeds.
     */
    public static String plainText(Doc doc) {
        StringBuilder sb = new StringBuilder();
        Block.plainBlocks(sb, doc.blocks());
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '\n') {
            end--;
        }
        return sb.substring(0, end);
    }

    /** {@code plainText(parse(text))}. */
    public static String plainText(String text) {
        return plainText(parse(text));
    }

    /**
     * Line feeds only (CRLF and CR become LF), NUL replaced, a byte order mark dropped, tabs in the indentation and
     * list/quote markers at a line start expanded to 4-column stops, and the length capped.
     */
    static String normalize(String text, boolean truncate) {
        int length = text.length();
        if (truncate) {
            length = MAX_INPUT_CHARS;
            if (text.charAt(length - 1) >= '\uD800' && text.charAt(length - 1) <= '\uDBFF') {
                length--;
            }
        }
        StringBuilder sb = new StringBuilder(length + 8);
        boolean lineStart = true;
        int column = 0;
        for (int i = text.charAt(0) == '\uFEFF' ? 1 : 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n') {
                sb.append('\n');
                lineStart = true;
                column = 0;
                continue;
            }
            if (lineStart && c == '\t') {
                int spaces = 4 - column % 4;
                for (int k = 0; k < spaces; k++) {
                    sb.append(' ');
                }
                column += spaces;
                continue;
            }
            if (lineStart && " >-+*.)0123456789".indexOf(c) < 0) {
                lineStart = false;
            }
            sb.append(c == 0 ? '\uFFFD' : c);
            column++;
        }
        if (truncate) {
            sb.append('\u2026');
        }
        return sb.toString();
    }
}

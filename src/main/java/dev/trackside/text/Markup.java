package dev.trackside.text;

import java.util.Collections;
import java.util.List;

/**
 * Entry point: untrusted abstract or bio text (Markdown, HTML, or plain) to a {@link Doc} that a renderer can show
 * with {@code createElement} and {@code textContent} alone.
 *
 * <p>What it reads (docs/markup.md has the details): paragraphs, {@code #} headings (as a bold paragraph), bullet
 * and ordered lists, fenced code; emphasis, strong, code spans, inline links, bare http(s) URLs, hard line breaks,
 * backslash escapes and character references; allowlisted HTML tags. Anything else, and any tag with an attribute
 * off the allowlist, stays visible text.
 */
public final class Markup {
    /** Longer sources are cut here (at a character boundary) and end in "…"; see {@link Doc#truncated()}. */
    public static final int MAX_INPUT_CHARS = 100_000;
    /** No node is nested deeper than this, so renderers may recurse. */
    public static final int MAX_DEPTH = 64;

    private Markup() {
    }

    /** Parses {@code text}; null or blank gives an empty document. Never throws for any input. */
    public static Doc parse(String text) {
        if (text == null || text.isEmpty()) {
            return new Doc(Collections.<Node>emptyList(), false);
        }
        boolean truncated = text.length() > MAX_INPUT_CHARS;
        return new Doc(Parser.parse(normalize(text, truncated)), truncated);
    }

    /**
     * The text a reader sees, for search and snippets: blocks and list items on their own lines, link targets and
     * formatting left out, line breaks as line feeds.
     */
    public static String plainText(Doc doc) {
        StringBuilder sb = new StringBuilder();
        plain(sb, doc.blocks());
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

    private static void plain(StringBuilder sb, List<Node> nodes) {
        for (Node node : nodes) {
            int type = node.type();
            if (type < Node.TEXT && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
            if (type == Node.LINE_BREAK) {
                sb.append('\n');
            } else if (type == Node.LINK || node.text() == null) {
                plain(sb, node.children());
            } else {
                sb.append(node.text());
            }
        }
    }

    /**
     * Line feeds only (CRLF and CR become LF), blank lines emptied, NUL replaced, a byte order mark dropped, each tab
     * in the indentation four spaces, and the length capped.
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
        int line = 0;
        boolean blank = true;
        for (int i = text.charAt(0) == '\uFEFF' ? 1 : 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n') {
                if (blank) {
                    sb.setLength(line);
                }
                sb.append('\n');
                line = sb.length();
                blank = true;
                continue;
            }
            if (blank && c == '\t') {
                sb.append("    ");
                continue;
            }
            blank &= c == ' ';
            sb.append(c == 0 ? '\uFFFD' : c);
        }
        if (blank) {
            sb.setLength(line);
        }
        if (truncate) {
            sb.append('\u2026');
        }
        return sb.toString();
    }
}

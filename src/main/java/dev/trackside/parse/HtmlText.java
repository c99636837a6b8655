package dev.trackside.parse;

/**
 * Turns the HTML that exports put into titles and names ("Welcome&lt;br&gt;&lt;small&gt;Emily&lt;/small&gt;",
 * "&amp;nbsp;") into the plain text it displays. The result is for {@code textContent}; it is never inserted as
 * markup, so this only has to read well, not to sanitise.
 */
public final class HtmlText {
    private HtmlText() {
    }

    /** Whether the text contains a tag or an entity worth converting. */
    public static boolean hasMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' && i + 1 < text.length() && isTagStart(text.charAt(i + 1))) {
                return true;
            }
            if (c == '&' && text.indexOf(';', i) > i && text.indexOf(';', i) - i <= 10) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTagStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!';
    }

    /** Tags removed (a {@code <br>} or block tag becomes a space), entities decoded, white space collapsed. */
    public static String toPlainText(String html) {
        StringBuilder sb = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<' && i + 1 < html.length() && isTagStart(html.charAt(i + 1))) {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break; // an unclosed tag at the end is dropped
                }
                sb.append(' ');
                i = end + 1;
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                String decoded = end > i && end - i <= 10 ? entity(html.substring(i + 1, end)) : null;
                if (decoded != null) {
                    sb.append(decoded);
                    i = end + 1;
                } else {
                    sb.append(c);
                    i++;
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        return collapseSpace(sb);
    }

    private static String entity(String name) {
        switch (name) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "nbsp":
                return " ";
            case "ndash":
                return "\u2013";
            case "mdash":
                return "\u2014";
            case "hellip":
                return "\u2026";
            default:
                return numericEntity(name);
        }
    }

    private static String numericEntity(String name) {
        if (name.length() < 2 || name.charAt(0) != '#') {
            return null;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        int code = 0;
        for (int i = hex ? 2 : 1; i < name.length(); i++) {
            int digit = digit(name.charAt(i), hex ? 16 : 10);
            if (digit < 0 || code > 0x10FFFF) {
                return null;
            }
            code = code * (hex ? 16 : 10) + digit;
        }
        if (code == 0 || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
            return "\uFFFD";
        }
        if (code < 0x10000) {
            return String.valueOf((char) code);
        }
        int offset = code - 0x10000; // a surrogate pair
        return new String(new char[] {(char) (0xD800 + (offset >> 10)), (char) (0xDC00 + (offset & 0x3FF))});
    }

    /** ASCII digits only; Character.digit would pull Unicode tables into the browser build. */
    private static int digit(char c, int radix) {
        int value = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        return value < radix ? value : -1;
    }

    /** Runs of white space (including no-break spaces) become one space; the ends are trimmed. */
    static String collapseSpace(CharSequence text) {
        if (text instanceof String && isCollapsed((String) text)) {
            return (String) text; // most titles and names: no copy (a copy is costly in the JavaScript build)
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' || c == '\f') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether the text has no white space but single plain spaces between other characters. */
    private static boolean isCollapsed(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i == 0 || i == n - 1 || text.charAt(i + 1) == ' '
                    : c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' || c == '\f') {
                return false;
            }
        }
        return true;
    }
}

package dev.trackside.text;

/**
 * The little HTML the markup parser understands: character references, and the allowlisted tags with their harmless
 * attributes. ASCII-only character classes throughout (Character's Unicode tables cost kilobytes in the browser).
 */
final class Html {
    // Block-level tags: the block parser turns them into structure.
    static final int P = 1;
    static final int DIV = 2;
    static final int UL = 3;
    static final int OL = 4;
    static final int LI = 5;
    static final int H = 6; // h1..h6, level in Tag.level
    static final int PRE = 7;
    static final int BLOCKQUOTE = 8;
    static final int HR = 9;
    // Inline tags: the inline parser turns them into nodes or drops them.
    static final int EM = 20; // em, i
    static final int STRONG = 21; // strong, b
    static final int A = 22;
    static final int CODE = 23;
    static final int BR = 24;
    static final int TRANSPARENT = 25; // span, small, u, font, abbr, cite, mark, big: dropped, content kept

    /** Longest tag (with its attributes) we read; anything longer stays text. */
    static final int MAX_TAG = 2048;

    private Html() {
    }

    static boolean isBlock(int id) {
        return id >= P && id <= HR;
    }

    /** An allowlisted tag read from the text, {@code end} is the index just after its {@code >}. */
    static final class Tag {
        final int id;
        final boolean closing;
        final int level;
        final int end;
        final String href;
        final int start;

        Tag(int id, boolean closing, int level, int end, String href, int start) {
            this.id = id;
            this.closing = closing;
            this.level = level;
            this.end = end;
            this.href = href;
            this.start = start;
        }
    }

    /**
     * Reads an allowlisted tag at {@code s[p] == '<'}, or returns null: an unknown tag name, an attribute not on the
     * allowlist (event handlers, {@code src}, ...), a malformed or over-long tag, or an {@code <a>} without a safe
     * href all stay literal text.
     */
    static Tag scan(String s, int p) {
        int n = s.length();
        int limit = Math.min(n, p + MAX_TAG);
        int i = p + 1;
        boolean closing = i < limit && s.charAt(i) == '/';
        if (closing) {
            i++;
        }
        int nameStart = i;
        if (i >= limit || !isAlpha(s.charAt(i))) {
            return null;
        }
        while (i < limit && i - nameStart <= 10 && (isAlpha(s.charAt(i)) || isDigit(s.charAt(i)))) {
            i++;
        }
        String name = lower(s, nameStart, i);
        int id = tagId(name);
        if (id == 0) {
            return null;
        }
        int level = id == H ? name.charAt(1) - '0' : 0;
        if (closing) {
            i = skipSpace(s, i, limit);
            return i < limit && s.charAt(i) == '>' ? new Tag(id, true, level, i + 1, null, 0) : null;
        }
        String href = null;
        int start = 1;
        while (true) {
            int afterSpace = skipSpace(s, i, limit);
            if (afterSpace >= limit) {
                return null;
            }
            char c = s.charAt(afterSpace);
            if (c == '>') {
                i = afterSpace + 1;
                break;
            }
            if (c == '/' && afterSpace + 1 < limit && s.charAt(afterSpace + 1) == '>') {
                i = afterSpace + 2;
                break;
            }
            if (afterSpace == i || !isAttrNameStart(c)) {
                return null; // attributes need white space before them
            }
            int attrStart = afterSpace;
            i = afterSpace + 1;
            while (i < limit && isAttrNameChar(s.charAt(i))) {
                i++;
            }
            String attr = lower(s, attrStart, i);
            String value = null;
            int j = skipSpace(s, i, limit);
            if (j < limit && s.charAt(j) == '=') {
                j = skipSpace(s, j + 1, limit);
                if (j >= limit) {
                    return null;
                }
                char q = s.charAt(j);
                if (q == '"' || q == '\'') {
                    int close = j + 1;
                    while (close < limit && s.charAt(close) != q) {
                        close++;
                    }
                    if (close >= limit) {
                        return null;
                    }
                    value = s.substring(j + 1, close);
                    i = close + 1;
                } else {
                    int k = j;
                    while (k < limit && isUnquotedValueChar(s.charAt(k))) {
                        k++;
                    }
                    if (k == j) {
                        return null;
                    }
                    value = s.substring(j, k);
                    i = k;
                }
            }
            if (!attributeAllowed(id, attr)) {
                return null;
            }
            if (id == A && attr.equals("href")) {
                href = value == null ? "" : decode(value);
            } else if (id == OL && attr.equals("start") && value != null) {
                start = parseStart(value, start);
            }
        }
        if (id == A && (href == null || Urls.safe(href) == null)) {
            return null;
        }
        return new Tag(id, false, level, i, id == A ? Urls.safe(href) : null, start);
    }

    private static int parseStart(String value, int fallback) {
        String v = value.trim();
        if (v.isEmpty() || v.length() > 9) {
            return fallback;
        }
        int result = 0;
        for (int k = 0; k < v.length(); k++) {
            if (!isDigit(v.charAt(k))) {
                return fallback;
            }
            result = result * 10 + (v.charAt(k) - '0');
        }
        return result;
    }

    /** Allowlisted tag names, each followed by its id as a letter ('A' + id - 1 for block tags, 'T' + id - 20). */
    private static final String TAGS = " p:A div:B ul:C ol:D li:E h1:F h2:F h3:F h4:F h5:F h6:F pre:G blockquote:H hr:I"
            + " em:T i:T strong:U b:U a:V code:W br:X span:Y small:Y big:Y u:Y font:Y abbr:Y cite:Y mark:Y ";

    private static int tagId(String name) {
        int at = TAGS.indexOf(" " + name + ":");
        if (at < 0) {
            return 0;
        }
        char code = TAGS.charAt(at + name.length() + 2);
        return code >= 'T' ? code - 'T' + EM : code - 'A' + P;
    }

    /**
     * Attributes we read past and ignore (presentation, identity, language). Everything else, above all the
     * {@code on*} event handlers and {@code src}, makes the whole tag literal text, so a payload stays visible.
     */
    private static boolean attributeAllowed(int id, String attr) {
        if (attr.startsWith("data-") || attr.startsWith("aria-")) {
            return true;
        }
        String list = id == A ? " href target rel name " : id == OL || id == UL ? " start type "
                : id == LI ? " start type value " : id == TRANSPARENT ? " color face size " : " ";
        String key = " " + attr + " ";
        return " class id style title lang dir align role xml:lang ".indexOf(key) >= 0 || list.indexOf(key) >= 0;
    }

    // ---- character references

    /**
     * Decodes the character reference at {@code s[p] == '&'} into {@code out}; returns the index after its
     * {@code ;}, or -1 (nothing appended) when there is none we know.
     */
    static int decodeAt(String s, int p, StringBuilder out) {
        int n = s.length();
        int i = p + 1;
        if (i < n && s.charAt(i) == '#') {
            i++;
            boolean hex = i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int digitsStart = i;
            int code = 0;
            while (i < n && i - digitsStart < 8) {
                int d = digit(s.charAt(i), hex ? 16 : 10);
                if (d < 0) {
                    break;
                }
                code = code * (hex ? 16 : 10) + d;
                i++;
            }
            if (i == digitsStart || i >= n || s.charAt(i) != ';') {
                return -1;
            }
            appendCodePoint(out, code);
            return i + 1;
        }
        int nameStart = i;
        while (i < n && i - nameStart < 10 && (isAlpha(s.charAt(i)) || isDigit(s.charAt(i)))) {
            i++;
        }
        if (i == nameStart || i >= n || s.charAt(i) != ';') {
            return -1;
        }
        char c = named(s.substring(nameStart, i));
        if (c == 0) {
            return -1;
        }
        out.append(c);
        return i + 1;
    }

    /** Every character reference in {@code s} decoded; unknown ones stay as written. */
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end = c == '&' ? decodeAt(s, i, sb) : -1;
            if (end < 0) {
                sb.append(c);
                i++;
            } else {
                i = end;
            }
        }
        return sb.toString();
    }

    private static void appendCodePoint(StringBuilder out, int code) {
        if (code == 0 || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
            out.append('\uFFFD');
        } else if (code < 0x10000) {
            out.append((char) code);
        } else {
            int offset = code - 0x10000;
            out.append((char) (0xD800 + (offset >> 10))).append((char) (0xDC00 + (offset & 0x3FF)));
        }
    }

    /**
     * The named references seen in real abstracts and their near relatives, each name followed by its character
     * (never an ASCII letter, so names cannot run together).
     */
    private static final String ENTITIES = "amp&lt<gt>quot\"apos'nbsp\u00a0shy\u00ad"
            + "ndash\u2013mdash\u2014hellip\u2026bull\u2022middot\u00b7deg\u00b0times\u00d7"
            + "lsquo\u2018rsquo\u2019ldquo\u201crdquo\u201dlaquo\u00abraquo\u00bb"
            + "copy\u00a9reg\u00aetrade\u2122euro\u20acpound\u00a3"
            + "auml\u00e4ouml\u00f6uuml\u00fcAuml\u00c4Ouml\u00d6Uuml\u00dcszlig\u00df"
            + "eacute\u00e9egrave\u00e8ecirc\u00eaEacute\u00c9aacute\u00e1agrave\u00e0acirc\u00e2"
            + "oacute\u00f3iacute\u00eduacute\u00faccedil\u00e7ntilde\u00f1aring\u00e5oslash\u00f8";

    /** The character a named reference stands for; 0 when unknown. */
    private static char named(String name) {
        int at = ENTITIES.indexOf(name);
        while (at >= 0) {
            int end = at + name.length();
            if ((at == 0 || !isAlpha(ENTITIES.charAt(at - 1))) && end < ENTITIES.length()
                    && !isAlpha(ENTITIES.charAt(end))) {
                return ENTITIES.charAt(end);
            }
            at = ENTITIES.indexOf(name, at + 1);
        }
        return 0;
    }

    // ---- ASCII character classes

    static boolean isAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    static String lower(String s, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            chars[i - from] = lower(s.charAt(i));
        }
        return new String(chars);
    }

    /** White space inside tags and between Markdown tokens: space, tab, line feed, form feed. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    static int skipSpace(String s, int i, int limit) {
        while (i < limit && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAttrNameStart(char c) {
        return isAlpha(c) || c == '_' || c == ':';
    }

    private static boolean isAttrNameChar(char c) {
        return isAlpha(c) || isDigit(c) || c == '_' || c == ':' || c == '.' || c == '-';
    }

    private static boolean isUnquotedValueChar(char c) {
        return !isSpace(c) && c != '"' && c != '\'' && c != '=' && c != '<' && c != '>' && c != '`';
    }

    private static int digit(char c, int radix) {
        int value = isDigit(c) ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : -1;
        return value < radix ? value : -1;
    }

    /** Case-insensitive (ASCII) {@code indexOf} of a lower-case needle. */
    static int indexOfIgnoreCase(String s, String lowerNeedle, int from) {
        int last = s.length() - lowerNeedle.length();
        char first = lowerNeedle.charAt(0);
        for (int i = Math.max(0, from); i <= last; i++) {
            if (lower(s.charAt(i)) != first) {
                continue;
            }
            int k = 1;
            while (k < lowerNeedle.length() && lower(s.charAt(i + k)) == lowerNeedle.charAt(k)) {
                k++;
            }
            if (k == lowerNeedle.length()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Finds the next occurrence of a needle for queries whose start only moves forward, remembering the last
     * answer, so that asking at every position of a long text stays linear.
     */
    static final class Finder {
        private final String s;
        private final String needle;
        private int found = -2; // -2: not searched yet; -1: none after the last search start

        Finder(String s, String lowerNeedle) {
            this.s = s;
            this.needle = lowerNeedle;
        }

        int next(int from) {
            if (found == -1 || found >= from) {
                return found;
            }
            found = indexOfIgnoreCase(s, needle, from);
            return found;
        }
    }

    /** Whether a line of HTML/Markdown source contains an allowlisted block-level tag. */
    static boolean hasBlockTag(String s) {
        int i = s.indexOf('<');
        while (i >= 0) {
            Tag tag = scan(s, i);
            if (tag != null && isBlock(tag.id)) {
                return true;
            }
            i = s.indexOf('<', i + 1);
        }
        return false;
    }

    /**
     * Text of an HTML {@code <code>} or {@code <pre>} element: references decoded, allowlisted inline tags dropped
     * ({@code <br>} becomes a line feed), anything else kept as written.
     */
    static String codeText(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<') {
                Tag tag = scan(s, i);
                if (tag != null && !isBlock(tag.id)) {
                    if (tag.id == BR) {
                        sb.append('\n');
                    }
                    i = tag.end;
                    continue;
                }
            } else if (c == '&') {
                int end = decodeAt(s, i, sb);
                if (end > 0) {
                    i = end;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }
}

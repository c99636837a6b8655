package dev.trackside.view;

/**
 * Percent-encoding for the URL hash (RFC 3986), UTF-8 based, in a few lines of char arithmetic:
 * {@code java.net.URLEncoder} is not in TeaVM's class library, and it writes a space as '+'.
 *
 * <p>{@link #encode} escapes everything but the unreserved characters {@code A-Z a-z 0-9 - . _ ~}, with upper-case
 * hex digits. {@link #decode} is lenient and never throws: '+' stays '+', an escape that is not two hex digits or
 * not part of a valid UTF-8 sequence stays as written ({@code "%zz"}, a lone {@code "%C3"}), and characters that
 * should have been escaped are taken as they are.
 */
final class PercentCoding {
    private static final char[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E',
        'F'};
    private static final char REPLACEMENT = '\uFFFD';

    private PercentCoding() {
    }

    /** {@code text} with every char outside the unreserved set escaped; a lone surrogate becomes U+FFFD. */
    static String encode(String text) {
        StringBuilder sb = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (unreserved(c)) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n + 16);
                sb.append(text, 0, i);
            }
            int codePoint = c;
            if (isSurrogate(c)) {
                if (c <= 0xDBFF && i + 1 < n && isLowSurrogate(text.charAt(i + 1))) {
                    codePoint = 0x10000 + ((c - 0xD800) << 10) + (text.charAt(++i) - 0xDC00);
                } else {
                    codePoint = REPLACEMENT;
                }
            }
            appendUtf8(sb, codePoint);
        }
        return sb == null ? text : sb.toString();
    }

    /** {@code text} with its valid percent-escapes decoded as UTF-8 and everything else kept as written. */
    static String decode(String text) {
        int i = text.indexOf('%');
        if (i < 0) {
            return text;
        }
        int n = text.length();
        StringBuilder sb = new StringBuilder(n);
        sb.append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            int first = c == '%' ? escapedByte(text, i) : -1;
            if (first < 0) {
                sb.append(c);
                i++;
                continue;
            }
            int length;
            int codePoint;
            if (first < 0x80) {
                length = 1;
                codePoint = first;
            } else if (first >= 0xC2 && first <= 0xDF) {
                length = 2;
                codePoint = first & 0x1F;
            } else if (first >= 0xE0 && first <= 0xEF) {
                length = 3;
                codePoint = first & 0x0F;
            } else if (first >= 0xF0 && first <= 0xF4) {
                length = 4;
                codePoint = first & 0x07;
            } else {
                length = 0; // a continuation byte or a byte UTF-8 never uses
                codePoint = -1;
            }
            int end = i + 3;
            for (int k = 1; k < length && codePoint >= 0; k++, end += 3) {
                int next = escapedByte(text, end);
                codePoint = next >= 0x80 && next <= 0xBF ? codePoint << 6 | next & 0x3F : -1;
            }
            boolean overlong = length == 3 && codePoint < 0x800 || length == 4 && codePoint < 0x10000;
            if (codePoint < 0 || overlong || isSurrogate(codePoint) || codePoint > 0x10FFFF) {
                sb.append(text, i, i + 3); // not UTF-8: keep this escape as written, go on after it
                i += 3;
                continue;
            }
            if (codePoint < 0x10000) {
                sb.append((char) codePoint);
            } else {
                codePoint -= 0x10000;
                sb.append((char) (0xD800 + (codePoint >> 10))).append((char) (0xDC00 + (codePoint & 0x3FF)));
            }
            i = end;
        }
        return sb.toString();
    }

    /** {@code text} with each lone surrogate replaced by U+FFFD, as {@link #encode} writes it; usually itself. */
    static String wellFormed(String text) {
        char[] chars = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isSurrogate(c)) {
                continue;
            }
            if (c <= 0xDBFF && i + 1 < n && isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (chars == null) {
                chars = text.toCharArray();
            }
            chars[i] = REPLACEMENT;
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean unreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~';
    }

    private static boolean isSurrogate(int c) {
        return c >= 0xD800 && c <= 0xDFFF;
    }

    private static boolean isLowSurrogate(char c) {
        return c >= 0xDC00 && c <= 0xDFFF;
    }

    private static void appendUtf8(StringBuilder sb, int codePoint) {
        if (codePoint < 0x80) {
            appendByte(sb, codePoint);
        } else if (codePoint < 0x800) {
            appendByte(sb, 0xC0 | codePoint >> 6);
            appendByte(sb, 0x80 | codePoint & 0x3F);
        } else if (codePoint < 0x10000) {
            appendByte(sb, 0xE0 | codePoint >> 12);
            appendByte(sb, 0x80 | codePoint >> 6 & 0x3F);
            appendByte(sb, 0x80 | codePoint & 0x3F);
        } else {
            appendByte(sb, 0xF0 | codePoint >> 18);
            appendByte(sb, 0x80 | codePoint >> 12 & 0x3F);
            appendByte(sb, 0x80 | codePoint >> 6 & 0x3F);
            appendByte(sb, 0x80 | codePoint & 0x3F);
        }
    }

    private static void appendByte(StringBuilder sb, int b) {
        sb.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }

    /** The byte of the escape {@code %XX} at {@code at}, or -1 when there is none. */
    private static int escapedByte(String text, int at) {
        if (at + 2 >= text.length() || text.charAt(at) != '%') {
            return -1;
        }
        int high = hexValue(text.charAt(at + 1));
        int low = hexValue(text.charAt(at + 2));
        return high < 0 || low < 0 ? -1 : high << 4 | low;
    }

    /** The value of a hex digit (either case), or -1. */
    static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }
}

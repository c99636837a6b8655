package dev.trackside.text;

/** Quoting for the debug form: printable characters as they are, the invisible and direction-changing escaped. */
final class Dump {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Dump() {
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (invisible(c)) {
                sb.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                        .append(HEX[c & 15]);
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    /** Controls, no-break and zero-width spaces, line/paragraph separators, bidi controls, BOM. */
    static boolean invisible(char c) {
        return c < ' ' || c >= 0x7F && c <= 0xA0 || c == 0xAD || c >= 0x200B && c <= 0x200F
                || c >= 0x2028 && c <= 0x202E || c >= 0x2060 && c <= 0x2069 || c == 0xFEFF;
    }
}

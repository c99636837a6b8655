package dev.trackside.model;

/** Fixed-width decimal reading and writing, without java.text or String.format (both are heavy under TeaVM). */
final class Digits {
    private Digits() {
    }

    /** The non-negative number in {@code text[from, from+count)}, or -1 when a character there is not 0-9. */
    static int read(String text, int from, int count) {
        if (from < 0 || from + count > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static void append(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }
}

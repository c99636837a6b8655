package dev.trackside.text;

import dev.trackside.model.Link;

/** The one gate every link URL passes: only http, https and mailto, with nothing hidden in or around them. */
final class Urls {
    private Urls() {
    }

    /**
     * The URL as a link may carry it, or null. Callers decode character references and backslash escapes first, so
     * {@code jav&#x61;script:} arrives here as {@code javascript:} and is refused. Leading and trailing controls and
     * spaces are trimmed (as browsers do); controls inside are refused (browsers would silently drop a tab or line
     * feed, so the text we checked would not be the URL they follow); spaces inside become {@code %20}.
     */
    static String safe(String url) {
        if (url == null) {
            return null;
        }
        int from = 0;
        int to = url.length();
        while (from < to && url.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && url.charAt(to - 1) <= ' ') {
            to--;
        }
        String u = url.substring(from, to);
        if (!Link.hasSafeScheme(u)) {
            return null;
        }
        int schemeEnd = u.indexOf(':') + 1;
        int rest = Parser.prefix(u, schemeEnd, "//") ? schemeEnd + 2 : schemeEnd;
        if (rest >= u.length() || u.charAt(rest) == '/') {
            return null; // "https://", "https:///x", "mailto:" lead nowhere
        }
        StringBuilder sb = null;
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c < ' ' || c == 0x7F) {
                return null;
            }
            if (c == ' ') {
                if (sb == null) {
                    sb = new StringBuilder(u.length() + 8).append(u, 0, i);
                }
                sb.append("%20");
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? u : sb.toString();
    }
}

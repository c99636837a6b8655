package dev.trackside.text;

import java.util.Collections;
import java.util.List;

/**
 * Bare {@code http://} and {@code https://} URLs in text become links (not {@code www.} or e-mail addresses, which
 * guess too often). A URL runs to white space or one of {@code < > " `}; trailing sentence punctuation and unbalanced
 * closing brackets are left out, as GitHub does.
 */
final class Linkify {
    private Linkify() {
    }

    static void addTo(String text, List<Inline> out) {
        int last = 0;
        int i = Html.indexOfIgnoreCase(text, "http", 0);
        while (i >= 0) {
            int end = urlEnd(text, i);
            String url = end > i ? Urls.safe(text.substring(i, end)) : null;
            if (url != null) {
                if (i > last) {
                    out.add(new Inline.Text(text.substring(last, i)));
                }
                Inline label = new Inline.Text(text.substring(i, end));
                out.add(new Inline.Link(url, Collections.singletonList(label)));
                last = end;
                i = Html.indexOfIgnoreCase(text, "http", end);
            } else {
                i = Html.indexOfIgnoreCase(text, "http", i + 4);
            }
        }
        if (last < text.length()) {
            out.add(new Inline.Text(text.substring(last)));
        }
    }

    /** The end of the URL starting at {@code start}, or {@code start} when there is none. */
    private static int urlEnd(String t, int start) {
        if (start > 0) {
            char before = t.charAt(start - 1);
            if (Html.isAlpha(before) || Html.isDigit(before) || "/.@-_=%&+#?:".indexOf(before) >= 0) {
                return start; // part of a longer word or URL
            }
        }
        int host;
        if (regionIs(t, start, "https://")) {
            host = start + 8;
        } else if (regionIs(t, start, "http://")) {
            host = start + 7;
        } else {
            return start;
        }
        int end = host;
        int parens = 0;
        int brackets = 0;
        while (end < t.length() && !stops(t.charAt(end))) {
            char c = t.charAt(end);
            parens += c == '(' ? 1 : c == ')' ? -1 : 0;
            brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
            end++;
        }
        while (end > host) {
            char c = t.charAt(end - 1);
            if (".,:;!?'*_~".indexOf(c) >= 0) {
                end--;
            } else if (c == ')' && parens < 0) {
                parens++;
                end--;
            } else if (c == ']' && brackets < 0) {
                brackets++;
                end--;
            } else {
                break;
            }
        }
        return end > host && (Html.isAlpha(t.charAt(host)) || Html.isDigit(t.charAt(host))) ? end : start;
    }

    private static boolean stops(char c) {
        return InlineParser.isWhite(c) || c < ' ' || c == '<' || c == '>' || c == '"' || c == '`' || c == 0x7F;
    }

    private static boolean regionIs(String t, int at, String lowerPrefix) {
        if (at + lowerPrefix.length() > t.length()) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length(); i++) {
            if (Html.lower(t.charAt(at + i)) != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

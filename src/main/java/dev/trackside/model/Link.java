package dev.trackside.model;

/** A titled URL (slides, video, a speaker's site). The URL is untrusted text; see {@link #isSafe()}. */
public final class Link {
    private final String title;
    private final String url;

    public Link(String title, String url) {
        this.title = title == null ? "" : title;
        this.url = url;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }

    /**
     * Whether the URL may become a clickable link: only http, https and mailto. Anything else ({@code javascript:},
     * {@code data:}, relative paths) is shown as text, so a schedule can never run script through a link.
     */
    public boolean isSafe() {
        return hasSafeScheme(url);
    }

    public static boolean hasSafeScheme(String url) {
        if (url == null) {
            return false;
        }
        String u = url.trim();
        return startsWithIgnoreCase(u, "https://") || startsWithIgnoreCase(u, "http://")
                || startsWithIgnoreCase(u, "mailto:");
    }

    /** ASCII case-insensitive: regionMatches(true, …) would pull Unicode case tables into the browser build. */
    private static boolean startsWithIgnoreCase(String text, String prefix) {
        if (text.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

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

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}

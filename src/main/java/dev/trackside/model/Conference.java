package dev.trackside.model;

/** The event a schedule belongs to. */
public final class Conference {
    private final String id;
    private final String name;
    private final String timeZone;
    private final String venue;
    private final String url;

    /**
     * @param id       stable slug; keys what visitors store (favourites), so it must not change between updates
     * @param timeZone IANA zone name, e.g. {@code America/Los_Angeles}, or {@code null} when the source gives none
     *                 and none could be derived: times are then "floating", shown as written
     */
    public Conference(String id, String name, String timeZone, String venue, String url) {
        this.id = id;
        this.name = name;
        this.timeZone = timeZone;
        this.venue = venue == null ? "" : venue;
        this.url = url;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** IANA zone, or {@code null} for floating times. */
    public String timeZone() {
        return timeZone;
    }

    /** Empty when unknown. */
    public String venue() {
        return venue;
    }

    /** The conference website, or {@code null}. */
    public String url() {
        return url;
    }
}

package dev.trackside.model;

/** A thematic strand of the programme (Web, Data, Community …), optionally with a display colour. */
public final class Track {
    private final String id;
    private final String name;
    private final String color;

    public Track(String id, String name, String color) {
        this.id = id;
        this.name = name;
        this.color = color;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** A CSS hex colour, or {@code null}. */
    public String color() {
        return color;
    }

    @Override
    public String toString() {
        return name;
    }
}

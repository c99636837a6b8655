package dev.trackside.model;

import java.util.List;

/** A person who presents sessions. */
public final class Speaker {
    private final String id;
    private final String name;
    private final String bio;
    private final List<Link> links;

    public Speaker(String id, String name, String bio, List<Link> links) {
        this.id = id;
        this.name = name;
        this.bio = bio == null ? "" : bio;
        this.links = List.copyOf(links);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Short biography, plain text or Markdown; empty when unknown. */
    public String bio() {
        return bio;
    }

    public List<Link> links() {
        return links;
    }

    @Override
    public String toString() {
        return name;
    }
}

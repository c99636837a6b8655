package dev.trackside.model;

/** A place where sessions happen; schedules list rooms in the order they should be shown. */
public final class Room {
    private final String id;
    private final String name;

    public Room(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}

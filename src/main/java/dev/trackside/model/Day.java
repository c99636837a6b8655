package dev.trackside.model;

/** One conference day: a local calendar date, optionally named ("Tutorials", "Sprints"). */
public final class Day {
    private final CivilDate date;
    private final String name;

    public Day(CivilDate date, String name) {
        this.date = date;
        this.name = name == null ? "" : name;
    }

    public CivilDate date() {
        return date;
    }

    /** The organiser's name for the day, or empty. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name.isEmpty() ? date.toString() : date + " " + name;
    }
}

package dev.trackside.model;

/**
 * One conference day: a local calendar date, optionally named ("Tutorials", "Sprints"), optionally with the
 * boundaries the source gives (frab days run from 11:00 to 04:00 the next morning).
 */
public final class Day {
    private final CivilDate date;
    private final String name;
    private final ZonedTime start;
    private final ZonedTime end;

    public Day(CivilDate date, String name) {
        this(date, name, null, null);
    }

    /** A day with boundaries: sessions starting in {@code [start, end)} belong to it, whatever their date. */
    public Day(CivilDate date, String name, ZonedTime start, ZonedTime end) {
        this.date = date;
        this.name = name == null ? "" : name;
        this.start = start;
        this.end = end;
    }

    /** When the day begins, or {@code null} when the source does not say. */
    public ZonedTime start() {
        return start;
    }

    /** When the day ends (exclusive), or {@code null} when the source does not say. */
    public ZonedTime end() {
        return end;
    }

    /** Whether the source's boundaries of this day contain {@code time}; false without boundaries. */
    public boolean contains(ZonedTime time) {
        return start != null && end != null && time.compareTo(start) >= 0 && time.compareTo(end) < 0;
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

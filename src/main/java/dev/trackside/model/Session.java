package dev.trackside.model;

import java.util.ArrayList;
import java.util.List;

/** One entry in the schedule: a talk, a keynote, a tutorial, a break … Build it with {@link #builder}. */
public final class Session {
    private final String id;
    private final String title;
    private final Kind kind;
    private final ZonedTime start;
    private final ZonedTime end;
    private final List<Room> rooms;
    private final Track track;
    private final List<Speaker> speakers;
    private final String abstractText;
    private final List<String> tags;
    private final String language;
    private final String level;
    private final List<Link> links;

    private Session(Builder b) {
        if (b.id == null || b.title == null || b.start == null || b.end == null) {
            throw new IllegalArgumentException("a session needs id, title, start and end");
        }
        if (b.end.compareTo(b.start) < 0) {
            throw new IllegalArgumentException("session " + b.id + " ends before it starts");
        }
        id = b.id;
        title = b.title;
        kind = b.kind;
        start = b.start;
        end = b.end;
        rooms = List.copyOf(b.rooms);
        track = b.track;
        speakers = List.copyOf(b.speakers);
        abstractText = b.abstractText;
        tags = List.copyOf(b.tags);
        language = b.language;
        level = b.level;
        links = List.copyOf(b.links);
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** Stable identifier from the schedule; favourites are keyed by it. */
    public String id() {
        return id;
    }

    /** Plain text, never markup. */
    public String title() {
        return title;
    }

    public Kind kind() {
        return kind;
    }

    public ZonedTime start() {
        return start;
    }

    public ZonedTime end() {
        return end;
    }

    public long durationMinutes() {
        return start.minutesUntil(end);
    }

    /** Usually one room; several for a plenary or a meal held across rooms; empty when the schedule names none. */
    public List<Room> rooms() {
        return rooms;
    }

    /** The first room, or {@code null}. */
    public Room room() {
        return rooms.isEmpty() ? null : rooms.get(0);
    }

    /** The track, or {@code null}. */
    public Track track() {
        return track;
    }

    public List<Speaker> speakers() {
        return speakers;
    }

    /** Plain text or Markdown, never to be inserted as HTML; empty when there is none. */
    public String abstractText() {
        return abstractText;
    }

    public List<String> tags() {
        return tags;
    }

    /** BCP 47 tag or empty. */
    public String language() {
        return language;
    }

    /** Audience level or empty. */
    public String level() {
        return level;
    }

    public List<Link> links() {
        return links;
    }

    @Override
    public String toString() {
        return id + " " + start + " " + title;
    }

    /** Collects a session's fields; optional ones default to empty. */
    public static final class Builder {
        private final String id;
        private final String title;
        private Kind kind = Kind.TALK;
        private ZonedTime start;
        private ZonedTime end;
        private final List<Room> rooms = new ArrayList<>();
        private Track track;
        private final List<Speaker> speakers = new ArrayList<>();
        private String abstractText = "";
        private final List<String> tags = new ArrayList<>();
        private String language = "";
        private String level = "";
        private final List<Link> links = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder kind(Kind value) {
            kind = value;
            return this;
        }

        public Builder time(ZonedTime startTime, ZonedTime endTime) {
            start = startTime;
            end = endTime;
            return this;
        }

        public Builder room(Room room) {
            rooms.add(room);
            return this;
        }

        public Builder track(Track value) {
            track = value;
            return this;
        }

        public Builder speaker(Speaker speaker) {
            speakers.add(speaker);
            return this;
        }

        public Builder abstractText(String value) {
            abstractText = value == null ? "" : value;
            return this;
        }

        public Builder tag(String tag) {
            tags.add(tag);
            return this;
        }

        public Builder language(String value) {
            language = value == null ? "" : value;
            return this;
        }

        public Builder level(String value) {
            level = value == null ? "" : value;
            return this;
        }

        public Builder link(Link link) {
            links.add(link);
            return this;
        }

        public Session build() {
            return new Session(this);
        }
    }
}

package dev.trackside.parse;

import com.google.gson.stream.JsonWriter;
import dev.trackside.model.Day;
import dev.trackside.model.Link;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.model.Track;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * Writes a schedule in the Trackside format (docs/format.md), so that whatever Trackside can read it can also
 * hand on as one clean document: {@code Schedules.parse(TracksideWriter.write(s))} gives back the same schedule.
 */
public final class TracksideWriter {
    private TracksideWriter() {
    }

    /**
     * @throws IllegalArgumentException when the schedule has no time zone (floating times), which the format
     *                                  requires: read it again with a zone first
     */
    public static String write(Schedule schedule) {
        if (schedule.conference().timeZone() == null) {
            throw new IllegalArgumentException("the schedule gives no time zone; read it with one (--tz ZONE)");
        }
        StringWriter text = new StringWriter();
        try (JsonWriter out = new JsonWriter(text)) {
            out.setIndent("  ");
            out.beginObject();
            out.name("format").value(Schedules.TRACKSIDE_FORMAT);
            out.name("version").value(TracksideReader.VERSION);
            out.name("conference").beginObject()
                    .name("id").value(schedule.conference().id())
                    .name("name").value(schedule.conference().name())
                    .name("timeZone").value(schedule.conference().timeZone());
            optional(out, "venue", schedule.conference().venue());
            optional(out, "url", schedule.conference().url());
            out.endObject();
            out.name("days").beginArray();
            for (Day day : schedule.days()) {
                out.beginObject().name("date").value(day.date().toString());
                optional(out, "name", day.name());
                if (day.start() != null) {
                    out.name("start").value(day.start().toString()).name("end").value(day.end().toString());
                }
                out.endObject();
            }
            out.endArray();
            out.name("rooms").beginArray();
            for (Room room : schedule.rooms()) {
                out.beginObject().name("id").value(room.id()).name("name").value(room.name()).endObject();
            }
            out.endArray();
            out.name("tracks").beginArray();
            for (Track track : schedule.tracks()) {
                out.beginObject().name("id").value(track.id()).name("name").value(track.name());
                optional(out, "color", track.color());
                out.endObject();
            }
            out.endArray();
            out.name("speakers").beginArray();
            for (Speaker speaker : schedule.speakers()) {
                out.beginObject().name("id").value(speaker.id()).name("name").value(speaker.name());
                optional(out, "bio", speaker.bio());
                links(out, speaker.links());
                out.endObject();
            }
            out.endArray();
            out.name("sessions").beginArray();
            for (Session session : schedule.sessions()) {
                session(out, session);
            }
            out.endArray();
            out.endObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    private static void session(JsonWriter out, Session session) throws IOException {
        out.beginObject().name("id").value(session.id()).name("title").value(session.title())
                .name("kind").value(session.kind().id())
                .name("start").value(session.start().toString())
                .name("end").value(session.end().toString());
        if (!session.rooms().isEmpty()) {
            out.name("rooms").beginArray();
            for (Room room : session.rooms()) {
                out.value(room.id());
            }
            out.endArray();
        }
        if (session.track() != null) {
            out.name("track").value(session.track().id());
        }
        if (!session.speakers().isEmpty()) {
            out.name("speakers").beginArray();
            for (Speaker speaker : session.speakers()) {
                out.value(speaker.id());
            }
            out.endArray();
        }
        optional(out, "abstract", session.abstractText());
        if (!session.tags().isEmpty()) {
            out.name("tags").beginArray();
            for (String tag : session.tags()) {
                out.value(tag);
            }
            out.endArray();
        }
        optional(out, "language", session.language());
        optional(out, "level", session.level());
        links(out, session.links());
        out.endObject();
    }

    private static void links(JsonWriter out, List<Link> links) throws IOException {
        if (links.isEmpty()) {
            return;
        }
        out.name("links").beginArray();
        for (Link link : links) {
            if (link.url() == null) {
                continue;
            }
            out.beginObject();
            optional(out, "title", link.title());
            out.name("url").value(link.url()).endObject();
        }
        out.endArray();
    }

    private static void optional(JsonWriter out, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            out.name(name).value(value);
        }
    }
}

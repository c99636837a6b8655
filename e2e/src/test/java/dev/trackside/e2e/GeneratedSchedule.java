package dev.trackside.e2e;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;

/** A synthetic but plausible schedule of any size in the Trackside format, the same for the same arguments. */
final class GeneratedSchedule {
    private static final String[] WORDS = {"async", "Django", "testing", "types", "Rust", "WebAssembly", "data",
        "pipelines", "security", "accessibility", "caching", "queries", "ORM", "deploys", "observability",
        "packaging", "notebooks", "migrations", "Unicode", "time zones", "search", "streams", "compilers",
        "community", "mentoring", "GIS", "maps", "privacy", "hardware", "music"};
    private static final String[] SHAPES = {"Practical %s for %s", "What %s taught us about %s",
        "%s without tears", "Scaling %s with %s", "A tour of %s", "%s, %s and you", "Debugging %s in production"};
    private static final String[] FIRST = {"Ana", "Björn", "Chloé", "Dmitri", "Eun-ji", "Farah", "Gonzalo", "Hana",
        "Ivo", "José", "Kemal", "Łucja", "Mia", "Nnamdi", "Oona", "Priya", "Quentin", "Rosa", "Søren", "Tomás"};
    private static final String[] LAST = {"García", "Müller", "Nakamura", "Okafor", "Novák", "Smith", "Kowalska",
        "Dubois", "Rossi", "Larsen", "Öztürk", "Silva", "Chen", "Haddad", "Ivanova"};

    private GeneratedSchedule() {
    }

    static String json(int sessions, long seed) {
        Random random = new Random(seed);
        int rooms = Math.max(3, Math.min(90, sessions / 100));
        int days = 5;
        int speakers = Math.max(10, sessions * 3 / 4);
        StringWriter text = new StringWriter();
        try (JsonWriter out = new JsonWriter(text)) {
            out.beginObject();
            out.name("format").value("trackside-schedule");
            out.name("version").value(1);
            out.name("conference").beginObject().name("id").value("generated-" + sessions)
                    .name("name").value("Generated Con (" + sessions + " sessions)")
                    .name("timeZone").value("Europe/Berlin").name("venue").value("Synthetic Hall").endObject();
            out.name("rooms").beginArray();
            for (int r = 0; r < rooms; r++) {
                out.beginObject().name("id").value("r" + r).name("name").value("Room " + (r + 1)).endObject();
            }
            out.endArray();
            out.name("speakers").beginArray();
            for (int s = 0; s < speakers; s++) {
                out.beginObject().name("id").value("s" + s).name("name")
                        .value(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + s)
                        .endObject();
            }
            out.endArray();
            out.name("sessions").beginArray();
            int perDay = (sessions + days - 1) / days;
            for (int i = 0; i < sessions; i++) {
                int day = i / perDay;
                int inDay = i % perDay;
                int room = inDay % rooms;
                int slot = inDay / rooms;
                int startMinute = 9 * 60 + slot * 45 % (14 * 60);
                String start = String.format("2026-06-%02dT%02d:%02d:00+02:00", 10 + day, startMinute / 60,
                        startMinute % 60);
                String shape = SHAPES[random.nextInt(SHAPES.length)];
                String title = String.format(shape, WORDS[random.nextInt(WORDS.length)],
                        WORDS[random.nextInt(WORDS.length)]);
                out.beginObject().name("id").value("g" + i).name("title").value(title)
                        .name("start").value(start).name("duration").value(40)
                        .name("room").value("r" + room);
                out.name("speakers").beginArray().value("s" + random.nextInt(speakers)).endArray();
                out.name("tags").beginArray().value(WORDS[random.nextInt(WORDS.length)]).endArray();
                out.name("abstract").value("A session about " + title.toLowerCase() + ", with examples from "
                        + WORDS[random.nextInt(WORDS.length)] + " and " + WORDS[random.nextInt(WORDS.length)] + ".");
                out.endObject();
            }
            out.endArray();
            out.endObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }
}

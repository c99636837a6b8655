package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.trackside.Props;
import dev.trackside.model.Conference;
import dev.trackside.model.Kind;
import dev.trackside.model.Link;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.model.Track;
import dev.trackside.model.ZonedTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of {@link Schedules#read}: whatever the text, it gives a schedule the page can use or a
 * {@link ScheduleException} that says where ({@link Outcome}); never anything else, as Schedules.read documents.
 * Inputs: the sample documents of every format with random edits (delete, cut, insert, comma, type swap, deep
 * nesting, duplicated or swapped text), random JSON values in place of any value, random text, and schedules
 * written by {@link TracksideWriter} from random models, which must read back as they were.
 */
class ParserPropertyTest {
    private static final Gson GSON = new Gson();

    /** Field names the readers look for, so that random objects reach their code. */
    private static final List<String> KEYS = List.of("id", "guid", "code", "title", "start", "end", "date",
            "duration", "room", "rooms", "track", "tracks", "speakers", "persons", "participants", "name",
            "public_name", "abstract", "description", "subtitle", "type", "language", "links", "attachments", "url",
            "day_start", "day_end", "days", "conference", "events", "schedule", "talks", "sessions", "startsAt",
            "endsAt", "roomId", "categoryItems", "categories", "items", "questions", "questionAnswers",
            "isPlenumSession", "isServiceSession", "slot_type", "timezone", "time_zone_name", "format", "version",
            "kind", "timeZone", "color", "slug", "en", "biography", "fullName", "firstName", "tags", "level", "x");

    private static final List<String> STRINGS = List.of("", " ", "x", "trackside-schedule", "2024-01-01",
            "2024-01-01T10:00:00+01:00", "2024-01-01T10:00:00", "2024-01-01T10:00Z", "9999-12-31T23:59:59-12:00",
            "0000-01-01T00:00+18:00", "2024-02-30T10:00Z", "10:00", "25:99", "0:00", "01:00", "99999:59", "P1D",
            "PT99999999H", "P9999999D", "Europe/Berlin", "UTC", "Nowhere/Zone", "#abc", "#12345g", "lecture",
            "break", "https://x.example/", "javascript:alert(1)", "<b>bold</b> &amp; &#0; &#x110000;", "\u0000",
            "\uFFFD", "😀", "a".repeat(300));

    private static final Gen<JsonElement> VALUE = value(3);

    private static final Gen<String> SAMPLE = Generate.pick(new ArrayList<>(SampleDocs.all().values()))
            .mix(Generate.constant(MinimalDoc.valid().json()), 15);

    @Test
    void editedDocumentsGiveAScheduleOrAnErrorThatSaysWhere() {
        Props.qt(4000).forAll(SAMPLE, lists().of(edit()).ofSizeBetween(1, 4)).checkAssert((sample, edits) -> {
            String text = sample;
            for (Edit edit : edits) {
                text = edit.apply(text);
            }
            Outcome.of(text);
        });
    }

    @Test
    void anyJsonValueAnywhereGivesAScheduleOrAnErrorThatSaysWhere() {
        // The type swaps of HostileInputTest, with random values (objects with the readers' own field names, to any
        // depth the nesting limit allows) and several places at once.
        Props.qt(2000).forAll(SAMPLE, lists().of(integers().between(0, 10_000).zip(VALUE, Pair::of))
                .ofSizeBetween(1, 3)).checkAssert((sample, swaps) -> {
                    JsonElement root = JsonParser.parseString(sample);
                    for (Pair<Integer, JsonElement> swap : swaps) {
                        List<String> paths = new ArrayList<>();
                        HostileInputTest.paths(root, "$", paths);
                        HostileInputTest.replace(root, paths.get(swap._1 % paths.size()), swap._2);
                    }
                    Outcome.of(GSON.toJson(root));
                });
    }

    @Test
    void anyTextGivesAScheduleOrAnError() {
        Gen<String> text = strings().allPossible().ofLengthBetween(0, 200)
                .mix(lists().of(Generate.pick(List.of("{", "}", "[", "]", ":", ",", "\"", "\\", "\"a\"", "1", "-",
                        "e", "null", "true", " ", "\n", "\"format\"", "\"schedule\"", "\"talks\"", "\"sessions\"",
                        "\u0000", "\uD800", "\uFEFF"))).ofSizeBetween(0, 80).map(l -> String.join("", l)), 60);
        Props.qt(5000).forAll(text).checkAssert(Outcome::of);
    }

    @Test
    void writtenSchedulesReadBackAsTheyWere() {
        Props.qt(400).forAll(schedules()).checkAssert(schedule -> {
            String written = TracksideWriter.write(schedule);
            Schedule read = Schedules.parse(written);
            assertEquals(written, TracksideWriter.write(read));
            assertEquals(schedule.sessions().size(), read.sessions().size());
        });
    }

    // ---- edits of text

    /** One random edit of a document's text, at a relative position. */
    private static final class Edit {
        final int kind;
        final int where;
        final int size;
        final char c;

        Edit(int kind, int where, int size, char c) {
            this.kind = kind;
            this.where = where;
            this.size = size;
            this.c = c;
        }

        String apply(String text) {
            int at = (int) ((long) where * text.length() / 10_000);
            int to = Math.min(text.length(), at + size);
            switch (kind) {
                case 0: // delete
                    return text.substring(0, at) + text.substring(to);
                case 1: // cut off
                    return text.substring(0, at);
                case 2: // insert a char
                    return text.substring(0, at) + c + text.substring(at);
                case 3: // a comma
                    return text.substring(0, at) + "," + text.substring(at);
                case 4: // nest: brackets around what follows, up to past the limit
                    int depth = size * 10;
                    return text.substring(0, at) + "[".repeat(depth) + text.substring(at, to) + "]".repeat(depth)
                            + text.substring(to);
                case 5: // a stretch repeated
                    return text.substring(0, to) + text.substring(at, to) + text.substring(to);
                case 6: // two stretches swapped
                    int mid = (at + to) / 2;
                    return text.substring(0, at) + text.substring(mid, to) + text.substring(at, mid)
                            + text.substring(to);
                default: // a value of another type where a value is (when the text is still JSON)
                    return swapType(text);
            }
        }

        private String swapType(String text) {
            JsonElement root;
            try {
                root = JsonParser.parseString(text);
            } catch (JsonParseException | IllegalStateException e) {
                return text;
            }
            List<String> paths = new ArrayList<>();
            HostileInputTest.paths(root, "$", paths);
            List<JsonElement> values = List.of(JsonNull.INSTANCE, new JsonPrimitive(c % 2 == 0), new JsonPrimitive(size),
                    new JsonPrimitive(String.valueOf(c)), new JsonArray(), new JsonObject());
            HostileInputTest.replace(root, paths.get(where % paths.size()), values.get(size % values.size()));
            return GSON.toJson(root);
        }

        @Override
        public String toString() {
            return "Edit[kind=" + kind + ", where=" + where + ", size=" + size + ", c=" + Props.visible("" + c) + "]";
        }
    }

    private static Gen<Edit> edit() {
        Gen<Character> chars = Generate.frequency(List.of(Pair.of(3, Generate.pick(List.of('{', '}', '[', ']', ':',
                ',', '"', '\\', '0', '-', 'e', 'n', ' ', '\n', '\u0000', '\u001f'))),
                Pair.of(1, Generate.characters(0, 0xFFFF))));
        return integers().between(0, 7).zip(integers().between(0, 9_999), integers().between(0, 40), chars,
                Edit::new);
    }

    // ---- random JSON values

    private static Gen<JsonElement> value(int depth) {
        List<Pair<Integer, Gen<JsonElement>>> options = new ArrayList<>(List.of(
                Pair.of(1, Generate.constant(JsonNull.INSTANCE)),
                Pair.of(1, Generate.booleans().map(b -> (JsonElement) new JsonPrimitive(b))),
                Pair.of(2, Generate.pick(List.of(0L, 1L, -1L, 42L, 44_641L, 1L << 53, Long.MAX_VALUE))
                        .map(n -> (JsonElement) new JsonPrimitive(n))),
                Pair.of(1, Generate.pick(List.of(0.5, -1e300, 1e-300, 3.0e10))
                        .map(n -> (JsonElement) new JsonPrimitive(n))),
                Pair.of(4, Generate.pick(STRINGS).map(s -> (JsonElement) new JsonPrimitive(s)))));
        if (depth > 0) {
            Gen<JsonElement> inner = value(depth - 1);
            options.add(Pair.of(2, lists().of(inner).ofSizeBetween(0, 3).map(ParserPropertyTest::array)));
            options.add(Pair.of(3, lists().of(Generate.pick(KEYS).zip(inner, Pair::of)).ofSizeBetween(0, 4)
                    .map(ParserPropertyTest::object)));
        }
        return Generate.frequency(options);
    }

    private static JsonElement array(List<JsonElement> elements) {
        JsonArray array = new JsonArray();
        elements.forEach(array::add);
        return array;
    }

    private static JsonElement object(List<Pair<String, JsonElement>> fields) {
        JsonObject object = new JsonObject();
        for (Pair<String, JsonElement> field : fields) {
            object.add(field._1, field._2);
        }
        return object;
    }

    // ---- random schedules (valid models)

    private static final Gen<String> TEXT = Generate.frequency(List.of(
            Pair.of(4, strings().basicLatinAlphabet().ofLengthBetween(1, 20)),
            Pair.of(2, strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(1, 30)),
            Pair.of(1, lists().of(integers().between(0x10000, 0x10FFFF)).ofSizeBetween(1, 5).map(points -> {
                StringBuilder sb = new StringBuilder();
                points.forEach(sb::appendCodePoint);
                return sb.toString();
            })),
            Pair.of(2, lists().of(Generate.pick(List.of("\"", "\\", "\u0000", "\n", "\u2028", "</script>", "é", "😀",
                    " ", "a"))).ofSizeBetween(1, 10).map(l -> String.join("", l)))));

    private static Gen<Schedule> schedules() {
        Gen<List<String>> names = lists().of(TEXT).ofSizeBetween(0, 4);
        Gen<Session> session = TEXT.zip(integers().between(0, 2_000_000), integers().between(0, 44_640),
                integers().between(-18 * 60, 18 * 60), Generate.enumValues(Kind.class),
                (title, minute, length, offset, kind) -> {
                    ZonedTime start = ZonedTime.ofLocal(dev.trackside.model.CivilDate.of(2026, 1, 1), 0, 0, 0, offset)
                            .plusMinutes(minute);
                    return Session.builder("", title).kind(kind).time(start, start.plusMinutes(length)).build();
                });
        return TEXT.zip(names, names, lists().of(session).ofSizeBetween(0, 8), TEXT,
                (conferenceName, roomNames, speakerNames, drafts, text) -> {
                    List<Room> rooms = new ArrayList<>();
                    for (int i = 0; i < roomNames.size(); i++) {
                        rooms.add(new Room("r" + i + roomNames.get(i), roomNames.get(i)));
                    }
                    List<Speaker> speakers = new ArrayList<>();
                    for (int i = 0; i < speakerNames.size(); i++) {
                        speakers.add(new Speaker("s" + i, speakerNames.get(i), text,
                                List.of(new Link(text, "https://s.example/" + i))));
                    }
                    Track track = new Track("t", text, "#0c6b58");
                    List<Session> sessions = new ArrayList<>();
                    for (int i = 0; i < drafts.size(); i++) {
                        Session d = drafts.get(i);
                        Session.Builder b = Session.builder(i + text, d.title()).kind(d.kind())
                                .time(d.start(), d.end()).abstractText(text).language("en").tag(text)
                                .link(new Link(d.title(), "https://l.example/" + text));
                        if (!rooms.isEmpty()) {
                            b.room(rooms.get(i % rooms.size()));
                        }
                        if (!speakers.isEmpty()) {
                            b.speaker(speakers.get(i % speakers.size()));
                        }
                        if (i % 2 == 0) {
                            b.track(track);
                        }
                        sessions.add(b.build());
                    }
                    return new Schedule(new Conference("c" + text, conferenceName, "Europe/Berlin", text, null),
                            List.of(), rooms, List.of(track), speakers, sessions);
                });
    }
}

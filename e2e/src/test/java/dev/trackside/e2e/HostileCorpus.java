package dev.trackside.e2e;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The XSS corpus (issue 7): every payload of {@link #PAYLOADS} in every text and URL field that each format's reader
 * takes, one session per payload × field, so that one page load per format covers them all. Generated at run time
 * (into target/, never checked in). Every payload that ran would call the sentinel: set {@code window.__xss} or open
 * a dialog ({@code alert(1)}).
 */
final class HostileCorpus {
    /** Classic payloads from the OWASP XSS and DOM-XSS cheat sheets, each of which would call the sentinel if run. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=1\">",
            "<svg onload=window.__xss=1>",
            "<svg><script>alert(1)</script></svg>",
            "\"><img src=x onerror=alert(1)>",
            "'><script>window.__xss=1</script>",
            "</textarea></title></style></script><script>window.__xss=1</script>",
            "<iframe src=\"javascript:parent.__xss=1\"></iframe><iframe srcdoc=\"<script>parent.__xss=1</script>\">",
            "<details open ontoggle=window.__xss=1><summary>x</summary></details>",
            "<a href=\"javascript:window.__xss=1\">click</a> <a href=jav&#x09;ascript:alert(1)>tab</a>",
            "<a href=\"https://ok.example/\" onclick=\"window.__xss=1\" style=\"background:url(javascript:alert(1))\">ok</a>",
            "<b onmouseover=window.__xss=1>bold</b><em style=\"x:expression(alert(1))\">em</em>",
            "[click](javascript:window.__xss=1) [case](JaVaScRiPt:window.__xss=1 \"t\")",
            "[ent](jav&#x61;script:window.__xss=1) [dec](&#106;avascript:alert(1)) [esc](java\\script:alert(1))",
            "![img](x \"onerror=window.__xss=1\") <javascript:alert(1)> [d](data:text/html,<script>alert(1)</script>)",
            "javascript:window.__xss=1",
            "  JaVaScRiPt:window.__xss=1",
            "java\tscript:window.__xss=1",
            "jav&#x61;script&colon;window.__xss=1",
            "&#x6A;avascript:window.__xss=1",
            "data:text/html,<script>window.__xss=1</script>",
            "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "{{constructor.constructor('window.__xss=1')()}}",
            "${window.__xss=1} #{window.__xss=1} <%= window.__xss=1 %> {{7*7}}",
            "</style><style>*{background:url(\"javascript:window.__xss=1\")}</style>",
            "red;background-image:url(javascript:window.__xss=1);width:expression(alert(1))",
            "\u2028window.__xss=1\u2029//'\"\\</script>",
            "\u202Egnp.exe\u202C <script>window.__xss=1</script> \u2066\u2067\u200F\u202D",
            "<noscript><p title=\"</noscript><img src=x onerror=window.__xss=1>\">",
            "<<script>script>window.__xss=1<</script>/script>",
            "&lt;script&gt;window.__xss=1&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;",
            "--><!-- <script>window.__xss=1</script> ]]>",
            "https://ok.example/\"><script>window.__xss=1</script>",
            "mailto:x@example.org?subject=\"><svg onload=window.__xss=1>",
            " https://ok.example/p?q=<img src=x onerror=window.__xss=1>#\"onmouseover=alert(1)");

    /** One payload in one field of one session: where to look for it. */
    record Case(String format, String field, int payload, String sessionId) {
        String text() {
            return PAYLOADS.get(payload);
        }
    }

    /** One generated document. */
    record Document(String format, String file, String text, List<Case> cases) {
    }

    private HostileCorpus() {
    }

    /** Every payload, separated: for single fields such as a conference's name. */
    static String all() {
        return String.join(" \u00a6 ", PAYLOADS);
    }

    /** The four documents, written into {@code dir}. */
    static List<Document> write(Path dir) {
        List<Document> documents = List.of(trackside(), frab(), pretalx(), sessionize());
        try {
            Files.createDirectories(dir);
            for (Document document : documents) {
                Files.writeString(dir.resolve(document.file()), document.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    private static String json(JsonObject root) {
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(root);
    }

    private static JsonArray array(Object... values) {
        JsonArray array = new JsonArray();
        for (Object value : values) {
            if (value instanceof JsonObject object) {
                array.add(object);
            } else if (value instanceof Number number) {
                array.add(number);
            } else {
                array.add((String) value);
            }
        }
        return array;
    }

    private static JsonObject object(Object... keysAndValues) {
        JsonObject object = new JsonObject();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            Object value = keysAndValues[i + 1];
            if (value instanceof JsonObject o) {
                object.add(key, o);
            } else if (value instanceof JsonArray a) {
                object.add(key, a);
            } else if (value instanceof Number n) {
                object.addProperty(key, n);
            } else if (value instanceof Boolean b) {
                object.addProperty(key, b);
            } else {
                object.addProperty(key, (String) value);
            }
        }
        return object;
    }

    /** 08:00 plus 20 minutes per payload: every field's sessions side by side, one row per payload. */
    private static String clock(int payload) {
        return clock(payload, 0);
    }

    private static String clock(int payload, int plus) {
        int minutes = 8 * 60 + payload * 20 + plus;
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    // Trackside: strict, so only fields that take any string (kind and colour are checked: refused as errors).
    static final List<String> TRACKSIDE_FIELDS = List.of("title", "abstract", "tags", "language", "level",
            "links.title", "links.url", "room.name", "room.id", "track.name", "track.id", "speaker.name",
            "speaker.bio", "speaker.id", "speaker.links", "id");

    static Document trackside() {
        JsonArray rooms = new JsonArray();
        JsonArray tracks = new JsonArray();
        JsonArray speakers = new JsonArray();
        JsonArray sessions = new JsonArray();
        List<Case> cases = new ArrayList<>();
        for (String field : TRACKSIDE_FIELDS) {
            rooms.add(object("id", "room-" + field, "name", "Room " + field));
        }
        for (int f = 0; f < TRACKSIDE_FIELDS.size(); f++) {
            String field = TRACKSIDE_FIELDS.get(f);
            for (int p = 0; p < PAYLOADS.size(); p++) {
                String payload = PAYLOADS.get(p);
                String id = field.equals("id") ? payload + " #" + p : "t" + f + "-" + p;
                JsonObject session = object("id", id, "title", field.equals("title") ? payload : field + " " + p,
                        "start", "2026-06-10T" + clock(p) + "+02:00", "duration", 15, "room", "room-" + field);
                switch (field) {
                    case "abstract" -> session.addProperty("abstract", payload);
                    case "tags" -> session.add("tags", array(payload, "tag " + p));
                    case "language" -> session.addProperty("language", payload);
                    case "level" -> session.addProperty("level", payload);
                    case "links.title" -> session.add("links", array(object("title", payload,
                            "url", "https://ok.example/" + p)));
                    case "links.url" -> session.add("links", array(object("title", "link " + p, "url", payload),
                            object("url", payload)));
                    case "room.name", "room.id" -> {
                        String roomId = field.equals("room.id") ? payload + " #" + p : "room-" + f + "-" + p;
                        rooms.add(object("id", roomId, "name", field.equals("room.name") ? payload : "R " + p));
                        session.addProperty("room", roomId);
                    }
                    case "track.name", "track.id" -> {
                        String trackId = field.equals("track.id") ? payload + " #" + p : "track-" + f + "-" + p;
                        tracks.add(object("id", trackId, "name", field.equals("track.name") ? payload : "T " + p,
                                "color", "#0c6b58"));
                        session.addProperty("track", trackId);
                    }
                    case "speaker.name", "speaker.bio", "speaker.id", "speaker.links" -> {
                        String speakerId = field.equals("speaker.id") ? payload + " #" + p : "sp-" + f + "-" + p;
                        JsonObject speaker = object("id", speakerId,
                                "name", field.equals("speaker.name") ? payload : "Speaker " + f + "-" + p);
                        if (field.equals("speaker.bio")) {
                            speaker.addProperty("bio", payload);
                        }
                        if (field.equals("speaker.links")) {
                            speaker.add("links", array(object("title", payload, "url", payload)));
                        }
                        speakers.add(speaker);
                        session.add("speakers", array(speakerId));
                    }
                    default -> {
                    }
                }
                sessions.add(session);
                cases.add(new Case("trackside", field, p, id));
            }
        }
        JsonObject root = object("format", "trackside-schedule", "version", 1,
                "conference", object("id", "xss-\"'><img src=x onerror=window.__xss=1>", "name", all(),
                        "timeZone", "Europe/Berlin", "venue", all(), "url", "JaVaScRiPt:window.__xss=1"),
                "days", array(object("date", "2026-06-10", "name", all())),
                "rooms", rooms, "tracks", tracks, "speakers", speakers, "sessions", sessions);
        return new Document("trackside", "xss-trackside.json", json(root), cases);
    }

    // frab/c3voc schedule.json v1: every field FrabFormat reads as text.
    static final List<String> FRAB_FIELDS = List.of("title", "subtitle", "abstract", "description", "type",
            "language", "track", "track.color", "room", "persons.public_name", "persons.biography", "url",
            "links.url", "links.title", "attachments", "guid", "persons.id", "description.en");

    static Document frab() {
        Map<String, JsonArray> byRoom = new LinkedHashMap<>();
        JsonArray tracks = new JsonArray();
        List<Case> cases = new ArrayList<>();
        for (int f = 0; f < FRAB_FIELDS.size(); f++) {
            String field = FRAB_FIELDS.get(f);
            for (int p = 0; p < PAYLOADS.size(); p++) {
                String payload = PAYLOADS.get(p);
                String guid = field.equals("guid") ? payload + " #" + p : "f" + f + "-" + p;
                String room = field.equals("room") ? payload + " #" + p : "Room " + field;
                JsonObject event = object("guid", guid, "id", 1000 * f + p,
                        "title", field.equals("title") ? payload : field + " " + p,
                        "date", "2024-12-27T" + clock(p) + ":00+01:00", "start", clock(p), "duration", "00:15",
                        "room", room, "type", field.equals("type") ? payload : "lecture");
                switch (field) {
                    case "subtitle", "abstract", "description", "language", "url" ->
                            event.addProperty(field, payload);
                    case "description.en" -> event.add("description", object("en", payload, "de", payload));
                    case "track", "track.color" -> {
                        String name = field.equals("track") ? payload : "Track " + p;
                        tracks.add(object("name", name, "color", field.equals("track.color") ? payload : "#aa3300"));
                        event.addProperty("track", name);
                    }
                    case "persons.public_name", "persons.biography", "persons.id" -> event.add("persons", array(
                            object("id", field.equals("persons.id") ? payload + " #" + p : "p" + f + "-" + p,
                                    "public_name", field.equals("persons.public_name") ? payload : "Person " + p,
                                    "biography", field.equals("persons.biography") ? payload : "Bio " + p)));
                    case "links.url" -> event.add("links", array(object("url", payload, "title", "link " + p),
                            payload));
                    case "links.title" -> event.add("links", array(object("url", "https://ok.example/" + p,
                            "title", payload)));
                    case "attachments" -> event.add("attachments", array(object("url", payload, "title", payload)));
                    default -> {
                    }
                }
                byRoom.computeIfAbsent(room, r -> new JsonArray()).add(event);
                cases.add(new Case("frab", field, p, guid));
            }
        }
        JsonObject rooms = new JsonObject();
        byRoom.forEach(rooms::add);
        JsonObject conference = object("acronym", "xss-frab-\"'><svg onload=window.__xss=1>", "title", all(),
                "time_zone_name", "<script>window.__xss=1</script>", "venue", all(),
                "url", "  javascript:window.__xss=1", "tracks", tracks,
                "days", array(object("index", 1, "date", "2024-12-27", "day_start", "2024-12-27T06:00:00+01:00",
                        "day_end", "2024-12-28T04:00:00+01:00", "rooms", rooms)));
        JsonObject root = object("schedule", object("version", all(), "base_url", "vbscript:msgbox(1)",
                "conference", conference));
        return new Document("frab", "xss-frab.json", json(root), cases);
    }

    // pretalx schedule widget JSON: titles, abstracts, names joined by id.
    static final List<String> PRETALX_FIELDS = List.of("title", "title.en", "abstract", "content_locale",
            "room.name", "room.name.en", "track.name", "track.color", "speaker.name", "code", "speaker.code");

    static Document pretalx() {
        JsonArray rooms = new JsonArray();
        JsonArray tracks = new JsonArray();
        JsonArray speakers = new JsonArray();
        JsonArray talks = new JsonArray();
        List<Case> cases = new ArrayList<>();
        for (int f = 0; f < PRETALX_FIELDS.size(); f++) {
            rooms.add(object("id", 100 + f, "name", "Room " + PRETALX_FIELDS.get(f)));
        }
        for (int f = 0; f < PRETALX_FIELDS.size(); f++) {
            String field = PRETALX_FIELDS.get(f);
            for (int p = 0; p < PAYLOADS.size(); p++) {
                String payload = PAYLOADS.get(p);
                String code = field.equals("code") ? payload + " #" + p : "P" + f + "-" + p;
                JsonObject talk = object("code", code, "start", "2024-08-19T" + clock(p) + ":00+02:00",
                        "end", "2024-08-19T" + clock(p, 15) + ":00+02:00",
                        "room", 100 + f);
                switch (field) {
                    case "title.en" -> talk.add("title", object("en", payload, "de", "de " + p));
                    case "title" -> talk.addProperty("title", payload);
                    default -> talk.addProperty("title", field + " " + p);
                }
                switch (field) {
                    case "abstract", "content_locale" -> talk.addProperty(field, payload);
                    case "room.name", "room.name.en" -> {
                        int room = 1000 * f + p;
                        rooms.add(object("id", room, "name", field.equals("room.name") ? payload
                                : object("en", payload, "de", payload)));
                        talk.addProperty("room", room);
                    }
                    case "track.name", "track.color" -> {
                        int track = 1000 * f + p;
                        tracks.add(object("id", track, "name", field.equals("track.name") ? payload : "Track " + p,
                                "color", field.equals("track.color") ? payload : "#336699"));
                        talk.addProperty("track", track);
                    }
                    case "speaker.name", "speaker.code" -> {
                        String speaker = field.equals("speaker.code") ? payload + " #" + p : "S" + f + "-" + p;
                        speakers.add(object("code", speaker, "name",
                                field.equals("speaker.name") ? payload : "Speaker " + p));
                        talk.add("speakers", array(speaker));
                    }
                    default -> {
                    }
                }
                talks.add(talk);
                cases.add(new Case("pretalx", field, p, code));
            }
        }
        JsonObject root = object("version", all(), "timezone", "Europe/Berlin", "rooms", rooms, "tracks", tracks,
                "speakers", speakers, "talks", talks);
        return new Document("pretalx", "xss-pretalx.json", json(root), cases);
    }

    // Sessionize "All data": sessions, speakers, categories (track, level, language, format, tags), rooms, links.
    static final List<String> SESSIONIZE_FIELDS = List.of("title", "description", "fullName", "firstName",
            "bio", "tagLine", "speaker.links.url", "speaker.links.title", "category.track", "category.level",
            "category.language", "category.format", "category.tag", "room.name", "answerValue", "liveUrl",
            "recordingUrl", "id", "speaker.id", "question");

    static Document sessionize() {
        JsonArray sessions = new JsonArray();
        JsonArray speakers = new JsonArray();
        JsonArray questions = new JsonArray();
        JsonArray rooms = new JsonArray();
        String[] roles = {"Track", "Level", "Language", "Format", "Tags"};
        JsonArray[] items = new JsonArray[roles.length];
        for (int r = 0; r < roles.length; r++) {
            items[r] = new JsonArray();
        }
        List<Case> cases = new ArrayList<>();
        for (int f = 0; f < SESSIONIZE_FIELDS.size(); f++) {
            rooms.add(object("id", 100 + f, "name", "Room " + SESSIONIZE_FIELDS.get(f)));
        }
        for (int f = 0; f < SESSIONIZE_FIELDS.size(); f++) {
            String field = SESSIONIZE_FIELDS.get(f);
            for (int p = 0; p < PAYLOADS.size(); p++) {
                String payload = PAYLOADS.get(p);
                String id = field.equals("id") ? payload + " #" + p : "z" + f + "-" + p;
                String end = clock(p, 15);
                JsonObject session = object("id", id, "title", field.equals("title") ? payload : field + " " + p,
                        "startsAt", "2024-04-20T" + clock(p) + ":00", "endsAt", "2024-04-20T" + end + ":00",
                        "isServiceSession", false, "isPlenumSession", false, "roomId", 100 + f);
                switch (field) {
                    case "description", "liveUrl", "recordingUrl" -> session.addProperty(field, payload);
                    case "answerValue", "question" -> {
                        int question = 1000 * f + p;
                        questions.add(object("id", question, "question", field.equals("question") ? payload
                                : "Video " + p));
                        session.add("questionAnswers", array(object("questionId", question, "answerValue",
                                field.equals("answerValue") ? payload : "https://video.example/" + p)));
                    }
                    case "fullName", "firstName", "bio", "tagLine", "speaker.links.url", "speaker.links.title",
                            "speaker.id" -> {
                        String speakerId = field.equals("speaker.id") ? payload + " #" + p : "zs" + f + "-" + p;
                        JsonObject speaker = object("id", speakerId, "firstName",
                                field.equals("firstName") ? payload : "First" + p, "lastName", "Last" + f,
                                "bio", field.equals("bio") ? payload : "Bio " + p,
                                "tagLine", field.equals("tagLine") ? payload : "Tag line " + p);
                        if (!field.equals("firstName")) {
                            speaker.addProperty("fullName", field.equals("fullName") ? payload
                                    : "First" + p + " Last" + f);
                        }
                        speaker.add("links", array(object("title",
                                field.equals("speaker.links.title") ? payload : "Blog " + p,
                                "url", field.equals("speaker.links.url") ? payload : "https://blog.example/" + p,
                                "linkType", "Blog")));
                        speakers.add(speaker);
                        session.add("speakers", array(speakerId));
                    }
                    case "category.track", "category.level", "category.language", "category.format",
                            "category.tag" -> {
                        int role = SESSIONIZE_FIELDS.indexOf(field) - SESSIONIZE_FIELDS.indexOf("category.track");
                        int item = 1000 * f + p;
                        items[role].add(object("id", item, "name", payload));
                        session.add("categoryItems", array(item));
                    }
                    case "room.name" -> {
                        int room = 1000 * f + p;
                        rooms.add(object("id", room, "name", payload));
                        session.addProperty("roomId", room);
                    }
                    default -> {
                    }
                }
                sessions.add(session);
                cases.add(new Case("sessionize", field, p, id));
            }
        }
        JsonArray categories = new JsonArray();
        for (int r = 0; r < roles.length; r++) {
            categories.add(object("id", r + 1, "title", roles[r], "items", items[r]));
        }
        JsonObject root = object("sessions", sessions, "speakers", speakers, "questions", questions,
                "categories", categories, "rooms", rooms);
        return new Document("sessionize", "xss-sessionize.json", json(root), cases);
    }
}

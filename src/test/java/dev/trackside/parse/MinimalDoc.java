package dev.trackside.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small valid Trackside document, one top-level field per line, that a test changes in one place. Values are raw
 * JSON text: {@code set("version", "2")}, {@code session(1, "start", "\"9am\"")}.
 */
final class MinimalDoc {
    private static final String CONFERENCE = "\u0000conference";
    private static final String SESSIONS = "\u0000sessions";

    private final Map<String, String> top = new LinkedHashMap<>();
    private final Map<String, String> conference = new LinkedHashMap<>();
    private final List<Map<String, String>> sessions = new ArrayList<>();

    private MinimalDoc() {
        top.put("format", "\"trackside-schedule\"");
        top.put("version", "1");
        top.put("conference", CONFERENCE);
        top.put("days", "[{\"date\": \"2026-09-22\", \"name\": \"Talks\"}]");
        top.put("rooms", "[{\"id\": \"hall-a\", \"name\": \"Hall A\"}, {\"id\": \"hall-b\", \"name\": \"Hall B\"}]");
        top.put("tracks", "[{\"id\": \"web\", \"name\": \"Web\", \"color\": \"#0c6b58\"}]");
        top.put("speakers",
                "[{\"id\": \"ada\", \"name\": \"Ada Lovelace\"}, {\"id\": \"grace\", \"name\": \"Grace Hopper\"}]");
        top.put("sessions", SESSIONS);
        conference.put("id", "\"democon-2026\"");
        conference.put("name", "\"DemoCon 2026\"");
        conference.put("timeZone", "\"America/Los_Angeles\"");
        Map<String, String> opening = new LinkedHashMap<>();
        opening.put("id", "\"opening\"");
        opening.put("title", "\"Opening remarks\"");
        opening.put("kind", "\"other\"");
        opening.put("start", "\"2026-09-22T09:00-07:00\"");
        opening.put("end", "\"2026-09-22T09:15-07:00\"");
        opening.put("rooms", "[\"hall-a\", \"hall-b\"]");
        sessions.add(opening);
        Map<String, String> talk = new LinkedHashMap<>();
        talk.put("id", "\"t1\"");
        talk.put("title", "\"Async views in practice\"");
        talk.put("start", "\"2026-09-22T09:30-07:00\"");
        talk.put("duration", "40");
        talk.put("room", "\"hall-a\"");
        talk.put("track", "\"web\"");
        talk.put("speakers", "[\"ada\", \"grace\"]");
        talk.put("tags", "[\"async\", \"views\"]");
        sessions.add(talk);
    }

    /** Session 0 "opening": 09:00–09:15 in both rooms; session 1 "t1": 09:30 for 40 min in hall-a, by ada and grace. */
    static MinimalDoc valid() {
        return new MinimalDoc();
    }

    MinimalDoc set(String field, String json) {
        top.put(field, json);
        return this;
    }

    MinimalDoc without(String field) {
        top.remove(field);
        return this;
    }

    MinimalDoc conference(String field, String json) {
        conference.put(field, json);
        return this;
    }

    MinimalDoc conferenceWithout(String field) {
        conference.remove(field);
        return this;
    }

    MinimalDoc session(int index, String field, String json) {
        sessions.get(index).put(field, json);
        return this;
    }

    MinimalDoc sessionWithout(int index, String field) {
        sessions.get(index).remove(field);
        return this;
    }

    String json() {
        StringBuilder sb = new StringBuilder("{\n");
        String separator = "";
        for (Map.Entry<String, String> field : top.entrySet()) {
            sb.append(separator).append("  \"").append(field.getKey()).append("\": ");
            if (CONFERENCE.equals(field.getValue())) {
                sb.append(object(conference));
            } else if (SESSIONS.equals(field.getValue())) {
                sb.append("[\n");
                for (int i = 0; i < sessions.size(); i++) {
                    sb.append(i == 0 ? "    " : ",\n    ").append(object(sessions.get(i)));
                }
                sb.append("\n  ]");
            } else {
                sb.append(field.getValue());
            }
            separator = ",\n";
        }
        return sb.append("\n}\n").toString();
    }

    private static String object(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            sb.append(sb.length() == 1 ? "" : ", ").append('"').append(field.getKey()).append("\": ")
                    .append(field.getValue());
        }
        return sb.append('}').toString();
    }

    @Override
    public String toString() {
        return json();
    }
}

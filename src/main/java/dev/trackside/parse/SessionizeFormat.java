package dev.trackside.parse;

import dev.trackside.model.Kind;
import dev.trackside.model.Link;
import dev.trackside.model.Room;
import dev.trackside.model.Speaker;
import dev.trackside.model.TimeZones;
import dev.trackside.model.Track;
import dev.trackside.model.ZonedTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sessionize's "All data" export ({@code /api/v2/<id>/view/All}): {@code {"sessions", "speakers", "questions",
 * "categories", "rooms"}}, joined by id. Its times carry no UTC offset and the export names no zone: they are placed
 * in the zone the caller passes ({@link Schedules#read(String, TimeZones, String)}) or else shown floating.
 *
 * <p>Categories are Sessionize's one tool for all classifications, so their names decide what they mean: "Track" or
 * "Topic" gives the track, "Level" the level, "Language" the language, "Session format" or "Type" the kind; any other
 * category's items become tags. Service sessions (breaks, registration) have kind break or other. A plenum session,
 * which Sessionize draws across all rooms, is held in its own room and every other room the schedule uses.
 */
final class SessionizeFormat implements TreeFormat {
    /** What a category's items mean for a session. */
    enum Role {
        TRACK, LEVEL, LANGUAGE, KIND, TAG
    }

    /** The roles of {@link #role}'s keyword groups, in their order. */
    private static final Role[] ROLES = {Role.LANGUAGE, Role.LEVEL, Role.KIND, Role.TRACK};

    /** One category item: its name and the role of its category. */
    static final class Item {
        final String id;
        final String name;
        final Role role;

        Item(String id, String name, Role role) {
            this.id = id;
            this.name = name;
            this.role = role;
        }
    }

    @Override
    public String name() {
        return "Sessionize JSON";
    }

    @Override
    public boolean recognises(JsonNode root) {
        // "sessions", "speakers" and "rooms" alone would match our own format without its "format" field.
        return root.get("sessions").isArray() && root.get("speakers").isArray()
                && (root.get("categories").isArray() || root.get("questions").isArray());
    }

    @Override
    public ScheduleRead read(JsonNode root, TimeZones zones) {
        return read(root, zones, null);
    }

    @Override
    public ScheduleRead read(JsonNode root, TimeZones zones, String localZone) {
        ScheduleAssembler a = new ScheduleAssembler(zones);
        // The export names neither the event nor its zone; the caller's zone, if any, is settled by the assembler.
        a.conference(null, null, null, "$", null, null);
        List<JsonNode> sessions = root.get("sessions").elements();
        Map<String, String> usedRooms = new HashMap<>(); // as a set: no HashSet in the browser build
        for (JsonNode session : sessions) {
            String roomId = session.get("roomId").textOr(null);
            if (roomId != null) {
                usedRooms.put(roomId, roomId);
            }
        }
        // All rooms of the event are listed, used or not (2020 kept two halls of the planned venue for an online
        // day); the schedule shows those its sessions use, in Sessionize's order.
        for (String[] room : PretalxWidgetFormat.named(a, root.get("rooms"), "id", "room")) {
            if (usedRooms.containsKey(room[0])) {
                a.room(room[0], room[1]);
            }
        }
        Map<String, Item> items = categoryItems(a, root.get("categories"));
        Map<String, String> questions = new HashMap<>();
        for (JsonNode question : root.get("questions").elements()) {
            String id = question.get("id").textOr(null);
            String text = question.get("question").textOr(null);
            if (id != null && text != null) {
                questions.put(id, text);
            }
        }
        for (JsonNode speaker : root.get("speakers").elements()) {
            readSpeaker(a, speaker);
        }
        for (JsonNode session : sessions) {
            readSession(a, session, items, questions, localZone);
        }
        return a.build(name());
    }

    private static Map<String, Item> categoryItems(ScheduleAssembler a, JsonNode categories) {
        Map<String, Item> items = new HashMap<>();
        for (JsonNode category : categories.elements()) {
            if (!category.isObject()) {
                a.warn(WarningCode.SKIPPED_NOT_AN_OBJECT, category.path(), "a category is " + category.describe());
                continue;
            }
            Role role = role(category.get("title").textOr(""));
            for (JsonNode item : category.get("items").elements()) {
                String id = item.get("id").textOr(null);
                String name = a.plainText(item.get("name").textOr(null), item.get("name").path());
                if (id == null || name == null || name.isEmpty()) {
                    a.warn(WarningCode.BAD_VALUE, item.path(), "category item " + item.describe()
                            + " has no id or no name; left out");
                } else {
                    items.put(id, new Item(id, name, role));
                }
            }
        }
        return items;
    }

    /** The role of a category, from its title in English or German. */
    static Role role(String title) {
        int group = KindLabels.group(KindLabels.asciiLower(title), "language,sprache,langue"
                + "|level,difficulty,niveau,expertise|format,type,kind|track,topic,theme,thema,stream", false);
        return group < 0 ? Role.TAG : ROLES[group];
    }

    private static void readSpeaker(ScheduleAssembler a, JsonNode speaker) {
        if (!speaker.isObject()) {
            a.warn(WarningCode.SKIPPED_NOT_AN_OBJECT, speaker.path(), "a speaker is " + speaker.describe());
            return;
        }
        String id = speaker.get("id").textOr(null);
        String name = speakerName(a, speaker);
        if (id == null || name == null) {
            a.warn(WarningCode.BAD_VALUE, speaker.path(), "speaker without " + (id == null ? "id" : "name")
                    + " left out");
            return;
        }
        String tagLine = speaker.get("tagLine").textOr(null);
        String bio = speaker.get("bio").textOr(null) == null ? null : speaker.get("bio").text();
        String about = tagLine == null ? bio : bio == null ? tagLine : tagLine + "\n\n" + bio;
        List<Link> links = new ArrayList<>();
        for (JsonNode link : speaker.get("links").elements()) {
            String url = link.get("url").textOr(null);
            if (url == null) {
                a.warn(WarningCode.BAD_VALUE, link.path(), "a link of " + JsonInput.quote(name)
                        + " has no url; left out");
            } else {
                links.add(new Link(link.get("title").textOr(link.get("linkType").textOr(null)), url));
            }
        }
        a.speaker(id, name, about, links);
    }

    /**
     * {@code fullName}, which Sessionize makes of {@code firstName} and {@code lastName}. When the two disagree the
     * file was edited by hand, and the parts win: in the real files the full name was the one edited (a typo, a
     * copy of another speaker's name).
     */
    private static String speakerName(ScheduleAssembler a, JsonNode speaker) {
        JsonNode fullNode = speaker.get("fullName");
        String full = fullNode.textOr(null);
        String first = speaker.get("firstName").textOr(null);
        String last = speaker.get("lastName").textOr(null);
        String parts = first == null ? last : last == null ? first : first + " " + last;
        if (full != null && parts != null && !HtmlText.collapseSpace(parts).equals(HtmlText.collapseSpace(full))) {
            a.warn(WarningCode.BAD_VALUE, fullNode.path(), "fullName " + JsonInput.quote(full)
                    + " disagrees with firstName and lastName; shown as " + JsonInput.quote(parts));
            full = null;
        }
        String name = full != null ? a.plainText(full, fullNode.path()) : a.plainText(parts, speaker.path());
        return name == null || name.isEmpty() ? null : name;
    }

    private static void readSession(ScheduleAssembler a, JsonNode session, Map<String, Item> items,
            Map<String, String> questions, String localZone) {
        if (!session.isObject()) {
            a.warn(WarningCode.SKIPPED_NOT_AN_OBJECT, session.path(), "a session is " + session.describe());
            return;
        }
        JsonNode startNode = session.get("startsAt");
        ZonedTime start = null;
        if (!startNode.isAbsent()) {
            start = time(a, startNode, localZone);
            if (start == null) {
                a.warn(WarningCode.SKIPPED_BAD_TIME, startNode.path(), "startsAt " + startNode.describe()
                        + " is not a date and time; " + describe(session) + " was skipped");
                return;
            }
        }
        ScheduleAssembler.Draft d = a.session(session.path());
        d.id = session.get("id").textOr(null);
        d.title = a.plainText(session.get("title").textOr(null), session.get("title").path());
        d.start = start;
        JsonNode endNode = session.get("endsAt");
        if (!endNode.isAbsent()) {
            d.end = time(a, endNode, localZone);
            if (d.end == null) {
                a.warn(WarningCode.BAD_VALUE, endNode.path(), "endsAt " + endNode.describe()
                        + " is not a date and time; " + describe(session) + " is shown without length");
            }
        }
        d.abstractText = session.get("description").textOr(null) == null ? null : session.get("description").text();
        readRooms(a, session, d);
        // Not d.speakers.contains, which is quadratic in a hostile list. A HashMap, as the parser uses no HashSet.
        java.util.HashMap<Speaker, Speaker> named = new java.util.HashMap<>();
        for (JsonNode ref : session.get("speakers").elements()) {
            // The All export lists ids; other Sessionize views list {id, name} objects.
            JsonNode idNode = ref.isObject() ? ref.get("id") : ref;
            String id = idNode.textOr(null);
            Speaker speaker = id == null ? null : a.knownSpeaker(id);
            if (speaker == null) {
                a.warn(WarningCode.UNKNOWN_SPEAKER, ref.path(), describe(session) + " names speaker "
                        + idNode.describe() + ", which the speakers list lacks; left out");
            } else if (named.put(speaker, speaker) == null) {
                d.speakers.add(speaker);
            }
        }
        readCategories(a, session, d, items);
        if (session.get("isServiceSession").bool(false)) {
            // Breaks, registration, a welcome: no speakers, nothing to favourite as a talk.
            d.kind = d.title != null && KindLabels.isBreak(d.title) ? Kind.BREAK : Kind.OTHER;
        }
        readLinks(session, d, questions);
    }

    /** An offset date-time as written, else a wall-clock time in {@code localZone} (or floating); null if neither. */
    private static ZonedTime time(ScheduleAssembler a, JsonNode node, String localZone) {
        String text = node.textOr(null);
        ZonedTime withOffset = ZonedTime.parse(text);
        if (withOffset != null) {
            return withOffset;
        }
        WallClock clock = WallClock.parse(text);
        return clock == null ? null
                : a.wallClock(clock.date, clock.hour, clock.minute, clock.second, localZone, node.path());
    }

    private static void readRooms(ScheduleAssembler a, JsonNode session, ScheduleAssembler.Draft d) {
        JsonNode roomNode = session.get("roomId");
        String roomId = roomNode.textOr(null);
        if (roomId != null) {
            Room room = a.knownRoom(roomId);
            if (room == null) {
                a.warn(WarningCode.UNKNOWN_ROOM, roomNode.path(), describe(session) + " is in room " + roomId
                        + ", which the rooms list lacks; added as " + JsonInput.quote("Room " + roomId));
                room = a.room(roomId, "Room " + roomId);
            }
            d.rooms.add(room);
        }
        if (session.get("isPlenumSession").bool(false)) {
            // Held for everyone: its own room first (where it is), then the others, as Sessionize's grid spans them.
            Room own = d.rooms.isEmpty() ? null : d.rooms.get(0);
            for (Room room : a.rooms()) {
                if (room != own) { // d.rooms holds at most the own room here; contains() made this quadratic
                    d.rooms.add(room);
                }
            }
        }
    }

    private static void readCategories(ScheduleAssembler a, JsonNode session, ScheduleAssembler.Draft d,
            Map<String, Item> items) {
        boolean track = false;
        boolean level = false;
        boolean language = false;
        boolean kind = false;
        for (JsonNode ref : session.get("categoryItems").elements()) {
            String id = ref.textOr(null);
            Item item = id == null ? null : items.get(id);
            if (item == null) {
                a.warn(WarningCode.UNKNOWN_CATEGORY, ref.path(), describe(session) + " names category item "
                        + ref.describe() + ", which the categories lack; left out");
                continue;
            }
            if (item.role == Role.TRACK && !track) {
                Track known = a.knownTrack(item.id);
                d.track = known != null ? known : a.track(item.id, item.name, null);
                track = true;
            } else if (item.role == Role.LEVEL && !level) {
                d.level = item.name;
                level = true;
            } else if (item.role == Role.LANGUAGE && !language) {
                d.language = languageTag(item.name);
                language = true;
            } else if (item.role == Role.KIND && !kind) {
                d.kind = KindLabels.fromLabel(item.name);
                if (d.kind == null) {
                    a.warn(WarningCode.UNKNOWN_KIND, ref.path(), "session format " + JsonInput.quote(item.name)
                            + " of " + describe(session) + " is not one we know; shown as a talk, tagged with it");
                    d.kind = Kind.TALK;
                    d.tags.add(item.name);
                }
                kind = true;
            } else if (!d.tags.contains(item.name)) {
                // Other categories' items, and a second track, level, language or format: still worth showing.
                d.tags.add(item.name);
            }
        }
    }

    /** Links among the answers to the organiser's questions ("YouTube Video"), and the stream and recording. */
    private static void readLinks(JsonNode session, ScheduleAssembler.Draft d, Map<String, String> questions) {
        for (JsonNode answer : session.get("questionAnswers").elements()) {
            String value = answer.get("answerValue").textOr(null);
            if (value != null && isWebAddress(value)) {
                String question = questions.get(answer.get("questionId").textOr(""));
                d.links.add(new Link(question != null ? question : "Link", value));
            }
        }
        String live = session.get("liveUrl").textOr(null);
        if (live != null) {
            d.links.add(new Link("Live stream", live));
        }
        String recording = session.get("recordingUrl").textOr(null);
        if (recording != null) {
            d.links.add(new Link("Recording", recording));
        }
    }

    private static boolean isWebAddress(String text) {
        return text.indexOf(' ') < 0 && (text.startsWith("https://") || text.startsWith("http://"));
    }

    /**
     * The BCP 47 tag of a language that Sessionize organisers name in English or in the language itself
     * ("German", "Deutsch"); other names are kept as written.
     */
    static String languageTag(String name) {
        int group = KindLabels.group(KindLabels.asciiLower(name.trim()), "english,englisch,anglais"
                + "|german,deutsch,allemand|french,français,francais,französisch|spanish,español,espanol"
                + "|italian,italiano|dutch,nederlands|polish,polski|portuguese,português", true);
        return group < 0 ? name.trim() : "endefresitnlplpt".substring(2 * group, 2 * group + 2);
    }

    /** {@code session "123" ("Title")} for messages. */
    private static String describe(JsonNode session) {
        String id = session.get("id").textOr(null);
        String title = session.get("title").textOr(null);
        return "session" + (id == null ? "" : " " + JsonInput.quote(id)) + (title == null ? ""
                : " (" + JsonInput.quote(title) + ")");
    }
}

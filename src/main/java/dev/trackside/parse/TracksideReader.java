package dev.trackside.parse;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Conference;
import dev.trackside.model.Day;
import dev.trackside.model.Kind;
import dev.trackside.model.Link;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.model.Track;
import dev.trackside.model.ZonedTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Trackside schedule format (docs/format.md) strictly, from the same {@link JsonNode} tree as the other
 * formats: the first problem ends the read with a {@link ScheduleException} naming its JSON path and, for a value
 * of the wrong type or form, the line and column just past it (found again in the text by a {@link Schedules.Locator}: Gson's
 * reader, see {@link JsonInput#locate}). Fields are read in document order, so the first problem in the document is the one
 * reported. Sessions are read as drafts and their room, track and speaker ids are resolved once the whole document
 * has been read.
 */
final class TracksideReader {
    static final int VERSION = 1;
    /**
     * Longer than any conference; larger numbers are mistakes (seconds for minutes) and overflow dates. Also the
     * longest a session ({@code end} or {@code duration}) or a day's hours may last: the grid has a row per 5
     * minutes from a day's first start to its last end, so a session "ending" in the year 9999 would ask for
     * hundreds of millions of rows and freeze the page.
     */
    static final long MAX_DURATION_MINUTES = 31L * 24 * 60;

    /** Finds an error's line and column in the document, which only Gson's reader can read again. */
    private final Schedules.Locator locator;
    private Conference conference;
    private long version = -1;
    private final List<Day> days = new ArrayList<>();
    private final Map<String, Room> rooms = new HashMap<>();
    private final List<Room> roomOrder = new ArrayList<>();
    private final Map<String, Track> tracks = new HashMap<>();
    private final List<Track> trackOrder = new ArrayList<>();
    private final Map<String, Speaker> speakers = new HashMap<>();
    private final List<Speaker> speakerOrder = new ArrayList<>();
    private final List<SessionDraft> drafts = new ArrayList<>();
    private final Map<String, String> sessionPaths = new HashMap<>();
    private boolean sawSessions;

    TracksideReader(Schedules.Locator locator) {
        this.locator = locator;
    }

    /** Reads the document whose tree is {@code root} (an object). */
    Schedule read(JsonNode root) {
        for (JsonNode field : root.fields()) {
            switch (field.key()) {
                case "version":
                    version = integer(field);
                    if (version != VERSION) {
                        throw fail(field, "unsupported version " + version + " (this viewer reads version " + VERSION
                                + ")");
                    }
                    break;
                case "conference":
                    conference = readConference(field);
                    break;
                case "days":
                    for (JsonNode day : array(field)) {
                        readDay(day);
                    }
                    break;
                case "rooms":
                    for (JsonNode room : array(field)) {
                        String[] idName = readIdName(room, null);
                        if (rooms.containsKey(idName[0])) {
                            throw new ScheduleException("duplicate room id " + JsonInput.quote(idName[0]),
                                    room.path() + ".id", 0, 0);
                        }
                        Room r = new Room(idName[0], idName[1]);
                        rooms.put(r.id(), r);
                        roomOrder.add(r);
                    }
                    break;
                case "tracks":
                    for (JsonNode track : array(field)) {
                        String[] color = new String[1];
                        String[] idName = readIdName(track, color);
                        if (tracks.containsKey(idName[0])) {
                            throw new ScheduleException("duplicate track id " + JsonInput.quote(idName[0]),
                                    track.path() + ".id", 0, 0);
                        }
                        Track t = new Track(idName[0], idName[1], color[0]);
                        tracks.put(t.id(), t);
                        trackOrder.add(t);
                    }
                    break;
                case "speakers":
                    for (JsonNode speaker : array(field)) {
                        readSpeaker(speaker);
                    }
                    break;
                case "sessions":
                    sawSessions = !field.isNull(); // required: null is as good as missing
                    for (JsonNode session : array(field)) {
                        readSession(session);
                    }
                    break;
                default:
                    // not ours (e.g. "format", checked before): ignored
            }
        }
        requireTopLevel(version >= 0, "version");
        requireTopLevel(conference != null, "conference");
        requireTopLevel(sawSessions, "sessions");
        List<Session> sessions = new ArrayList<>(drafts.size());
        for (SessionDraft draft : drafts) {
            sessions.add(draft.resolve());
        }
        return new Schedule(conference, days, roomOrder, trackOrder, speakerOrder, sessions);
    }

    private void requireTopLevel(boolean present, String field) {
        if (!present) {
            throw new ScheduleException("missing required field \"" + field + "\"", "$", 0, 0);
        }
    }

    /** The problem at {@code node}, with the line and column just past its value. */
    private ScheduleException fail(JsonNode node, String problem) {
        String path = node.path();
        int[] at = locator.locate(path);
        return new ScheduleException(problem, path, at[0], at[1]);
    }

    private void expect(JsonNode node, boolean ok, String what) {
        if (!ok) {
            throw fail(node, "expected " + what + ", got " + node.describe());
        }
    }

    /** The fields of an object, in document order. */
    private List<JsonNode> object(JsonNode node) {
        expect(node, node.isObject(), "an object");
        return node.fields();
    }

    /** The elements of an array; none for null. */
    private List<JsonNode> array(JsonNode node) {
        expect(node, node.isArray() || node.isNull(), "an array");
        return node.elements();
    }

    private String string(JsonNode node) {
        expect(node, node.isString(), "a string");
        return node.text();
    }

    /** A string, or {@code null} for JSON null. */
    private String optString(JsonNode node) {
        return node.isNull() ? null : string(node);
    }

    /** An identifier: a string, or an integer written as a number (common in exports), as written. */
    private String id(JsonNode node) {
        if (node.isNumber()) {
            return node.text();
        }
        expect(node, node.isString(), "a string or a number");
        if (node.text().isEmpty()) {
            throw fail(node, "expected a non-empty id");
        }
        return node.text();
    }

    private long integer(JsonNode node) {
        expect(node, node.isNumber(), "an integer");
        String digits = node.text();
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9' || i > 15) {
                throw fail(node, "expected a whole number, got " + digits);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private Conference readConference(JsonNode node) {
        String id = null;
        String name = null;
        String timeZone = null;
        String venue = null;
        String url = null;
        for (JsonNode field : object(node)) {
            switch (field.key()) {
                case "id":
                    id = id(field);
                    break;
                case "name":
                    name = string(field);
                    break;
                case "timeZone":
                    timeZone = string(field);
                    if (!looksLikeZone(timeZone)) {
                        throw fail(field, "expected an IANA time zone such as \"Europe/Berlin\", got "
                                + JsonInput.quote(timeZone));
                    }
                    break;
                case "venue":
                    venue = optString(field);
                    break;
                case "url":
                    url = optString(field);
                    break;
                default:
            }
        }
        String objectPath = node.path();
        require(id, objectPath, "id");
        require(name, objectPath, "name");
        require(timeZone, objectPath, "timeZone");
        return new Conference(id, name, timeZone, venue, url);
    }

    /**
     * IANA names are "Area/Location" or single words such as "UTC" or "EST5EDT": a letter first, then letters,
     * digits and {@code / _ + -}. This catches "9am", "" and "-07:00", not typos.
     */
    static boolean looksLikeZone(String zone) {
        if (zone.isEmpty() || !isAsciiLetter(zone.charAt(0))) {
            return false;
        }
        for (int i = 0; i < zone.length(); i++) {
            char c = zone.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '_'
                    || c == '+' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private void readDay(JsonNode node) {
        CivilDate date = null;
        String name = null;
        ZonedTime start = null;
        ZonedTime end = null;
        String endPath = null;
        for (JsonNode field : object(node)) {
            switch (field.key()) {
                case "date":
                    String text = string(field);
                    date = CivilDate.parse(text);
                    if (date == null) {
                        throw fail(field, "expected a date YYYY-MM-DD, got " + JsonInput.quote(text));
                    }
                    break;
                case "name":
                    name = optString(field);
                    break;
                case "start":
                    start = field.isNull() ? null : readTime(field);
                    break;
                case "end":
                    endPath = field.path();
                    end = field.isNull() ? null : readTime(field);
                    break;
                default:
            }
        }
        String objectPath = node.path();
        require(date, objectPath, "date");
        if ((start == null) != (end == null)) {
            throw new ScheduleException("a day's \"start\" and \"end\" come together", objectPath, 0, 0);
        }
        if (start != null && end.compareTo(start) <= 0) {
            throw new ScheduleException("the day ends (" + end + ") before it starts (" + start + ")", endPath, 0, 0);
        }
        if (start != null && start.minutesUntil(end) > MAX_DURATION_MINUTES) {
            throw new ScheduleException("the day ends (" + end + ") more than 31 days after it starts (" + start + ")",
                    endPath, 0, 0);
        }
        days.add(new Day(date, name, start, end));
    }

    /** Reads {@code {id, name}} objects (rooms, tracks); a track's colour goes into {@code color[0]}. */
    private String[] readIdName(JsonNode node, String[] color) {
        String id = null;
        String name = null;
        for (JsonNode field : object(node)) {
            String key = field.key();
            if (key.equals("id")) {
                id = id(field);
            } else if (key.equals("name")) {
                name = string(field);
            } else if (key.equals("color") && color != null) {
                color[0] = optString(field);
                if (color[0] != null && !isHexColor(color[0])) {
                    throw fail(field, "expected a colour #rgb or #rrggbb, got " + JsonInput.quote(color[0]));
                }
            }
        }
        require(id, node.path(), "id");
        require(name, node.path(), "name");
        return new String[] {id, name};
    }

    /** ASCII only: Character.isLetter would pull Unicode tables into the browser build. */
    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Only hex colours: the value ends up in a CSS custom property, where anything else could inject CSS. */
    static boolean isHexColor(String text) {
        if (text.length() != 4 && text.length() != 7 || text.charAt(0) != '#') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private void readSpeaker(JsonNode node) {
        String id = null;
        String name = null;
        String bio = null;
        List<Link> links = new ArrayList<>();
        for (JsonNode field : object(node)) {
            switch (field.key()) {
                case "id":
                    id = id(field);
                    break;
                case "name":
                    name = string(field);
                    break;
                case "bio":
                    bio = optString(field);
                    break;
                case "links":
                    readLinks(field, links);
                    break;
                default:
            }
        }
        String objectPath = node.path();
        require(id, objectPath, "id");
        require(name, objectPath, "name");
        if (speakers.containsKey(id)) {
            throw new ScheduleException("duplicate speaker id " + JsonInput.quote(id), objectPath + ".id", 0, 0);
        }
        Speaker speaker = new Speaker(id, name, bio, links);
        speakers.put(id, speaker);
        speakerOrder.add(speaker);
    }

    private void readLinks(JsonNode node, List<Link> into) {
        for (JsonNode link : array(node)) {
            String title = null;
            String url = null;
            for (JsonNode field : object(link)) {
                String key = field.key();
                if (key.equals("title")) {
                    title = optString(field);
                } else if (key.equals("url")) {
                    url = string(field);
                }
            }
            require(url, link.path(), "url");
            into.add(new Link(title, url));
        }
    }

    /** Strings, or with {@code ids} ids that refer to rooms or speakers (strings or numbers, see {@link #id}). */
    private void readStrings(JsonNode node, List<String> into, boolean ids) {
        for (JsonNode element : array(node)) {
            into.add(ids ? id(element) : string(element));
        }
    }

    private void readSession(JsonNode node) {
        SessionDraft d = new SessionDraft(node.path());
        for (JsonNode field : object(node)) {
            switch (field.key()) {
                case "id":
                    d.id = id(field);
                    break;
                case "title":
                    d.title = string(field);
                    break;
                case "kind":
                    String kindId = optString(field);
                    if (kindId != null) {
                        d.kind = Kind.fromId(kindId);
                        if (d.kind == null) {
                            throw fail(field, "unknown kind " + JsonInput.quote(kindId) + " (expected one of "
                                    + Kind.allIds() + ")");
                        }
                    }
                    break;
                case "start":
                    d.start = readTime(field);
                    break;
                case "end":
                    d.endPath = field.path();
                    d.end = field.isNull() ? null : readTime(field);
                    break;
                case "duration":
                    d.endPath = field.path();
                    d.duration = field.isNull() ? -1 : integer(field);
                    if (d.duration > MAX_DURATION_MINUTES) {
                        throw fail(field, "a duration of " + d.duration + " minutes is over " + MAX_DURATION_MINUTES
                                + " (31 days)");
                    }
                    break;
                case "room":
                    d.roomsPath = field.path();
                    if (!field.isNull()) {
                        d.roomIds.add(id(field));
                    }
                    break;
                case "rooms":
                    d.roomsPath = field.path();
                    readStrings(field, d.roomIds, true);
                    break;
                case "track":
                    d.trackPath = field.path();
                    d.trackId = field.isNull() ? null : id(field);
                    break;
                case "speakers":
                    d.speakersPath = field.path();
                    readStrings(field, d.speakerIds, true);
                    break;
                case "abstract":
                    d.abstractText = optString(field);
                    break;
                case "tags":
                    readStrings(field, d.tags, false);
                    break;
                case "language":
                    d.language = optString(field);
                    break;
                case "level":
                    d.level = optString(field);
                    break;
                case "links":
                    readLinks(field, d.links);
                    break;
                default:
            }
        }
        require(d.id, d.path, "id");
        require(d.title, d.path, "title");
        require(d.start, d.path, "start");
        if (d.end == null && d.duration < 0) {
            throw new ScheduleException("missing required field \"end\" or \"duration\"", d.path, 0, 0);
        }
        String firstPath = sessionPaths.put(d.id, d.path);
        if (firstPath != null) {
            throw new ScheduleException("duplicate session id " + JsonInput.quote(d.id) + " (also at " + firstPath
                    + ")", d.path + ".id", 0, 0);
        }
        drafts.add(d);
    }

    private ZonedTime readTime(JsonNode node) {
        String text = string(node);
        ZonedTime time = ZonedTime.parse(text);
        if (time == null) {
            throw fail(node, "expected an ISO-8601 date-time with offset such as "
                    + "\"2019-09-23T09:00-07:00\", got " + JsonInput.quote(text));
        }
        return time;
    }

    private static void require(Object value, String objectPath, String field) {
        if (value == null) {
            throw new ScheduleException("missing required field \"" + field + "\"", objectPath, 0, 0);
        }
    }

    /** A session as written, before its references are resolved. */
    private final class SessionDraft {
        final String path;
        String id;
        String title;
        Kind kind = Kind.TALK;
        ZonedTime start;
        ZonedTime end;
        long duration = -1;
        String endPath;
        final List<String> roomIds = new ArrayList<>();
        String roomsPath;
        String trackId;
        String trackPath;
        final List<String> speakerIds = new ArrayList<>();
        String speakersPath;
        String abstractText;
        final List<String> tags = new ArrayList<>();
        String language;
        String level;
        final List<Link> links = new ArrayList<>();

        SessionDraft(String path) {
            this.path = path;
        }

        Session resolve() {
            ZonedTime finish = end != null ? end : start.plusMinutes(duration);
            if (finish.compareTo(start) < 0) {
                throw new ScheduleException("ends (" + finish + ") before it starts (" + start + ")", endPath, 0, 0);
            }
            if (start.minutesUntil(finish) > MAX_DURATION_MINUTES) {
                throw new ScheduleException("ends (" + finish + ") more than 31 days after it starts (" + start + ")",
                        endPath, 0, 0);
            }
            if (finish.date().year() > ScheduleAssembler.LAST_YEAR) {
                // 9999-12-31T23:59 and 40 minutes: a time no ISO date-time (nor this format) can write.
                throw new ScheduleException("ends after the year 9999 (" + finish + ")", endPath, 0, 0);
            }
            Session.Builder b = Session.builder(id, title).kind(kind).time(start, finish).abstractText(abstractText)
                    .language(language).level(level);
            for (int i = 0; i < roomIds.size(); i++) {
                Room room = rooms.get(roomIds.get(i));
                if (room == null) {
                    throw unknown("room", roomIds.get(i), roomsPath, i);
                }
                b.room(room);
            }
            if (trackId != null) {
                Track track = tracks.get(trackId);
                if (track == null) {
                    throw unknown("track", trackId, trackPath, -1);
                }
                b.track(track);
            }
            for (int i = 0; i < speakerIds.size(); i++) {
                Speaker speaker = speakers.get(speakerIds.get(i));
                if (speaker == null) {
                    throw unknown("speaker", speakerIds.get(i), speakersPath, i);
                }
                b.speaker(speaker);
            }
            for (String tag : tags) {
                b.tag(tag);
            }
            for (Link link : links) {
                b.link(link);
            }
            return b.build();
        }

        private ScheduleException unknown(String what, String id, String fieldPath, int index) {
            boolean list = fieldPath.charAt(fieldPath.length() - 1) == 's'; // "rooms", "speakers"; not "room"
            String at = list && index >= 0 ? fieldPath + "[" + index + "]" : fieldPath;
            return new ScheduleException("no " + what + " with id " + JsonInput.quote(id), at, 0, 0);
        }
    }
}

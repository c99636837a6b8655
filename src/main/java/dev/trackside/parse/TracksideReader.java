package dev.trackside.parse;

import com.google.gson.stream.JsonToken;
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
 * Reads the Trackside schedule format (docs/format.md). Top-level fields may come in any order, so sessions are
 * read as drafts and their room, track and speaker ids are resolved once the whole document has been read.
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

    private final JsonInput in;
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

    TracksideReader(JsonInput in) {
        this.in = in;
    }

    Schedule read() {
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "version":
                    version = in.integer();
                    if (version != VERSION) {
                        throw in.errorAt("$.version", "unsupported version " + version + " (this viewer reads version "
                                + VERSION + ")");
                    }
                    break;
                case "conference":
                    conference = readConference();
                    break;
                case "days":
                    readArray(this::readDay);
                    break;
                case "rooms":
                    readArray(this::readRoom);
                    break;
                case "tracks":
                    readArray(this::readTrack);
                    break;
                case "speakers":
                    readArray(this::readSpeaker);
                    break;
                case "sessions":
                    sawSessions = in.peek() != JsonToken.NULL; // required: null is as good as missing
                    readArray(this::readSession);
                    break;
                default:
                    in.skipValue();
            }
        }
        in.endObject();
        in.endDocument();
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

    private void readArray(Runnable element) {
        if (in.skipNull()) {
            return;
        }
        in.beginArray();
        while (in.hasNext()) {
            element.run();
        }
        in.endArray();
    }

    private Conference readConference() {
        String objectPath = in.path();
        in.beginObject();
        String id = null;
        String name = null;
        String timeZone = null;
        String venue = null;
        String url = null;
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id":
                    id = in.id();
                    break;
                case "name":
                    name = in.string();
                    break;
                case "timeZone":
                    timeZone = in.string();
                    if (!looksLikeZone(timeZone)) {
                        throw in.errorAt(in.path(), "expected an IANA time zone such as \"Europe/Berlin\", got "
                                + JsonInput.quote(timeZone));
                    }
                    break;
                case "venue":
                    venue = in.optString();
                    break;
                case "url":
                    url = in.optString();
                    break;
                default:
                    in.skipValue();
            }
        }
        in.endObject();
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

    private void readDay() {
        String objectPath = in.path();
        in.beginObject();
        CivilDate date = null;
        String name = null;
        ZonedTime start = null;
        ZonedTime end = null;
        String endPath = null;
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "date":
                    String text = in.string();
                    date = CivilDate.parse(text);
                    if (date == null) {
                        throw in.errorAt(in.path(), "expected a date YYYY-MM-DD, got " + JsonInput.quote(text));
                    }
                    break;
                case "name":
                    name = in.optString();
                    break;
                case "start":
                    start = in.skipNull() ? null : readTime();
                    break;
                case "end":
                    endPath = in.path();
                    end = in.skipNull() ? null : readTime();
                    break;
                default:
                    in.skipValue();
            }
        }
        in.endObject();
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

    private void readRoom() {
        String objectPath = in.path();
        String[] idName = readIdName(objectPath, null);
        if (rooms.containsKey(idName[0])) {
            throw new ScheduleException("duplicate room id " + JsonInput.quote(idName[0]), objectPath + ".id", 0, 0);
        }
        Room room = new Room(idName[0], idName[1]);
        rooms.put(room.id(), room);
        roomOrder.add(room);
    }

    private void readTrack() {
        String objectPath = in.path();
        String[] color = new String[1];
        String[] idName = readIdName(objectPath, color);
        if (tracks.containsKey(idName[0])) {
            throw new ScheduleException("duplicate track id " + JsonInput.quote(idName[0]), objectPath + ".id", 0, 0);
        }
        Track track = new Track(idName[0], idName[1], color[0]);
        tracks.put(track.id(), track);
        trackOrder.add(track);
    }

    /** Reads {@code {id, name}} objects (rooms, tracks); a track's colour goes into {@code color[0]}. */
    private String[] readIdName(String objectPath, String[] color) {
        in.beginObject();
        String id = null;
        String name = null;
        while (in.hasNext()) {
            String field = in.nextName();
            if (field.equals("id")) {
                id = in.id();
            } else if (field.equals("name")) {
                name = in.string();
            } else if (field.equals("color") && color != null) {
                color[0] = in.optString();
                if (color[0] != null && !isHexColor(color[0])) {
                    throw in.errorAt(in.path(), "expected a colour #rgb or #rrggbb, got " + JsonInput.quote(color[0]));
                }
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        require(id, objectPath, "id");
        require(name, objectPath, "name");
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

    private void readSpeaker() {
        String objectPath = in.path();
        in.beginObject();
        String id = null;
        String name = null;
        String bio = null;
        List<Link> links = new ArrayList<>();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id":
                    id = in.id();
                    break;
                case "name":
                    name = in.string();
                    break;
                case "bio":
                    bio = in.optString();
                    break;
                case "links":
                    readLinks(links);
                    break;
                default:
                    in.skipValue();
            }
        }
        in.endObject();
        require(id, objectPath, "id");
        require(name, objectPath, "name");
        if (speakers.containsKey(id)) {
            throw new ScheduleException("duplicate speaker id " + JsonInput.quote(id), objectPath + ".id", 0, 0);
        }
        Speaker speaker = new Speaker(id, name, bio, links);
        speakers.put(id, speaker);
        speakerOrder.add(speaker);
    }

    private void readLinks(List<Link> into) {
        readArray(() -> {
            String objectPath = in.path();
            in.beginObject();
            String title = null;
            String url = null;
            while (in.hasNext()) {
                String field = in.nextName();
                if (field.equals("title")) {
                    title = in.optString();
                } else if (field.equals("url")) {
                    url = in.string();
                } else {
                    in.skipValue();
                }
            }
            in.endObject();
            require(url, objectPath, "url");
            into.add(new Link(title, url));
        });
    }

    private List<String> readStrings() {
        List<String> values = new ArrayList<>();
        readArray(() -> values.add(in.string()));
        return values;
    }

    /** Ids that refer to rooms or speakers: strings or numbers, like the ids they refer to (see JsonInput#id). */
    private List<String> readIds() {
        List<String> values = new ArrayList<>();
        readArray(() -> values.add(in.id()));
        return values;
    }

    private void readSession() {
        SessionDraft d = new SessionDraft(in.path());
        in.beginObject();
        while (in.hasNext()) {
            String field = in.nextName();
            switch (field) {
                case "id":
                    d.id = in.id();
                    break;
                case "title":
                    d.title = in.string();
                    break;
                case "kind":
                    String kindId = in.optString();
                    if (kindId != null) {
                        d.kind = Kind.fromId(kindId);
                        if (d.kind == null) {
                            throw in.errorAt(in.path(), "unknown kind " + JsonInput.quote(kindId) + " (expected one of "
                                    + Kind.allIds() + ")");
                        }
                    }
                    break;
                case "start":
                    d.start = readTime();
                    break;
                case "end":
                    d.endPath = in.path();
                    d.end = in.skipNull() ? null : readTime();
                    break;
                case "duration":
                    d.endPath = in.path();
                    d.duration = in.skipNull() ? -1 : in.integer();
                    if (d.duration > MAX_DURATION_MINUTES) {
                        throw in.errorAt(d.endPath, "a duration of " + d.duration + " minutes is over "
                                + MAX_DURATION_MINUTES + " (31 days)");
                    }
                    break;
                case "room":
                    d.roomsPath = in.path();
                    String room = in.skipNull() ? null : in.id();
                    if (room != null) {
                        d.roomIds.add(room);
                    }
                    break;
                case "rooms":
                    d.roomsPath = in.path();
                    d.roomIds.addAll(readIds());
                    break;
                case "track":
                    d.trackPath = in.path();
                    d.trackId = in.skipNull() ? null : in.id();
                    break;
                case "speakers":
                    d.speakersPath = in.path();
                    d.speakerIds.addAll(readIds());
                    break;
                case "abstract":
                    d.abstractText = in.optString();
                    break;
                case "tags":
                    d.tags.addAll(readStrings());
                    break;
                case "language":
                    d.language = in.optString();
                    break;
                case "level":
                    d.level = in.optString();
                    break;
                case "links":
                    readLinks(d.links);
                    break;
                default:
                    in.skipValue();
            }
        }
        in.endObject();
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

    private ZonedTime readTime() {
        String text = in.string();
        ZonedTime time = ZonedTime.parse(text);
        if (time == null) {
            throw in.errorAt(in.path(), "expected an ISO-8601 date-time with offset such as "
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
            String at = fieldPath.endsWith("s") && index >= 0 ? fieldPath + "[" + index + "]" : fieldPath;
            return new ScheduleException("no " + what + " with id " + JsonInput.quote(id), at, 0, 0);
        }
    }
}

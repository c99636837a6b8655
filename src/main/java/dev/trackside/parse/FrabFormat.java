package dev.trackside.parse;

import dev.trackside.model.CivilDate;
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
 * Reads the schedules of frab, pretalx and the CCC's video team (c3voc): {@code schedule.json} version 1
 * ({@code {"schedule": {"conference": {"days": [{"rooms": {"Room": [event, …]}}]}}}}) and the hub's draft
 * "schedule2" (a flat {@code events[]} with {@code persons[]}, rooms and tracks as objects). The CLI turns frab's
 * {@code schedule.xml} into the version-1 tree and reads it here too, so there is one frab mapping.
 *
 * <p>Decisions, each seen in real files (see /work/shared/data/real):
 * <ul>
 * <li>Session id: the event's {@code guid}, else its {@code id}. See {@link #sessionId}.</li>
 * <li>Room: the key the event is listed under in {@code days[].rooms}, which is how frab groups and orders rooms;
 *     an event whose own {@code room} differs (36C3: key "1Komona headnut", room "headnut") is shown under the key,
 *     with one {@link WarningCode#ROOM_MISMATCH} per distinct pair. Rooms are shown in the order they first
 *     appear (a conference-level {@code rooms} list first), including rooms whose lists are all empty.</li>
 * <li>Day: {@code day_start}/{@code day_end} become the day's boundaries, so an event at 01:00 stays on the
 *     evening it is listed under. An event outside its day's hours is placed by its time, with
 *     {@link WarningCode#OUTSIDE_DAY}.</li>
 * <li>Start: {@code date} (ISO with offset); without it, {@code start} ("HH:MM") on the day's date, the next
 *     calendar day when earlier than the day's start ({@code day_start} or the conference's {@code day_change}),
 *     in the declared zone, else at the offset of {@code day_start}, else in the reader's local zone (?tz=), else floating (shown as written).</li>
 * <li>Duration: "1:00", "01:00", "00:30:00", "90" (minutes) and ISO "PT1H30M"; the assembler flags more than 16 h.
 *     </li>
 * <li>Subtitle: the first paragraph of the abstract (shown and searched with it; titles stay short in lists),
 *     followed by {@code abstract} and {@code description}, each trimmed, as written: Markdown, HTML and wiki
 *     markup stay text. A part equal to an earlier one is left out.</li>
 * <li>Kind: from {@code type} by the table in {@link #kindFor}; an unknown type is shown as a talk, with one
 *     {@link WarningCode#UNKNOWN_KIND} per distinct type.</li>
 * <li>Speakers: {@code persons[].id} (schedule2: {@code participants[].guid}) with {@code public_name} or
 *     {@code name}. Merged files reuse person ids across sources for different people (36C3: 155 ids); a person
 *     whose id already names someone else becomes a separate speaker "id~2", with one
 *     {@link WarningCode#DUPLICATE_ID} for the whole document (not 155).</li>
 * <li>Links: the event's {@code url} ("Event page"), then {@code links} and {@code attachments}, each a URL string
 *     or a {@code {url, title}} object.</li>
 * </ul>
 */
public final class FrabFormat implements TreeFormat {
    public static final FrabFormat INSTANCE = new FrabFormat();
    /** Format name for schedule.json version 1. */
    public static final String SCHEDULE_JSON = "c3voc/frab schedule.json";
    /** Format name for the hub's flat events[] + persons[] variant. */
    public static final String SCHEDULE2_JSON = "c3voc schedule2 JSON";

    private FrabFormat() {
    }

    @Override
    public String name() {
        return SCHEDULE_JSON;
    }

    @Override
    public boolean recognises(JsonNode root) {
        return root.get("schedule").get("conference").isObject();
    }

    @Override
    public ScheduleRead read(JsonNode root, TimeZones zones) {
        return read(root, zones, null);
    }

    @Override
    public ScheduleRead read(JsonNode root, TimeZones zones, String localZone) {
        boolean flat = root.get("schedule").get("events").isArray();
        return readTree(root, zones, flat ? SCHEDULE2_JSON : SCHEDULE_JSON, localZone);
    }

    /**
     * Days after the first are listed in blocks of their own ({@code days[1..].rooms}), so a first screen needs only
     * the first block. Not for frab hub's drafts (a flat {@code events} list) or a single day: nothing to skip.
     */
    @Override
    public FirstDay readFirstDay(JsonNode root, TimeZones zones, String localZone) {
        JsonNode schedule = root.get("schedule");
        if (schedule.get("events").isArray() || schedule.get("conference").get("days").elements().size() < 2) {
            return null;
        }
        Reading reading = new Reading(zones, localZone);
        reading.firstDayOnly = true;
        return new FirstDayRead(reading.read(root, SCHEDULE_JSON));
    }

    /**
     * Reads a tree in schedule.json's shape, also one built from another syntax (frab's XML), and names the
     * format {@code format} in the result.
     */
    public static ScheduleRead readTree(JsonNode root, TimeZones zones, String format) {
        return readTree(root, zones, format, null);
    }

    /** As {@link #readTree(JsonNode, TimeZones, String)}; {@code localZone} places times that have no offset. */
    public static ScheduleRead readTree(JsonNode root, TimeZones zones, String format, String localZone) {
        return new Reading(zones, localZone).read(root, format);
    }

    /**
     * The session id: favourites are keyed by it, so it must survive schedule updates. frab and pretalx give every
     * event a {@code guid} (a UUID, also media.ccc.de's key for the recording) that stays the same across exports,
     * while the integer {@code id} comes from each source's own database: when c3voc merges sources they collide
     * (10 of the 13 ids used twice in 36C3 belong to different events of the Sendezentrum and Komona instances).
     * The guid is repeated only where one event is listed twice (a workshop held on two days); the assembler then
     * renames the later copy.
     */
    static String sessionId(JsonNode event) {
        String guid = event.get("guid").textOr(null);
        if (guid != null) {
            return guid;
        }
        String code = event.get("code").textOr(null);
        return code != null ? code : event.get("id").textOr(null);
    }

    private static final String ISO = "an ISO-8601 date-time with offset";

    /** The state of one read. */
    private static final class Reading {
        private final TimeZones zones;
        private final ScheduleAssembler a;
        private String zone;
        private int dayChange = -1;
        private String language = "en";
        private final Map<String, Kind> kinds = new HashMap<>();
        // By type or room pair, and in the order first seen (the warnings' order).
        private final Map<String, Tally> unknownKinds = new HashMap<>();
        private final List<Tally> unknownKindOrder = new ArrayList<>();
        private final Map<String, Tally> roomMismatches = new HashMap<>();
        private final List<Tally> roomMismatchOrder = new ArrayList<>();
        private final Map<String, String> firstNames = new HashMap<>();
        private final Map<String, Speaker> speakersByIdAndName = new HashMap<>();
        private final Map<String, Integer> namesPerPersonId = new HashMap<>();
        private int reusedPersonIds;
        private String reusedPersonIdPath;
        private final StringBuilder reusedPersonIdExamples = new StringBuilder();
        private final Map<String, String> roomByGuid = new HashMap<>();
        private final Map<String, String> roomBySlug = new HashMap<>();
        private final Map<String, JsonNode> personsByGuid = new HashMap<>();
        private final Map<String, String> unknownRooms = new HashMap<>();
        private final Map<String, String> unknownTracks = new HashMap<>();

        private final String localZone;
        /** Only the first day's block of events (see {@link #readFirstDay}). */
        boolean firstDayOnly;

        Reading(TimeZones zones, String localZone) {
            this.zones = zones;
            this.localZone = localZone;
            this.a = new ScheduleAssembler(zones);
        }

        ScheduleRead read(JsonNode root, String format) {
            JsonNode schedule = root.get("schedule");
            JsonNode conf = schedule.get("conference");
            JsonNode zoneNode = conf.get("time_zone_name");
            zone = zoneNode.textOr(null);
            String url = conf.get("url").textOr(schedule.get("base_url").textOr(conf.get("base_url").textOr(null)));
            a.conference(conf.get("acronym").textOr(null), plain(conf.get("title")), zone, zoneNode.path(),
                    conf.get("venue").textOr(null), url);
            dayChange = FrabValues.parseClock(conf.get("day_change").textOr(null));
            language = conf.get("defaults").get("language").textOr("en");
            for (JsonNode room : array(conf.get("rooms"))) {
                declareRoom(room);
            }
            for (JsonNode room : array(schedule.get("rooms"))) { // misplaced, as in c3voc's invalid-example.json
                declareRoom(room);
            }
            for (JsonNode track : array(conf.get("tracks"))) {
                declareTrack(track);
            }
            List<JsonNode> days = array(conf.get("days"));
            List<DayInfo> dayInfos = new ArrayList<>(days.size());
            for (JsonNode day : days) {
                dayInfos.add(readDay(day));
            }
            JsonNode events = schedule.get("events");
            if (events.isArray()) {
                for (JsonNode person : array(schedule.get("persons"))) {
                    String guid = person.get("guid").textOr(null);
                    if (guid != null) {
                        personsByGuid.put(guid, person);
                    }
                }
                for (JsonNode event : events.elements()) {
                    readEvent(event, null, null, true);
                }
            }
            for (int i = 0; i < (firstDayOnly ? 1 : days.size()); i++) {
                readRooms(days.get(i), dayInfos.get(i));
            }
            if (reusedPersonIds > 0) {
                a.warn(WarningCode.DUPLICATE_ID, reusedPersonIdPath, (reusedPersonIds == 1 ? "a person id names"
                        : reusedPersonIds + " person ids name") + " more than one person (merged sources reuse ids), "
                        + "e.g. " + reusedPersonIdExamples + (reusedPersonIds > 3 ? " …" : "")
                        + "; shown as different speakers");
            }
            for (Tally t : unknownKindOrder) {
                a.warn(WarningCode.UNKNOWN_KIND, t.path, "type " + JsonInput.quote(t.first) + " (" + items(t.count)
                        + ") is not one we know; shown as " + Kind.TALK.id());
            }
            for (Tally t : roomMismatchOrder) {
                a.warn(WarningCode.ROOM_MISMATCH, t.path, items(t.count) + " listed under room "
                        + JsonInput.quote(t.first) + " name their room " + JsonInput.quote(t.second) + "; shown in "
                        + JsonInput.quote(t.first));
            }
            return a.build(format);
        }

        private static String items(int n) {
            return n == 1 ? "1 item" : n + " items";
        }

        /** The elements of an array; nothing for a missing or null value; a warning for anything else. */
        private List<JsonNode> array(JsonNode node) {
            if (!node.isArray() && !node.isMissing() && !node.isNull()) {
                a.warn(WarningCode.BAD_VALUE, node.path(), "expected an array, got " + node.describe()
                        + "; ignored");
            }
            return node.elements();
        }

        private void declareRoom(JsonNode room) {
            String name = room.isObject() ? room.get("name").textOr(null) : room.textOr(null);
            if (name == null) {
                a.warn(WarningCode.BAD_VALUE, room.path(), "a room without a name: " + room.describe() + "; ignored");
                return;
            }
            a.room(name, name);
            String guid = room.get("guid").textOr(null);
            if (guid != null && !roomByGuid.containsKey(guid)) {
                roomByGuid.put(guid, name);
            }
            String slug = room.get("slug").textOr(null);
            if (slug != null && !roomBySlug.containsKey(slug)) {
                roomBySlug.put(slug, name);
            }
        }

        private void declareTrack(JsonNode track) {
            String name = track.isObject() ? track.get("name").textOr(null) : track.textOr(null);
            if (name == null) {
                a.warn(WarningCode.BAD_VALUE, track.path(), "a track without a name: " + track.describe()
                        + "; ignored");
                return;
            }
            String color = track.get("color").textOr(track.get("colors").get("light").textOr(null));
            a.track(track.get("slug").textOr(name), name, color);
        }

        private DayInfo readDay(JsonNode day) {
            if (!day.isObject()) {
                a.warn(WarningCode.SKIPPED_NOT_AN_OBJECT, day.path(), "expected a day object, got " + day.describe());
                return new DayInfo(null, null, null);
            }
            JsonNode startNode = day.first("day_start", "start");
            JsonNode endNode = day.first("day_end", "end");
            ZonedTime start = time(startNode);
            ZonedTime end = time(endNode);
            JsonNode dateNode = day.get("date");
            CivilDate date = CivilDate.parse(dateNode.textOr(null));
            if (date == null) {
                a.warn(WarningCode.BAD_VALUE, dateNode.path(), "the day's date " + dateNode.describe()
                        + " is not YYYY-MM-DD" + (start != null ? "; using the date of its start" : ""));
                date = start != null ? start.date() : null;
            }
            if (start != null && end != null && end.compareTo(start) <= 0) {
                a.warn(WarningCode.BAD_VALUE, endNode.path(), "the day ends (" + end + ") before it starts (" + start
                        + "); its hours are ignored");
                start = null;
                end = null;
            } else if (start != null && end != null
                    && start.minutesUntil(end) > TracksideReader.MAX_DURATION_MINUTES) {
                // Every event between the two would be on this one day, whose grid has a row per five minutes.
                a.warn(WarningCode.BAD_VALUE, endNode.path(), "the day ends (" + end + ") more than 31 days after it "
                        + "starts (" + start + "); its hours are ignored");
                start = null;
                end = null;
            }
            if (date != null) {
                boolean bounded = start != null && end != null;
                a.day(date, "", bounded ? start : null, bounded ? end : null);
            }
            return new DayInfo(date, start, end);
        }

        /** An ISO date-time with offset; a warning when present but unreadable. */
        private ZonedTime time(JsonNode node) {
            if (node.isAbsent()) {
                return null;
            }
            ZonedTime t = ZonedTime.parse(node.textOr(""));
            if (t == null) {
                a.warn(WarningCode.BAD_VALUE, node.path(), "expected an ISO-8601 date-time with offset, got "
                        + node.describe() + "; ignored");
            }
            return t;
        }

        private void readRooms(JsonNode day, DayInfo info) {
            JsonNode rooms = day.get("rooms");
            if (!rooms.isObject()) {
                if (!rooms.isAbsent()) {
                    a.warn(WarningCode.BAD_VALUE, rooms.path(), "expected an object of rooms, got "
                            + rooms.describe() + "; ignored");
                }
                return;
            }
            for (String key : rooms.keys()) {
                String name = key.trim();
                Room listed = name.isEmpty() ? null : a.room(name, name);
                for (JsonNode event : array(rooms.get(key))) {
                    readEvent(event, listed, info, false);
                }
            }
        }

        private void readEvent(JsonNode ev, Room listed, DayInfo day, boolean flat) {
            if (!ev.isObject()) {
                a.warn(WarningCode.SKIPPED_NOT_AN_OBJECT, ev.path(), "expected an event object, got "
                        + ev.describe());
                return;
            }
            JsonNode titleNode = ev.get("title");
            ZonedTime start;
            ZonedTime end = null;
            boolean ok;
            if (flat) {
                JsonNode startNode = ev.get("start");
                start = startNode.isAbsent() ? null : ZonedTime.parse(startNode.textOr(""));
                ok = startNode.isAbsent() || start != null || badTime(startNode, titleNode, ISO);
                if (start != null) {
                    JsonNode endNode = ev.get("end");
                    end = endNode.isAbsent() ? null : ZonedTime.parse(endNode.textOr(""));
                    if (end == null) {
                        if (!endNode.isAbsent()) {
                            a.warn(WarningCode.BAD_VALUE, endNode.path(), "expected an ISO-8601 date-time with "
                                    + "offset, got " + endNode.describe() + "; using the duration");
                        }
                        end = endFromDuration(ev, start);
                    }
                }
            } else {
                start = startV1(ev, day, titleNode);
                ok = start != null || ev.get("date").isAbsent() && ev.get("start").isAbsent();
                if (start != null) {
                    end = endFromDuration(ev, start);
                    if (day != null && day.start != null && day.end != null
                            && (start.compareTo(day.start) < 0 || start.compareTo(day.end) > 0)) {
                    // A start exactly at the day's end stays on that day (Schedule.dayOf): nothing to say.
                        a.warn(WarningCode.OUTSIDE_DAY, ev.path(), JsonInput.quote(titleNode.textOr("")) + " starts "
                                + start + ", outside the hours of the day it is listed under (" + day.date + ", "
                                + day.start.clock() + " to " + day.end.clock() + "); shown by its start time");
                    }
                }
            }
            if (!ok) {
                return;
            }
            ScheduleAssembler.Draft d = a.session(ev);
            d.id = sessionId(ev);
            d.title = plain(titleNode);
            d.start = start;
            d.end = end;
            d.kind = kind(ev.get("type"));
            Room room = flat ? roomV2(ev.get("room")) : roomV1(ev.get("room"), listed);
            if (room != null) {
                d.rooms.add(room);
            }
            d.track = flat ? trackV2(ev.get("track")) : trackV1(ev.get("track"));
            d.abstractText = join(ev.get("subtitle").text(), localized(ev.get("abstract")),
                    localized(ev.get("description")));
            d.language = ev.get("language").textOr(null);
            if (flat) {
                for (JsonNode p : array(ev.get("participants"))) {
                    Speaker s = participant(p);
                    if (s != null) {
                        d.speakers.add(s);
                    }
                }
            } else {
                for (JsonNode p : array(ev.get("persons"))) {
                    Speaker s = person(p);
                    if (s != null) {
                        d.speakers.add(s);
                    }
                }
            }
            String url = ev.get("url").textOr(null);
            if (url != null) {
                d.links.add(new Link("Event page", url));
            }
            links(ev.get("links"), d.links);
            links(ev.get("attachments"), d.links);
        }

        private boolean badTime(JsonNode node, JsonNode title, String expected) {
            a.warn(WarningCode.SKIPPED_BAD_TIME, node.path(), JsonInput.quote(title.textOr("")) + ": expected "
                    + expected + ", got " + node.describe());
            return false;
        }

        /** From {@code date}, else from {@code start} on the day; null when absent or (with a warning) unreadable. */
        private ZonedTime startV1(JsonNode ev, DayInfo day, JsonNode title) {
            JsonNode dateNode = ev.get("date");
            JsonNode clockNode = ev.get("start");
            int clock = FrabValues.parseClock(clockNode.textOr(null));
            if (!dateNode.isAbsent()) {
                ZonedTime start = ZonedTime.parse(dateNode.textOr(""));
                if (start == null) {
                    badTime(dateNode, title, ISO);
                } else if (clock >= 0 && clock != start.minuteOfDay()) {
                    a.warn(WarningCode.BAD_VALUE, clockNode.path(), JsonInput.quote(title.textOr("")) + ": start "
                            + clockNode.describe() + " disagrees with date " + dateNode.describe() + "; using date");
                }
                return start;
            }
            if (clockNode.isAbsent()) {
                return null;
            }
            if (clock < 0) {
                ZonedTime full = ZonedTime.parse(clockNode.textOr("")); // some exporters put the date-time here
                if (full == null) {
                    badTime(clockNode, title, "HH:MM");
                }
                return full;
            }
            if (day == null || day.date == null) {
                a.warn(WarningCode.SKIPPED_BAD_TIME, clockNode.path(), JsonInput.quote(title.textOr(""))
                        + ": start " + clockNode.describe() + " has no date, and neither has its day");
                return null;
            }
            int change = day.start != null ? day.start.minuteOfDay() : Math.max(dayChange, 0);
            CivilDate date = clock < change ? day.date.plusDays(1) : day.date;
            int h = clock / 60;
            int m = clock % 60;
            if (zone != null) {
                ZonedTime t = zones.atLocal(zone, date, h, m, 0);
                if (t != null) {
                    return t;
                }
            }
            if (day.start != null) {
                return ZonedTime.ofLocal(date, h, m, 0, day.start.offsetMinutes());
            }
            // No offset anywhere (FOSDEM): the visitor's ?tz= if given, else floating, both decided by the assembler.
            return a.wallClock(date, h, m, 0, zone != null ? zone : localZone, clockNode.path());
        }

        private ZonedTime endFromDuration(JsonNode ev, ZonedTime start) {
            JsonNode node = ev.get("duration");
            long minutes = FrabValues.parseDuration(node.textOr(null));
            if (minutes < 0) {
                a.warn(WarningCode.BAD_VALUE, node.path(), JsonInput.quote(ev.get("title").textOr(""))
                        + (node.isAbsent() ? " has no duration" : ": duration " + node.describe() + " is not H:MM")
                        + "; shown without length");
                return null;
            }
            return start.plusMinutes(minutes);
        }

        private Kind kind(JsonNode type) {
            String raw = type.textOr(null);
            if (raw == null) {
                return Kind.TALK;
            }
            Kind kind = kinds.get(raw);
            if (kind == null) {
                kind = FrabValues.kindFor(raw);
                if (kind == null) {
                    kind = Kind.TALK;
                    Tally t = new Tally(type.path(), raw, null);
                    unknownKinds.put(raw, t);
                    unknownKindOrder.add(t);
                }
                kinds.put(raw, kind);
            } else if (!unknownKinds.isEmpty()) {
                Tally t = unknownKinds.get(raw);
                if (t != null) {
                    t.count++;
                }
            }
            return kind;
        }

        private Room roomV1(JsonNode node, Room listed) {
            String own = node.textOr(null);
            if (listed == null) {
                return own == null ? null : a.room(own, own);
            }
            if (own != null && !own.equals(listed.name())) {
                String pair = listed.name() + '\n' + own;
                Tally t = roomMismatches.get(pair);
                if (t == null) {
                    t = new Tally(node.path(), listed.name(), own);
                    roomMismatches.put(pair, t);
                    roomMismatchOrder.add(t);
                } else {
                    t.count++;
                }
            }
            return listed;
        }

        /** A room given as {guid, slug, name} (or a name), found among the declared rooms or added. */
        private Room roomV2(JsonNode node) {
            if (node.isAbsent()) {
                return null;
            }
            String guid = node.get("guid").textOr(null);
            String slug = node.get("slug").textOr(null);
            String name = node.isObject() ? node.get("name").textOr(null) : node.textOr(null);
            String known = guid != null ? roomByGuid.get(guid) : null;
            known = known == null && slug != null ? roomBySlug.get(slug) : known;
            known = known == null && name != null && a.knownRoom(name) != null ? name : known;
            if (known != null) {
                return a.knownRoom(known);
            }
            String added = name != null ? name : slug != null ? slug : guid;
            if (added == null) {
                a.warn(WarningCode.BAD_VALUE, node.path(), "a room reference without guid, slug or name: "
                        + node.describe() + "; ignored");
                return null;
            }
            if (unknownRooms.put(added, added) == null) {
                a.warn(WarningCode.UNKNOWN_ROOM, node.path(), "room " + JsonInput.quote(added)
                        + " is not in the conference's rooms; added");
            }
            return a.room(added, added);
        }

        private Track trackV1(JsonNode node) {
            String name = node.textOr(null);
            return name == null ? null : a.track(name, name, null);
        }

        /** A track given as {slug} or {slug, name} (or a name); an unknown slug without a name is left out. */
        private Track trackV2(JsonNode node) {
            if (node.isAbsent()) {
                return null;
            }
            String name = node.isObject() ? node.get("name").textOr(null) : node.textOr(null);
            String slug = node.get("slug").textOr(name);
            Track known = slug == null ? null : a.knownTrack(slug);
            if (known != null) {
                return known;
            }
            if (name != null) {
                return a.track(slug, name, node.get("color").textOr(null));
            }
            if (slug != null && unknownTracks.put(slug, slug) == null) {
                a.warn(WarningCode.UNKNOWN_TRACK, node.path(), "track " + JsonInput.quote(slug)
                        + " is not in the conference's tracks; left out");
            }
            return null;
        }

        private Speaker person(JsonNode p) {
            JsonNode nameNode;
            String id;
            String bio = null;
            if (p.isObject()) {
                nameNode = p.first("public_name", "name", "full_name");
                id = p.first("id", "guid", "code").textOr(null);
                bio = p.get("biography").textOr(null);
            } else {
                nameNode = p;
                id = null;
            }
            return speaker(id, nameNode, bio, List.of(), p);
        }

        private Speaker participant(JsonNode p) {
            String guid = p.get("guid").textOr(null);
            JsonNode person = guid == null ? null : personsByGuid.get(guid);
            JsonNode nameNode = p.get("name");
            if (nameNode.isAbsent() && person != null) {
                nameNode = person.get("name");
            }
            if (person == null) {
                return speaker(guid, nameNode, null, List.of(), p);
            }
            List<Link> links = new ArrayList<>();
            links(person.get("links"), links);
            return speaker(guid, nameNode, localized(person.get("biography")), links, p);
        }

        /**
         * The speaker for a person: by id (by name when there is none). An id already used for another name (merged
         * sources reuse ids) gets its own speaker "id~n"; they are summed up in one warning.
         */
        private Speaker speaker(String id, JsonNode nameNode, String bio, List<Link> links, JsonNode at) {
            String raw = nameNode.textOr(null);
            if (raw == null) {
                a.warn(WarningCode.BAD_VALUE, at.path(), "a person without a name: " + at.describe()
                        + "; left out");
                return null;
            }
            String key = id != null ? id : raw;
            Speaker first = a.knownSpeaker(key);
            if (first == null) {
                firstNames.put(key, raw);
                return a.speaker(key, plain(nameNode), bio, links);
            }
            if (raw.equals(firstNames.get(key))) {
                return first;
            }
            String lookup = key + '\n' + raw; // the same id for someone else: rare, only in merged files
            Speaker speaker = speakersByIdAndName.get(lookup);
            if (speaker != null) {
                return speaker;
            }
            String name = plain(nameNode);
            Integer names = namesPerPersonId.get(key); // get/put rather than merge: no lambda class in the browser
            int n = names == null ? 2 : names + 1;
            namesPerPersonId.put(key, n);
            if (n == 2) {
                if (reusedPersonIds++ == 0) {
                    reusedPersonIdPath = at.path();
                }
                if (reusedPersonIds <= 3) {
                    reusedPersonIdExamples.append(reusedPersonIds > 1 ? "; " : "").append(JsonInput.quote(key))
                            .append(": ").append(JsonInput.quote(first.name())).append(", ")
                            .append(JsonInput.quote(name));
                }
            }
            speaker = a.speaker(key + "~" + n, name, bio, links);
            speakersByIdAndName.put(lookup, speaker);
            return speaker;
        }

        private void links(JsonNode node, List<Link> out) {
            for (JsonNode link : array(node)) {
                String url = link.isObject() ? link.first("url", "href").textOr(null) : link.textOr(null);
                if (url == null) {
                    a.warn(WarningCode.BAD_VALUE, link.path(), "a link without a URL: " + link.describe()
                            + "; ignored");
                    continue;
                }
                String title = link.isObject() ? link.first("title", "service", "type").textOr("") : "";
                out.add(new Link(title, url));
            }
        }

        /** A string, or from a {"en": …, "de": …} map the conference's default language, English, or the first. */
        private String localized(JsonNode node) {
            if (!node.isObject()) {
                return node.text();
            }
            String text = node.get(language).textOr(node.get("en").textOr(null));
            List<String> keys = node.keys();
            return text != null || keys.isEmpty() ? text : node.get(keys.get(0)).textOr(null);
        }

        /** A title or name as plain text; markup is converted with a warning at the node's path. */
        private String plain(JsonNode node) {
            String text = node.text();
            if (text == null || !HtmlText.hasMarkup(text)) {
                return text == null ? null : HtmlText.collapseSpace(text);
            }
            return a.plainText(text, node.path());
        }

        /**
         * The non-empty parts, trimmed, each once, separated by blank lines; {@code null} when none. Copies each
         * part at most once (abstracts are most of a schedule's text, and copies are costly in the JavaScript build).
         */
        private static String join(String... parts) {
            int[] from = new int[parts.length];
            int[] to = new int[parts.length];
            int kept = 0;
            int length = 0; // of the result: the kept parts and a blank line between each two
            int last = -1;
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                if (p == null) {
                    continue;
                }
                int start = 0;
                int end = p.length();
                while (start < end && p.charAt(start) <= ' ') {
                    start++;
                }
                while (end > start && p.charAt(end - 1) <= ' ') {
                    end--;
                }
                boolean repeated = start == end;
                for (int j = 0; j < i && !repeated; j++) {
                    repeated = to[j] - from[j] == end - start && parts[j].regionMatches(from[j], p, start, end - start);
                }
                if (!repeated) {
                    from[i] = start;
                    to[i] = end;
                    length += end - start + (kept++ > 0 ? 2 : 0);
                    last = i;
                }
            }
            if (kept <= 1) {
                return last < 0 ? null : parts[last].substring(from[last], to[last]);
            }
            // Into one char array with getChars (a block copy) rather than a StringBuilder, which TeaVM fills char
            // by char and grows by copying.
            char[] out = new char[length];
            int n = 0;
            for (int i = 0; i < parts.length; i++) {
                if (to[i] > from[i]) {
                    if (n > 0) {
                        out[n++] = '\n';
                        out[n++] = '\n';
                    }
                    parts[i].getChars(from[i], to[i], out, n);
                    n += to[i] - from[i];
                }
            }
            return new String(out);
        }
    }

    /** A frab day as read: its date (null when unreadable) and boundaries (null when not given). */
    private static final class DayInfo {
        final CivilDate date;
        final ZonedTime start;
        final ZonedTime end;

        DayInfo(CivilDate date, ZonedTime start, ZonedTime end) {
            this.date = date;
            this.start = start;
            this.end = end;
        }
    }

    /** Where a repeated oddity was first seen and how often; reported once at the end. */
    private static final class Tally {
        final String path;
        final String first;
        final String second;
        int count = 1;

        Tally(String path, String first, String second) {
            this.path = path;
            this.first = first;
            this.second = second;
        }
    }
}

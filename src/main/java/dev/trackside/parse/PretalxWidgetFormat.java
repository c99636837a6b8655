package dev.trackside.parse;

import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Speaker;
import dev.trackside.model.TimeZones;
import dev.trackside.model.Track;
import dev.trackside.model.ZonedTime;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON behind pretalx's schedule widget ({@code /<event>/schedule/widgets/schedule.json}):
 * {@code {"talks": [{code, title, abstract, speakers: [codes], track: id, start, end, room: id}], "timezone",
 * "version", "tracks": [{id, name, color}], "rooms": [{id, name}], "speakers": [{code, name, avatar}]}}. Talks refer
 * to rooms, tracks and speakers by id; names may be i18n objects ({@link I18nText}). pretalx lists a submission once
 * per slot, so a talk scheduled twice repeats its code (renamed by the assembler, with a warning).
 *
 * <p>Newer pretalx adds breaks to {@code talks}: no {@code code}, a slot {@code id}, an i18n {@code title}, a
 * {@code slot_type} and a start written in UTC; and {@code content_locale} and {@code duration} to talks. The widget
 * names neither the event nor any session kinds: the schedule is "Untitled schedule" and its talks are talks.
 */
final class PretalxWidgetFormat implements TreeFormat {
    @Override
    public String name() {
        return "pretalx widget JSON";
    }

    @Override
    public boolean recognises(JsonNode root) {
        return root.get("talks").isArray() && (root.get("rooms").isArray() || root.get("timezone").isString());
    }

    @Override
    public ScheduleRead read(JsonNode root, TimeZones zones) {
        ScheduleAssembler a = new ScheduleAssembler(zones);
        String zone = root.get("timezone").textOr(null);
        a.conference(null, null, zone, root.get("timezone").path(), null, null);
        List<JsonNode> talks = root.get("talks").elements();
        // Maps as sets (key to itself): HashSet would be one more class in the browser build.
        Map<String, String> usedRooms = new HashMap<>();
        Map<String, String> usedTracks = new HashMap<>();
        for (JsonNode talk : talks) {
            addIfPresent(usedRooms, talk.get("room").textOr(null));
            addIfPresent(usedTracks, talk.get("track").textOr(null));
        }
        // Rooms and tracks in the widget's order, which is pretalx's display order; as pretalx itself does, only
        // those some talk uses (the widget lists only those anyway).
        for (String[] room : named(a, root.get("rooms"), "id", "room")) {
            if (usedRooms.containsKey(room[0])) {
                a.room(room[0], room[1]);
            }
        }
        Map<String, String> colors = new HashMap<>();
        for (JsonNode track : root.get("tracks").elements()) {
            String id = track.get("id").textOr(null);
            if (id != null && !colors.containsKey(id)) {
                colors.put(id, track.get("color").textOr(null));
            }
        }
        for (String[] track : named(a, root.get("tracks"), "id", "track")) {
            if (usedTracks.containsKey(track[0])) {
                a.track(track[0], track[1], colors.get(track[0]));
            }
        }
        for (JsonNode speaker : root.get("speakers").elements()) {
            String code = speaker.get("code").textOr(null);
            String name = a.plainText(speaker.get("name").textOr(null), speaker.get("name").path());
            if (!speaker.isObject()) {
                a.warn(WarningCode.SKIPPED_NOT_AN_OBJECT, speaker.path(), "a speaker is " + speaker.describe());
            } else if (code == null || name == null || name.isEmpty()) {
                a.warn(WarningCode.BAD_VALUE, speaker.path(), "speaker without " + (code == null ? "code" : "name")
                        + " left out");
            } else if (a.knownSpeaker(code) == null) {
                // The widget has no biographies; "avatar" is a picture, which the viewer does not show.
                a.speaker(code, name, null, List.of());
            } else if (!a.knownSpeaker(code).name().equals(name)) {
                // A repeat of the same entry (SotM lists five speakers twice) loses nothing; another name would.
                a.warn(WarningCode.BAD_VALUE, speaker.path(), "speaker " + code + " is listed again, as "
                        + JsonInput.quote(name) + "; shown as " + JsonInput.quote(a.knownSpeaker(code).name()));
            }
        }
        for (JsonNode talk : talks) {
            readTalk(a, talk, zone, zones);
        }
        return a.build(name());
    }

    private static void addIfPresent(Map<String, String> set, String id) {
        if (id != null) {
            set.put(id, id);
        }
    }

    /**
     * {id, display name} of {@code [{id, name}]} objects, in order, the first of each id, with warnings for unusable
     * ones.
     */
    static List<String[]> named(ScheduleAssembler a, JsonNode list, String idField, String what) {
        List<String[]> named = new ArrayList<>();
        Map<String, String> ids = new HashMap<>(); // as a set
        for (JsonNode item : list.elements()) {
            String id = item.get(idField).textOr(null);
            if (!item.isObject()) {
                a.warn(WarningCode.SKIPPED_NOT_AN_OBJECT, item.path(), "a " + what + " is " + item.describe());
            } else if (id == null) {
                a.warn(WarningCode.BAD_VALUE, item.path(), "a " + what + " without " + idField + " was left out");
            } else if (ids.put(id, id) == null) {
                named.add(new String[] {id, name(a, item, what + " " + id)});
            }
        }
        return named;
    }

    /** The plain-text (i18n) {@code name} of a room or track, or {@code fallback} with a warning. */
    static String name(ScheduleAssembler a, JsonNode item, String fallback) {
        JsonNode node = item.get("name");
        String name = a.plainText(I18nText.pick(node), node.path());
        if (name == null || name.isEmpty()) {
            a.warn(WarningCode.BAD_VALUE, node.path(), fallback + " has no name (" + node.describe()
                    + "); shown as " + JsonInput.quote(fallback));
            return fallback;
        }
        return name;
    }

    private static void readTalk(ScheduleAssembler a, JsonNode talk, String zone, TimeZones zones) {
        if (!talk.isObject()) {
            a.warn(WarningCode.SKIPPED_NOT_AN_OBJECT, talk.path(), "a talk is " + talk.describe());
            return;
        }
        JsonNode startNode = talk.get("start");
        ZonedTime start = null;
        if (!startNode.isAbsent()) {
            start = inZone(ZonedTime.parse(startNode.textOr(null)), zone, zones);
            if (start == null) {
                a.warn(WarningCode.SKIPPED_BAD_TIME, startNode.path(), "start " + startNode.describe()
                        + " is not an ISO date-time with offset; " + describe(talk) + " was skipped");
                return;
            }
        }
        ScheduleAssembler.Draft d = a.session(talk.path());
        String code = talk.get("code").textOr(null);
        String slot = talk.get("id").textOr(null);
        d.id = code != null ? code : slot != null ? "slot-" + slot : null;
        d.title = a.plainText(I18nText.pick(talk.get("title")), talk.get("title").path());
        d.start = start;
        JsonNode endNode = talk.get("end");
        if (!endNode.isAbsent()) {
            d.end = inZone(ZonedTime.parse(endNode.textOr(null)), zone, zones);
            if (d.end == null) {
                a.warn(WarningCode.BAD_VALUE, endNode.path(), "end " + endNode.describe()
                        + " is not an ISO date-time with offset; " + describe(talk) + " is shown without length");
            }
        } else if (start != null && talk.get("duration").whole(-1) >= 0) {
            d.end = start.plusMinutes(talk.get("duration").whole(0));
        }
        d.abstractText = talk.get("abstract").textOr(null) == null ? null : talk.get("abstract").text();
        d.language = talk.get("content_locale").textOr(null);
        if (code == null && !talk.get("slot_type").isAbsent()) {
            String type = talk.get("slot_type").textOr("");
            d.kind = "break".equals(type) ? Kind.BREAK : Kind.OTHER;
            if (!"break".equals(type) && !"blocker".equals(type)) {
                a.warn(WarningCode.UNKNOWN_KIND, talk.get("slot_type").path(), "slot type "
                        + talk.get("slot_type").describe() + " of " + describe(talk) + " is shown as other");
            }
        }
        JsonNode roomNode = talk.get("room");
        String roomId = roomNode.textOr(null);
        if (roomId != null) {
            Room room = a.knownRoom(roomId);
            if (room == null) {
                a.warn(WarningCode.UNKNOWN_ROOM, roomNode.path(), describe(talk) + " is in room " + roomId
                        + ", which the rooms list lacks; added as " + JsonInput.quote("Room " + roomId));
                room = a.room(roomId, "Room " + roomId);
            }
            d.rooms.add(room);
        }
        JsonNode trackNode = talk.get("track");
        String trackId = trackNode.textOr(null);
        if (trackId != null) {
            Track track = a.knownTrack(trackId);
            if (track == null) {
                a.warn(WarningCode.UNKNOWN_TRACK, trackNode.path(), describe(talk) + " names track " + trackId
                        + ", which the tracks list lacks; left out");
            }
            d.track = track;
        }
        // Not d.speakers.contains: 100,000 codes in one talk took 5 s. A HashMap, as the parser uses no HashSet.
        java.util.HashMap<Speaker, Speaker> named = new java.util.HashMap<>();
        for (JsonNode ref : talk.get("speakers").elements()) {
            String speakerCode = ref.textOr(null);
            Speaker speaker = speakerCode == null ? null : a.knownSpeaker(speakerCode);
            if (speaker == null) {
                a.warn(WarningCode.UNKNOWN_SPEAKER, ref.path(), describe(talk) + " names speaker " + ref.describe()
                        + ", which the speakers list lacks; left out");
            } else if (named.put(speaker, speaker) == null) {
                d.speakers.add(speaker);
            }
        }
    }

    /**
     * The time in the event's zone when it is written in UTC although the zone has another offset then (pretalx
     * writes break starts in UTC): the same moment, shown at the local offset. Other times are left as written, so
     * that the assembler can still flag a zone that contradicts them.
     */
    private static ZonedTime inZone(ZonedTime time, String zone, TimeZones zones) {
        if (time == null || zone == null || time.offsetMinutes() != 0) {
            return time;
        }
        int offset = zones.offsetMinutes(zone, time.epochSecond());
        return offset == TimeZones.UNKNOWN || offset == 0 ? time : ZonedTime.of(time.epochSecond(), offset);
    }

    /** {@code talk "ABC123" ("Title")} for messages. */
    private static String describe(JsonNode talk) {
        String id = talk.get("code").textOr(talk.get("id").textOr(null));
        String title = I18nText.pick(talk.get("title"));
        return "talk" + (id == null ? "" : " " + JsonInput.quote(id)) + (title == null ? ""
                : " (" + JsonInput.quote(title) + ")");
    }
}

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
import dev.trackside.model.TimeZones;
import dev.trackside.model.Track;
import dev.trackside.model.ZonedTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Schedule} leniently from what a reader of another tool's format found: items that cannot be used
 * are skipped, odd but usable ones are kept, and every such decision becomes a {@link Warning} with its path.
 * The format readers only translate fields; the rules about what to keep live here, once.
 */
public final class ScheduleAssembler {
    /** Longer than this is flagged: no conference session runs 16 hours; a typo or a day-long placeholder does. */
    static final long LONG_MINUTES = 16 * 60;
    /** The last year an ISO date-time (and so our own format) can write with its four digits. */
    static final int LAST_YEAR = 9999;

    private final TimeZones zones;
    private final List<Warning> warnings = new ArrayList<>();
    private String conferenceId;
    private String conferenceName;
    private String timeZone;
    private String timeZonePath = "$";
    private String venue;
    private String url;
    private final List<Day> days = new ArrayList<>();
    // By key, and in the order they were added (display order). Two structures rather than a LinkedHashMap, which
    // the browser build would need for nothing else.
    private final Map<String, Room> rooms = new HashMap<>();
    private final List<Room> roomOrder = new ArrayList<>();
    private final Map<String, Track> tracks = new HashMap<>();
    private final List<Track> trackOrder = new ArrayList<>();
    private final Map<String, Speaker> speakers = new HashMap<>();
    private final List<Speaker> speakerOrder = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    private String wallClockZone;
    private String floatingPath;
    private String floatingReason;

    public ScheduleAssembler(TimeZones zones) {
        this.zones = zones;
    }

    public void warn(WarningCode code, String path, String message) {
        warnings.add(new Warning(code, path, message));
    }

    /**
     * @param timeZone the declared IANA zone or {@code null}; checked against the sessions' offsets in
     *                 {@link #build}
     */
    public void conference(String id, String name, String timeZone, String timeZonePath, String venue, String url) {
        this.conferenceId = id;
        this.conferenceName = name;
        this.timeZone = timeZone;
        this.timeZonePath = timeZonePath;
        this.venue = venue;
        this.url = url;
    }

    public void day(CivilDate date, String name, ZonedTime start, ZonedTime end) {
        days.add(new Day(date, name, start, end));
    }

    /** The room with this key, added with {@code name} (in call order, which is display order) if new. */
    public Room room(String key, String name) {
        Room room = rooms.get(key);
        if (room == null) {
            room = new Room(key, name);
            rooms.put(key, room);
            roomOrder.add(room);
        }
        return room;
    }

    /** The room added under {@code key}, or {@code null}. */
    public Room knownRoom(String key) {
        return rooms.get(key);
    }

    /** The rooms added so far, in display order. */
    public List<Room> rooms() {
        return new ArrayList<>(roomOrder);
    }

    public Track track(String key, String name, String color) {
        Track track = tracks.get(key);
        if (track == null) {
            track = new Track(key, name, color != null && TracksideReader.isHexColor(color) ? color : null);
            tracks.put(key, track);
            trackOrder.add(track);
        }
        return track;
    }

    public Track knownTrack(String key) {
        return tracks.get(key);
    }

    public Speaker speaker(String key, String name, String bio, List<Link> links) {
        Speaker speaker = speakers.get(key);
        if (speaker == null) {
            speaker = new Speaker(key, name, bio, links);
            speakers.put(key, speaker);
            speakerOrder.add(speaker);
        }
        return speaker;
    }

    public Speaker knownSpeaker(String key) {
        return speakers.get(key);
    }

    /**
     * The moment of a local date and time that the source writes without UTC offset (Sessionize, bare times):
     * placed in {@code zone} when the platform's rules know it, which then becomes the schedule's zone unless the
     * source declared one. Otherwise the time is "floating": kept as written (at offset 0, so that clock times and
     * dates read right), the schedule gets no zone, and {@link #build} raises one {@code floating-times} warning.
     * A time that a daylight-saving change skips or repeats is placed as java.time does, with a warning.
     *
     * @param zone IANA zone, e.g. the viewer's {@code ?tz=}; {@code null} for none
     * @param path where the time is, for warnings
     */
    public ZonedTime wallClock(CivilDate date, int hour, int minute, int second, String zone, String path) {
        String name = zone == null || zone.trim().isEmpty() ? null : zone.trim();
        ZonedTime time = name == null ? null : zones.atLocal(name, date, hour, minute, second);
        if (time != null) {
            wallClockZone = name;
            checkDaylightSaving(time, name, new WallClock(date, hour, minute, second), path);
            return time;
        }
        if (floatingPath == null) {
            floatingPath = path;
            floatingReason = name == null ? "no time zone was given"
                    : "the time zone " + JsonInput.quote(name) + " is not one this platform knows";
        }
        return ZonedTime.ofLocal(date, hour, minute, second, 0);
    }

    private void checkDaylightSaving(ZonedTime time, String zone, WallClock clock, String path) {
        long local = clock.date.epochDay() * 86400L + clock.hour * 3600L + clock.minute * 60L + clock.second;
        String written = JsonInput.quote(clock.toString());
        if (time.epochSecond() + time.offsetMinutes() * 60L != local) {
            warn(WarningCode.DST_LOCAL_TIME, path, written + " does not exist in " + zone
                    + " (the clocks skip it); shown as " + time);
            return;
        }
        for (long probe : new long[] {time.epochSecond() - 6 * 3600, time.epochSecond() + 6 * 3600}) {
            int other = zones.offsetMinutes(zone, probe);
            if (other != TimeZones.UNKNOWN && other != time.offsetMinutes()
                    && zones.offsetMinutes(zone, local - other * 60L) == other) {
                warn(WarningCode.DST_LOCAL_TIME, path, written + " happens twice in " + zone
                        + " (the clocks go back); the first, " + time + ", is used");
                return;
            }
        }
    }

    /** A new session draft for the item at {@code path}; fill it in, the assembler decides in {@link #build}. */
    public Draft session(String path) {
        Draft draft = new Draft(path, null);
        drafts.add(draft);
        return draft;
    }

    /** Like {@link #session(String)}, but the path is worked out from {@code at} only if a warning needs it. */
    public Draft session(JsonNode at) {
        Draft draft = new Draft(null, at);
        drafts.add(draft);
        return draft;
    }

    /** {@code text} as plain text: HTML tags and entities are converted, with a warning. Null stays null. */
    public String plainText(String text, String path) {
        if (text == null || !HtmlText.hasMarkup(text)) {
            return text == null ? null : HtmlText.collapseSpace(text);
        }
        String plain = HtmlText.toPlainText(text);
        warn(WarningCode.MARKUP_IN_TEXT, path, JsonInput.quote(text) + " shown as " + JsonInput.quote(plain));
        return plain;
    }

    /** Everything a session can have; fields left null are simply absent. */
    public static final class Draft {
        private final String path;
        private final JsonNode at;
        public String id;
        public String title;
        public Kind kind = Kind.TALK;
        public ZonedTime start;
        public ZonedTime end;
        public final List<Room> rooms = new ArrayList<>();
        public Track track;
        public final List<Speaker> speakers = new ArrayList<>();
        public String abstractText;
        public final List<String> tags = new ArrayList<>();
        public String language;
        public String level;
        public final List<Link> links = new ArrayList<>();

        Draft(String path, JsonNode at) {
            this.path = path;
            this.at = at;
        }

        String path() {
            return path != null ? path : at.path();
        }
    }

    public ScheduleRead build(String format) {
        List<Session> sessions = new ArrayList<>();
        Map<String, Integer> idCounts = new HashMap<>();
        for (Draft d : drafts) {
            Session session = toSession(d, idCounts);
            if (session != null) {
                sessions.add(session);
            }
        }
        flagOverlaps(sessions);
        String zone;
        if (floatingPath != null) {
            warn(WarningCode.FLOATING_TIMES, floatingPath, "times have no UTC offset and " + floatingReason
                    + ", so they are shown as written, in no particular time zone");
            zone = null;
        } else {
            if ((timeZone == null || timeZone.trim().isEmpty()) && wallClockZone != null) {
                timeZone = wallClockZone;
            }
            zone = settleTimeZone(sessions);
        }
        String name = conferenceName == null || conferenceName.trim().isEmpty() ? "Untitled schedule"
                : conferenceName.trim();
        String id = conferenceId == null || conferenceId.trim().isEmpty() ? slug(name) : conferenceId.trim();
        Conference conference = new Conference(id, name, zone, venue, url);
        Schedule schedule = new Schedule(conference, days, new ArrayList<>(roomOrder), new ArrayList<>(trackOrder),
                new ArrayList<>(speakerOrder), sessions);
        return new ScheduleRead(schedule, format, warnings);
    }

    private Session toSession(Draft d, Map<String, Integer> idCounts) {
        String title = d.title == null ? "" : d.title.trim();
        if (title.isEmpty()) {
            warn(WarningCode.SKIPPED_NO_TITLE, d.path(), "item " + (d.id == null ? "" : JsonInput.quote(d.id) + " ")
                    + "has no title");
            return null;
        }
        if (d.start == null) {
            warn(WarningCode.SKIPPED_NO_START, d.path(), JsonInput.quote(title) + " has no start time");
            return null;
        }
        if (d.start.date().year() > LAST_YEAR) {
            // frab's "00:30" on the day 9999-12-31 is in the year 10000, which no ISO date-time of ours can hold.
            warn(WarningCode.SKIPPED_BAD_TIME, d.path(), JsonInput.quote(title) + " starts after the year 9999 ("
                    + d.start + ")");
            return null;
        }
        String id = d.id == null || d.id.trim().isEmpty() ? "item-" + (idCounts.size() + 1) : d.id.trim();
        Integer seen = idCounts.get(id);
        if (seen != null) {
            String renamed = id + "~" + (seen + 1);
            warn(WarningCode.DUPLICATE_ID, d.path(), "id " + JsonInput.quote(id) + " is used again by "
                    + JsonInput.quote(title) + "; this one is " + JsonInput.quote(renamed));
            idCounts.put(id, seen + 1);
            id = renamed;
        } else {
            idCounts.put(id, 1);
        }
        ZonedTime end = d.end == null ? d.start : d.end;
        if (end.compareTo(d.start) < 0) {
            warn(WarningCode.END_BEFORE_START, d.path(), JsonInput.quote(title) + " ends (" + end
                    + ") before it starts (" + d.start + ")");
            end = d.start;
        }
        long minutes = d.start.minutesUntil(end);
        if (minutes > TracksideReader.MAX_DURATION_MINUTES) {
            // Ending years later ("P9999999D", an end in 9999) is a mistake, and the grid would need a row per five
            // minutes of it; shown like an end before the start. Our own format rejects it, so convert stays valid.
            warn(WarningCode.LONG_DURATION, d.path(), JsonInput.quote(title) + " lasts " + minutes / 60 + " h "
                    + minutes % 60 + " min, more than 31 days; shown at its start, without length");
            end = d.start;
        } else if (end.date().year() > LAST_YEAR) {
            warn(WarningCode.LONG_DURATION, d.path(), JsonInput.quote(title) + " ends after the year 9999; shown at "
                    + "its start, without length");
            end = d.start;
        } else if (minutes > LONG_MINUTES) {
            warn(WarningCode.LONG_DURATION, d.path(), JsonInput.quote(title) + " lasts " + minutes / 60 + " h "
                    + minutes % 60 + " min");
        }
        Session.Builder b = Session.builder(id, title).kind(d.kind).time(d.start, end).abstractText(d.abstractText)
                .language(d.language).level(d.level).track(d.track);
        for (Room room : d.rooms) {
            b.room(room);
        }
        for (Speaker speaker : d.speakers) {
            b.speaker(speaker);
        }
        for (String tag : d.tags) {
            b.tag(tag);
        }
        for (Link link : d.links) {
            b.link(link);
        }
        return b.build();
    }

    /** One warning per session that starts before an earlier one in the same room has ended. */
    private void flagOverlaps(List<Session> sessions) {
        Map<Room, List<Session>> byRoom = new HashMap<>();
        for (Session session : sessions) {
            for (Room room : session.rooms()) {
                List<Session> inRoom = byRoom.get(room); // get/put rather than computeIfAbsent: no lambda class
                if (inRoom == null) {
                    inRoom = new ArrayList<>();
                    byRoom.put(room, inRoom);
                }
                inRoom.add(session);
            }
        }
        for (Room room : roomOrder) {
            List<Session> inRoom = byRoom.get(room);
            if (inRoom == null) {
                continue;
            }
            inRoom.sort((a, b) -> a.start().compareTo(b.start()));
            Session longest = null;
            for (Session session : inRoom) {
                if (longest != null && session.start().compareTo(longest.end()) < 0
                        && session.durationMinutes() > 0 && longest.durationMinutes() > 0) {
                    warn(WarningCode.ROOM_OVERLAP, "$", JsonInput.quote(session.title()) + " (" + session.id()
                            + ") starts in " + room.name() + " before " + JsonInput.quote(longest.title()) + " ("
                            + longest.id() + ") ends");
                }
                if (longest == null || session.end().compareTo(longest.end()) > 0) {
                    longest = session;
                }
            }
        }
    }

    /**
     * The declared zone when it matches the sessions' offsets; otherwise one derived from the most common offset
     * (an {@code Etc/GMT±h} zone for whole hours), with a warning either way.
     */
    private String settleTimeZone(List<Session> sessions) {
        String declared = timeZone == null || timeZone.trim().isEmpty() ? null : timeZone.trim();
        if (declared != null && !TracksideReader.looksLikeZone(declared)) {
            // "0", "+01:00", "CET / CEST": not a zone any platform knows; kept, it would also make convert write a
            // document that our own format rejects.
            warn(WarningCode.BAD_VALUE, timeZonePath, "time zone " + JsonInput.quote(declared) + " is not an IANA "
                    + "name such as \"Europe/Berlin\"; ignored");
            declared = null;
        }
        if (sessions.isEmpty()) {
            return declared;
        }
        if (declared != null) {
            int mismatches = 0;
            boolean known = true;
            Session example = null;
            for (Session session : zoneProbes(sessions)) {
                int offset = zones.offsetMinutes(declared, session.start().epochSecond());
                if (offset == TimeZones.UNKNOWN) {
                    known = false;
                    break;
                }
                if (offset != session.start().offsetMinutes()) {
                    mismatches++;
                    example = example == null ? session : example;
                }
            }
            if (!known || mismatches == 0) {
                return declared; // without zone rules (or for a zone they lack) the declaration stands
            }
            String derived = derivedZone(sessions);
            warn(WarningCode.ZONE_CONTRADICTS_OFFSETS, timeZonePath, "the schedule says " + JsonInput.quote(declared)
                    + " but its times have other UTC offsets (e.g. " + example.start() + " where " + declared
                    + " is at " + ZonedTime.formatOffset(zones.offsetMinutes(declared, example.start().epochSecond()))
                    + "); using " + derived);
            return derived;
        }
        String derived = derivedZone(sessions);
        warn(WarningCode.ZONE_MISSING, timeZonePath, "no time zone given; derived " + derived
                + " from the sessions' UTC offsets");
        return derived;
    }

    /**
     * The sessions worth checking against zone rules: the earliest and latest start of each UTC offset in use.
     * A zone's offset changes at most twice a year, so these few lookups find any mismatch a conference can
     * have, where asking the platform for every session would cost the browser milliseconds per thousand.
     */
    private static List<Session> zoneProbes(List<Session> sessions) {
        Map<Integer, Session[]> extremes = new HashMap<>();
        List<Session[]> pairs = new ArrayList<>(); // in the order the offsets first appear
        for (Session session : sessions) {
            Session[] pair = extremes.get(session.start().offsetMinutes());
            if (pair == null) {
                pair = new Session[] {session, session};
                extremes.put(session.start().offsetMinutes(), pair);
                pairs.add(pair);
            } else {
                pair[0] = session.start().compareTo(pair[0].start()) < 0 ? session : pair[0];
                pair[1] = session.start().compareTo(pair[1].start()) > 0 ? session : pair[1];
            }
        }
        List<Session> probes = new ArrayList<>();
        for (Session[] pair : pairs) {
            probes.add(pair[0]);
            if (pair[1] != pair[0]) {
                probes.add(pair[1]);
            }
        }
        return probes;
    }

    private static String derivedZone(List<Session> sessions) {
        Map<Integer, Integer> counts = new HashMap<>();
        int best = sessions.get(0).start().offsetMinutes();
        for (Session session : sessions) {
            int offset = session.start().offsetMinutes();
            Integer seen = counts.get(offset); // get/put rather than merge: no lambda class in the browser
            int n = seen == null ? 1 : seen + 1;
            counts.put(offset, n);
            if (n > counts.get(best)) {
                best = offset;
            }
        }
        if (best == 0) {
            return "UTC";
        }
        if (best % 60 != 0) {
            return "UTC"; // no IANA name for fractional fixed offsets; times still show their own offsets
        }
        int hours = best / 60;
        return "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours); // POSIX sign: Etc/GMT-1 is UTC+01:00
    }

    /** A stable id from a name: its ASCII letters (lower-cased) and digits, other runs as one dash. */
    static String slug(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.length() == 0 ? "schedule" : sb.toString();
    }
}

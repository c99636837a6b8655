package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Kind;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.TimeZones;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** c3voc/frab schedule.json (version 1 and schedule2), one oddity per test, on small hand-written documents. */
class FrabFormatTest {
    private static final String DAY1 = "\"index\": 1, \"date\": \"2019-12-27\", "
            + "\"day_start\": \"2019-12-27T11:00:00+01:00\", \"day_end\": \"2019-12-28T04:00:00+01:00\"";
    private static final String DAY2 = "\"index\": 2, \"date\": \"2019-12-28\", "
            + "\"day_start\": \"2019-12-28T11:00:00+01:00\", \"day_end\": \"2019-12-29T04:00:00+01:00\"";

    // ---- building documents

    /** A schedule.json with the given conference fields (besides acronym and title) and days. */
    private static String doc(String conferenceFields, String... days) {
        return "{\"schedule\": {\"version\": \"test\", \"conference\": {\"acronym\": \"testcon\", "
                + "\"title\": \"TestCon\", " + (conferenceFields.isEmpty() ? "" : conferenceFields + ", ")
                + "\"days\": [" + String.join(", ", days) + "]}}}";
    }

    private static String day(String fields, String rooms) {
        return "{" + fields + ", \"rooms\": {" + rooms + "}}";
    }

    private static String room(String name, String... events) {
        return JsonInput.quote(name) + ": [" + String.join(", ", events) + "]";
    }

    /** An event in room Ada with a guid, title, date and duration; {@code extra} are more raw JSON fields. */
    private static String event(String guid, String title, String date, String duration, String... extra) {
        StringBuilder sb = new StringBuilder("{\"guid\": ").append(JsonInput.quote(guid))
                .append(", \"id\": 1, \"title\": ").append(JsonInput.quote(title))
                .append(", \"date\": ").append(JsonInput.quote(date))
                .append(", \"duration\": ").append(JsonInput.quote(duration)).append(", \"room\": \"Ada\"");
        for (String field : extra) {
            sb.append(", ").append(field);
        }
        return sb.append('}').toString();
    }

    private static String talkAt(String guid, String date) {
        return event(guid, "Talk " + guid, date, "00:30");
    }

    private static ScheduleRead read(String json) {
        return Schedules.read(json, JavaTimeZones.INSTANCE);
    }

    /** A document with one day (DAY1) and one room Ada holding {@code events}. */
    private static ScheduleRead readEvents(String... events) {
        return read(doc("\"time_zone_name\": \"Europe/Berlin\"", day(DAY1, room("Ada", events))));
    }

    private static Map<String, Integer> codes(ScheduleRead read) {
        Map<String, Integer> codes = new TreeMap<>();
        for (Warning w : read.warnings()) {
            codes.merge(w.code().id(), 1, Integer::sum);
        }
        return codes;
    }

    private static List<Warning> warnings(ScheduleRead read, WarningCode code) {
        List<Warning> found = new ArrayList<>();
        for (Warning w : read.warnings()) {
            if (w.code() == code) {
                found.add(w);
            }
        }
        return found;
    }

    private static Session session(ScheduleRead read, String id) {
        for (Session s : read.schedule().sessions()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no session " + id + " in " + read.schedule().sessions());
    }

    private static List<String> ids(ScheduleRead read) {
        List<String> ids = new ArrayList<>();
        for (Session s : read.schedule().sessions()) {
            ids.add(s.id());
        }
        return ids;
    }

    // ---- recognising and the conference

    @Test
    void scheduleJsonIsRecognisedAndNamed() {
        ScheduleRead read = readEvents(talkAt("a", "2019-12-27T11:00:00+01:00"));
        assertEquals("c3voc/frab schedule.json", read.format());
        assertEquals("testcon", read.schedule().conference().id());
        assertEquals("TestCon", read.schedule().conference().name());
        assertEquals("Europe/Berlin", read.schedule().conference().timeZone());
        assertEquals(Map.of(), codes(read));
    }

    @Test
    void documentWithoutScheduleConferenceIsStillRejected() {
        ScheduleException e = assertThrows(ScheduleException.class,
                () -> read("{\"schedule\": {\"version\": \"1\"}}"));
        assertTrue(e.getMessage().contains("c3voc/frab schedule.json"), e.getMessage()); // names what we read
    }

    @Test
    void conferenceWithoutAcronymGetsAnIdFromItsTitle() {
        ScheduleRead read = read("{\"schedule\": {\"conference\": {\"title\": \"FOSDEM 2020\", \"days\": []}}}");
        assertEquals("fosdem-2020", read.schedule().conference().id());
        assertEquals(0, read.schedule().sessions().size());
    }

    // ---- durations

    @Test
    void durationsInEveryFormFrabWrites() {
        ScheduleRead read = readEvents(
                event("short", "Short", "2019-12-27T11:00:00+01:00", "1:00"),
                event("padded", "Padded", "2019-12-27T12:00:00+01:00", "01:00"),
                event("seconds", "Seconds", "2019-12-27T13:00:00+01:00", "00:30:00"),
                event("zero", "Zero", "2019-12-27T14:00:00+01:00", "0:00"),
                event("solder", "Learn to solder", "2019-12-27T15:00:00+01:00", "12:59"));
        assertEquals(60, session(read, "short").durationMinutes());
        assertEquals(60, session(read, "padded").durationMinutes());
        assertEquals(30, session(read, "seconds").durationMinutes());
        assertEquals(0, session(read, "zero").durationMinutes());
        // 779 minutes is long, but not over the assembler's 16 hours: kept without a warning.
        assertEquals(779, session(read, "solder").durationMinutes());
        assertEquals(Map.of(), codes(read));
    }

    @Test
    void durationOverSixteenHoursIsFlagged() {
        ScheduleRead read = readEvents(event("ooni", "OONI Hackathon", "2019-12-27T11:00:00+01:00", "16:39"));
        assertEquals(999, session(read, "ooni").durationMinutes());
        List<Warning> long_ = warnings(read, WarningCode.LONG_DURATION);
        assertEquals(1, long_.size());
        assertEquals("$.schedule.conference.days[0].rooms.Ada[0]", long_.get(0).path());
    }

    @Test
    void unreadableOrMissingDurationKeepsTheSessionWithoutLength() {
        ScheduleRead read = readEvents(event("hours", "Two hours", "2019-12-27T11:00:00+01:00", "2h"),
                "{\"guid\": \"none\", \"title\": \"No duration\", \"date\": \"2019-12-27T12:00:00+01:00\"}");
        assertEquals(0, session(read, "hours").durationMinutes());
        assertEquals(0, session(read, "none").durationMinutes());
        List<Warning> bad = warnings(read, WarningCode.BAD_VALUE);
        assertEquals(2, bad.size());
        assertEquals("$.schedule.conference.days[0].rooms.Ada[0].duration", bad.get(0).path());
        assertTrue(bad.get(0).message().contains("\"2h\""), bad.get(0).message());
        assertTrue(bad.get(1).message().contains("has no duration"), bad.get(1).message());
    }

    @Test
    void durationParserAcceptsMinutesAndIsoAndRejectsNonsense() {
        assertEquals(90, FrabValues.parseDuration("90"));
        assertEquals(90, FrabValues.parseDuration("PT1H30M"));
        assertEquals(1500, FrabValues.parseDuration("P1DT1H"));
        assertEquals(5, FrabValues.parseDuration(" 00:05:00 "));
        assertEquals(-1, FrabValues.parseDuration("1:60"));
        assertEquals(-1, FrabValues.parseDuration("1:00:00:00"));
        assertEquals(-1, FrabValues.parseDuration("PT"));
        assertEquals(-1, FrabValues.parseDuration(":30"));
        assertEquals(-1, FrabValues.parseDuration(""));
    }

    // ---- times and days

    @Test
    void eventAfterMidnightStaysOnTheFrabDayItIsListedUnder() {
        String late = talkAt("late", "2019-12-28T01:30:00+01:00");
        String next = talkAt("next", "2019-12-28T11:00:00+01:00");
        ScheduleRead read = read(doc("\"time_zone_name\": \"Europe/Berlin\"", day(DAY1, room("Ada", late)),
                day(DAY2, room("Ada", next))));
        Schedule schedule = read.schedule();
        assertEquals("2019-12-27", schedule.dayOf(session(read, "late")).date().toString());
        assertEquals("2019-12-28", schedule.dayOf(session(read, "next")).date().toString());
        assertEquals("2019-12-27T11:00:00+01:00", schedule.days().get(0).start().toString());
        assertEquals("2019-12-28T04:00:00+01:00", schedule.days().get(0).end().toString());
        assertEquals(Map.of(), codes(read));
    }

    @Test
    void eventOutsideItsDaysHoursIsPlacedByItsTimeWithAWarningButOneAtItsEndStaysOnIt() {
        // c3voc's merge lists a 10:00 opening under a day that starts at 11:00, and a 04:00 set under the night before,
        // which ends at 04:00: the set belongs to that night, as listed.
        String early = talkAt("early", "2019-12-27T10:00:00+01:00");
        String dawn = talkAt("dawn", "2019-12-28T04:00:00+01:00");
        ScheduleRead read = read(doc("\"time_zone_name\": \"Europe/Berlin\"", day(DAY1, room("Ada", early, dawn)),
                day(DAY2, room("Ada"))));
        assertEquals("2019-12-27", read.schedule().dayOf(session(read, "early")).date().toString());
        assertEquals("2019-12-27", read.schedule().dayOf(session(read, "dawn")).date().toString());
        List<Warning> outside = warnings(read, WarningCode.OUTSIDE_DAY);
        assertEquals(1, outside.size());
        assertEquals("$.schedule.conference.days[0].rooms.Ada[0]", outside.get(0).path());
    }

    @Test
    void withoutDateTheStartClockIsPlacedOnTheDayAndAfterMidnightOnTheNextDate() {
        String evening = "{\"guid\": \"e\", \"title\": \"Evening\", \"start\": \"20:00\", \"duration\": \"1:00\"}";
        String night = "{\"guid\": \"n\", \"title\": \"Night\", \"start\": \"1:30\", \"duration\": \"1:00\"}";
        ScheduleRead read = readEvents(evening, night);
        assertEquals("2019-12-27T20:00:00+01:00", session(read, "e").start().toString());
        assertEquals("2019-12-28T01:30:00+01:00", session(read, "n").start().toString());
        assertEquals("2019-12-27", read.schedule().dayOf(session(read, "n")).date().toString());
        assertEquals(Map.of(), codes(read));
    }

    @Test
    void withoutDateZoneOrDayHoursTimesFloatWithOneWarning() {
        // FOSDEM 2020: <start>09:30</start> on <day date>, no <date>, no time zone, no day boundaries.
        String a = "{\"id\": 1, \"title\": \"A\", \"start\": \"09:30\", \"duration\": \"00:25\"}";
        String b = "{\"id\": 2, \"title\": \"B\", \"start\": \"10:00\", \"duration\": \"00:50\"}";
        ScheduleRead read = read(doc("\"day_change\": \"09:00:00\"",
                day("\"index\": 1, \"date\": \"2020-02-01\"", room("Janson", a, b))));
        assertEquals("2020-02-01T09:30:00+00:00", session(read, "1").start().toString());
        assertEquals(Map.of("floating-times", 1), codes(read)); // no zone is made up for floating times
        assertNull(read.schedule().conference().timeZone());
        assertEquals("$.schedule.conference.days[0].rooms.Janson[0].start",
                warnings(read, WarningCode.FLOATING_TIMES).get(0).path());
    }

    @Test
    void withoutDateButWithDeclaredZoneTheZonesOffsetIsUsed() {
        String summer = "{\"id\": 1, \"title\": \"A\", \"start\": \"09:30\", \"duration\": \"00:25\"}";
        ScheduleRead read = read(doc("\"time_zone_name\": \"Europe/Brussels\"",
                day("\"index\": 1, \"date\": \"2020-08-01\"", room("Janson", summer))));
        assertEquals("2020-08-01T09:30:00+02:00", session(read, "1").start().toString());
        assertEquals(Map.of(), codes(read));
    }

    @Test
    void startThatDisagreesWithDateIsReportedAndDateWins() {
        ScheduleRead read = readEvents(event("a", "A", "2019-12-27T11:00:00+01:00", "1:00", "\"start\": \"12:00\""));
        assertEquals("2019-12-27T11:00:00+01:00", session(read, "a").start().toString());
        assertEquals("$.schedule.conference.days[0].rooms.Ada[0].start",
                warnings(read, WarningCode.BAD_VALUE).get(0).path());
    }

    @Test
    void unreadableDateSkipsTheEventWithItsPath() {
        ScheduleRead read = readEvents(talkAt("ok", "2019-12-27T11:00:00+01:00"),
                event("bad", "No offset", "2019-12-27 12:00", "1:00"),
                "{\"guid\": \"clock\", \"title\": \"Bad clock\", \"start\": \"noon\", \"duration\": \"1:00\"}");
        assertEquals(List.of("ok"), ids(read));
        List<Warning> bad = warnings(read, WarningCode.SKIPPED_BAD_TIME);
        assertEquals(2, bad.size());
        assertEquals("$.schedule.conference.days[0].rooms.Ada[1].date", bad.get(0).path());
        assertTrue(bad.get(0).message().contains("\"No offset\""), bad.get(0).message());
        assertEquals("$.schedule.conference.days[0].rooms.Ada[2].start", bad.get(1).path());
        assertEquals("\"Bad clock\": expected HH:MM, got \"noon\"", bad.get(1).message());
        assertEquals(2, read.skipped()); // and no second warning (skipped-no-start) for the same events
    }

    @Test
    void eventWithNeitherDateNorStartIsSkippedByTheAssembler() {
        ScheduleRead read = readEvents("{\"guid\": \"x\", \"title\": \"Whenever\", \"duration\": \"1:00\"}");
        assertEquals(List.of(), ids(read));
        assertEquals(Map.of("skipped-no-start", 1), codes(read));
    }

    // ---- time zones

    @Test
    void missingZoneIsDerivedFromOffsetsWithAWarning() {
        ScheduleRead read = read(doc("", day(DAY1, room("Ada", talkAt("a", "2019-12-27T11:00:00+01:00")))));
        assertEquals("Etc/GMT-1", read.schedule().conference().timeZone());
        List<Warning> missing = warnings(read, WarningCode.ZONE_MISSING);
        assertEquals(1, missing.size());
        assertEquals("$.schedule.conference.time_zone_name", missing.get(0).path());
    }

    @Test
    void declaredZoneThatContradictsTheOffsetsIsReplaced() {
        // pretalx's DemoCon says "UTC" but writes +01:00.
        ScheduleRead read = read(doc("\"time_zone_name\": \"UTC\"",
                day(DAY1, room("Ada", talkAt("a", "2019-12-27T11:00:00+01:00")))));
        assertEquals("Etc/GMT-1", read.schedule().conference().timeZone());
        assertEquals(Map.of("zone-contradicts-offsets", 1), codes(read));
    }

    @Test
    void withoutZoneRulesTheDeclaredZoneStands() {
        String json = doc("\"time_zone_name\": \"UTC\"",
                day(DAY1, room("Ada", talkAt("a", "2019-12-27T11:00:00+01:00"))));
        ScheduleRead read = Schedules.read(json, TimeZones.NONE);
        assertEquals("UTC", read.schedule().conference().timeZone());
        assertEquals(Map.of(), codes(read));
    }

    // ---- ids

    @Test
    void guidIsTheSessionIdSoIntegerIdsFromMergedSourcesDoNotCollide() {
        ScheduleRead read = readEvents(
                "{\"guid\": \"g-1\", \"id\": 885, \"title\": \"Podcast\", \"date\": \"2019-12-27T11:00:00+01:00\", "
                        + "\"duration\": \"1:00\"}",
                "{\"guid\": \"g-2\", \"id\": 885, \"title\": \"Film\", \"date\": \"2019-12-27T13:00:00+01:00\", "
                        + "\"duration\": \"1:00\"}",
                "{\"id\": 7, \"title\": \"No guid\", \"date\": \"2019-12-27T15:00:00+01:00\", \"duration\": \"1:00\"}");
        assertEquals(List.of("g-1", "g-2", "7"), ids(read));
        assertEquals(Map.of(), codes(read));
    }

    @Test
    void repeatedGuidIsRenamedWithAWarning() {
        ScheduleRead read = readEvents(talkAt("same", "2019-12-27T11:00:00+01:00"),
                talkAt("same", "2019-12-27T14:00:00+01:00"));
        assertEquals(List.of("same", "same~2"), ids(read));
        List<Warning> dup = warnings(read, WarningCode.DUPLICATE_ID);
        assertEquals(1, dup.size());
        assertEquals("$.schedule.conference.days[0].rooms.Ada[1]", dup.get(0).path());
    }

    // ---- rooms

    @Test
    void roomIsTheListsKeyAndOneWarningPerDistinctMismatch() {
        String a = event("a", "A", "2019-12-27T11:00:00+01:00", "1:00").replace("\"Ada\"", "\"headnut\"");
        String b = event("b", "B", "2019-12-27T12:00:00+01:00", "1:00").replace("\"Ada\"", "\"headnut\"");
        String c = event("c", "C", "2019-12-27T13:00:00+01:00", "1:00").replace("\"Ada\"", "\"soupworx\"");
        String d = event("d", "D", "2019-12-27T11:00:00+01:00", "1:00").replace("\"Ada\"", "\"headnut\"");
        ScheduleRead read = read(doc("", day(DAY1, room("1Komona headnut", a, b, c)),
                day(DAY2, room("1Komona headnut", d.replace("12-27", "12-28")))));
        assertEquals("1Komona headnut", session(read, "a").room().name());
        assertEquals("1Komona headnut", session(read, "c").room().name());
        assertEquals(1, read.schedule().rooms().size());
        List<Warning> mismatch = warnings(read, WarningCode.ROOM_MISMATCH);
        assertEquals(2, mismatch.size());
        assertEquals("$.schedule.conference.days[0].rooms['1Komona headnut'][0].room", mismatch.get(0).path());
        assertEquals("3 items listed under room \"1Komona headnut\" name their room \"headnut\"; "
                + "shown in \"1Komona headnut\"", mismatch.get(0).message());
        assertTrue(mismatch.get(1).message().startsWith("1 item listed"), mismatch.get(1).message());
    }

    @Test
    void roomsFollowFirstAppearanceIncludingEmptyLists() {
        ScheduleRead read = read(doc("",
                day(DAY1, room("Ada") + ", " + room("Borg",
                        talkAt("b", "2019-12-27T11:00:00+01:00").replace("\"Ada\"", "\"Borg\""))),
                day(DAY2, room("Ada", talkAt("a", "2019-12-28T11:00:00+01:00")) + ", " + room("Clarke") + ", "
                        + room("Borg"))));
        List<String> names = new ArrayList<>();
        read.schedule().rooms().forEach(r -> names.add(r.name()));
        assertEquals(List.of("Ada", "Borg", "Clarke"), names); // Clarke never has a session, yet is a room
        assertEquals(Map.of("zone-missing", 1), codes(read));
    }

    @Test
    void conferenceRoomsListComesFirst() {
        ScheduleRead read = read(doc("\"time_zone_name\": \"Europe/Berlin\", \"rooms\": [{\"name\": \"Zuse\"}, "
                + "{\"name\": \"Ada\"}]", day(DAY1, room("Ada", talkAt("a", "2019-12-27T11:00:00+01:00")))));
        assertEquals("Zuse", read.schedule().rooms().get(0).name());
        assertEquals(2, read.schedule().rooms().size());
    }

    @Test
    void emptyRoomKeyFallsBackToTheEventsOwnRoom() {
        ScheduleRead read = readEvents(); // sanity: an empty room list gives no sessions
        assertEquals(0, read.schedule().sessions().size());
        read = read(doc("\"time_zone_name\": \"Europe/Berlin\"",
                day(DAY1, room("", talkAt("a", "2019-12-27T11:00:00+01:00")))));
        assertEquals("Ada", session(read, "a").room().name());
        assertEquals(Map.of(), codes(read));
    }

    // ---- text

    @Test
    void htmlInTitleBecomesPlainTextWithAWarning() {
        ScheduleRead read = readEvents(event("a", "Welcome<br><small>Ada &amp; Grace</small>",
                "2019-12-27T11:00:00+01:00", "1:00", "\"abstract\": \"<p>Stays <b>as is</b></p>\""));
        assertEquals("Welcome Ada & Grace", session(read, "a").title());
        assertEquals("<p>Stays <b>as is</b></p>", session(read, "a").abstractText());
        List<Warning> markup = warnings(read, WarningCode.MARKUP_IN_TEXT);
        assertEquals(1, markup.size());
        assertEquals("$.schedule.conference.days[0].rooms.Ada[0].title", markup.get(0).path());
    }

    @Test
    void subtitleLeadsTheAbstractThenDescriptionEachOnceAndTrimmed() {
        ScheduleRead read = readEvents(
                event("a", "The Case for Scale", "2019-12-27T11:00:00+01:00", "1:00",
                        "\"subtitle\": \"Security Track Keynote\"", "\"abstract\": \"  Short.\\n\"",
                        "\"description\": \"Long *Markdown* [[File:x.png]].\""),
                event("b", "Same twice", "2019-12-27T13:00:00+01:00", "1:00", "\"subtitle\": \"\"",
                        "\"abstract\": \"Text.\"", "\"description\": \"Text.\""),
                event("c", "Nothing", "2019-12-27T15:00:00+01:00", "1:00", "\"subtitle\": null",
                        "\"abstract\": null", "\"description\": \"\""));
        assertEquals("The Case for Scale", session(read, "a").title());
        assertEquals("Security Track Keynote\n\nShort.\n\nLong *Markdown* [[File:x.png]].",
                session(read, "a").abstractText());
        assertEquals("Text.", session(read, "b").abstractText());
        assertEquals("", session(read, "c").abstractText());
    }

    @Test
    void languageAndTrackAreKept() {
        ScheduleRead read = readEvents(event("a", "A", "2019-12-27T11:00:00+01:00", "1:00",
                "\"language\": \"de\"", "\"track\": \"Security\""),
                event("b", "B", "2019-12-27T13:00:00+01:00", "1:00", "\"language\": \"\"", "\"track\": null"));
        assertEquals("de", session(read, "a").language());
        assertEquals("Security", session(read, "a").track().name());
        assertEquals("", session(read, "b").language());
        assertNull(session(read, "b").track());
        assertEquals(1, read.schedule().tracks().size());
    }

    // ---- kinds

    @Test
    void kindsFollowTheTypeTable() {
        assertEquals(Kind.TALK, FrabValues.kindFor("lecture"));
        assertEquals(Kind.TALK, FrabValues.kindFor("Talk 45 minutes + 10 minutes Q&A"));
        assertEquals(Kind.TALK, FrabValues.kindFor("devroom"));
        assertEquals(Kind.LIGHTNING, FrabValues.kindFor("Lightning Talk"));
        assertEquals(Kind.LIGHTNING, FrabValues.kindFor("LIGHTNING_TALK"));
        assertEquals(Kind.WORKSHOP, FrabValues.kindFor("Solder Workshop 2h"));
        assertEquals(Kind.WORKSHOP, FrabValues.kindFor("hands-on"));
        assertEquals(Kind.KEYNOTE, FrabValues.kindFor("keynote"));
        assertEquals(Kind.SOCIAL, FrabValues.kindFor("djset"));
        assertEquals(Kind.SOCIAL, FrabValues.kindFor("Theatre/Dance Performance"));
        assertEquals(Kind.OTHER, FrabValues.kindFor("meeting"));
        assertEquals(Kind.OTHER, FrabValues.kindFor("discussion"));
        assertEquals(Kind.OTHER, FrabValues.kindFor("META"));
        assertEquals(Kind.BREAK, FrabValues.kindFor("BREAK"));
        assertNull(FrabValues.kindFor("Normale Länge"));
        assertNull(FrabValues.kindFor("metadata")); // "meta" only as the whole type
    }

    @Test
    void unknownTypeIsATalkWithOneWarningPerDistinctType() {
        ScheduleRead read = readEvents(
                event("a", "A", "2019-12-27T11:00:00+01:00", "1:00", "\"type\": \"Normale Länge\""),
                event("b", "B", "2019-12-27T12:00:00+01:00", "1:00", "\"type\": \"workshop\""),
                event("c", "C", "2019-12-27T13:00:00+01:00", "1:00", "\"type\": \"Normale Länge\""),
                event("d", "D", "2019-12-27T14:00:00+01:00", "1:00", "\"type\": \"\""));
        assertEquals(Kind.TALK, session(read, "a").kind());
        assertEquals(Kind.WORKSHOP, session(read, "b").kind());
        assertEquals(Kind.TALK, session(read, "d").kind()); // no type: a talk, nothing to warn about
        List<Warning> unknown = warnings(read, WarningCode.UNKNOWN_KIND);
        assertEquals(1, unknown.size());
        assertEquals("$.schedule.conference.days[0].rooms.Ada[0].type", unknown.get(0).path());
        assertEquals("type \"Normale Länge\" (2 items) is not one we know; shown as talk", unknown.get(0).message());
    }

    // ---- speakers and links

    @Test
    void personsBecomeSpeakersByIdWithPublicNameOrName() {
        ScheduleRead read = readEvents(
                event("a", "A", "2019-12-27T11:00:00+01:00", "1:00",
                        "\"persons\": [{\"id\": 9891, \"public_name\": \"bleeptrack\"}, {\"id\": 6697, "
                                + "\"name\": \"blinry\", \"biography\": \"Bio.\"}]"),
                event("b", "B", "2019-12-27T13:00:00+01:00", "1:00",
                        "\"persons\": [{\"id\": 6697, \"public_name\": \"blinry\"}]"));
        Session a = session(read, "a");
        assertEquals("bleeptrack", a.speakers().get(0).name());
        assertEquals("9891", a.speakers().get(0).id());
        assertEquals("Bio.", a.speakers().get(1).bio());
        assertSame(a.speakers().get(1), session(read, "b").speakers().get(0));
        assertEquals(2, read.schedule().speakers().size());
        assertEquals(Map.of(), codes(read));
    }

    @Test
    void missingPersonsMeanNoSpeakersAndNoWarning() {
        ScheduleRead read = readEvents(talkAt("none", "2019-12-27T11:00:00+01:00"),
                event("null", "N", "2019-12-27T12:00:00+01:00", "1:00", "\"persons\": null"),
                event("empty", "E", "2019-12-27T13:00:00+01:00", "1:00", "\"persons\": []"));
        for (Session s : read.schedule().sessions()) {
            assertEquals(List.of(), s.speakers(), s.id());
        }
        assertEquals(Map.of(), codes(read));
    }

    @Test
    void personIdReusedForSomeoneElseGivesASeparateSpeakerAndOneWarning() {
        ScheduleRead read = readEvents(
                event("a", "A", "2019-12-27T11:00:00+01:00", "1:00",
                        "\"persons\": [{\"id\": 135, \"public_name\": \"Heiko\"}]"),
                event("b", "B", "2019-12-27T12:00:00+01:00", "1:00",
                        "\"persons\": [{\"id\": 135, \"public_name\": \"Lars\"}]"),
                event("c", "C", "2019-12-27T13:00:00+01:00", "1:00",
                        "\"persons\": [{\"id\": 128, \"public_name\": \"Moritz\"}, {\"id\": 128, \"name\": \"dvn\"}, "
                                + "{\"id\": 135, \"public_name\": \"Lars\"}]"));
        assertEquals("Lars", session(read, "b").speakers().get(0).name());
        assertEquals("135~2", session(read, "b").speakers().get(0).id());
        assertSame(session(read, "b").speakers().get(0), session(read, "c").speakers().get(2));
        assertEquals(4, read.schedule().speakers().size()); // Heiko, Lars, Moritz, dvn
        List<Warning> dup = warnings(read, WarningCode.DUPLICATE_ID);
        assertEquals(1, dup.size()); // one for the document, not one per id
        assertEquals("$.schedule.conference.days[0].rooms.Ada[1].persons[0]", dup.get(0).path());
        assertTrue(dup.get(0).message().startsWith("2 person ids name more than one person"), dup.get(0).message());
    }

    @Test
    void personWithoutANameIsLeftOutWithAWarning() {
        ScheduleRead read = readEvents(event("a", "A", "2019-12-27T11:00:00+01:00", "1:00",
                "\"persons\": [{\"id\": 1}, \"Plain String\"]"));
        assertEquals(1, session(read, "a").speakers().size());
        assertEquals("Plain String", session(read, "a").speakers().get(0).name());
        assertEquals("$.schedule.conference.days[0].rooms.Ada[0].persons[0]",
                warnings(read, WarningCode.BAD_VALUE).get(0).path());
    }

    @Test
    void linksMayBeStringsOrObjectsAndTheEventPageComesFirst() {
        ScheduleRead read = readEvents(event("a", "A", "2019-12-27T11:00:00+01:00", "1:00",
                "\"url\": \"https://fahrplan.example/events/1.html\"",
                "\"links\": [\"https://c3voc.de/\", {\"url\": \"https://ex.example/\", \"title\": \"Slides\"}, {}]",
                "\"attachments\": [{\"url\": \"https://ex.example/a.pdf\", \"title\": \"Paper\"}]"));
        Session a = session(read, "a");
        assertEquals(4, a.links().size());
        assertEquals("Event page", a.links().get(0).title());
        assertEquals("https://c3voc.de/", a.links().get(1).url());
        assertEquals("", a.links().get(1).title());
        assertEquals("Slides", a.links().get(2).title());
        assertEquals("Paper", a.links().get(3).title());
        assertEquals("$.schedule.conference.days[0].rooms.Ada[0].links[2]",
                warnings(read, WarningCode.BAD_VALUE).get(0).path());
    }

    @Test
    void eventThatIsNotAnObjectIsSkippedWithItsPath() {
        ScheduleRead read = readEvents("\"a string\"", talkAt("a", "2019-12-27T11:00:00+01:00"));
        assertEquals(List.of("a"), ids(read));
        assertEquals("$.schedule.conference.days[0].rooms.Ada[0]",
                warnings(read, WarningCode.SKIPPED_NOT_AN_OBJECT).get(0).path());
    }

    // ---- schedule2 (events[] + persons[])

    private static final String SCHEDULE2 = "{\"schedule\": {\"version\": \"x\", \"conference\": {"
            + "\"acronym\": \"38c3\", \"title\": \"38C3\", \"time_zone_name\": \"Europe/Berlin\", "
            + "\"defaults\": {\"language\": \"de\"}, "
            + "\"tracks\": [{\"name\": \"Security\", \"slug\": \"security\", \"colors\": {\"light\": \"#0347B4\"}}], "
            + "\"rooms\": [{\"name\": \"Saal 1\", \"guid\": \"r-1\", \"slug\": \"saal-1\"}, "
            + "{\"name\": \"Stage HUFF\", \"guid\": \"r-2\"}], "
            + "\"days\": [{\"index\": 1, \"date\": \"2024-12-27\", \"start\": \"2024-12-27T09:30:00+00:00\", "
            + "\"end\": \"2024-12-28T06:00:00+01:00\"}]}, "
            + "\"events\": [{\"type\": \"LIGHTNING_TALK\", \"guid\": \"e-1\", "
            + "\"start\": \"2024-12-28T00:15:00+01:00\", \"end\": \"2024-12-28T00:55:00+01:00\", "
            + "\"room\": {\"guid\": \"r-1\"}, \"title\": \"A Competitive AI:\", "
            + "\"subtitle\": \"Most Wanted\", \"track\": {\"slug\": \"security\"}, "
            + "\"abstract\": {\"en\": \"English.\", \"de\": \"Deutsch.\"}, "
            + "\"participants\": [{\"guid\": \"p-1\", \"name\": \"Sebastian\", \"role\": \"SPEAKER\"}, "
            + "{\"guid\": \"p-2\", \"role\": \"HOST\"}]}, "
            + "{\"type\": \"BREAK\", \"guid\": \"e-2\", \"start\": \"2024-12-27T12:00:00+01:00\", "
            + "\"duration\": \"PT30M\", \"room\": {\"guid\": \"r-9\", \"name\": \"Foyer\"}, \"title\": \"Lunch\", "
            + "\"track\": {\"slug\": \"nowhere\"}}], "
            + "\"persons\": [{\"guid\": \"p-1\", \"name\": \"Sebastian Schwarz\", \"biography\": \"Racer.\", "
            + "\"links\": [{\"url\": \"https://example.net/@s\", \"service\": \"MASTODON\"}]}, "
            + "{\"guid\": \"p-2\", \"name\": \"Host\"}]}}";

    @Test
    void schedule2EventsJoinRoomsTracksAndPersons() {
        ScheduleRead read = read(SCHEDULE2);
        assertEquals("c3voc schedule2 JSON", read.format());
        Session ai = session(read, "e-1");
        assertEquals(Kind.LIGHTNING, ai.kind());
        assertEquals("2024-12-28T00:15:00+01:00", ai.start().toString());
        assertEquals(40, ai.durationMinutes());
        assertEquals("Saal 1", ai.room().name());
        assertEquals("Security", ai.track().name());
        assertEquals("#0347B4", ai.track().color());
        assertEquals("Most Wanted\n\nDeutsch.", ai.abstractText()); // the conference's default language
        assertEquals("Sebastian", ai.speakers().get(0).name()); // as the event names them
        assertEquals("Racer.", ai.speakers().get(0).bio());
        assertEquals("MASTODON", ai.speakers().get(0).links().get(0).title());
        assertEquals("Host", ai.speakers().get(1).name()); // name from persons[]
        assertEquals("2024-12-27", read.schedule().dayOf(ai).date().toString()); // 00:15 stays on the 27th
    }

    @Test
    void schedule2UnknownRoomIsAddedAndUnknownTrackLeftOutEachWithAWarning() {
        ScheduleRead read = read(SCHEDULE2);
        Session lunch = session(read, "e-2");
        assertEquals(Kind.BREAK, lunch.kind());
        assertEquals(30, lunch.durationMinutes());
        assertEquals("Foyer", lunch.room().name());
        assertNull(lunch.track());
        assertEquals(3, read.schedule().rooms().size());
        assertEquals(Map.of("unknown-room", 1, "unknown-track", 1), codes(read));
        assertEquals("$.schedule.events[1].room", warnings(read, WarningCode.UNKNOWN_ROOM).get(0).path());
    }
}

package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Kind;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** pretalx widget JSON, from small documents written for each of its oddities. */
class PretalxWidgetFormatTest {
    /** Two rooms, one track, two speakers; {@code %s} is the talks. */
    private static final String DOC = """
            {
              "talks": [%s],
              "version": "0.7",
              "timezone": "Europe/Rome",
              "tracks": [
                {"id": 11, "name": {"en": "Mapping"}, "description": {}, "color": "#DF69CA"},
                {"id": 12, "name": {"de": "Kartographie", "it": "Cartografia"}, "description": "", "color": "red"}
              ],
              "rooms": [
                {"id": 1, "name": {"de": "Hörsaal A", "en": "Auditorium A"}, "description": {"en": "Ground floor"}},
                {"id": 2, "name": "Auditorium B", "description": {}},
                {"id": 3, "name": {"en": "Unused room"}, "description": {}}
              ],
              "speakers": [
                {"code": "ADA1", "name": "Ada Lovelace", "avatar": null},
                {"code": "GRC2", "name": "Grace Hopper", "avatar": "https://example.org/g.jpg"}
              ]
            }
            """;

    private static final String TALK = """
            {"code": "%s", "title": "%s", "abstract": "Maps.", "speakers": ["ADA1"], "track": 11,
             "start": "2022-08-19T10:00:00+02:00", "end": "2022-08-19T10:20:00+02:00", "room": 1}""";

    private static ScheduleRead read(String... talks) {
        return Schedules.read(DOC.formatted(String.join(",", talks)), JavaTimeZones.INSTANCE);
    }

    private static String talk(String code, String title) {
        return TALK.formatted(code, title);
    }

    @Test
    void isRecognisedAndJoinsRoomsTracksAndSpeakersById() {
        ScheduleRead read = read("""
                {"code": "QFUTA7", "title": "Opening", "abstract": "Hello.", "speakers": ["GRC2", "ADA1"],
                 "track": 11, "start": "2022-08-19T10:00:00+02:00", "end": "2022-08-19T10:20:00+02:00", "room": 2}""");
        assertEquals("pretalx widget JSON", read.format());
        assertEquals(List.of(), read.warnings());
        Schedule schedule = read.schedule();
        Session talk = schedule.sessions().get(0);
        assertEquals("QFUTA7", talk.id());
        assertEquals(Kind.TALK, talk.kind()); // the widget has no kinds
        assertEquals("2022-08-19T10:00:00+02:00", talk.start().toString());
        assertEquals(20, talk.durationMinutes());
        assertEquals("Auditorium B", talk.room().name());
        assertEquals("Mapping", talk.track().name());
        assertEquals("#DF69CA", talk.track().color());
        assertEquals(List.of("Grace Hopper", "Ada Lovelace"), names(talk.speakers())); // billing order kept
        assertEquals("Europe/Rome", schedule.conference().timeZone());
        assertEquals("Untitled schedule", schedule.conference().name()); // the widget does not name the event
    }

    @Test
    void i18nNamesPreferEnglishElseTheFirstLanguage() {
        ScheduleRead read = read(talk("A", "One"), """
                {"code": "B", "title": "Two", "speakers": [], "track": 12, "room": 2,
                 "start": "2022-08-19T11:00:00+02:00", "end": "2022-08-19T11:20:00+02:00"}""");
        Schedule schedule = read.schedule();
        assertEquals(List.of("Auditorium A", "Auditorium B"), names(schedule.rooms())); // {"de", "en"}; a string
        assertEquals("Kartographie", schedule.sessions().get(1).track().name()); // {"de", "it"}: the first
        assertNull(schedule.sessions().get(1).track().color()); // "red" is not a hex colour
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void i18nPickerHandlesEveryShape() {
        assertEquals("Main", I18nText.pick(JsonNode.parse("{\"v\": {\"fr\": \"Grand\", \"en\": \"Main\"}}").get("v")));
        assertEquals("Grand", I18nText.pick(JsonNode.parse("{\"v\": {\"fr\": \"Grand\", \"en\": \" \"}}").get("v")));
        assertEquals("Room", I18nText.pick(JsonNode.parse("{\"v\": \" Room \"}").get("v")));
        assertEquals("101", I18nText.pick(JsonNode.parse("{\"v\": 101}").get("v")));
        assertNull(I18nText.pick(JsonNode.parse("{\"v\": {}}").get("v")));
        assertNull(I18nText.pick(JsonNode.parse("{\"v\": [\"x\"]}").get("v")));
        assertNull(I18nText.pick(JsonNode.parse("{}").get("v")));
    }

    @Test
    void roomsAndTracksNoTalkUsesAreLeftOut() {
        Schedule schedule = read(talk("A", "One")).schedule();
        assertEquals(List.of("Auditorium A"), names(schedule.rooms()));
        assertEquals(List.of("Mapping"), names(schedule.tracks()));
        assertEquals(2, schedule.speakers().size()); // speakers are all kept
    }

    @Test
    void danglingRoomTrackAndSpeakerIdsAreWarnedWithTheirPaths() {
        ScheduleRead read = read("""
                {"code": "X", "title": "Lost", "speakers": ["ADA1", "NOPE"], "track": 99, "room": 42,
                 "start": "2022-08-19T10:00:00+02:00", "end": "2022-08-19T10:20:00+02:00"}""");
        Session talk = read.schedule().sessions().get(0);
        assertEquals("Room 42", talk.room().name()); // added, so the talk keeps a place
        assertNull(talk.track());
        assertEquals(List.of("Ada Lovelace"), names(talk.speakers()));
        assertEquals(List.of("$.talks[0].room: unknown-room", "$.talks[0].track: unknown-track",
                "$.talks[0].speakers[1]: unknown-speaker"), codes(read));
    }

    @Test
    void aTalkWithoutStartIsSkippedAndOneWithAnUnreadableStartToo() {
        ScheduleRead read = read("""
                {"code": "U", "title": "Unscheduled", "speakers": [], "track": null, "room": null,
                 "start": null, "end": null}""", """
                {"code": "B", "title": "Bad time", "speakers": [], "track": null, "room": 1,
                 "start": "19.08.2022 10:00", "end": "2022-08-19T10:20:00+02:00"}""", talk("A", "Kept"));
        assertEquals(List.of("Kept"), titles(read.schedule()));
        assertEquals(List.of("$.talks[1].start: skipped-bad-time", "$.talks[0]: skipped-no-start"), codes(read));
        assertEquals(2, read.skipped());
    }

    @Test
    void anUnreadableEndKeepsTheTalkWithoutLength() {
        ScheduleRead read = read("""
                {"code": "E", "title": "Open end", "speakers": [], "room": 1,
                 "start": "2022-08-19T10:00:00+02:00", "end": "later"}""");
        assertEquals(0, read.schedule().sessions().get(0).durationMinutes());
        assertEquals(List.of("$.talks[0].end: bad-value"), codes(read));
    }

    @Test
    void htmlInTitlesAndNamesBecomesPlainTextWithAWarning() {
        String doc = DOC.formatted(talk("H", "Maps &amp; <em>more</em>"))
                .replace("\"Grace Hopper\"", "\"Grace <b>Hopper</b>\"");
        ScheduleRead read = Schedules.read(doc, JavaTimeZones.INSTANCE);
        assertEquals("Maps & more", read.schedule().sessions().get(0).title());
        assertEquals("Grace Hopper", read.schedule().speakers().get(1).name());
        assertEquals(List.of("$.speakers[1].name: markup-in-text", "$.talks[0].title: markup-in-text"), codes(read));
    }

    @Test
    void crlfAndMarkdownInAbstractsAreKeptAsText() {
        String abstractText = "Two points:\\r\\n\\r\\n* `osm2pgsql`\\r\\n* <maps> & tiles";
        ScheduleRead read = read(talk("C", "Lists").replace("\"Maps.\"", "\"" + abstractText + "\""));
        assertEquals("Two points:\r\n\r\n* `osm2pgsql`\r\n* <maps> & tiles",
                read.schedule().sessions().get(0).abstractText());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void aSubmissionInTwoSlotsRepeatsItsCodeAndTheSecondIsRenamed() {
        ScheduleRead read = read(talk("HLTKHD", "Lightning talks"), talk("HLTKHD", "Lightning talks")
                .replace("2022-08-19T10", "2022-08-20T10"));
        assertEquals(List.of("HLTKHD", "HLTKHD~2"), read.schedule().sessions().stream().map(Session::id)
                .collect(Collectors.toList()));
        assertEquals(List.of("$.talks[1]: duplicate-id"), codes(read));
    }

    @Test
    void newerPretalxBreaksAreBreaksAtLocalOffsetsAndTalksGetTheirLanguage() {
        ScheduleRead read = read("""
                {"id": 777, "title": {"en": "Coffee break", "it": "Pausa caffè"}, "room": 1,
                 "start": "2022-08-19T08:00:00Z", "end": "2022-08-19T10:30:00+02:00", "slot_type": "break"}""", """
                {"code": "L", "id": 778, "title": "Duration only", "speakers": [], "room": 2, "track": null,
                 "start": "2022-08-19T11:00:00+02:00", "duration": 25, "content_locale": "it"}""");
        Session coffee = read.schedule().sessions().get(0);
        assertEquals("slot-777", coffee.id());
        assertEquals("Coffee break", coffee.title());
        assertEquals(Kind.BREAK, coffee.kind());
        assertEquals("2022-08-19T10:00:00+02:00", coffee.start().toString()); // written in UTC, shown locally
        Session talk = read.schedule().sessions().get(1);
        assertEquals(25, talk.durationMinutes());
        assertEquals("it", talk.language());
        assertEquals("Europe/Rome", read.schedule().conference().timeZone());
        assertEquals(List.of(), read.warnings()); // no zone contradiction from the UTC start
    }

    @Test
    void aZoneThatContradictsTheOffsetsIsReplacedWithAWarning() {
        String doc = DOC.formatted(talk("A", "One")).replace("\"Europe/Rome\"", "\"America/New_York\"");
        ScheduleRead read = Schedules.read(doc, JavaTimeZones.INSTANCE);
        assertEquals("Etc/GMT-2", read.schedule().conference().timeZone());
        assertEquals(List.of("$.timezone: zone-contradicts-offsets"), codes(read));
    }

    @Test
    void theIdAndPathsOfOddEntriesAreReported() {
        String doc = DOC.formatted(talk("A", "One") + ", 42")
                .replace("{\"id\": 2, \"name\": \"Auditorium B\", \"description\": {}}", "{\"id\": 2, \"name\": {}}")
                .replace("\"room\": 1}", "\"room\": 2}");
        ScheduleRead read = Schedules.read(doc, JavaTimeZones.INSTANCE);
        assertEquals("room 2", read.schedule().sessions().get(0).room().name());
        assertEquals(List.of("$.rooms[1].name: bad-value", "$.talks[1]: skipped-not-an-object"), codes(read));
    }

    @Test
    void aSpeakerListedTwiceIsKeptOnceAndWarnedOnlyWhenTheEntriesDisagree() {
        String doc = DOC.formatted(talk("A", "One")).replace("""
                {"code": "GRC2", "name": "Grace Hopper", "avatar": "https://example.org/g.jpg"}""", """
                {"code": "GRC2", "name": "Grace Hopper", "avatar": null},
                {"code": "GRC2", "name": "Grace Hopper", "avatar": null},
                {"code": "GRC2", "name": "Grace B. Hopper", "avatar": null}""");
        ScheduleRead read = Schedules.read(doc, JavaTimeZones.INSTANCE);
        assertEquals(List.of("Ada Lovelace", "Grace Hopper"), names(read.schedule().speakers()));
        assertEquals(List.of("$.speakers[3]: bad-value"), codes(read));
    }

    private static List<String> codes(ScheduleRead read) {
        List<String> codes = new ArrayList<>();
        for (Warning warning : read.warnings()) {
            codes.add(warning.path() + ": " + warning.code().id());
        }
        return codes;
    }

    private static List<String> titles(Schedule schedule) {
        return schedule.sessions().stream().map(Session::title).collect(Collectors.toList());
    }

    private static List<String> names(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.toList());
    }
}

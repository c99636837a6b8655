package dev.trackside.parse;

import static dev.trackside.parse.JsonSyntaxErrorTest.assertPosition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid JSON that is not a valid schedule: each test changes one thing in {@link MinimalDoc}. */
class ScheduleErrorTest {
    @Test
    void objectWithoutFormatIsNotASchedule() {
        ScheduleException e = fails(MinimalDoc.valid().without("format"));
        // The message lists the formats we read and the fields the document has, so its author sees the mismatch.
        assertTrue(e.getMessage().startsWith("$: not a schedule in a format Trackside reads (Trackside with "
                + "\"format\": \"trackside-schedule\""), e.getMessage());
        assertTrue(e.getMessage().endsWith("its top-level fields are \"version\", \"conference\", \"days\", \"rooms\", "
                + "\"tracks\", \"speakers\", \"sessions\""), e.getMessage());
        assertEquals("$", e.path());
        assertEquals(0, e.line());
    }

    @Test
    void formatThatIsNotAStringIsNoFormat() {
        ScheduleException e = fails(MinimalDoc.valid().set("format", "{\"name\": \"trackside-schedule\"}"));
        assertEquals("$", e.path());
    }

    @Test
    void unknownFormatIsNamed() {
        ScheduleException e = fails(MinimalDoc.valid().set("format", "\"frab-schedule\""));
        assertEquals("$.format: unknown format \"frab-schedule\" (expected \"trackside-schedule\")", e.getMessage());
    }

    @Test
    void formatIsCheckedBeforeAnythingElse() {
        // A foreign document must not be told about Trackside's fields.
        ScheduleException e = fails(MinimalDoc.valid().set("format", "\"other\"").without("conference"));
        assertEquals("$.format", e.path());
    }

    @Test
    void missingVersion() {
        ScheduleException e = fails(MinimalDoc.valid().without("version"));
        assertEquals("$: missing required field \"version\"", e.getMessage());
    }

    @Test
    void unsupportedVersionIsNamed() {
        ScheduleException e = fails(MinimalDoc.valid().set("version", "2"));
        assertEquals("unsupported version 2 (this viewer reads version 1)", e.problem());
        assertEquals("$.version", e.path());
        assertEquals(3, e.line()); // MinimalDoc puts version on line 3
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1\"", "1.5", "-1", "null", "true"})
    void versionMustBeAWholeNumber(String json) {
        ScheduleException e = fails(MinimalDoc.valid().set("version", json));
        assertEquals("$.version", e.path());
    }

    @Test
    void missingConference() {
        assertEquals("$: missing required field \"conference\"", fails(MinimalDoc.valid().without("conference"))
                .getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "name", "timeZone"})
    void missingConferenceField(String field) {
        ScheduleException e = fails(MinimalDoc.valid().conferenceWithout(field));
        assertEquals("$.conference: missing required field \"" + field + "\"", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-07:00", "", "Pacific Time", "9am", "/Europe/Berlin"})
    void timeZoneMustLookLikeAnIanaName(String zone) {
        ScheduleException e = fails(MinimalDoc.valid().conference("timeZone", "\"" + zone + "\""));
        assertEquals("$.conference.timeZone", e.path());
        assertEquals("expected an IANA time zone such as \"Europe/Berlin\", got \"" + zone + "\"", e.problem());
    }

    @Test
    void titleThatIsANumber() {
        ScheduleException e = fails(MinimalDoc.valid().session(1, "title", "5"));
        assertEquals("expected a string, got number 5", e.problem());
        assertEquals("$.sessions[1].title", e.path());
    }

    @Test
    void sessionsThatIsAnObject() {
        ScheduleException e = fails(MinimalDoc.valid().set("sessions", "{\"t1\": {}}"));
        assertEquals("expected an array, got an object", e.problem());
        assertEquals("$.sessions", e.path());
    }

    @Test
    void nullSessionsCountAsMissing() {
        // "sessions" is required; an exporter writing null has lost the programme, which must not look empty.
        assertEquals("$: missing required field \"sessions\"", fails(MinimalDoc.valid().set("sessions", "null"))
                .getMessage());
    }

    @Test
    void durationLongerThanAMonthIsRejected() {
        // Seconds written as minutes, or garbage, would otherwise give end dates years away.
        ScheduleException e = fails(MinimalDoc.valid().session(1, "duration", "44641"));
        assertEquals("$.sessions[1].duration", e.path());
        assertEquals("a duration of 44641 minutes is over 44640 (31 days)", e.problem());
    }

    @Test
    void missingSessions() {
        assertEquals("$: missing required field \"sessions\"", fails(MinimalDoc.valid().without("sessions"))
                .getMessage());
    }

    @Test
    void wrongTypeInsideAnArrayNamesThatElement() {
        assertEquals("$.sessions[0]", fails(MinimalDoc.valid().set("sessions", "[5]")).path());
        ScheduleException e = fails(MinimalDoc.valid().session(1, "tags", "[\"async\", 5]"));
        assertEquals("$.sessions[1].tags[1]: expected a string, got number 5", e.getMessage().replaceAll(" \\(.*", ""));
        assertEquals("$.sessions[0].rooms[1]", fails(MinimalDoc.valid().session(0, "rooms", "[\"hall-a\", true]"))
                .path());
    }

    @Test
    void emptyIdInsideAnArrayNamesThatElement() {
        // The streaming reader named the element after it ("rooms[2]"): Gson's path moves on once a value is read.
        ScheduleException e = fails(MinimalDoc.valid().session(0, "rooms", "[\"hall-a\", \"\"]"));
        assertEquals("$.sessions[0].rooms[1]", e.path());
        assertEquals("expected a non-empty id", e.problem());
        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test
    void startThatIsNotAString() {
        ScheduleException e = fails(MinimalDoc.valid().session(0, "start", "900"));
        assertEquals("$.sessions[0].start", e.path());
        assertEquals("expected a string, got number 900", e.problem());
    }

    @Test
    void startThatIsNotADateTimeIsQuotedWithItsPosition() {
        String text = """
                {
                  "format": "trackside-schedule",
                  "version": 1,
                  "conference": {"id": "c", "name": "C", "timeZone": "America/Los_Angeles"},
                  "sessions": [
                    {"id": "t1", "title": "Talk",
                     "start": "9am", "duration": 30}
                  ]
                }
                """;
        ScheduleException e = assertThrows(ScheduleException.class, () -> Schedules.parse(text));
        // Line 7; "9am" in quotes is columns 15-19, and the reader stops just past it.
        assertEquals("$.sessions[0].start: expected an ISO-8601 date-time with offset such as "
                + "\"2019-09-23T09:00-07:00\", got \"9am\" (line 7, column 20)", e.getMessage());
        assertPosition(text, text.indexOf("\"9am\"") + 5, e);
    }

    @Test
    void startWithoutOffsetIsRejected() {
        ScheduleException e = fails(MinimalDoc.valid().session(1, "start", "\"2026-09-22T09:30\""));
        assertEquals("$.sessions[1].start", e.path());
    }

    @Test
    void endBeforeStart() {
        ScheduleException e = fails(MinimalDoc.valid().session(0, "end", "\"2026-09-22T08:00-07:00\""));
        assertEquals("$.sessions[0].end: ends (2026-09-22T08:00:00-07:00) before it starts "
                + "(2026-09-22T09:00:00-07:00)", e.getMessage());
    }

    @Test
    void endBeforeStartIsComparedAsInstants() {
        // 16:30Z is 09:30-07:00, so this ends exactly when it starts; 16:29Z is a minute before.
        MinimalDoc doc = MinimalDoc.valid().sessionWithout(1, "duration");
        Schedules.parse(doc.session(1, "end", "\"2026-09-22T16:30Z\"").json());
        assertEquals("$.sessions[1].end", fails(doc.session(1, "end", "\"2026-09-22T16:29Z\"")).path());
    }

    @Test
    void missingEndAndDuration() {
        ScheduleException e = fails(MinimalDoc.valid().sessionWithout(1, "duration"));
        assertEquals("$.sessions[1]: missing required field \"end\" or \"duration\"", e.getMessage());
    }

    @Test
    void negativeDurationIsNotAWholeNumber() {
        ScheduleException e = fails(MinimalDoc.valid().session(1, "duration", "-5"));
        assertEquals("$.sessions[1].duration", e.path());
        assertEquals("expected a whole number, got -5", e.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "title", "start"})
    void missingSessionField(String field) {
        ScheduleException e = fails(MinimalDoc.valid().sessionWithout(1, field));
        assertEquals("$.sessions[1]: missing required field \"" + field + "\"", e.getMessage());
    }

    @Test
    void unknownKindListsTheKnownOnes() {
        ScheduleException e = fails(MinimalDoc.valid().session(1, "kind", "\"panel\""));
        assertEquals("$.sessions[1].kind", e.path());
        assertEquals("unknown kind \"panel\" (expected one of talk, keynote, tutorial, lightning, workshop, sprint, "
                + "social, break, other)", e.problem());
    }

    @Test
    void kindIsCaseSensitive() {
        assertEquals("$.sessions[1].kind", fails(MinimalDoc.valid().session(1, "kind", "\"Talk\"")).path());
    }

    @Test
    void emptyIdIsRejected() {
        ScheduleException e = fails(MinimalDoc.valid().session(1, "id", "\"\""));
        assertEquals("$.sessions[1].id", e.path());
        assertEquals("expected a non-empty id", e.problem());
    }

    @Test
    void invalidDayDate() {
        ScheduleException e = fails(MinimalDoc.valid().set("days", "[{\"date\": \"2026-02-30\"}]"));
        assertEquals("$.days[0].date", e.path());
        assertEquals("expected a date YYYY-MM-DD, got \"2026-02-30\"", e.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#12345", "#ggg", "#0c6b58; background: url(x)"})
    void trackColourMustBeHex(String colour) {
        // The colour ends up in CSS, so anything but #rgb / #rrggbb is refused.
        ScheduleException e = fails(MinimalDoc.valid().set("tracks",
                "[{\"id\": \"web\", \"name\": \"Web\", \"color\": \"" + colour + "\"}]"));
        assertEquals("$.tracks[0].color", e.path());
    }

    @Test
    void linkWithoutUrl() {
        ScheduleException e = fails(MinimalDoc.valid().session(1, "links", "[{\"title\": \"Slides\"}]"));
        assertEquals("$.sessions[1].links[0]: missing required field \"url\"", e.getMessage());
    }

    @Test
    void longValuesAreShortenedInMessages() {
        String zone = "x ".repeat(50);
        ScheduleException e = fails(MinimalDoc.valid().conference("timeZone", "\"" + zone + "\""));
        assertEquals("expected an IANA time zone such as \"Europe/Berlin\", got \"" + zone.substring(0, 57)
                + "...\"", e.problem());
    }

    static ScheduleException fails(MinimalDoc doc) {
        return assertThrows(ScheduleException.class, () -> Schedules.parse(doc.json()), doc::json);
    }
}

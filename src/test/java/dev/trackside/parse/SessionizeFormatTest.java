package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Kind;
import dev.trackside.model.Link;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.model.TimeZones;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Sessionize "All data" JSON, from small documents written for each of its oddities. */
class SessionizeFormatTest {
    /** Three rooms, four categories, two speakers, one question; {@code %s} is the sessions. */
    private static final String DOC = """
            {
              "sessions": [%s],
              "speakers": [
                {"id": "aaaa-1111", "firstName": "Ada", "lastName": "Lovelace", "fullName": "Ada Lovelace",
                 "bio": "Writes programs.\\r\\nFor engines.", "tagLine": "Analyst", "profilePicture": null,
                 "links": [{"title": "Blog", "url": "https://ada.example/", "linkType": "Blog"}],
                 "sessions": [101, 102], "categoryItems": [], "questionAnswers": []},
                {"id": "bbbb-2222", "firstName": "Grace", "lastName": "Hopper", "fullName": "Grace Hopper",
                 "bio": null, "tagLine": "", "links": [], "sessions": [101]}
              ],
              "questions": [{"id": 900, "question": "YouTube Video", "questionType": "Short_Text", "sort": 1},
                            {"id": 901, "question": "Short Title", "questionType": "Short_Text", "sort": 2}],
              "categories": [
                {"id": 1, "title": "Track", "items": [{"id": 10, "name": "Cloud", "sort": 1},
                                                      {"id": 11, "name": "Data", "sort": 2}], "sort": 0},
                {"id": 2, "title": "Level", "items": [{"id": 20, "name": "Advanced", "sort": 1}], "sort": 1},
                {"id": 3, "title": "Language", "items": [{"id": 30, "name": "German", "sort": 1},
                                                         {"id": 31, "name": "Klingon", "sort": 2}], "sort": 2},
                {"id": 4, "title": "Session format", "items": [{"id": 40, "name": "Workshop (2 h)", "sort": 1},
                                                               {"id": 41, "name": "Panel", "sort": 2}], "sort": 3},
                {"id": 5, "title": "Audience", "items": [{"id": 50, "name": "Developers", "sort": 1}], "sort": 4}
              ],
              "rooms": [{"id": 7, "name": "Saal 8", "sort": 0}, {"id": 8, "name": "Saal 11", "sort": 1},
                        {"id": 9, "name": "Aula", "sort": 2}]
            }
            """;

    private static final String SESSION = """
            {"id": "%s", "title": "%s", "description": "About it.", "startsAt": "%s", "endsAt": "%s",
             "isServiceSession": false, "isPlenumSession": false, "speakers": ["aaaa-1111"], "categoryItems": [],
             "questionAnswers": [], "roomId": 8}""";

    private static String session(String id, String title, String start, String end) {
        return SESSION.formatted(id, title, start, end);
    }

    private static String talk() {
        return session("101", "Stories of void", "2024-04-20T09:00:00", "2024-04-20T09:45:00");
    }

    private static ScheduleRead read(String zone, String... sessions) {
        return Schedules.read(DOC.formatted(String.join(",", sessions)), JavaTimeZones.INSTANCE, zone);
    }

    @Test
    void withoutAZoneTimesAreFloatingAndWarnedOnce() {
        ScheduleRead read = read(null, talk(), session("102", "Two", "2024-04-20T10:00:00", "2024-04-20T10:45:00"));
        assertEquals("Sessionize JSON", read.format());
        Schedule schedule = read.schedule();
        Session talk = schedule.sessions().get(0);
        assertEquals("2024-04-20T09:00:00+00:00", talk.start().toString()); // 09:00 as written, offset meaningless
        assertEquals(45, talk.durationMinutes());
        assertNull(schedule.conference().timeZone());
        assertEquals(List.of("$.sessions[0].startsAt: floating-times"), codes(read)); // one for the document
        assertEquals("2024-04-20", schedule.days().get(0).toString());
    }

    @Test
    void withAZoneTimesAreRealInstantsAndTheZoneIsTheSchedules() {
        ScheduleRead read = read("Europe/Vienna", talk());
        Session talk = read.schedule().sessions().get(0);
        assertEquals("2024-04-20T09:00:00+02:00", talk.start().toString());
        assertEquals("2024-04-20T09:45:00+02:00", talk.end().toString());
        assertEquals("Europe/Vienna", read.schedule().conference().timeZone());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void aNightSessionAcrossTheViennaSpringChangeLastsOneRealHour() {
        ScheduleRead read = read("Europe/Vienna",
                session("101", "Hackathon night", "2024-03-31T01:30:00", "2024-03-31T03:30:00"));
        Session night = read.schedule().sessions().get(0);
        assertEquals("2024-03-31T01:30:00+01:00", night.start().toString());
        assertEquals("2024-03-31T03:30:00+02:00", night.end().toString());
        assertEquals(60, night.durationMinutes());
        assertEquals(List.of(), read.warnings());

        ScheduleRead floating = read(null,
                session("101", "Hackathon night", "2024-03-31T01:30:00", "2024-03-31T03:30:00"));
        assertEquals(120, floating.schedule().sessions().get(0).durationMinutes()); // as the clock reads
    }

    @Test
    void aZoneUnknownToThePlatformLeavesTheTimesFloating() {
        ScheduleRead read = Schedules.read(DOC.formatted(talk()), TimeZones.NONE, "Europe/Vienna");
        assertEquals("2024-04-20T09:00:00+00:00", read.schedule().sessions().get(0).start().toString());
        assertNull(read.schedule().conference().timeZone());
        assertEquals(1, read.count(WarningCode.FLOATING_TIMES));
    }

    @Test
    void timesWithAnOffsetAreTakenAsWritten() {
        ScheduleRead read = read(null, session("101", "Z", "2024-04-20T09:00:00+02:00", "2024-04-20T09:45:00+02:00"));
        assertEquals("2024-04-20T09:00:00+02:00", read.schedule().sessions().get(0).start().toString());
        assertEquals(0, read.count(WarningCode.FLOATING_TIMES));
    }

    @Test
    void unscheduledAndUnreadableSessionsAreSkippedWithWarnings() {
        String unscheduled = talk().replace("\"2024-04-20T09:00:00\"", "null").replace("\"2024-04-20T09:45:00\"",
                "null");
        String unreadable = session("102", "Bad", "20.04.2024 09:00", "2024-04-20T09:45:00");
        ScheduleRead read = read("Europe/Vienna", unscheduled, unreadable,
                session("103", "Bad end", "2024-04-20T11:00:00", "soon"));
        assertEquals(List.of("Bad end"), read.schedule().sessions().stream().map(Session::title)
                .collect(Collectors.toList()));
        assertEquals(0, read.schedule().sessions().get(0).durationMinutes());
        assertEquals(List.of("$.sessions[1].startsAt: skipped-bad-time", "$.sessions[2].endsAt: bad-value",
                "$.sessions[0]: skipped-no-start"), codes(read));
    }

    @Test
    void serviceSessionsAreBreaksOrOtherAndPlenumSessionsSpanTheUsedRooms() {
        String lunch = """
                {"id": "4d9f8bad-fbe9", "title": "Lunch Break", "description": null,
                 "startsAt": "2024-04-20T12:00:00", "endsAt": "2024-04-20T13:00:00", "isServiceSession": true,
                 "isPlenumSession": true, "speakers": [], "categoryItems": [], "questionAnswers": [], "roomId": 9}""";
        String registration = lunch.replace("4d9f8bad-fbe9", "reg").replace("Lunch Break", "Registration")
                .replace("\"isPlenumSession\": true", "\"isPlenumSession\": false").replace("T12", "T08")
                .replace("T13", "T09");
        ScheduleRead read = read("Europe/Vienna", talk(), lunch, registration);
        Session lunchBreak = read.schedule().sessions().get(1);
        assertEquals(Kind.BREAK, lunchBreak.kind());
        assertEquals(List.of("Aula", "Saal 11"), names(lunchBreak.rooms())); // its own room first; Saal 8 is unused
        assertEquals("", lunchBreak.abstractText()); // null in the file
        Session reg = read.schedule().sessions().get(2);
        assertEquals(Kind.OTHER, reg.kind());
        assertEquals(List.of("Aula"), names(reg.rooms()));
        assertEquals(Kind.TALK, read.schedule().sessions().get(0).kind());
        assertEquals(List.of("Saal 11", "Aula"), names(read.schedule().rooms())); // Sessionize's order, used only
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void categoriesBecomeTrackLevelLanguageKindAndTags() {
        ScheduleRead read = read("Europe/Vienna",
                talk().replace("\"categoryItems\": []", "\"categoryItems\": [10, 11, 20, 30, 40, 50]"),
                session("102", "Panel", "2024-04-20T10:00:00", "2024-04-20T10:45:00")
                        .replace("\"categoryItems\": []", "\"categoryItems\": [41, 31, 999]"));
        Session workshop = read.schedule().sessions().get(0);
        assertEquals("Cloud", workshop.track().name());
        assertEquals("Advanced", workshop.level());
        assertEquals("de", workshop.language()); // "German" as a BCP 47 tag
        assertEquals(Kind.WORKSHOP, workshop.kind());
        assertEquals(List.of("Data", "Developers"), workshop.tags()); // a second track, another category
        assertEquals(List.of("Cloud"), names(read.schedule().tracks())); // only the tracks sessions have

        Session panel = read.schedule().sessions().get(1);
        assertEquals(Kind.TALK, panel.kind());
        assertEquals(List.of("Panel"), panel.tags());
        assertEquals("Klingon", panel.language()); // no tag known: kept as written
        assertNull(panel.track());
        assertEquals(List.of("$.sessions[1].categoryItems[0]: unknown-kind",
                "$.sessions[1].categoryItems[2]: unknown-category"), codes(read));
    }

    @Test
    void categoryTitlesDecideTheirRole() {
        assertEquals(SessionizeFormat.Role.TRACK, SessionizeFormat.role("Topic"));
        assertEquals(SessionizeFormat.Role.LEVEL, SessionizeFormat.role("Audience level"));
        assertEquals(SessionizeFormat.Role.LANGUAGE, SessionizeFormat.role("Session language"));
        assertEquals(SessionizeFormat.Role.KIND, SessionizeFormat.role("Session type"));
        assertEquals(SessionizeFormat.Role.TAG, SessionizeFormat.role("Tags"));
        assertEquals(Kind.LIGHTNING, KindLabels.fromLabel("Lightning talk (5 min)"));
        assertEquals(Kind.KEYNOTE, KindLabels.fromLabel("Keynote session"));
        assertEquals(Kind.TALK, KindLabels.fromLabel("Session (45 min)"));
        assertNull(KindLabels.fromLabel("Fishbowl"));
    }

    @Test
    void speakersJoinByIdWithTagLineBioAndLinks() {
        String both = talk().replace("[\"aaaa-1111\"]", "[\"bbbb-2222\", \"aaaa-1111\", \"cccc-3333\"]");
        String doc = DOC.formatted(both).replace("\"linkType\": \"Blog\"}", "\"linkType\": \"Blog\"},\n"
                + "{\"title\": \"Broken\", \"url\": null, \"linkType\": \"Other\"}");
        ScheduleRead read = Schedules.read(doc, JavaTimeZones.INSTANCE, "Europe/Vienna");
        Session talk = read.schedule().sessions().get(0);
        assertEquals(List.of("Grace Hopper", "Ada Lovelace"), names(talk.speakers()));
        Speaker ada = talk.speakers().get(1);
        assertEquals("Analyst\n\nWrites programs.\r\nFor engines.", ada.bio()); // CRLF kept as written
        assertEquals(List.of("Blog https://ada.example/"), ada.links().stream().map(l -> l.title() + " " + l.url())
                .collect(Collectors.toList()));
        assertEquals("", talk.speakers().get(0).bio());
        assertEquals(List.of("$.speakers[0].links[1]: bad-value", "$.sessions[0].speakers[2]: unknown-speaker"),
                codes(read));
    }

    @Test
    void aFullNameThatContradictsFirstAndLastNameIsReplacedByThemWithAWarning() {
        String doc = DOC.formatted(talk()).replace("\"Hopper\", \"fullName\": \"Grace Hopper\",", "\"Hopper\",")
                .replace("\"fullName\": \"Ada Lovelace\"", "\"fullName\": \"Grace Hopper\""); // a copy-paste slip
        ScheduleRead read = Schedules.read(doc, JavaTimeZones.INSTANCE, "Europe/Vienna");
        assertEquals(List.of("Ada Lovelace", "Grace Hopper"), names(read.schedule().speakers()));
        assertEquals(List.of("$.speakers[0].fullName: bad-value"), codes(read));
    }

    @Test
    void descriptionsKeepCrlfAndTitlesLoseHtmlWithAWarning() {
        String crlf = talk().replace("About it.", "Agenda:\\r\\n\\t• one\\r\\n* two");
        String html = session("102", "Azure <b>DevOps</b> &amp; GitHub", "2024-04-20T10:00:00",
                "2024-04-20T10:45:00");
        String ampersand = session("103", "Innovation & Trust", "2024-04-20T11:00:00", "2024-04-20T11:45:00");
        ScheduleRead read = read("Europe/Vienna", crlf, html, ampersand);
        List<Session> sessions = read.schedule().sessions();
        assertEquals("Agenda:\r\n\t• one\r\n* two", sessions.get(0).abstractText());
        assertEquals("Azure DevOps & GitHub", sessions.get(1).title());
        assertEquals("Innovation & Trust", sessions.get(2).title()); // a bare & is not markup
        assertEquals(List.of("$.sessions[1].title: markup-in-text"), codes(read));
    }

    @Test
    void roomIdsAreJoinedAndADanglingOneIsAddedWithAWarning() {
        String lost = session("102", "Lost", "2024-04-20T10:00:00", "2024-04-20T10:45:00")
                .replace("\"roomId\": 8", "\"roomId\": 12345");
        String nowhere = session("103", "Nowhere", "2024-04-20T11:00:00", "2024-04-20T11:45:00")
                .replace("\"roomId\": 8", "\"roomId\": null");
        ScheduleRead read = read("Europe/Vienna", talk(), lost, nowhere);
        List<Session> sessions = read.schedule().sessions();
        assertEquals("Saal 11", sessions.get(0).room().name());
        assertEquals("Room 12345", sessions.get(1).room().name());
        assertEquals(List.of(), sessions.get(2).rooms());
        assertEquals(List.of("$.sessions[1].roomId: unknown-room"), codes(read));
    }

    @Test
    void webAddressAnswersStreamAndRecordingBecomeLinks() {
        String withLinks = talk().replace("\"questionAnswers\": []", """
                "questionAnswers": [{"questionId": 900, "answerValue": "https://youtu.be/x"},
                                    {"questionId": 901, "answerValue": "stories-of-void"}],
                "liveUrl": "https://live.example/1", "recordingUrl": null""");
        ScheduleRead read = read("Europe/Vienna", withLinks);
        List<Link> links = read.schedule().sessions().get(0).links();
        assertEquals(List.of("YouTube Video https://youtu.be/x", "Live stream https://live.example/1"),
                links.stream().map(l -> l.title() + " " + l.url()).collect(Collectors.toList()));
    }

    @Test
    void numericSessionIdsAreReadAsText() {
        ScheduleRead read = read("Europe/Vienna", talk().replace("\"id\": \"101\"", "\"id\": 101"));
        assertEquals("101", read.schedule().sessions().get(0).id());
        assertTrue(read.warnings().isEmpty(), read.warnings().toString());
    }

    private static List<String> codes(ScheduleRead read) {
        List<String> codes = new ArrayList<>();
        for (Warning warning : read.warnings()) {
            codes.add(warning.path() + ": " + warning.code().id());
        }
        return codes;
    }

    private static List<String> names(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.toList());
    }
}

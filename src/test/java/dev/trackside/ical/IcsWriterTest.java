package dev.trackside.ical;

import static dev.trackside.ical.Ics.contentLine;
import static dev.trackside.ical.Ics.instant;
import static dev.trackside.ical.Ics.onlyEvent;
import static dev.trackside.ical.Ics.parse;
import static dev.trackside.ical.Ics.schedule;
import static dev.trackside.ical.Ics.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Conference;
import dev.trackside.model.Kind;
import dev.trackside.model.Link;
import dev.trackside.model.Room;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.model.Track;
import dev.trackside.model.ZonedTime;
import dev.trackside.view.ViewState;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

class IcsWriterTest {
    static final Conference CONFERENCE = new Conference("devconf-2024", "DevConf 2024", "Europe/Berlin",
            "Messe Berlin, Hall 7", "https://devconf.example/");
    /** 2024-06-10T06:13:20Z. */
    static final long STAMP = 1_718_000_000L;
    static final String PAGE = "https://trackside.example/view/?src=devconf.json";

    private static final Room MAIN = new Room("main", "Main Hall");
    private static final Room SIDE = new Room("side", "Side Room");
    private static final Track WEB = new Track("web", "Web", "#336699");

    static Session keynote() {
        return Session.builder("42", "Engines, Compilers; and \\ Dreams")
                .kind(Kind.KEYNOTE)
                .time(ZonedTime.parse("2024-06-12T09:30+02:00"), ZonedTime.parse("2024-06-12T10:15+02:00"))
                .room(MAIN)
                .track(WEB)
                .speaker(new Speaker("ada", "Ada Lovelace", "", List.of()))
                .speaker(new Speaker("grace", "Grace Hopper", "", List.of()))
                .abstractText("We look at **analytical engines**.\n\nSee [the notes](https://notes.example/42).")
                .link(new Link("Slides", "https://slides.example/42"))
                .link(new Link("Evil", "javascript:alert(1)"))
                .link(new Link("", " https://video.example/42 "))
                .build();
    }

    static Session.Builder talk(String id, String title, String start, String end) {
        return Session.builder(id, title).time(ZonedTime.parse(start), ZonedTime.parse(end));
    }

    static String write(Session... sessions) {
        return IcsWriter.write(schedule(CONFERENCE, sessions), List.of(sessions), STAMP, PAGE);
    }

    @Test
    void everyFieldOfASessionReadsBackWithIcal4j() {
        VEvent event = onlyEvent(write(keynote()));
        assertEquals("42@devconf-2024.trackside", value(event, "UID"));
        assertEquals(Instant.parse("2024-06-10T06:13:20Z"), instant(event, "DTSTAMP"));
        assertEquals(Instant.parse("2024-06-12T07:30:00Z"), instant(event, "DTSTART"));
        assertEquals(Instant.parse("2024-06-12T08:15:00Z"), instant(event, "DTEND"));
        assertEquals("Engines, Compilers; and \\ Dreams", value(event, "SUMMARY"));
        assertEquals("Main Hall", value(event, "LOCATION"));
        assertEquals("Ada Lovelace, Grace Hopper\n\n"
                + "We look at analytical engines.\nSee the notes.\n\n"
                + "Slides: https://slides.example/42\nhttps://video.example/42", value(event, "DESCRIPTION"));
        assertEquals(List.of("Web", "Keynote"), Ics.categories(event));
        assertEquals(PAGE + "#session=42", value(event, "URL"));
    }

    @Test
    void calendarSaysVersionProductScaleMethodAndConferenceName() {
        Calendar calendar = parse(write(keynote()));
        assertEquals("2.0", value(calendar, "VERSION"));
        assertEquals(IcsWriter.PRODID, value(calendar, "PRODID"));
        assertEquals("GREGORIAN", value(calendar, "CALSCALE"));
        assertEquals("PUBLISH", value(calendar, "METHOD"));
        assertEquals("DevConf 2024", value(calendar, "X-WR-CALNAME"));
    }

    @Test
    void writesTheDocumentedLinesInThisOrderWithCrlf() {
        Session session = talk("7", "Lunch", "2024-06-12T12:00+02:00", "2024-06-12T13:00+02:00").kind(Kind.BREAK)
                .room(MAIN).build();
        assertEquals("BEGIN:VCALENDAR\r\n"
                + "VERSION:2.0\r\n"
                + "PRODID:-//Trackside//Trackside schedule viewer//EN\r\n"
                + "CALSCALE:GREGORIAN\r\n"
                + "METHOD:PUBLISH\r\n"
                + "X-WR-CALNAME:DevConf 2024\r\n"
                + "BEGIN:VEVENT\r\n"
                + "UID:7@devconf-2024.trackside\r\n"
                + "DTSTAMP:20240610T061320Z\r\n"
                + "DTSTART:20240612T100000Z\r\n"
                + "DTEND:20240612T110000Z\r\n"
                + "SUMMARY:Lunch\r\n"
                + "LOCATION:Main Hall\r\n"
                + "CATEGORIES:Break\r\n"
                + "URL:https://trackside.example/view/?src=devconf.json#session=7\r\n"
                + "END:VEVENT\r\n"
                + "END:VCALENDAR\r\n", write(session));
    }

    @Test
    void ical4jFindsNothingToFaultByRfc5545() throws Exception {
        // RFC 5545 rules only: iTIP (RFC 5546) would also want an ORGANIZER for METHOD:PUBLISH, which a schedule
        // does not have; calendar apps import published files without one (see IcsWriter).
        Calendar calendar = parse(write(keynote(), talk("1", "Opening", "2024-06-12T09:00+02:00",
                "2024-06-12T09:30+02:00").build()));
        assertTrue(calendar.validate(false).getEntries().isEmpty(), calendar.validate(false).toString());
        for (VEvent event : Ics.events(calendar)) {
            assertTrue(event.validate(true).getEntries().isEmpty(), event.validate(true).toString());
        }
    }

    @Test
    void wholeAgendaHasOneEventPerSessionInTheGivenOrder() {
        Session a = talk("a", "A", "2024-06-12T11:00+02:00", "2024-06-12T12:00+02:00").build();
        Session b = talk("b", "B", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00").build();
        List<VEvent> events = Ics.events(parse(write(a, keynote(), b)));
        assertEquals(3, events.size());
        assertEquals("a@devconf-2024.trackside", value(events.get(0), "UID"));
        assertEquals("42@devconf-2024.trackside", value(events.get(1), "UID"));
        assertEquals("b@devconf-2024.trackside", value(events.get(2), "UID"));
    }

    @Test
    void noSessionsGiveAnEmptyCalendar() {
        Calendar calendar = parse(IcsWriter.write(schedule(CONFERENCE), List.of(), STAMP, PAGE));
        assertTrue(calendar.getComponents().isEmpty());
        assertEquals("DevConf 2024", value(calendar, "X-WR-CALNAME"));
    }

    // --- UID ---

    @Test
    void uidIsTheSameInEveryDownload() {
        String first = IcsWriter.write(schedule(CONFERENCE, keynote()), List.of(keynote()), STAMP, PAGE);
        String later = IcsWriter.write(schedule(CONFERENCE, keynote()), List.of(keynote()), STAMP + 86_400, null);
        assertEquals(value(onlyEvent(first), "UID"), value(onlyEvent(later), "UID"));
        assertNotEquals(value(onlyEvent(first), "DTSTAMP"), value(onlyEvent(later), "DTSTAMP"));
    }

    @Test
    void uidDiffersPerSessionAndPerConference() {
        Conference other = new Conference("otherconf", "Other", "Europe/Berlin", null, null);
        Session session = talk("1", "One", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00").build();
        String here = value(onlyEvent(write(session)), "UID");
        String there = value(onlyEvent(IcsWriter.write(schedule(other, session), List.of(session), STAMP, PAGE)),
                "UID");
        assertEquals("1@devconf-2024.trackside", here);
        assertEquals("1@otherconf.trackside", there);
    }

    @Test
    void uidPercentEncodesIdsSoThatDifferentIdsNeverShareOne() {
        assertEquals("a%20b@c%40d.trackside", IcsWriter.uid("c@d", "a b"));
        assertEquals("a%2520b@c%40d.trackside", IcsWriter.uid("c@d", "a%20b"));
        assertEquals("a-b@c%40d.trackside", IcsWriter.uid("c@d", "a-b"));
        assertEquals("talk%2F%C3%BC%F0%9F%90%BC%3B%2C@x.trackside", IcsWriter.uid("x", "talk/\u00fc\uD83D\uDC3C;,"));
        assertEquals("%E6%97%A5%7F%EF%BF%BD@x.trackside", IcsWriter.uid("x", "\u65e5\u007f\uDC3C"));
        // A UID read back is the one written, whatever the id.
        Session odd = talk("t 1/\u00fc;,\\@", "Odd", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00").build();
        assertEquals(IcsWriter.uid("devconf-2024", odd.id()), value(onlyEvent(write(odd)), "UID"));
    }

    // --- times ---

    @Test
    void sessionAcrossMidnightEndsOnTheNextDay() {
        Session party = talk("party", "Party", "2024-06-12T23:30-07:00", "2024-06-13T01:15-07:00").build();
        VEvent event = onlyEvent(write(party));
        assertEquals(Instant.parse("2024-06-13T06:30:00Z"), instant(event, "DTSTART"));
        assertEquals(Instant.parse("2024-06-13T08:15:00Z"), instant(event, "DTEND"));
        Session late = talk("late", "Late", "2024-06-12T23:30+02:00", "2024-06-13T01:15+02:00").build();
        String ics = write(late);
        assertEquals("20240612T213000Z", contentLine(ics, "DTSTART:"));
        assertEquals("20240612T231500Z", contentLine(ics, "DTEND:"));
        Session utcMidnight = talk("m", "M", "2024-06-13T01:30+02:00", "2024-06-13T02:15+02:00").build();
        ics = write(utcMidnight);
        assertEquals("20240612T233000Z", contentLine(ics, "DTSTART:"));
        assertEquals("20240613T001500Z", contentLine(ics, "DTEND:"));
    }

    @Test
    void dtstampIsTheInjectedInstantInUtc() {
        String ics = IcsWriter.write(schedule(CONFERENCE, keynote()), List.of(keynote()), 951_782_400L, PAGE);
        assertEquals("20000229T000000Z", contentLine(ics, "DTSTAMP:"));
        assertEquals(Instant.parse("2000-02-29T00:00:00Z"), instant(onlyEvent(ics), "DTSTAMP"));
    }

    @Test
    void secondsOfTheScheduleAreKept() {
        Session session = talk("s", "S", "2024-06-12T09:00:05+02:00", "2024-06-12T09:59:59+02:00").build();
        VEvent event = onlyEvent(write(session));
        assertEquals(Instant.parse("2024-06-12T07:00:05Z"), instant(event, "DTSTART"));
        assertEquals(Instant.parse("2024-06-12T07:59:59Z"), instant(event, "DTEND"));
    }

    @Test
    void zeroLengthSessionHasNoDtend() {
        Session info = talk("info", "Doors open", "2024-06-12T08:00+02:00", "2024-06-12T08:00+02:00").build();
        VEvent event = onlyEvent(write(info));
        assertEquals(Instant.parse("2024-06-12T06:00:00Z"), instant(event, "DTSTART"));
        assertNull(value(event, "DTEND"));
        assertNull(value(event, "DURATION"));
    }

    @Test
    void scheduleWithoutTimeZoneWritesFloatingTimesAsWritten() {
        Conference floating = new Conference("linz", "Global Azure Linz", null, "", null);
        Session session = talk("s1", "Keynote", "2024-04-20T09:00Z", "2024-04-20T09:45Z").build();
        String ics = IcsWriter.write(schedule(floating, session), List.of(session), STAMP, null);
        assertEquals("20240420T090000", contentLine(ics, "DTSTART:"));
        assertEquals("20240420T094500", contentLine(ics, "DTEND:"));
        assertEquals("20240610T061320Z", contentLine(ics, "DTSTAMP:"), "DTSTAMP is always UTC");
        VEvent event = onlyEvent(ics);
        DateProperty<?> start = event.<DateProperty<?>>getProperty("DTSTART").get();
        assertFalse(start.isUtc());
        assertEquals(java.time.LocalDateTime.parse("2024-04-20T09:00"), start.getDate());
    }

    // --- text fields ---

    @Test
    void locationJoinsTheRoomsElseNamesTheVenueElseIsLeftOut() {
        Session plenary = talk("p", "Plenary", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00").room(MAIN)
                .room(SIDE).build();
        assertEquals("Main Hall, Side Room", value(onlyEvent(write(plenary)), "LOCATION"));
        assertEquals("LOCATION:Main Hall\\, Side Room", "LOCATION:" + contentLine(write(plenary), "LOCATION:"));
        Session nowhere = talk("n", "Nowhere", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00").build();
        assertEquals("Messe Berlin, Hall 7", value(onlyEvent(write(nowhere)), "LOCATION"));
        Conference noVenue = new Conference("x", "X", "Europe/Berlin", null, null);
        assertNull(value(onlyEvent(IcsWriter.write(schedule(noVenue, nowhere), List.of(nowhere), STAMP, PAGE)),
                "LOCATION"));
    }

    @Test
    void descriptionIsLeftOutWhenThereIsNothingToSay() {
        Session bare = talk("b", "Bare", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00")
                .link(new Link("Evil", "javascript:alert(1)")).build();
        assertNull(value(onlyEvent(write(bare)), "DESCRIPTION"));
    }

    @Test
    void descriptionOfOnlyLinksOrOnlyAnAbstract() {
        Session links = talk("l", "L", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00")
                .link(new Link("Video", "https://v.example/1")).link(new Link("Mail", "mailto:a@b.example")).build();
        assertEquals("Video: https://v.example/1\nMail: mailto:a@b.example", value(onlyEvent(write(links)),
                "DESCRIPTION"));
        Session html = talk("h", "H", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00")
                .abstractText("<p>First &amp; <em>second</em></p><ul><li>one</li><li>two</li></ul>").build();
        assertEquals("First & second\none\ntwo", value(onlyEvent(write(html)), "DESCRIPTION"));
    }

    @Test
    void categoriesAreTheTrackAndTheKindEachOnce() {
        Session noTrack = talk("n", "N", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00").kind(Kind.WORKSHOP)
                .build();
        assertEquals(List.of("Workshop"), Ics.categories(onlyEvent(write(noTrack))));
        Session commaTrack = talk("c", "C", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00")
                .track(new Track("ds", "Data, Science; ML", null)).build();
        assertEquals("Data\\, Science\\; ML,Talk", contentLine(write(commaTrack), "CATEGORIES:"));
        assertEquals(List.of("Data, Science; ML", "Talk"), Ics.categories(onlyEvent(write(commaTrack))));
        Session workshop = talk("w", "W", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00").kind(Kind.WORKSHOP)
                .track(new Track("ws", "Workshop", null)).build();
        assertEquals("Workshop", contentLine(write(workshop), "CATEGORIES:"), "not twice");
    }

    // --- URL ---

    @Test
    void urlIsTheViewerPageOpenOnTheSession() {
        Session odd = talk("t 1/\u00fc&x=y", "Odd", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00").build();
        String url = value(onlyEvent(write(odd)), "URL");
        assertEquals(PAGE + "#session=t%201%2F%C3%BC%26x%3Dy", url);
        String hash = url.substring(url.indexOf('#') + 1);
        assertEquals(odd.id(), ViewState.parse(hash).session(), "the viewer opens the session from the hash");
    }

    @Test
    void urlDropsTheCurrentHashAndEscapesWhatAUriCannotHold() {
        Session s = talk("9", "S", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00").build();
        String ics = IcsWriter.write(schedule(CONFERENCE, s), List.of(s), STAMP,
                " HTTPS://x.example/a b/M\u00fcnchen?q=\"{x}\"#view=list&day=2024-06-12");
        assertEquals("HTTPS://x.example/a%20b/M%C3%BCnchen?q=%22%7Bx%7D%22#session=9", value(onlyEvent(ics), "URL"));
        assertEquals(java.net.URI.create("HTTPS://x.example/a%20b/M%C3%BCnchen?q=%22%7Bx%7D%22#session=9"),
                onlyEvent(ics).<net.fortuna.ical4j.model.property.Url>getProperty("URL").get().getUri());
    }

    @Test
    void noUrlWithoutAnHttpPage() {
        Session s = talk("9", "S", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00").build();
        for (String page : new String[] {null, "", "file:///home/x/index.html", "javascript:alert(1)//http://x",
            "mailto:a@b.example", "http:/x"}) {
            String ics = IcsWriter.write(schedule(CONFERENCE, s), List.of(s), STAMP, page);
            assertNull(value(onlyEvent(ics), "URL"), String.valueOf(page));
        }
        assertEquals("http://localhost:8080/#session=9",
                value(onlyEvent(IcsWriter.write(schedule(CONFERENCE, s), List.of(s), STAMP,
                        "http://localhost:8080/")), "URL"));
    }

    // --- file names ---

    @Test
    void fileNameOfTheAgendaIsTheConferenceSlug() {
        assertEquals("devconf-2024-agenda.ics", IcsWriter.fileName(CONFERENCE, null));
        assertEquals("djangocon-us-2019-agenda.ics", IcsWriter.fileName(
                new Conference("djangocon-us-2019", "DjangoCon US 2019", null, null, null), null));
    }

    @Test
    void fileNameOfASessionIsFoldedToLowerCaseAscii() {
        Session s = talk("2019-09-23-14-20-t0", "Prepping Your Project for Production", "2024-06-12T09:00+02:00",
                "2024-06-12T10:00+02:00").build();
        assertEquals("devconf-2024-prepping-your-project-for-production.ics", IcsWriter.fileName(CONFERENCE, s));
        Session accents = talk("1", "  Caf\u00e9 & Stra\u00dfe: \u00dcber \"Sch\u00f6ne\" Dinge!! ",
                "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00").build();
        assertEquals("devconf-2024-cafe-strasse-uber-schone-dinge.ics", IcsWriter.fileName(CONFERENCE, accents));
    }

    @Test
    void fileNameFallsBackToTheSessionIdAndTheConferenceName() {
        Session cjk = talk("Talk #7", "\u65e5\u672c\u8a9e\u306e\u8a71 \uD83D\uDC3C", "2024-06-12T09:00+02:00",
                "2024-06-12T10:00+02:00").build();
        assertEquals("devconf-2024-talk-7.ics", IcsWriter.fileName(CONFERENCE, cjk));
        Session nothing = talk("\u4e00", "\u65e5", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00").build();
        assertEquals("devconf-2024-session.ics", IcsWriter.fileName(CONFERENCE, nothing));
        assertEquals("pycon-fr-agenda.ics", IcsWriter.fileName(new Conference("\u2014", "PyCon FR", null, null,
                null), null));
        assertEquals("schedule-agenda.ics", IcsWriter.fileName(new Conference("\u2014", "\u65e5", null, null, null),
                null));
    }

    @Test
    void fileNamePartsAreCutAtFortyCharacters() {
        Session s = talk("1", "A Very Long Title That Goes On And On Beyond Any Reasonable Length", "2024-06-12T09:00+02:00",
                "2024-06-12T10:00+02:00").build();
        String name = IcsWriter.fileName(CONFERENCE, s);
        assertEquals("devconf-2024-a-very-long-title-that-goes-on-and-on.ics", name);
        String part = name.substring("devconf-2024-".length(), name.length() - 4);
        assertTrue(part.length() <= 40, part);
    }
}

package dev.trackside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Session;
import dev.trackside.parse.ScheduleException;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Schedules;
import dev.trackside.parse.Warning;
import dev.trackside.parse.WarningCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** frab/pentabarf schedule.xml, read through the same mapping as schedule.json. */
class FrabXmlTest {
    private static final String CONFERENCE = "<conference><acronym>testcon</acronym><title>TestCon</title>"
            + "<start>2019-12-27</start><end>2019-12-28</end><days>1</days>"
            + "<time_zone_name>Europe/Berlin</time_zone_name></conference>";
    private static final String DAY = "<day index=\"1\" date=\"2019-12-27\" start=\"2019-12-27T11:00:00+01:00\" "
            + "end=\"2019-12-28T04:00:00+01:00\">";

    private static String xml(String days) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule><version>1</version>" + CONFERENCE + days
                + "</schedule>";
    }

    private static String event(String guid, String date, String duration, String room, String more) {
        return "<event id=\"1\" guid=\"" + guid + "\"><date>" + date + "</date><start>" + date.substring(11, 16)
                + "</start><duration>" + duration + "</duration><room>" + room + "</room><title>Talk " + guid
                + "</title><subtitle/><type>lecture</type><language>en</language>" + more + "</event>";
    }

    private static ScheduleRead read(String xml) {
        return FrabXml.read(xml, JavaTimeZones.INSTANCE);
    }

    private static Map<String, Integer> codes(ScheduleRead read) {
        Map<String, Integer> codes = new TreeMap<>();
        for (Warning w : read.warnings()) {
            codes.merge(w.code().id(), 1, Integer::sum);
        }
        return codes;
    }

    private static List<String> paths(ScheduleRead read, WarningCode code) {
        List<String> paths = new ArrayList<>();
        for (Warning w : read.warnings()) {
            if (w.code() == code) {
                paths.add(w.path());
            }
        }
        return paths;
    }

    @Test
    void xmlReadsLikeTheSameScheduleInJson() {
        String xml = xml(DAY + "<room name=\"Ada\">"
                + event("a", "2019-12-27T11:00:00+01:00", "00:30", "Ada",
                        "<abstract>Hello.</abstract><persons><person id=\"9891\">bleeptrack</person></persons>"
                                + "<links><link href=\"https://ex.example/s\">Slides</link></links>")
                + event("b", "2019-12-28T01:00:00+01:00", "1:00", "Ada", "")
                + "</room><room name=\"Borg\"/></day>");
        String json = "{\"schedule\": {\"version\": \"1\", \"conference\": {\"acronym\": \"testcon\", "
                + "\"title\": \"TestCon\", \"time_zone_name\": \"Europe/Berlin\", \"days\": [{\"index\": 1, "
                + "\"date\": \"2019-12-27\", \"day_start\": \"2019-12-27T11:00:00+01:00\", "
                + "\"day_end\": \"2019-12-28T04:00:00+01:00\", \"rooms\": {\"Ada\": ["
                + "{\"id\": 1, \"guid\": \"a\", \"date\": \"2019-12-27T11:00:00+01:00\", \"start\": \"11:00\", "
                + "\"duration\": \"00:30\", \"room\": \"Ada\", \"title\": \"Talk a\", \"subtitle\": \"\", "
                + "\"type\": \"lecture\", \"language\": \"en\", \"abstract\": \"Hello.\", "
                + "\"persons\": [{\"id\": 9891, \"public_name\": \"bleeptrack\"}], "
                + "\"links\": [{\"url\": \"https://ex.example/s\", \"title\": \"Slides\"}]}, "
                + "{\"id\": 1, \"guid\": \"b\", \"date\": \"2019-12-28T01:00:00+01:00\", \"start\": \"01:00\", "
                + "\"duration\": \"1:00\", \"room\": \"Ada\", \"title\": \"Talk b\", \"subtitle\": \"\", "
                + "\"type\": \"lecture\", \"language\": \"en\"}], \"Borg\": []}}]}}}";
        ScheduleRead fromXml = read(xml);
        ScheduleRead fromJson = Schedules.read(json, JavaTimeZones.INSTANCE);
        assertEquals("frab schedule.xml", fromXml.format());
        assertEquals(describe(fromJson), describe(fromXml));
        assertEquals(Map.of(), codes(fromXml));
        assertEquals(List.of("Ada", "Borg"), List.of(fromXml.schedule().rooms().get(0).name(),
                fromXml.schedule().rooms().get(1).name()));
        assertEquals("2019-12-27", fromXml.schedule().dayOf(fromXml.schedule().sessions().get(1)).date().toString());
    }

    private static List<String> describe(ScheduleRead read) {
        List<String> lines = new ArrayList<>();
        lines.add(read.schedule().conference().id() + " " + read.schedule().conference().name() + " "
                + read.schedule().conference().timeZone() + " " + read.schedule().days());
        for (Session s : read.schedule().sessions()) {
            lines.add(s.id() + " " + s.title() + " " + s.kind() + " " + s.start() + " " + s.end() + " " + s.rooms()
                    + " " + s.speakers() + " " + s.language() + " " + s.abstractText() + " " + s.links().size());
        }
        return lines;
    }

    @Test
    void eventsWithoutRoomWrapperAreGroupedByTheirOwnRoom() {
        // FOSDEM 2007: <event> directly under <day>, no <date>, the room only as the event's child.
        String xml = "<schedule><conference><title>FOSDEM 2007</title><day_change>09:00:00</day_change>"
                + "</conference><day index=\"1\" date=\"2007-02-25\">"
                + "<event id=\"0\"><start>15:00</start><duration>00:45</duration><room>Chavanne</room>"
                + "<title>AIGLX</title><type></type><persons><person id=\"1\">Kristian Høgsberg</person></persons>"
                + "<video></video><end></end></event>"
                + "<event id=\"5\"><start>16:00</start><duration>00:30</duration><room>H.2214</room>"
                + "<title>Belgian eID card</title></event>"
                + "<event id=\"6\"><start>16:00</start><duration>00:30</duration><room>Chavanne</room>"
                + "<title>Compiz</title></event></day></schedule>";
        ScheduleRead read = read(xml);
        assertEquals(3, read.schedule().sessions().size());
        assertEquals("Chavanne", read.schedule().rooms().get(0).name());
        assertEquals("H.2214", read.schedule().rooms().get(1).name());
        Session aiglx = read.schedule().sessions().get(0);
        assertEquals("0", aiglx.id());
        assertEquals("2007-02-25T15:00:00+00:00", aiglx.start().toString()); // no zone anywhere: floating
        assertEquals("Kristian Høgsberg", aiglx.speakers().get(0).name());
        assertEquals("fosdem-2007", read.schedule().conference().id());
        assertEquals(Map.of("floating-times", 1), codes(read)); // no zone is made up for floating times
        assertEquals(List.of("/schedule/day[1]/event[1]/start"), paths(read, WarningCode.FLOATING_TIMES));
    }

    @Test
    void personsAsTextOrWithChildElementsAndLinksWithHrefOrAsUrlText() {
        String xml = xml(DAY + "<room name=\"Ada\">" + event("a", "2019-12-27T11:00:00+01:00", "1:00", "Ada",
                "<persons><person id=\"71\">Anja</person>"
                        + "<person id=\"44\"><code>BMHR3B</code><public_name>Nicolas</public_name>"
                        + "<biography>Informatiker.</biography></person>"
                        + "<person id=\"12\"><name>Hibby</name><biography/></person></persons>"
                        + "<links><link>https://c3voc.de/</link><link href=\"https://ex.example/\">Site</link></links>"
                        + "<attachments><attachment href=\"https://ex.example/a.pdf\">Paper</attachment></attachments>")
                + "</room></day>");
        Session a = read(xml).schedule().sessions().get(0);
        assertEquals(List.of("Anja", "Nicolas", "Hibby"), List.of(a.speakers().get(0).name(),
                a.speakers().get(1).name(), a.speakers().get(2).name()));
        assertEquals("Informatiker.", a.speakers().get(1).bio());
        assertEquals("44", a.speakers().get(1).id());
        assertEquals(3, a.links().size());
        assertEquals("https://c3voc.de/", a.links().get(0).url());
        assertEquals("Site", a.links().get(1).title());
        assertEquals("https://ex.example/a.pdf", a.links().get(2).url());
    }

    @Test
    void warningsNameXmlElementsAndAttributes() {
        String xml = xml("<day index=\"1\" date=\"2019-12-27\" start=\"11 o'clock\" end=\"2019-12-28T04:00:00+01:00\">"
                + "<room name=\"1Komona headnut\">"
                + event("a", "2019-12-27T11:00:00+01:00", "1:00", "headnut", "")
                + event("a", "2019-12-27T13:00:00+01:00", "1:00", "headnut", "")
                + "</room><room name=\"Ada\">"
                + event("c", "2019-12-27T11:00:00+01:00", "soon", "Ada", "")
                        .replace("Talk c", "Wel&lt;b&gt;come&lt;/b&gt;")
                + "</room></day>");
        ScheduleRead read = read(xml);
        assertEquals(List.of("/schedule/day[1]/@start", "/schedule/day[1]/room[2]/event[1]/duration"),
                paths(read, WarningCode.BAD_VALUE));
        assertEquals(List.of("/schedule/day[1]/room[1]/event[1]/room"), paths(read, WarningCode.ROOM_MISMATCH));
        assertEquals(List.of("/schedule/day[1]/room[1]/event[2]"), paths(read, WarningCode.DUPLICATE_ID));
        assertEquals(List.of("/schedule/day[1]/room[2]/event[1]/title"), paths(read, WarningCode.MARKUP_IN_TEXT));
    }

    @Test
    void elementsMixedIntoTextKeepTheText() {
        String xml = xml(DAY + "<room name=\"Ada\">" + event("a", "2019-12-27T11:00:00+01:00", "1:00", "Ada", "")
                .replace("<title>Talk a</title>", "<title>Wel<b>come</b> home</title>") + "</room></day>");
        assertEquals("Welcome home", read(xml).schedule().sessions().get(0).title());
    }

    @Test
    void unreadableDateSkipsTheEventAtItsElement() {
        String xml = xml(DAY + "<room name=\"Ada\">" + event("a", "2019-12-27T11:00:00+01:00", "1:00", "Ada", "")
                + "<event guid=\"b\"><date>27.12.2019 12:00</date><duration>1:00</duration><title>B</title></event>"
                + "</room></day>");
        ScheduleRead read = read(xml);
        assertEquals(1, read.schedule().sessions().size());
        assertEquals(List.of("/schedule/day[1]/room[1]/event[2]/date"), paths(read, WarningCode.SKIPPED_BAD_TIME));
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET", StandardCharsets.UTF_8);
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<schedule><conference><title>&xxe;</title></conference></schedule>";
        ScheduleException e = assertThrows(ScheduleException.class, () -> read(xxe));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        String laughs = "<!DOCTYPE schedule [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<schedule><conference><title>&b;</title></conference></schedule>";
        assertThrows(ScheduleException.class, () -> read(laughs));
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() {
        ScheduleException e = assertThrows(ScheduleException.class,
                () -> read("<schedule>\n  <conference>\n</schedule>"));
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().startsWith("XML syntax error: "), e.getMessage());
    }

    @Test
    void rootOtherThanScheduleIsRefused() {
        ScheduleException e = assertThrows(ScheduleException.class, () -> read("<iCalendar/>"));
        assertEquals("/iCalendar: not a frab schedule.xml: the root element is <iCalendar>, not <schedule>",
                e.getMessage());
    }

    @Test
    void xmlIsToldFromJsonByItsFirstCharacter() {
        assertTrue(FrabXml.looksLikeXml("\uFEFF\n  <?xml version=\"1.0\"?><schedule/>"));
        assertFalse(FrabXml.looksLikeXml("  {\"schedule\": {}}"));
        assertFalse(FrabXml.looksLikeXml(""));
    }
}

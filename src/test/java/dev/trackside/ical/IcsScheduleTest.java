package dev.trackside.ical;

import static dev.trackside.ical.Ics.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.Corpus;
import dev.trackside.cli.FrabXml;
import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.parse.ScheduleException;
import dev.trackside.parse.Schedules;
import dev.trackside.view.ViewState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/** Whole schedules, the demo ones and every one of the real corpus we read, written and read back with ical4j. */
class IcsScheduleTest {
    private static final long STAMP = 1_718_000_000L;
    private static final String PAGE = "https://trackside.example/";

    private static Schedule demo(String name) throws IOException {
        Path file = Path.of(System.getProperty("user.dir"), "web", "demo", name);
        return Schedules.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void djangoConDemoHasOneMatchingEventPerSession() throws IOException {
        Schedule schedule = demo("djangocon-us-2019.json");
        assertEquals(98, checkWholeSchedule(schedule, PAGE));
        assertEquals("djangocon-us-2019-agenda.ics", IcsWriter.fileName(schedule.conference(), null));
    }

    @Test
    void pyConDemoHasOneMatchingEventPerSession() throws IOException {
        assertEquals(183, checkWholeSchedule(demo("pycon-us-2017.json"), PAGE));
    }

    @Test
    void djangoConTalkReadsBackFieldByField() throws IOException {
        Schedule schedule = demo("djangocon-us-2019.json");
        Session talk = null;
        for (Session s : schedule.sessions()) {
            if (s.id().equals("2019-09-23-14-20-t0-prepping-your-project-for-production")) {
                talk = s;
            }
        }
        String ics = IcsWriter.write(schedule, List.of(talk), STAMP, PAGE);
        VEvent event = Ics.onlyEvent(ics);
        assertEquals("2019-09-23-14-20-t0-prepping-your-project-for-production@djangocon-us-2019.trackside",
                value(event, "UID"));
        assertEquals(Instant.parse("2019-09-23T21:20:00Z"), Ics.instant(event, "DTSTART"));
        assertEquals(Instant.parse("2019-09-23T22:10:00Z"), Ics.instant(event, "DTEND"));
        assertEquals("Prepping Your Project for Production", value(event, "SUMMARY"));
        assertEquals("Rio Vista Ballroom Salons A\u2013E", value(event, "LOCATION"));
        String description = value(event, "DESCRIPTION");
        assertTrue(description.startsWith("Peter Baumgartner\n\n"), description);
        assertTrue(description.endsWith("\n\nVideo: " + talk.links().get(0).url() + "\nSlides: "
                + talk.links().get(1).url()), description);
        assertEquals("DjangoCon US 2019", value(Ics.parse(ics), "X-WR-CALNAME"));
        assertEquals("djangocon-us-2019-prepping-your-project-for-production.ics",
                IcsWriter.fileName(schedule.conference(), talk));
    }

    @Test
    void everyScheduleOfTheCorpusReadsBackWithOneEventPerSession() throws IOException {
        Path root = Corpus.root();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".xml")).sorted()
                    .collect(Collectors.toList());
        }
        List<String> read = new ArrayList<>();
        int events = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Schedule schedule;
            try {
                schedule = file.toString().endsWith(".xml") ? FrabXml.read(text, JavaTimeZones.INSTANCE).schedule()
                        : Schedules.read(text, JavaTimeZones.INSTANCE).schedule();
            } catch (ScheduleException e) {
                continue; // not a schedule we read (a JSON schema, a list of videos …)
            }
            read.add(root.relativize(file).toString());
            events += checkWholeSchedule(schedule, null);
        }
        assertTrue(read.contains("voc-36C3_schedule/everything.schedule.json"), read.toString());
        assertTrue(read.contains("fosdem-mttcrsp/fosdem-2020.schedule.xml"), read.toString());
        assertTrue(read.contains("sotm2022-pretalx-widget/talks.json"), read.toString());
        assertTrue(read.contains("global-azure-austria-sessionize/Y2024/sessionize.json"), read.toString());
        assertTrue(read.size() >= 15, read.toString()); // 15 files, 5310 sessions when this was written
        assertTrue(events >= 5000, events + " events");
    }

    /** Writes the whole schedule, checks every event against its session, and returns the number of events. */
    private static int checkWholeSchedule(Schedule schedule, String page) {
        String ics = IcsWriter.write(schedule, schedule.sessions(), STAMP, page);
        Ics.physicalLines(ics);
        List<VEvent> events = Ics.events(Ics.parse(ics));
        List<Session> sessions = schedule.sessions();
        assertEquals(sessions.size(), events.size());
        boolean floating = schedule.conference().timeZone() == null;
        Set<String> uids = new HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            VEvent event = events.get(i);
            String where = schedule.conference().id() + " " + session.id();
            String uid = value(event, "UID");
            assertEquals(IcsWriter.uid(schedule.conference().id(), session.id()), uid, where);
            assertTrue(uids.add(uid), "UID twice: " + uid);
            assertEquals(Instant.ofEpochSecond(STAMP), Ics.instant(event, "DTSTAMP"), where);
            assertEquals(session.start().epochSecond(), epochSecond(event, "DTSTART", floating, session), where);
            if (session.end().compareTo(session.start()) > 0) {
                assertEquals(session.end().epochSecond(), epochSecond(event, "DTEND", floating, session), where);
            } else {
                assertNull(value(event, "DTEND"), where);
            }
            assertEquals(plain(session.title()), value(event, "SUMMARY"), where);
            String location = rooms(session);
            assertEquals(location.isEmpty() ? emptyToNull(schedule.conference().venue()) : location,
                    value(event, "LOCATION"), where);
            String description = value(event, "DESCRIPTION");
            if (!session.speakers().isEmpty()) {
                assertTrue(description.startsWith(plain(speakers(session))), where + ": " + description);
            }
            List<String> categories = new ArrayList<>();
            if (session.track() != null && !session.track().name().isEmpty()) {
                categories.add(plain(session.track().name()));
            }
            if (!categories.contains(session.kind().label())) {
                categories.add(session.kind().label());
            }
            assertEquals(categories, Ics.categories(event), where);
            if (page == null) {
                assertNull(value(event, "URL"), where);
            } else {
                String url = value(event, "URL");
                assertTrue(url.startsWith(page + "#session="), url);
                assertEquals(session.id(), ViewState.parse(url.substring(page.length() + 1)).session(), where);
            }
        }
        return events.size();
    }

    /** A UTC instant, or for a schedule without zone a floating time, as epoch seconds at the session's offset. */
    private static long epochSecond(VEvent event, String name, boolean floating, Session session) {
        if (!floating) {
            return Ics.instant(event, name).getEpochSecond();
        }
        DateProperty<?> date = event.<DateProperty<?>>getProperty(name).get();
        return ((LocalDateTime) date.getDate()).toEpochSecond(ZoneOffset.ofTotalSeconds(
                session.start().offsetMinutes() * 60));
    }

    private static String rooms(Session session) {
        List<String> names = new ArrayList<>();
        for (Room room : session.rooms()) {
            if (room.name() != null && !room.name().isEmpty()) {
                names.add(room.name());
            }
        }
        return plain(String.join(", ", names));
    }

    private static String speakers(Session session) {
        List<String> names = new ArrayList<>();
        for (Speaker speaker : session.speakers()) {
            names.add(speaker.name());
        }
        return String.join(", ", names);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** What a TEXT value reads back as: line breaks as LF, other controls but tab gone. */
    private static String plain(String text) {
        StringBuilder sb = new StringBuilder();
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        for (char c : lf.toCharArray()) {
            if (c == '\n' || c == '\t' || c >= 0x20 && (c < 0x7F || c > 0x9F)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

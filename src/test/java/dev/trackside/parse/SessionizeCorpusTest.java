package dev.trackside.parse;

import static dev.trackside.parse.PretalxWidgetCorpusTest.countByCode;
import static dev.trackside.parse.PretalxWidgetCorpusTest.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.trackside.Corpus;
import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Kind;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Global Azure Austria (Linz) 2020, 2024 and 2025 in Sessionize's "All data" JSON, read in place. Their times are
 * Europe/Vienna wall-clock times without offset, so each file is read both with that zone and without any.
 * The rooms.json and timeslots.json beside the 2024 and 2025 files were written by hand for the site: a schedule is
 * one document, and they add nothing the sessions lack (the rooms repeat sessionize.json's; the slots are the grid).
 */
class SessionizeCorpusTest {
    private static final String VIENNA = "Europe/Vienna";

    private static ScheduleRead read(String year, String zone) throws IOException {
        String text = Files.readString(Corpus.root().resolve("global-azure-austria-sessionize/" + year
                + "/sessionize.json"));
        return Schedules.read(text, JavaTimeZones.INSTANCE, zone);
    }

    @Test
    void year2020() throws IOException {
        ScheduleRead read = read("Y2020", VIENNA);
        Schedule schedule = read.schedule();
        assertEquals("Sessionize JSON", read.format());
        assertEquals(29, schedule.sessions().size());
        // Six rooms are defined but only four used (an online day; Saal 8 and Saal 3 stayed empty): the README's 4.
        assertEquals(List.of("Saal 11 (108)", "Saal 12 (91)", "Saal 13 (86)", "Saal 14 (108)"),
                names(schedule.rooms()));
        assertEquals(List.of("2020-04-24"), names(schedule.days()));
        assertEquals(VIENNA, schedule.conference().timeZone());
        assertEquals(Map.of(), countByCode(read));
        assertEquals(List.of("Main Conference", "Junior Bootcamp"), names(schedule.tracks())); // category "Track"

        Session voidTalk = byId(schedule, "167745");
        assertEquals("Stories of void", voidTalk.title());
        assertEquals("2020-04-24T09:00:00+02:00", voidTalk.start().toString());
        assertEquals("2020-04-24T09:50:00+02:00", voidTalk.end().toString());
        assertEquals("Saal 11 (108)", voidTalk.room().name());
        assertEquals(List.of("Stefan Baumgartner"), names(voidTalk.speakers()));
        assertEquals("Main Conference", voidTalk.track().name());
        assertEquals("en", voidTalk.language()); // category "Language": "English"
        assertEquals(List.of("Streaming URL", "YouTube Video"), voidTalk.links().stream().map(l -> l.title())
                .collect(Collectors.toList())); // the "Short Link" answer is a slug, not an address

        Session lunch = byId(schedule, "4d9f8bad-fbe9-4218-8e78-e57998260bdc"); // service and plenum session
        assertEquals("Lunch Break", lunch.title());
        assertEquals(Kind.BREAK, lunch.kind());
        assertEquals("2020-04-24T12:00:00+02:00", lunch.start().toString());
        assertEquals(4, lunch.rooms().size()); // spans the used rooms, Saal 11 (its own) first
        assertEquals("Saal 11 (108)", lunch.room().name());
        assertEquals(List.of(), lunch.speakers());

        Session blazor = byId(schedule, "178339");
        assertEquals("Von Angular zu Blazor - Ein Erfahrungsbericht", blazor.title());
        assertEquals("2020-04-24T14:00:00+02:00", blazor.start().toString());
        assertEquals(List.of("Igor Rončević", "Bernd Hirschmann"), names(blazor.speakers()));
        assertEquals("de", blazor.language());
    }

    @Test
    void year2024() throws IOException {
        ScheduleRead read = read("Y2024", VIENNA);
        Schedule schedule = read.schedule();
        assertEquals(15, schedule.sessions().size());
        assertEquals(List.of("Aula", "Breakout Room 1 (146)", "Breakout Room 2 (147)", "Breakout Room 3 (E59-1)"),
                names(schedule.rooms()));
        assertEquals(List.of("2024-04-20"), names(schedule.days()));
        assertEquals(Map.of(), countByCode(read));
        assertEquals(List.of(), schedule.tracks()); // no categories in 2024

        Session keynote = byId(schedule, "658419");
        assertEquals("Keynote: Pioneering the Future of Java with Intelligent Apps", keynote.title());
        assertEquals(Kind.TALK, keynote.kind()); // nothing but the title says "keynote"
        assertEquals("2024-04-20T09:00:00+02:00", keynote.start().toString());
        assertEquals("Aula", keynote.room().name());
        assertEquals(List.of("Ed Burns", "Sandra Ahlgrimm"), names(keynote.speakers()));

        Session kuberplexity = byId(schedule, "671571"); // a bare "&" in the title is not markup
        assertEquals("Dealing with Kuber-plexity: A perspective on human factors in automation & abstraction",
                kuberplexity.title());
        assertEquals("2024-04-20T11:45:00+02:00", kuberplexity.end().toString());
        assertEquals("Breakout Room 2 (147)", kuberplexity.room().name());
        assertEquals(List.of("Franz Theisen"), names(kuberplexity.speakers()));
    }

    @Test
    void year2025() throws IOException {
        ScheduleRead read = read("Y2025", VIENNA);
        Schedule schedule = read.schedule();
        assertEquals(13, schedule.sessions().size());
        assertEquals(List.of("Saal 9", "Saal 12", "Saal 13"), names(schedule.rooms()));
        assertEquals(List.of("2025-05-10"), names(schedule.days()));
        // This file was edited by hand (session ids 1-13, room ids 1-3), and two fullNames disagree with
        // firstName/lastName: "Peter Paul Kirschnler" (Kirschner) and "Rainer Stropek" (Michael Wagner).
        assertEquals(Map.of("bad-value", 2), countByCode(read));

        Session proxmox = byId(schedule, "10");
        assertEquals("IT-Spielplatz für 1000+ Poweruser - Proxmox in der Praxis an der HTL Leonding",
                proxmox.title());
        assertEquals("2025-05-10T13:30:00+02:00", proxmox.start().toString());
        assertEquals("Saal 12", proxmox.room().name());
        assertEquals(List.of("Michael Wagner"), names(proxmox.speakers())); // not a second "Rainer Stropek"

        Session welcome = byId(schedule, "11"); // a talk, not a service session, in this file
        assertEquals("Welcome", welcome.title());
        assertEquals("2025-05-10T09:00:00+02:00", welcome.start().toString());
        assertEquals(10, welcome.durationMinutes());
        assertEquals("Saal 9", welcome.room().name());
        assertEquals(List.of("Rainer Stropek"), names(welcome.speakers()));

        Session empowering = byId(schedule, "5");
        assertEquals("Empowering Austria with Azure: Innovation & Trust in the Age of AI", empowering.title());
        assertEquals("2025-05-10T09:10:00+02:00", empowering.start().toString());
        assertEquals(List.of("Jürgen Etzlstorfer"), names(empowering.speakers()));
    }

    @Test
    void withoutAZoneEachYearIsFloatingWithOneWarning() throws IOException {
        Map<String, Integer> expectedOther = Map.of("Y2020", 0, "Y2024", 0, "Y2025", 2);
        for (String year : List.of("Y2020", "Y2024", "Y2025")) {
            ScheduleRead read = read(year, null);
            assertNull(read.schedule().conference().timeZone(), year);
            assertEquals(1, read.count(WarningCode.FLOATING_TIMES), year);
            assertEquals("$.sessions[0].startsAt", read.warnings().stream()
                    .filter(w -> w.code() == WarningCode.FLOATING_TIMES).findFirst().orElseThrow().path());
            assertEquals(1 + expectedOther.get(year), read.warnings().size(), year);
            assertEquals(read(year, VIENNA).schedule().sessions().size(), read.schedule().sessions().size());
        }
        Session first = read("Y2024", null).schedule().sessions().get(0);
        assertEquals("2024-04-20T09:00:00+00:00", first.start().toString()); // the clock time, no real offset
    }

    private static Session byId(Schedule schedule, String id) {
        return schedule.sessions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}

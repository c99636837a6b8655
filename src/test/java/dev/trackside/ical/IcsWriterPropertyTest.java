package dev.trackside.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.trackside.Props;
import dev.trackside.model.Conference;
import dev.trackside.model.Kind;
import dev.trackside.model.Link;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.model.Track;
import dev.trackside.model.ZonedTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever a schedule holds, {@link IcsWriter} writes a calendar that ical4j reads back strictly, with lines of at
 * most 75 octets, one event per session, a UID per distinct session id, and each title as written (less the
 * characters RFC 5545 text cannot hold). Texts are hostile: control characters, CR/LF of every kind, lone surrogates,
 * RFC 5545's specials, long lines; times run from before the year 1 to after 9999, at every offset.
 */
class IcsWriterPropertyTest {
    /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z. */
    private static final long FIRST = -62_135_596_800L;
    private static final long LAST = 253_402_300_799L;

    private static final List<String> PIECES = List.of(",", ";", "\\", ":", "\"", "\r\n", "\r", "\n", "\t", "\u0000",
            "\u0007", "\u001b", "\u007f", "\u0085", "\u2028", "\u00a0", "\uFEFF", "é", "e\u0301", "😀", "\uD800",
            "\uDC00", "\uD83D", " ", "  ", "x", "Talk", "https://x.example/a?b=c,d;e", "mailto:a@b.example",
            "javascript:alert(1)", "ü".repeat(40), "€".repeat(30), "😀".repeat(20), "a".repeat(80));

    private static final Gen<String> TEXT = Generate.frequency(List.of(
            Pair.of(3, strings().basicLatinAlphabet().ofLengthBetween(0, 20)),
            Pair.of(3, strings().allPossible().ofLengthBetween(0, 30)),
            Pair.of(4, lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 12).map(l -> String.join("", l))),
            Pair.of(1, strings().basicMultilingualPlaneAlphabet().ofLengthBetween(60, 300))));

    private static final Gen<Long> START = Generate.frequency(List.of(
            Pair.of(8, Generate.longRange(1_500_000_000L, 2_000_000_000L)),
            Pair.of(1, Generate.longRange(FIRST - 200_000, FIRST + 200_000)),
            Pair.of(1, Generate.longRange(LAST - 3_000_000, LAST + 200_000))));

    private static final Gen<Integer> MINUTES = Generate.frequency(List.of(
            Pair.of(6, integers().between(0, 180)), Pair.of(1, integers().between(0, 44_640)),
            Pair.of(2, Generate.constant(0))));

    private static final Gen<Spec> SPEC = TEXT.zip(TEXT, TEXT, lists().of(TEXT).ofSizeBetween(0, 3),
            (id, title, text, names) -> new Spec(id, title, text, names))
            .zip(START, integers().between(-18 * 60, 18 * 60), MINUTES, Generate.enumValues(Kind.class),
                    (spec, start, offset, minutes, kind) -> spec.at(start, offset, minutes, kind));

    @Test
    void everyScheduleWritesACalendarThatIcal4jReadsBack() {
        Props.qt(300).forAll(lists().of(SPEC).ofSizeBetween(0, 6), TEXT, TEXT, Generate.booleans())
                .checkAssert((specs, conferenceId, name, floating) -> {
                    Conference conference = new Conference(conferenceId, name, floating ? null : "Europe/Berlin",
                            "Venue, Hall; 1", "https://c.example/");
                    List<Session> sessions = new ArrayList<>();
                    for (int i = 0; i < specs.size(); i++) {
                        sessions.add(specs.get(i).session(i));
                    }
                    Schedule schedule = new Schedule(conference, List.of(), List.of(), List.of(), List.of(), sessions);
                    String ics = IcsWriter.write(schedule, sessions, 1_718_000_000L,
                            "https://trackside.example/?src=" + name);
                    try {
                        check(ics, sessions, floating);
                    } catch (AssertionError e) {
                        throw new AssertionError(e.getMessage() + "\nfor conference " + Props.visible(conferenceId)
                                + " " + Props.visible(name) + ", sessions " + specs + "\n" + Props.visible(ics), e);
                    }
                });
    }

    @Test
    void timesBeforeTheYearOneOrAfter9999AreWrittenAtTheEdge() {
        // A schedule may write 0000-01-01T00:30+01:00, which is in the year -1 in UTC: this was "00-11231T233000Z".
        Session early = Session.builder("early", "Early").time(ZonedTime.parse("0000-01-01T00:30+01:00"),
                ZonedTime.parse("0000-01-01T01:30+01:00")).build();
        Session late = Session.builder("late", "Late").time(ZonedTime.parse("9999-12-31T23:00-12:00"),
                ZonedTime.parse("9999-12-31T23:30-12:00")).build();
        Schedule schedule = Ics.schedule(IcsWriterTest.CONFERENCE, early, late);
        String ics = IcsWriter.write(schedule, List.of(early, late), 0, null);
        Calendar calendar = Ics.parse(ics);
        List<VEvent> events = Ics.events(calendar);
        assertEquals(Instant.parse("0001-01-01T00:00:00Z"), Ics.instant(events.get(0), "DTSTART"));
        assertEquals(Instant.parse("0001-01-01T00:00:00Z"), Ics.instant(events.get(0), "DTEND")); // year 0 too
        assertEquals(Instant.parse("9999-12-31T23:59:59Z"), Ics.instant(events.get(1), "DTSTART"));
    }

    @Test
    void aPercentSignThatStartsNoEscapeInThePageAddressIsEncoded() {
        // Found by the property above: ical4j rejected the whole calendar over "?src=%7P" in the URL.
        Session talk = IcsWriterTest.talk("t", "T", "2024-06-12T09:30+02:00", "2024-06-12T10:00+02:00").build();
        String ics = IcsWriter.write(Ics.schedule(IcsWriterTest.CONFERENCE, talk), List.of(talk), 0,
                "https://t.example/?src=%7P&a=%41%4&b=50%#x");
        assertEquals("https://t.example/?src=%257P&a=%41%254&b=50%25#session=t", Ics.value(Ics.onlyEvent(ics), "URL"));
    }

    private static void check(String ics, List<Session> sessions, boolean floating) {
        Calendar calendar = Ics.parse(ics);
        List<VEvent> events = Ics.events(calendar);
        assertEquals(sessions.size(), events.size());
        List<Map<String, String>> written = eventLines(Ics.contentLines(ics)); // also checks the physical lines
        assertEquals(sessions.size(), written.size());
        Map<String, String> idOfUid = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            VEvent event = events.get(i);
            Session session = sessions.get(i);
            String uid = Ics.value(event, "UID");
            assertEquals(written.get(i).get("UID"), uid);
            String before = idOfUid.put(uid, session.id());
            assertTrue(before == null || before.equals(session.id()), "one UID for two ids: " + uid);
            // The title as RFC 5545 reads the line back. Not ical4j's value: it trims, and reads "\\\\n" (an escaped
            // backslash, then n) as a backslash and a line break.
            String summary = written.get(i).get("SUMMARY");
            assertEquals(expected(session.title()), summary == null ? "" : unescape(summary));
            if (!floating) {
                long start = Math.max(FIRST, Math.min(LAST, session.start().epochSecond()));
                assertEquals(Instant.ofEpochSecond(start), Ics.instant(event, "DTSTART"));
            }
        }
    }

    /** Per event, its content lines by property name (the value after the first colon); names are unique here. */
    private static List<Map<String, String>> eventLines(List<String> lines) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : lines) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new HashMap<>();
                events.add(current);
            } else if (current != null && !line.equals("END:VEVENT")) {
                int colon = line.indexOf(':');
                assertTrue(current.put(line.substring(0, colon), line.substring(colon + 1)) == null, line);
            }
        }
        return events;
    }

    /** RFC 5545 3.3.11: {@code \\ \; \, \n \N}; any other backslash is an error. */
    private static String unescape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                assertTrue(c != ';' && c != ',', "an unescaped " + c + " in " + Props.visible(value));
                sb.append(c);
                continue;
            }
            char next = value.charAt(++i);
            assertTrue("\\;,nN".indexOf(next) >= 0, "a bad escape in " + Props.visible(value));
            sb.append(next == 'n' || next == 'N' ? '\n' : next);
        }
        return sb.toString();
    }

    /** A text as RFC 5545 reads it back: line breaks as LF, other controls gone, lone surrogates as U+FFFD. */
    static String expected(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                sb.append('\n');
            } else if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F) {
                continue;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** What one generated session is made of. */
    private static final class Spec {
        final String id;
        final String title;
        final String text;
        final List<String> names;
        long start;
        int offset;
        int minutes;
        Kind kind;

        Spec(String id, String title, String text, List<String> names) {
            this.id = id;
            this.title = title;
            this.text = text;
            this.names = names;
        }

        Spec at(long start, int offset, int minutes, Kind kind) {
            Spec spec = new Spec(id, title, text, names);
            spec.start = start;
            spec.offset = offset;
            spec.minutes = minutes;
            spec.kind = kind;
            return spec;
        }

        Session session(int index) {
            ZonedTime from = ZonedTime.of(start, offset);
            Session.Builder b = Session.builder(index % 3 == 2 ? "same" : id, title).kind(kind)
                    .time(from, from.plusMinutes(minutes)).abstractText(text)
                    .link(new Link(text, names.isEmpty() ? "https://l.example/" : names.get(0)));
            for (String name : names) {
                b.room(new Room(name, name)).speaker(new Speaker(name, name, text, List.of()));
            }
            if (!names.isEmpty()) {
                b.track(new Track(names.get(0), names.get(0), null));
            }
            return b.build();
        }

        @Override
        public String toString() {
            List<String> shown = new ArrayList<>();
            for (String name : names) {
                shown.add(Props.visible(name));
            }
            return "Spec[id=" + Props.visible(id) + ", title=" + Props.visible(title) + ", text="
                    + Props.visible(text) + ", names=" + shown + ", start=" + start + ", offset=" + offset
                    + ", minutes=" + minutes + ", kind=" + kind + "]";
        }
    }
}

package dev.trackside.ical;

import static dev.trackside.ical.Ics.contentLine;
import static dev.trackside.ical.Ics.onlyEvent;
import static dev.trackside.ical.Ics.physicalLines;
import static dev.trackside.ical.Ics.value;
import static dev.trackside.ical.IcsWriterTest.talk;
import static dev.trackside.ical.IcsWriterTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Room;
import dev.trackside.model.Session;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line folding at 75 octets and TEXT escaping, read back with ical4j and checked on the raw lines. */
class IcsTextTest {
    /** 2-, 3- and 4-octet characters: é, an en dash, CJK, an emoji (a surrogate pair), a flag (two pairs). */
    private static final String[] WIDE = {"\u00e9", "\u2013", "\u65e5\u672c", "\uD83D\uDC3C",
        "\uD83C\uDDE9\uD83C\uDDEA"};

    private static Session titled(String title) {
        return talk("1", title, "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00").build();
    }

    private static int octets(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void lineOfExactly75OctetsStaysWholeAnd76AreFolded() {
        String title75 = "x".repeat(75 - "SUMMARY:".length());
        StringBuilder out = new StringBuilder();
        IcsWriter.fold(out, "SUMMARY:" + title75);
        assertEquals("SUMMARY:" + title75 + "\r\n", out.toString());
        out.setLength(0);
        IcsWriter.fold(out, "SUMMARY:" + title75 + "y");
        assertEquals("SUMMARY:" + title75 + "\r\n y\r\n", out.toString());
    }

    @Test
    void continuationLinesHoldAtMost74OctetsAfterTheirSpace() {
        StringBuilder out = new StringBuilder();
        IcsWriter.fold(out, "X:" + "a".repeat(73) + "b".repeat(74) + "c".repeat(74) + "d");
        assertEquals("X:" + "a".repeat(73) + "\r\n " + "b".repeat(74) + "\r\n " + "c".repeat(74) + "\r\n d\r\n",
                out.toString());
    }

    @Test
    void multiOctetCharactersAtEveryFoldPositionStayWholeAndUnfoldToTheTitle() {
        for (String wide : WIDE) {
            for (int pad = 0; pad < 80; pad++) {
                String title = "p".repeat(pad) + (wide + " ").repeat(30) + wide;
                String ics = write(titled(title));
                for (String line : physicalLines(ics)) { // at most 75 octets, no character split
                    assertTrue(octets(line) <= 75, line);
                }
                assertEquals(title, contentLine(ics, "SUMMARY:"), "unfolded by hand, pad " + pad);
                assertEquals(title, value(onlyEvent(ics), "SUMMARY"), "read by ical4j, pad " + pad);
            }
        }
    }

    @Test
    void foldsAreAsLateAsTheOctetsAllow() {
        // "SUMMARY:" and 66 x are 74 octets: an emoji (4) does not fit, so the line ends there, one octet short.
        String title = "x".repeat(66) + "\uD83D\uDC3C" + "y";
        StringBuilder out = new StringBuilder();
        IcsWriter.fold(out, "SUMMARY:" + title);
        assertEquals("SUMMARY:" + "x".repeat(66) + "\r\n \uD83D\uDC3Cy\r\n", out.toString());
        // 65 x leave room for exactly one 3-octet character.
        out.setLength(0);
        IcsWriter.fold(out, "SUMMARY:" + "x".repeat(64) + "\u65e5\u672c");
        assertEquals("SUMMARY:" + "x".repeat(64) + "\u65e5\r\n \u672c\r\n", out.toString());
    }

    @Test
    void longDescriptionWithEscapesAcrossFoldsRoundTrips() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("Zeile ").append(i).append(": a;b,c\\d \u00fc\u00df \u65e5\u672c\u8a9e \uD83D\uDC3C\n");
        }
        String abstractText = text.toString().trim();
        Session session = talk("1", "T", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00")
                .abstractText(abstractText).build();
        String ics = write(session);
        physicalLines(ics);
        // The abstract is plain text read by Markup (a line break in a paragraph stays one).
        assertEquals(abstractText, value(onlyEvent(ics), "DESCRIPTION"));
    }

    @Test
    void semicolonCommaBackslashAndNewlinesAreEscapedAndRoundTrip() {
        String title = "a;b,c\\d\\;e\nf\\n";
        String ics = write(titled(title));
        assertEquals("a\\;b\\,c\\\\d\\\\\\;e\\nf\\\\n", contentLine(ics, "SUMMARY:"));
        assertEquals(title, value(onlyEvent(ics), "SUMMARY"));
    }

    @Test
    void colonsQuotesAndTabsNeedNoEscape() {
        String title = "Keynote: \"Why?\"\tA talk";
        String ics = write(titled(title));
        assertEquals(title, contentLine(ics, "SUMMARY:"));
        assertEquals(title, value(onlyEvent(ics), "SUMMARY"));
    }

    @Test
    void crlfAndLoneCrBecomeOneEscapedNewline() {
        String ics = write(titled("one\r\ntwo\rthree\n\nfour"));
        assertEquals("one\\ntwo\\nthree\\n\\nfour", contentLine(ics, "SUMMARY:"));
        assertEquals("one\ntwo\nthree\n\nfour", value(onlyEvent(ics), "SUMMARY"));
    }

    @Test
    void controlCharactersAreDroppedButTabIsKept() {
        String ics = write(titled("\u0000a\u0007b\u001bc\u007fd\u0085e\u009ff\tg\u000bh\u000ci"));
        assertEquals("abcdef\tghi", contentLine(ics, "SUMMARY:"));
        assertEquals("abcdef\tghi", value(onlyEvent(ics), "SUMMARY"));
    }

    @Test
    void loneSurrogatesBecomeReplacementCharacters() {
        String ics = write(titled("a\uD83Db\uDC3Cc\uD83D"));
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", value(onlyEvent(ics), "SUMMARY"));
    }

    @Test
    void roomNamesAreEscapedToo() {
        Session s = talk("1", "T", "2024-06-12T09:00+02:00", "2024-06-12T10:00+02:00")
                .room(new Room("r", "Hall A; Floor 2\nBack, left")).build();
        String ics = write(s);
        assertEquals("Hall A\\; Floor 2\\nBack\\, left", contentLine(ics, "LOCATION:"));
        assertEquals("Hall A; Floor 2\nBack, left", value(onlyEvent(ics), "LOCATION"));
    }

    @Test
    void documentHasCrlfLineEndsOnly() {
        String ics = write(titled("a\nb\rc"), IcsWriterTest.keynote());
        assertEquals(ics.split("\n", -1).length, ics.split("\r\n", -1).length);
        assertEquals(ics.split("\r", -1).length, ics.split("\r\n", -1).length);
        List<String> lines = physicalLines(ics);
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
    }
}

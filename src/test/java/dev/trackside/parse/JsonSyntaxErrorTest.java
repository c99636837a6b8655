package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that is not (one) JSON value. Positions: Gson reports where its reader stopped, which for a character it had
 * to read to see the problem is just past that character; the expectations below are computed that way from the
 * input, with {@link #at}.
 */
class JsonSyntaxErrorTest {
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t  \r\n"})
    void emptyOrBlankDocumentSaysSo(String text) {
        ScheduleException e = assertThrows(ScheduleException.class, () -> Schedules.parse(text));
        assertEquals("the document is empty", e.getMessage());
        assertNull(e.path());
        assertEquals(0, e.line());
    }

    @Test
    void nullDocumentIsEmpty() {
        assertEquals("the document is empty",
                assertThrows(ScheduleException.class, () -> Schedules.parse(null)).problem());
    }

    @Test
    void unterminatedStringIsReportedAtTheEndOfInput() {
        String text = "{\n  \"format\": \"trackside-schedule\",\n  \"conference\": {\"name\": \"Demo";
        ScheduleException e = parseFails(text);
        assertEquals("Unterminated string", e.problem());
        assertTrue(e.getMessage().startsWith("JSON syntax error at line 3, column "), e.getMessage());
        assertTrue(e.path().startsWith("$.conference"), e.path()); // found while skimming, so without "name"
        assertPosition(text, text.length(), e); // line 3, just past the last character
        assertEquals(3, e.line());
        assertEquals("  \"conference\": {\"name\": \"Demo".length() + 1, e.column());
    }

    @Test
    void trailingCommaInAnObjectIsReportedAtTheClosingBrace() {
        String text = "{\n  \"format\": \"trackside-schedule\",\n  \"version\": 1,\n}";
        ScheduleException e = parseFails(text);
        assertEquals("expected a field name in double quotes (a trailing comma?)", e.problem());
        assertPosition(text, text.lastIndexOf('}') + 1, e);
        assertEquals(4, e.line());
        assertEquals(2, e.column());
        assertTrue(e.getMessage().startsWith("JSON syntax error at line 4, column 2: "), e.getMessage());
    }

    @Test
    void trailingCommaInAnArrayIsASyntaxErrorInPlainWords() {
        String text = "{\"format\": \"trackside-schedule\",\n \"tags\": [\"a\", \"b\",]}";
        ScheduleException e = parseFails(text);
        assertTrue(e.getMessage().startsWith("JSON syntax error at line "), e.getMessage());
        assertTrue(e.problem().contains("a trailing comma"), e.problem());
        assertNoGsonAdvice(e);
        assertPosition(text, text.indexOf(",]") + 2, e);
    }

    @Test
    void missingColonIsReportedAtTheValueAfterTheName() {
        String text = "{\n  \"format\": \"trackside-schedule\",\n  \"version\" 1\n}";
        ScheduleException e = parseFails(text);
        assertEquals("expected ':' after a field name", e.problem());
        assertPosition(text, text.indexOf("1\n}") + 1, e);
        assertEquals(3, e.line());
        assertEquals(14, e.column()); // "  \"version\" 1": the 1 is column 13
    }

    @Test
    void missingCommaBetweenFieldsPointsAtTheNextLine() {
        String text = "{\n  \"format\": \"trackside-schedule\"\n  \"version\": 1\n}";
        ScheduleException e = parseFails(text);
        assertTrue(e.getMessage().startsWith("JSON syntax error at line "), e.getMessage());
        assertEquals("expected ',' or '}' after a value in an object", e.problem());
        assertPosition(text, text.indexOf("\"version\"") + 1, e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'format': 'trackside-schedule'}", "{format: 1}", "{\"format\": nul}",
        "{\"a\": NaN}", "{\"a\": 1 /* comment */}", "{\"a\": True}"})
    void lenientJsonIsRejectedWithoutGsonsAdvice(String text) {
        // The message is for a schedule's author; Gson's "use setStrictness(LENIENT)" is advice for its programmer.
        ScheduleException e = parseFails(text);
        assertTrue(e.getMessage().startsWith("JSON syntax error at line "), e.getMessage());
        assertNoGsonAdvice(e);
        assertEquals(1, e.line());
    }

    @Test
    void topLevelArrayIsNotASchedule() {
        ScheduleException e = parseFails("[{\"format\": \"trackside-schedule\"}]");
        assertEquals("$: expected a JSON object at the top level (a schedule), got an array (line 1, column 2)",
                e.getMessage());
        assertEquals("$", e.path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"trackside-schedule\"", "42", "null", "true"})
    void topLevelScalarIsNotASchedule(String text) {
        ScheduleException e = parseFails(text);
        String shown = text.equals("42") ? "number 42" : text;
        assertEquals("expected a JSON object at the top level (a schedule), got " + shown, e.problem());
    }

    @Test
    void contentAfterTheDocumentIsRejected() {
        String text = MinimalDoc.valid().json() + "{}\n";
        ScheduleException e = parseFails(text);
        assertEquals("unexpected content after the end of the document", e.problem());
        assertPosition(text, text.lastIndexOf('{') + 1, e);
    }

    @Test
    void garbageOrACommentAfterTheDocumentIsRejectedToo() {
        String text = "{\"format\": \"trackside-schedule\"} x";
        ScheduleException e = parseFails(text);
        assertEquals("unexpected content after the end of the document", e.problem());
        assertPosition(text, text.length(), e);
        text = "{\"format\": \"trackside-schedule\"}\n// generated";
        e = parseFails(text);
        assertEquals("unexpected content after the end of the document", e.problem());
        assertPosition(text, text.indexOf('/') + 1, e);
    }

    @Test
    void deepNestingIsAScheduleExceptionNotAStackOverflow() {
        List<String> inputs = List.of("[".repeat(10_000), "{\"a\":".repeat(10_000),
                "{\"format\": \"trackside-schedule\", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                MinimalDoc.valid().set("sessions", "[".repeat(10_000) + "]".repeat(10_000)).json(),
                MinimalDoc.valid().set("zz", "[".repeat(10_000) + "]".repeat(10_000)).json());
        for (String text : inputs) {
            ScheduleException e = parseFails(text);
            assertTrue(e.line() >= 1, e.problem());
        }
    }

    @Test
    void garbageNeverThrowsAnythingButScheduleException() {
        List<String> inputs = new ArrayList<>(List.of("{", "}", "nul", "[", "{\"", "{\"format\"", "{\"format\":",
                "\uFEFF", "\uD800", "{\"format\": \"trackside-schedule\"", "\"\\u12\"", "{\"a\": \"\\x\"}",
                "{\"format\": \"trackside-schedule\", \"version\": 99999999999999999999}"));
        Random random = new Random(4711);
        String alphabet = "{}[]:,\"\\ 0123456789.-+eEtrufalsn/\n\t\u00e9\uD83D\uDE00";
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                // Even rounds: any UTF-16 unit; odd rounds: JSON-ish characters, which get further into the parser.
                sb.append(i % 2 == 0 ? (char) random.nextInt(0x10000)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            inputs.add(sb.toString());
        }
        for (String text : inputs) {
            parseFails(text);
        }
    }

    @Test
    void everyProperPrefixOfAValidDocumentFailsCleanly() {
        // A download cut short must give a message, whatever the byte it stopped at.
        String text = MinimalDoc.valid().json().trim();
        Schedules.parse(text);
        for (int end = 0; end < text.length(); end++) {
            parseFails(text.substring(0, end));
        }
    }

    @Test
    void singleCharacterEditsOfAValidDocumentParseOrFailCleanly() {
        String text = MinimalDoc.valid().json();
        for (int i = 0; i < text.length(); i++) {
            for (char c : new char[] {'"', '{', ']', ',', '0', 'x', '-'}) {
                String edited = text.substring(0, i) + c + text.substring(i + 1);
                try {
                    Schedules.parse(edited);
                } catch (ScheduleException expected) {
                    assertFalse(expected.getMessage().isEmpty());
                } catch (RuntimeException | Error e) {
                    fail("not a ScheduleException for an edit at " + i + " to " + c + ": " + e, e);
                }
            }
        }
    }

    private static ScheduleException parseFails(String text) {
        try {
            Schedules.parse(text);
        } catch (ScheduleException e) {
            return e;
        } catch (RuntimeException | Error e) {
            String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
            fail("expected a ScheduleException for " + shown + ", got " + e, e);
        }
        fail("parsed without error: " + text);
        return null;
    }

    /** 1-based line and column of {@code text[index]}. */
    static int[] at(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }

    static void assertPosition(String text, int index, ScheduleException e) {
        int[] expected = at(text, index);
        assertEquals(expected[0] + ":" + expected[1], e.line() + ":" + e.column(), e.getMessage());
    }

    private static void assertNoGsonAdvice(ScheduleException e) {
        assertFalse(e.getMessage().contains("JsonReader") || e.getMessage().contains("LENIENT"), e.getMessage());
    }
}

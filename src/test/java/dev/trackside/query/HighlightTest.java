package dev.trackside.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trackside.query.Query.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightTest {
    @Test
    void freeWordsAreHighlightedWhereTheyOccur() {
        assertEquals(List.of("Async", "view"), marked("async view", "Async views in practice"));
        assertEquals(List.of("test", "Test"), marked("test", "Pytest: Testing"));
    }

    @Test
    void rangesAreIndexesIntoTheOriginalText() {
        assertEquals("[0, 5, 6, 10]", java.util.Arrays.toString(Query.parse("async view").highlight(
                "Async views in practice")));
    }

    @Test
    void caseAndAccentsAreIgnoredAndTheOriginalKept() {
        assertEquals(List.of("José", "Martínez"), marked("jose MARTINEZ", "José Martínez"));
        assertEquals(List.of("JOSÉ"), marked("josé", "JOSÉ"));
    }

    @Test
    void aCharFoldedIntoTwoIsHighlightedWhole() {
        assertEquals(List.of("Straße"), marked("strasse", "Straßenbahn"));
        assertEquals(List.of("Straß"), marked("strass", "Straßenbahn"));
        assertEquals(List.of("Straß"), marked("stras", "Straßenbahn")); // half of "ss" still marks the ß
        assertEquals(List.of("ßen"), marked("sen", "Straßenbahn"));
        assertEquals(List.of("Æsth"), marked("aesth", "Æsthetics"));
        assertEquals(List.of("Æsth"), marked("esth", "Æsthetics"));
        assertEquals(List.of("ĲSSEL"), marked("ijssel", "ĲSSEL river"));
    }

    @Test
    void textAfterAnExpandedCharKeepsItsPlace() {
        // Every ß is two folded chars; the hit after them must still map to "Bahn".
        assertEquals(List.of("Bahn"), marked("bahn", "ßßßß Bahn"));
    }

    @Test
    void combiningAccentAfterAHighlightedLetterIsHighlightedWithIt() {
        String text = "Jose\u0301 Garci\u0301a";
        assertEquals(List.of("Jose\u0301", "Garci\u0301a"), marked("jose garcia", text));
        assertEquals(List.of("Jose\u0301"), marked("jos\u00e9", text));
    }

    @Test
    void phraseSpansAnyWhitespaceOfTheText() {
        assertEquals(List.of("Machine\n  Learning"), marked("\"machine learning\"", "Machine\n  Learning rocks"));
        assertEquals(List.of(), marked("\"machine learning\"", "Machine-Learning"));
    }

    @Test
    void overlappingAndTouchingHitsAreOneRange() {
        assertEquals(List.of("foobar"), marked("foo oba bar", "foobar!"));
        assertEquals(List.of("foobar"), marked("foo bar", "foobar"));
    }

    @Test
    void excludedTermsAreNotHighlighted() {
        assertEquals(List.of("Async"), marked("async -views", "Async views"));
    }

    @Test
    void emptyQueryOrTextHighlightsNothing() {
        assertEquals(0, Query.parse("").highlight("Async views").length);
        assertEquals(0, Query.parse("async").highlight("").length);
    }

    @Test
    void filterValuesAreHighlightedInTheirOwnFieldAtWordStarts() {
        Query query = Query.parse("speaker:god andrew");
        assertEquals(List.of("Andrew", "God"), marked(query, "Andrew Godwin", Field.SPEAKER));
        assertEquals(List.of("Andrew"), marked(query, "Andrew Godwin", null)); // a title: free words only
        assertEquals(List.of(), marked(Query.parse("speaker:win"), "Andrew Godwin", Field.SPEAKER));
        assertEquals(List.of("web"), marked(Query.parse("tag:web"), "async web", Field.TAG));
    }

    @Test
    void freeWordsAreNotHighlightedWhereTheyDoNotSearch() {
        Query query = Query.parse("cabrillo room:cab");
        assertEquals(List.of("Cab"), marked(query, "Cabrillo 1", Field.ROOM));
        assertEquals(List.of("Cabrillo"), marked(query, "Cabrillo 1", Field.TAG));
    }

    @Test
    void dayNumberIsNotHighlightedInADate() {
        assertEquals(List.of(), marked(Query.parse("day:2"), "2019-09-23", Field.DAY));
        assertEquals(List.of("Mon"), marked(Query.parse("day:mon"), "Monday", Field.DAY));
    }

    @Test
    void kindAndLanguageAreHighlightedOnlyAtTheStart() {
        Query query = Query.parse("kind:talk kind:lightning lang:en");
        assertEquals(List.of("Lightning"), marked(query, "Lightning talks", Field.KIND));
        assertEquals(List.of("Talk"), marked(query, "Talk", Field.KIND));
        assertEquals(List.of("en"), marked(query, "en-US", Field.LANG));
    }

    private static List<String> marked(String query, String text) {
        return marked(Query.parse(query), text, null);
    }

    private static List<String> marked(Query query, String text, Field field) {
        int[] ranges = query.highlight(text, field);
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < ranges.length; r += 2) {
            parts.add(text.substring(ranges[r], ranges[r + 1]));
        }
        return parts;
    }
}

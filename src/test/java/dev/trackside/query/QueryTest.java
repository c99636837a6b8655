package dev.trackside.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.query.Query.Field;
import dev.trackside.query.Query.Problem;
import dev.trackside.query.Query.Term;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class QueryTest {
    @Test
    void freeWordsAreFoldedAndSplitOnAnyWhitespace() {
        Query query = Query.parse("  Foo \t BÄR\u00a0José\u3000x ");
        assertEquals("foo bar jose x", query.toString());
        assertEquals(List.of("foo", "bar", "jose", "x"), query.words());
        for (Term term : query.terms()) {
            assertNull(term.field());
            assertFalse(term.excluded());
            assertFalse(term.phrase());
        }
        assertTrue(query.errors().isEmpty());
    }

    @Test
    void blankOrNullQueryHasNoTerms() {
        for (String text : new String[] {null, "", "   ", "\t\n"}) {
            Query query = Query.parse(text);
            assertTrue(query.isEmpty(), String.valueOf(text));
            assertTrue(query.errors().isEmpty());
            assertEquals("", query.toString());
        }
    }

    @Test
    void quotedTextIsOnePhraseWithItsWhitespaceCollapsed() {
        Query query = Query.parse("django \"Async   Views\n in\" orm");
        assertEquals("django \"async views in\" orm", query.toString());
        Term phrase = query.terms().get(1);
        assertTrue(phrase.phrase());
        assertEquals("async views in", phrase.text());
        assertEquals(List.of("django", "async views in", "orm"), query.words());
        assertTrue(query.errors().isEmpty());
    }

    @Test
    void typographicQuotesWorkLikeStraightOnes() {
        assertEquals("\"machine learning\"", Query.parse("\u201cMachine Learning\u201d").toString());
        assertEquals("\"strasse\" x", Query.parse("\u201eStra\u00dfe\u201c x").toString());
    }

    @Test
    void aQuoteInsideAWordStartsAPhrase() {
        assertEquals("foo \"bar baz\" qux", Query.parse("foo\"bar baz\"qux").toString());
    }

    @Test
    void singleWordInQuotesIsAPhraseOfOneWord() {
        Term term = Query.parse("\"Django\"").terms().get(0);
        assertTrue(term.phrase());
        assertEquals("django", term.text());
    }

    @Test
    void emptyQuotesAreIgnoredSilently() {
        Query query = Query.parse("a \"\" \" \" b");
        assertEquals("a b", query.toString());
        assertTrue(query.errors().isEmpty());
    }

    @Test
    void leadingDashExcludesAWordAPhraseOrAFilter() {
        Query query = Query.parse("-Java -\"Machine Learning\" -kind:break");
        assertEquals("-java -\"machine learning\" -kind:break", query.toString());
        for (Term term : query.terms()) {
            assertTrue(term.excluded(), term.toString());
        }
        assertTrue(query.terms().get(1).phrase());
        assertEquals(Field.KIND, query.terms().get(2).field());
        assertEquals(List.of(), query.words());
    }

    @Test
    void dashInsideAWordIsPartOfIt() {
        Query query = Query.parse("e-mail real-time zzzz-no-such-talk");
        assertEquals(List.of("e-mail", "real-time", "zzzz-no-such-talk"), query.words());
        assertFalse(query.terms().get(0).excluded());
    }

    @Test
    void loneDashIsIgnored() {
        assertEquals("async views", Query.parse("async - views -").toString());
        assertTrue(Query.parse(" - ").isEmpty());
        assertTrue(Query.parse("-").errors().isEmpty());
    }

    @Test
    void doubleDashExcludesAWordStartingWithADash() {
        Term term = Query.parse("--x").terms().get(0);
        assertTrue(term.excluded());
        assertEquals("-x", term.text());
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void everyFieldHasAFilter(Field field) {
        Query query = Query.parse(field.key() + ":Value");
        Term term = query.terms().get(0);
        assertEquals(field, term.field());
        assertEquals("value", term.text());
        assertFalse(term.excluded());
        assertTrue(query.errors().isEmpty());
        assertEquals(List.of(), query.words());
        assertEquals(field, Field.of(field.key()));
    }

    @Test
    void filterKeysIgnoreCase() {
        assertEquals("speaker:ada tag:web", Query.parse("Speaker:Ada TAG:Web").toString());
    }

    @Test
    void filterValueMayBeQuoted() {
        Query query = Query.parse("speaker:\"Ada  Lovelace\" room:\u201cCabrillo 1\u201d");
        assertEquals("speaker:\"ada lovelace\" room:\"cabrillo 1\"", query.toString());
        assertEquals("ada lovelace", query.terms().get(0).text());
        assertTrue(query.terms().get(0).phrase());
    }

    @Test
    void filterValueEndsAtWhitespace() {
        assertEquals("room:cabrillo 1", Query.parse("room:Cabrillo 1").toString());
        assertEquals(List.of("1"), Query.parse("room:Cabrillo 1").words());
    }

    @Test
    void termsKnowWhereTheyAreInTheQuery() {
        String text = "ab -\"c d\"  speaker:x  \"open";
        List<Term> terms = Query.parse(text).terms();
        assertEquals(List.of("ab", "-\"c d\"", "speaker:x", "\"open"), spans(text, terms));
    }

    @Test
    void unclosedQuoteRunsToTheEndAndIsReported() {
        Query query = Query.parse("django \"async vi");
        assertEquals("django \"async vi\"", query.toString());
        assertEquals(List.of("7-16 unclosed quote"), strings(query.errors()));
        Problem problem = query.errors().get(0);
        assertEquals(Problem.Type.UNCLOSED_QUOTE, problem.type());
        assertEquals("", problem.detail());
    }

    @Test
    void unclosedQuoteOfAFilterOrAnExclusionIsReportedToo() {
        assertEquals(List.of("8-12 unclosed quote"), strings(Query.parse("speaker:\"ada").errors()));
        assertEquals("speaker:\"ada\"", Query.parse("speaker:\"ada").toString());
        Query excluded = Query.parse("x -\"a b");
        assertEquals("x -\"a b\"", excluded.toString());
        assertEquals(List.of("3-7 unclosed quote"), strings(excluded.errors()));
    }

    @Test
    void loneQuoteIsReportedAndSearchesNothing() {
        Query query = Query.parse("django \"");
        assertEquals("django", query.toString());
        assertEquals(List.of("7-8 unclosed quote"), strings(query.errors()));
    }

    @Test
    void unknownFieldIsReportedAndSearchedAsAWord() {
        Query query = Query.parse("x Foo:Bar");
        assertEquals(List.of("x", "foo:bar"), query.words());
        assertEquals(List.of("2-6 unknown field Foo"), strings(query.errors()));
        Problem problem = query.errors().get(0);
        assertEquals(Problem.Type.UNKNOWN_FIELD, problem.type());
        assertEquals("Foo", problem.detail());
    }

    @Test
    void excludedUnknownFieldIsAnExcludedWord() {
        Query query = Query.parse("-foo:bar");
        assertTrue(query.terms().get(0).excluded());
        assertEquals("foo:bar", query.terms().get(0).text());
        assertEquals(List.of("1-5 unknown field foo"), strings(query.errors()));
    }

    @Test
    void emptyFilterValueIsReportedAndLeftOut() {
        Query query = Query.parse("speaker: ada");
        assertEquals("ada", query.toString());
        assertEquals(List.of("0-8 speaker: needs a value"), strings(query.errors()));
        assertEquals(Problem.Type.EMPTY_VALUE, query.errors().get(0).type());
        assertEquals("speaker", query.errors().get(0).detail());
        assertEquals(List.of("0-6 room: needs a value"), strings(Query.parse("-room:").errors()));
        assertEquals(List.of("0-6 tag: needs a value"), strings(Query.parse("Tag:\"\"").errors()));
    }

    @Test
    void severalProblemsAreAllReported() {
        Query query = Query.parse("a:b kind: \"x");
        assertEquals(List.of("0-2 unknown field a", "4-9 kind: needs a value", "10-12 unclosed quote"),
                strings(query.errors()));
        assertEquals("a:b \"x\"", query.toString());
    }

    @ParameterizedTest
    @CsvSource({"10:30", "c++:", "2019-09-23", ":foo", "::", "\u00e9t\u00e9:x"})
    void onlyLettersBeforeAColonMakeAKey(String text) {
        Query query = Query.parse(text);
        assertTrue(query.errors().isEmpty(), text);
        assertNull(query.terms().get(0).field());
    }

    @Test
    void normalFormParsesToItself() {
        for (String text : new String[] {"Foo  \"Bar baz\" -qux Speaker:\"Ada L\" -kind:break day:2",
            "--x -\"-\"", "sp\u00e9aker:x", "spe\u0301aker:\"a b\"", "Foo:Bar", "-", "--"}) {
            String normal = Query.parse(text).toString();
            assertEquals(normal, Query.parse(normal).toString(), text);
            assertEquals(Query.parse(text).words(), Query.parse(normal).words(), text);
        }
        // A word that folds into filter syntax stays a word.
        assertEquals("\"speaker:x\"", Query.parse("sp\u00e9aker:x").toString());
        assertEquals(List.of("speaker:x"), Query.parse("sp\u00e9aker:x").words());
    }

    @Test
    void termsAndErrorsCannotBeChanged() {
        Query query = Query.parse("a :b \"");
        assertThrows(UnsupportedOperationException.class, () -> query.terms().clear());
        assertThrows(UnsupportedOperationException.class, () -> query.errors().clear());
    }

    private static List<String> spans(String text, List<Term> terms) {
        List<String> spans = new ArrayList<>();
        for (Term term : terms) {
            spans.add(text.substring(term.start(), term.end()));
        }
        return spans;
    }

    private static List<String> strings(List<?> items) {
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            out.add(item.toString());
        }
        return out;
    }
}

package dev.trackside.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Conference;
import dev.trackside.model.Kind;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.model.ZonedTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionSearchTest {
    private static final Speaker JOSE = new Speaker("jose", "José Martínez", null, List.of());
    private static final Speaker ADA = new Speaker("ada", "Ada Lovelace", null, List.of());

    // Positions 0-3 in schedule.sessions(); each word below occurs in exactly the sessions the tests say.
    private static final Schedule SCHEDULE = schedule(
            session("async", "Async views in practice", List.of(JOSE), List.of("async", "views"),
                    "What changes when a view can await."),
            session("testing", "Testing Django apps", List.of(ADA), List.of("pytest"), "Fixtures and factories."),
            session("dinner", "Dinner with jose", List.of(), List.of(), ""),
            session("lunch", "Lunch", List.of(), List.of(), ""));

    private final SessionSearch search = new SessionSearch(SCHEDULE);

    @Test
    void emptyOrBlankQueryMatchesEverySession() {
        for (String query : new String[] {"", "   ", "\t\n", null}) {
            boolean[] matches = new boolean[4];
            assertEquals(4, search.match(query, matches), String.valueOf(query));
            assertArrayEquals(new boolean[] {true, true, true, true}, matches);
        }
    }

    @Test
    void matchesInTitle() {
        assertMatches("practice", 0);
    }

    @Test
    void matchesInSpeakerName() {
        assertMatches("lovelace", 1);
    }

    @Test
    void matchesInTag() {
        assertMatches("pytest", 1);
    }

    @Test
    void matchesInAbstract() {
        assertMatches("factories", 1);
    }

    @Test
    void everyWordMustMatchSomewhereInTheSession() {
        assertMatches("async martinez", 0); // title and speaker
        assertMatches("django fixtures ada", 1); // title, abstract, speaker
        assertMatches("async lovelace"); // each word matches, but in different sessions
    }

    @Test
    void plainQueryFindsAccentedTextAndCapitalsFindPlainText() {
        assertMatches("jose", 0, 2); // "José" in a speaker's name, "jose" in a title
        assertMatches("JOSÉ", 0, 2);
        assertMatches("Jose\u0301", 0, 2); // decomposed accent in the query
        assertMatches("MARTÍNEZ", 0);
    }

    @Test
    void partOfAWordMatchesSoResultsFollowTyping() {
        assertMatches("asy", 0);
        assertMatches("lunc", 3);
    }

    @Test
    void wordsMayBeSeparatedByAnyRunOfWhitespace() {
        assertMatches("  async \t\n martinez\u3000", 0);
        assertMatches("async\u00a0martinez", 0); // no-break space folds to a space
    }

    @Test
    void noMatchGivesZeroAndAllFalse() {
        assertMatches("kubernetes");
    }

    @Test
    void everyEntryOfTheArrayIsOverwritten() {
        // The browser reuses one array per keystroke; stale hits must not survive.
        boolean[] matches = {true, true, true, true};
        assertEquals(1, search.match("lunch", matches));
        assertArrayEquals(new boolean[] {false, false, false, true}, matches);
    }

    @Test
    void sizeIsTheNumberOfSessions() {
        assertEquals(4, search.size());
        assertEquals(0, new SessionSearch(schedule()).size());
    }

    @Test
    void termsAreTheFoldedWordsOfTheQuery() {
        assertEquals(List.of("foo", "bar"), SessionSearch.terms("  Foo   BÄR "));
        assertEquals(List.of(), SessionSearch.terms(" \t "));
        assertEquals(List.of(), SessionSearch.terms(null));
    }

    private void assertMatches(String query, int... expected) {
        boolean[] matches = new boolean[SCHEDULE.sessions().size()];
        int count = search.match(query, matches);
        boolean[] want = new boolean[matches.length];
        for (int i : expected) {
            want[i] = true;
        }
        assertArrayEquals(want, matches, query + " matched " + Arrays.toString(matches));
        assertEquals(expected.length, count, query);
    }

    @Test
    void textThatFoldsLongerThanItIsStillMatchesToTheEnd() {
        // Every char of these abstracts folds to two (ß -> ss, æ -> ae): more than the index's slack.
        String longer = "ß".repeat(3000) + " Straßenbahn";
        Schedule schedule = schedule(session("a", "Æsthetics", List.of(), List.of(), "æ".repeat(5000) + " end"),
                session("b", "Tram", List.of(), List.of(), longer));
        SessionSearch index = new SessionSearch(schedule);
        boolean[] matches = new boolean[2];
        assertEquals(1, index.match("strassenbahn", matches));
        assertTrue(matches[1]);
        assertEquals(1, index.match("aesthetics end", matches));
        assertTrue(matches[0]);
    }

    private static Session session(String id, String title, List<Speaker> speakers, List<String> tags,
            String abstractText) {
        ZonedTime start = ZonedTime.parse("2019-09-23T09:00-07:00");
        Session.Builder b = Session.builder(id, title).kind(Kind.TALK).time(start, start.plusMinutes(30))
                .abstractText(abstractText);
        speakers.forEach(b::speaker);
        tags.forEach(b::tag);
        return b.build();
    }

    private static Schedule schedule(Session... sessions) {
        return new Schedule(new Conference("c", "C", "UTC", null, null), List.of(), List.of(), List.of(),
                List.of(JOSE, ADA), Arrays.asList(sessions));
    }
}

package dev.trackside.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trackside.model.Conference;
import dev.trackside.model.Kind;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.model.ZonedTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRankingTest {
    @Test
    void titleHitRanksAboveAbstractHit() {
        SessionSearch search = search(
                session("Fixtures", "", "", "All about rust."),
                session("Rust for Pythonistas", "", "", ""));
        assertRanked(search, "rust", 1, 0);
    }

    @Test
    void fieldsRankTitleThenSpeakersThenTagsThenAbstract() {
        SessionSearch search = search(
                session("A", "", "", "Ferris and rust"),
                session("B", "", "rust", ""),
                session("C", "Rust Cohle", "", ""),
                session("Rust", "", "", ""));
        assertRanked(search, "rust", 3, 2, 1, 0);
    }

    @Test
    void wholeWordRanksAboveWordStartAboveInsideAWord() {
        SessionSearch search = search(
                session("Pytest tips", "", "", ""),
                session("Testing Django", "", "", ""),
                session("Test everything", "", "", ""));
        assertRanked(search, "test", 2, 1, 0);
    }

    @Test
    void anyTitleHitRanksAboveTheBestSpeakerHit() {
        SessionSearch search = search(
                session("Other", "Ann Test", "", ""),
                session("Pytest tips", "", "", ""));
        assertRanked(search, "test", 1, 0);
    }

    @Test
    void aWordScoresItsBestHitWhereverItIsInTheField() {
        // The first hit in the title is inside a word; the second, a whole word, counts.
        SessionSearch search = search(
                session("Testing", "", "", ""),
                session("Pytest or test", "", "", ""));
        assertRanked(search, "test", 1, 0);
    }

    @Test
    void scoresOfSeveralWordsAddUp() {
        SessionSearch search = search(
                session("Django", "", "", "orm"),
                session("Django ORM", "", "", ""),
                session("orm", "", "", "django"));
        assertRanked(search, "django orm", 1, 0, 2);
    }

    @Test
    void phraseRanksLikeAWord() {
        SessionSearch search = search(
                session("Intro", "", "", "Machine\n  learning in practice"),
                session("Machine learning", "", "", ""),
                session("Machine and learning", "", "", ""));
        assertRanked(search, "\"machine learning\"", 1, 0);
    }

    @Test
    void equalScoresKeepTheScheduleOrder() {
        SessionSearch search = search(
                session("Async one", "", "", ""),
                session("Nothing", "", "", ""),
                session("Async two", "", "", ""),
                session("Async three", "", "", ""));
        assertRanked(search, "async", 0, 2, 3);
    }

    @Test
    void withoutFreeWordsMatchesAreInScheduleOrder() {
        SessionSearch search = search(
                session("A", "", "web", ""),
                session("B", "", "", ""),
                session("C", "", "web", ""));
        assertRanked(search, "tag:web", 0, 2);
        assertRanked(search, "-tag:web", 1);
        assertRanked(search, "", 0, 1, 2);
    }

    @Test
    void excludedWordsAndFiltersDoNotScore() {
        SessionSearch search = search(
                session("Rust", "", "", "not java"),
                session("Rust", "", "", ""),
                session("Rust async", "", "", ""));
        assertRanked(search, "rust -java", 1, 2);
    }

    @Test
    void searchFindsExactlyWhatMatchFinds() {
        SessionSearch search = search(
                session("Pytest tips", "Ann", "testing", "x"),
                session("Nothing", "", "", ""),
                session("Test", "Tess", "", "contest"));
        for (String query : new String[] {"test", "tes", "t", "-test", "ann test", "tag:test", "\"x", "zzz", ""}) {
            boolean[] matches = new boolean[3];
            int count = search.match(query, matches);
            int[] ranked = search.search(Query.parse(query));
            assertEquals(count, ranked.length, query);
            for (int i : ranked) {
                assertEquals(true, matches[i], query);
            }
        }
    }

    private static void assertRanked(SessionSearch search, String query, int... expected) {
        assertArrayEquals(expected, search.search(Query.parse(query)), query);
    }

    /** A session with a title, one speaker and one tag (none when empty), and an abstract. */
    static Session session(String title, String speaker, String tag, String abstractText) {
        ZonedTime start = ZonedTime.parse("2019-09-23T09:00-07:00");
        Session.Builder b = Session.builder(title, title).kind(Kind.TALK).time(start, start.plusMinutes(30))
                .abstractText(abstractText);
        if (!speaker.isEmpty()) {
            b.speaker(new Speaker(speaker, speaker, null, List.of()));
        }
        if (!tag.isEmpty()) {
            b.tag(tag);
        }
        return b.build();
    }

    static SessionSearch search(Session... sessions) {
        List<Session> list = new ArrayList<>(List.of(sessions));
        return new SessionSearch(new Schedule(new Conference("c", "C", "UTC", null, null), List.of(), List.of(),
                List.of(), List.of(), list));
    }
}

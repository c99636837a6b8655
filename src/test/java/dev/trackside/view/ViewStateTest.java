package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.CivilDate;
import dev.trackside.view.ViewState.Facet;
import dev.trackside.view.ViewState.Filter;
import dev.trackside.view.ViewState.View;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ViewStateTest {
    private static final CivilDate MONDAY = CivilDate.parse("2019-09-23");

    @ParameterizedTest
    @ValueSource(strings = {"", "#", "#&", "&&&", "view=auto", "#view=auto&q=&tz=conference"})
    void hashesWithNothingButDefaultsGiveTheDefaultState(String hash) {
        assertEquals(ViewState.DEFAULT, ViewState.parse(hash));
    }

    @Test
    void defaultStateIsTheEmptyHash() {
        // "" rather than "#": history.replaceState(…, path + search + toHash()) then drops the fragment entirely.
        assertEquals("", ViewState.DEFAULT.toHash());
        assertEquals(View.AUTO, ViewState.DEFAULT.view());
        assertEquals("#view=grid", ViewState.DEFAULT.withView(View.GRID).toHash());
        assertNull(ViewState.DEFAULT.day());
        assertEquals("", ViewState.DEFAULT.query());
        assertEquals(List.of(), ViewState.DEFAULT.filters());
        assertNull(ViewState.DEFAULT.speaker());
        assertNull(ViewState.DEFAULT.session());
        assertFalse(ViewState.DEFAULT.localTime());
    }

    @Test
    void everyFieldIsWrittenInCanonicalOrderWhateverTheOrderOfTheCalls() {
        ViewState state = ViewState.DEFAULT.withLocalTime(true).withSession("123").withFilter(Facet.ROOM, "balboa")
                .withFilter(Facet.TRACK, "web").withFilter(Facet.KIND, "workshop").withFilter(Facet.TRACK, "data")
                .withQuery("django orm").withDay(MONDAY).withView(View.LIST);
        assertEquals("#view=list&day=2019-09-23&q=django%20orm&track=data&track=web&room=balboa&kind=workshop"
                + "&session=123&tz=local", state.toHash());
    }

    @Test
    void parseReadsEveryField() {
        ViewState state = ViewState.parse("#view=list&day=2019-09-23&q=django%20orm&track=web&track=data"
                + "&room=balboa&kind=workshop&session=123&tz=local");
        assertEquals(View.LIST, state.view());
        assertEquals(MONDAY, state.day());
        assertEquals("django orm", state.query());
        assertEquals(List.of("data", "web"), state.values(Facet.TRACK));
        assertEquals(List.of("balboa"), state.values(Facet.ROOM));
        assertEquals(List.of("workshop"), state.values(Facet.KIND));
        assertTrue(state.hasFilter(Facet.TRACK, "web"));
        assertFalse(state.hasFilter(Facet.ROOM, "web"));
        assertEquals("123", state.session());
        assertTrue(state.localTime());
    }

    @Test
    void keyOrderAndTheLeadingHashDoNotMatter() {
        ViewState a = ViewState.parse("#tz=local&session=7&track=web&view=list&q=orm&track=data");
        ViewState b = ViewState.parse("view=list&q=orm&track=data&track=web&session=7&tz=local");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("#view=list&q=orm&track=data&track=web&session=7&tz=local", a.toHash());
    }

    @Test
    void filtersAreASetPerFacetSortedForTheHash() {
        // Equal views must be equal states with one hash, whichever chip was clicked first.
        ViewState ab = ViewState.DEFAULT.withFilter(Facet.TRACK, "a").withFilter(Facet.TRACK, "b");
        ViewState ba = ViewState.DEFAULT.withFilter(Facet.TRACK, "b").withFilter(Facet.TRACK, "a")
                .withFilter(Facet.TRACK, "b");
        assertEquals(ab, ba);
        assertEquals(List.of(new Filter(Facet.TRACK, "a"), new Filter(Facet.TRACK, "b")), ba.filters());
        assertEquals("#track=a&track=b", ViewState.parse("#track=b&track=a&track=b").toHash());
    }

    @Test
    void removingFiltersKeepsTheRest() {
        ViewState state = ViewState.parse("#q=orm&track=web&track=data&room=balboa");
        assertEquals("#q=orm&track=data&room=balboa", state.withoutFilter(Facet.TRACK, "web").toHash());
        assertEquals(state, state.withoutFilter(Facet.ROOM, "web"));
        assertEquals("#q=orm", state.withoutFilters().toHash());
    }

    @Test
    void unknownKeysAndValuesThatDoNotFitAreIgnored() {
        ViewState state = ViewState.parse("#view=calendar&day=2019-02-30&kind=Talk&kind=talk&tz=Europe/Vienna"
                + "&language=de&LANG=de&VIEW=list&track=&room&=x&session=&speaker=9&lang=&tag=&shared=&shared=,,");
        assertEquals("#kind=talk", state.toHash());
    }

    @Test
    void languageLevelAndTagAreFacetsWrittenAfterTheOthers() {
        ViewState state = ViewState.DEFAULT.withFilter(Facet.TAG, "web").withFilter(Facet.LEVEL, "beginner")
                .withFilter(Facet.LANGUAGE, "de").withFilter(Facet.TAG, "security").withFilter(Facet.KIND, "talk")
                .withFilter(Facet.LANGUAGE, "en");
        assertEquals("#kind=talk&lang=de&lang=en&level=beginner&tag=security&tag=web", state.toHash());
        assertEquals(state, ViewState.parse("#tag=web&level=beginner&lang=en&tag=security&kind=talk&lang=de"));
        assertEquals(List.of("de", "en"), state.values(Facet.LANGUAGE));
        assertEquals(Facet.LANGUAGE, Facet.fromId("lang"));
        // Free text, unlike kinds: any non-empty value is taken as written, case and all.
        assertEquals(List.of("Advanced & up", "advanced"),
                ViewState.parse("#level=advanced&level=Advanced%20%26%20up").values(Facet.LEVEL));
    }

    @Test
    void theAgendaIsAView() {
        ViewState agenda = ViewState.DEFAULT.withView(View.AGENDA);
        assertEquals("#view=agenda", agenda.toHash());
        assertEquals(agenda, ViewState.parse("view=agenda"));
    }

    @Test
    void sharedIdsAreOneCommaSeparatedValueInTheirOrder() {
        ViewState state = ViewState.DEFAULT.withShared(List.of("10532", "10496", "10532", "", "7"));
        assertEquals(List.of("10532", "10496", "7"), state.shared());
        assertEquals("#shared=10532,10496,7", state.toHash());
        assertEquals(state, ViewState.parse("#shared=10532,10496,7"));
        assertEquals("#view=agenda&q=orm&tz=local&shared=1,2",
                ViewState.parse("#shared=1,2&view=agenda&tz=local&q=orm").toHash());
        assertEquals(ViewState.DEFAULT, state.withShared(null));
        assertEquals(ViewState.DEFAULT, state.withShared(List.of()));
    }

    @Test
    void sharedIdsWithCommasAndAnyOtherCharactersRoundTrip() {
        List<String> ids = List.of("talk, part 1", "a%2Cb", "Ünïcödé", "\"quoted\"", "x&y=z#w", "\uD83D\uDE80", " ");
        ViewState state = ViewState.DEFAULT.withSession("s").withShared(ids);
        assertEquals("#session=s&shared=talk%2C%20part%201,a%252Cb,%C3%9Cn%C3%AFc%C3%B6d%C3%A9,%22quoted%22,"
                + "x%26y%3Dz%23w,%F0%9F%9A%80,%20", state.toHash());
        assertEquals(ids, ViewState.parse(state.toHash()).shared());
        assertEquals(state, ViewState.parse(state.toHash()));
    }

    @Test
    void sharedIdsAreReadLeniently() {
        // Empty items and repeats are dropped, several keys add up, and raw text from a pasted link is taken.
        assertEquals(List.of("a", "b", "c", "ü ü"), ViewState.parse("#shared=,a,,b,a,&shared=c&shared=ü%20%C3%BC")
                .shared());
        // Only raw commas separate: an escaped one is part of an id.
        assertEquals(List.of("a,b"), ViewState.parse("#shared=a%2Cb").shared());
        assertEquals(List.of("x\uFFFD"), ViewState.DEFAULT.withShared(List.of("x\uD83D")).shared());
        assertThrows(UnsupportedOperationException.class, () -> ViewState.parse("#shared=a").shared().add("b"));
    }

    @Test
    void theLastValidValueOfASingleValuedKeyWins() {
        ViewState state = ViewState.parse("#view=list&view=bogus&day=2019-09-22&day=2019-09-23&day=soon"
                + "&q=a&q=b&session=1&session=2");
        assertEquals(View.LIST, state.view());
        assertEquals(MONDAY, state.day());
        assertEquals("b", state.query());
        assertEquals("2", state.session());
    }

    @Test
    void aSpeakerIdBelongsToTheSpeakerPageOnly() {
        ViewState page = ViewState.DEFAULT.withSpeaker("42");
        assertEquals("#view=speaker&speaker=42", page.toHash());
        assertEquals(page, ViewState.parse("#speaker=42&view=speaker"));
        // Without an id the speaker page is the index; an id without the speaker page means nothing.
        assertEquals(View.SPEAKERS, ViewState.parse("#view=speaker").view());
        assertEquals(ViewState.DEFAULT, ViewState.parse("#speaker=42"));
        assertEquals("#view=list", ViewState.parse("#view=list&speaker=42").toHash());
        // Leaving the page drops the id; withSpeaker(null) goes back to the index.
        assertNull(page.withView(View.GRID).speaker());
        assertEquals(View.SPEAKERS, page.withSpeaker(null).view());
        assertEquals(View.LIST, ViewState.DEFAULT.withView(View.LIST).withSpeaker(null).view());
        assertEquals(View.SPEAKERS, ViewState.DEFAULT.withView(View.SPEAKER).view());
    }

    @Test
    void anOpenSessionStaysOpenAcrossViewsAndCloses() {
        ViewState open = ViewState.parse("#view=list&session=frab-1234");
        assertEquals("frab-1234", open.withView(View.GRID).session());
        assertEquals("#view=list", open.withSession(null).toHash());
    }

    @Test
    void searchTextIsKeptExactlyAsTyped() {
        // Spaces at the ends, '+', '&', '=', '#', '%' and non-ASCII text all survive the hash.
        String[] queries = {" leading and trailing ", "C++ & Rust", "a=b", "#hashtag", "100%", "Müller", "Straße",
            "\uD83D\uDE80 launch", "\u65e5\u672c\u8a9e", "%zz", "%C3%BC"};
        for (String q : queries) {
            ViewState state = ViewState.DEFAULT.withQuery(q);
            assertEquals(q, ViewState.parse(state.toHash()).query(), state.toHash());
        }
        assertEquals("#q=C%2B%2B%20%26%20Rust", ViewState.DEFAULT.withQuery("C++ & Rust").toHash());
        assertEquals("#q=M%C3%BCller", ViewState.DEFAULT.withQuery("Müller").toHash());
        assertEquals("#q=%F0%9F%9A%80", ViewState.DEFAULT.withQuery("\uD83D\uDE80").toHash());
    }

    @Test
    void parseDecodesPercentEscapesButNotPlus() {
        assertEquals("a+b c", ViewState.parse("#q=a+b%20c").query());
        assertEquals("Müller & Söhne", ViewState.parse("#q=M%C3%BCller%20%26%20S%C3%B6hne").query());
        assertEquals("\uD83D\uDE80", ViewState.parse("#q=%F0%9F%9A%80").query());
        assertEquals("x=y", ViewState.parse("#q=x=y").query()); // only the first '=' separates
        assertEquals("%zz 100%", ViewState.parse("#q=%zz%20100%").query());
        assertEquals("ü ü", ViewState.parse("#q=ü%20%C3%BC").query()); // raw characters from a pasted link
        assertEquals("orm", ViewState.parse("#%71=orm").query()); // keys are decoded too
        assertEquals("Track & Field", ViewState.parse("#track=Track%20%26%20Field").values(Facet.TRACK).get(0));
    }

    @Test
    void idsWithAnyCharactersRoundTrip() {
        ViewState state = ViewState.DEFAULT.withSession("a/b?c#d&e").withFilter(Facet.ROOM, "Balboa I & II")
                .withFilter(Facet.TRACK, "Ünïcödé");
        assertEquals("#track=%C3%9Cn%C3%AFc%C3%B6d%C3%A9&room=Balboa%20I%20%26%20II&session=a%2Fb%3Fc%23d%26e",
                state.toHash());
        assertEquals(state, ViewState.parse(state.toHash()));
    }

    @Test
    void loneSurrogatesBecomeReplacementCharactersSoTheStateStillRoundTrips() {
        ViewState state = ViewState.DEFAULT.withQuery("a\uD83D");
        assertEquals("a\uFFFD", state.query());
        assertEquals(state, ViewState.parse(state.toHash()));
    }

    @Test
    void copiesLeaveTheOriginalUnchanged() {
        ViewState before = ViewState.parse("#view=list&q=orm");
        ViewState after = before.withQuery("django").withFilter(Facet.TRACK, "web").withLocalTime(true);
        assertEquals("#view=list&q=orm", before.toHash());
        assertEquals("#view=list&q=django&track=web&tz=local", after.toHash());
        assertNotEquals(before, after);
        assertEquals("#view=list&q=orm", before.toString());
    }

    @Test
    void theFilterListCannotBeChangedFromOutside() {
        ViewState state = ViewState.parse("#track=web");
        assertThrows(UnsupportedOperationException.class, () -> state.filters().clear());
        assertThrows(UnsupportedOperationException.class, () -> ViewState.DEFAULT.filters().add(null));
        assertEquals("#track=web", state.toHash());
    }

    @Test
    void emptyOrNullArgumentsMeanAbsent() {
        assertEquals(ViewState.DEFAULT, ViewState.DEFAULT.withQuery(null).withSession("").withDay(null)
                .withFilter(Facet.TRACK, "").withFilter(Facet.ROOM, null).withFilter(null, "x").withView(null));
        assertEquals(ViewState.DEFAULT, ViewState.parse(null));
    }

    @Test
    void aHugeHostileHashParsesInLinearTime() {
        // A link is untrusted input: a megabyte of pairs without '=' (or with) must not freeze the page.
        String noValues = "a&".repeat(500_000);
        String manyFilters = "track=x&".repeat(100_000) + "track=y";
        String manyShared = "shared=x&".repeat(100_000) + "shared=" + ",".repeat(500_000) + "y";
        // A hang guard, not a speed measurement (that is the benchmark's): quadratic work on this input takes
        // minutes, linear work well under a second, so the limit is far from both.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertEquals("#q=end", ViewState.parse(noValues + "q=end&" + noValues).toHash());
            assertEquals("#track=x&track=y", ViewState.parse(manyFilters).toHash());
            assertEquals("#shared=x,y", ViewState.parse(manyShared).toHash());
        });
    }

    @Test
    void everyRandomStateRoundTrips() {
        Random random = new Random(23);
        String[] pieces = {"", "a", "Web", " ", "&", "=", "#", "%", "%zz", "+", "ü", "\uD83D\uDE80", "\uD83D", "talk",
            "keynote", "/", "?"};
        for (int round = 0; round < 3000; round++) {
            ViewState state = ViewState.DEFAULT;
            int changes = random.nextInt(8);
            for (int i = 0; i < changes; i++) {
                String text = pieces[random.nextInt(pieces.length)] + pieces[random.nextInt(pieces.length)];
                switch (random.nextInt(9)) {
                    case 0:
                        state = state.withView(View.values()[random.nextInt(View.values().length)]);
                        break;
                    case 1:
                        state = state.withDay(random.nextBoolean() ? null : MONDAY.plusDays(random.nextInt(400)));
                        break;
                    case 2:
                        state = state.withQuery(text);
                        break;
                    case 3:
                        state = state.withFilter(Facet.values()[random.nextInt(Facet.values().length)], text);
                        break;
                    case 4:
                        state = state.withSpeaker(text);
                        break;
                    case 5:
                        state = state.withSession(text);
                        break;
                    case 6:
                        state = state.withLocalTime(random.nextBoolean());
                        break;
                    case 7:
                        state = state.withShared(random.nextBoolean() ? List.of()
                                : List.of(text, pieces[random.nextInt(pieces.length)] + ",", text + text));
                        break;
                    default:
                        state = state.withoutFilters();
                }
            }
            String hash = state.toHash();
            assertEquals(state, ViewState.parse(hash), hash);
            assertEquals(hash, ViewState.parse(hash.isEmpty() ? "" : hash.substring(1)).toHash());
        }
    }

    @Test
    void arbitraryTextNeverThrowsAndSettlesAfterOneParse() {
        // Whatever a link carries, the page shows some view, and rewriting the hash once makes it canonical.
        Random random = new Random(923);
        String alphabet = "#&=%+ aqzviewdaytrckomsplnz0123456789-ABCDEF\u00fc\uD83D\uDE80";
        String[] words = {"view", "grid", "list", "speaker", "speakers", "day", "2019-09-23", "q", "track", "room",
            "kind", "talk", "session", "tz", "local", "%C3%BC", "%F0%9F", "%", "lang", "level", "tag", "shared", ",",
            "agenda", "%2C"};
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(3) == 0) {
                    sb.append(words[random.nextInt(words.length)]);
                } else {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            ViewState state = ViewState.parse(sb.toString());
            assertEquals(state, ViewState.parse(state.toHash()), sb.toString());
        }
    }
}

package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FavouritesTest {
    private static final List<String> ODD_IDS = List.of("10496", "talk, part 1", "say \"hi\"", "back\\slash",
            "tab\tand\nnewline\u0000\u001f", "[\"x\"]", "{\"ids\":1}", "Ünïcödé", "\uD83D\uDE80 launch",
            "lone \uD83D surrogate", "\u2028", " ", "null", "/\\u0041");

    @Test
    void starringTogglesAndKeepsTheOrderOfStarring() {
        Favourites favourites = new Favourites();
        assertTrue(favourites.isEmpty());
        assertTrue(favourites.toggle("b"));
        assertTrue(favourites.toggle("a"));
        assertTrue(favourites.toggle("c"));
        assertFalse(favourites.toggle("a"));
        assertFalse(favourites.contains("a"));
        assertTrue(favourites.contains("b"));
        assertEquals(List.of("b", "c"), favourites.ids());
        assertFalse(favourites.add("b"), "already starred");
        assertFalse(favourites.add(""), "an empty id is no session");
        assertFalse(favourites.toggle(null));
        assertFalse(favourites.remove("x"));
        assertEquals(2, favourites.size());
        assertThrows(UnsupportedOperationException.class, () -> favourites.ids().add("d"));
    }

    @Test
    void theStorageKeyIsPerConference() {
        assertEquals("trackside:djangocon-us-2019:favourites", Favourites.storageKey("djangocon-us-2019"));
    }

    @Test
    void theStoredFormIsAJsonArrayOfStringsInStarringOrder() {
        assertEquals("[]", new Favourites().encode());
        Favourites favourites = Favourites.of(List.of("10496", "talk, part 1", "say \"hi\"", "back\\slash",
                "tab\t", "Ünï\uD83D\uDE80"));
        assertEquals("[\"10496\",\"talk, part 1\",\"say \\\"hi\\\"\",\"back\\\\slash\",\"tab\\u0009\","
                + "\"Ünï\uD83D\uDE80\"]", favourites.encode());
    }

    @Test
    void oddIdsRoundTrip() {
        Favourites favourites = Favourites.of(ODD_IDS);
        assertEquals(ODD_IDS, favourites.ids());
        assertEquals(ODD_IDS, Favourites.decode(favourites.encode()).ids());
    }

    @Test
    void randomIdsRoundTrip() {
        Random random = new Random(4);
        String alphabet = "ab,\"\\[]{}:u0 \t\n\u0001é\uD83D\uDE80\uDC00";
        for (int round = 0; round < 2000; round++) {
            List<String> ids = new ArrayList<>();
            for (int k = random.nextInt(6); k > 0; k--) {
                StringBuilder sb = new StringBuilder();
                for (int i = random.nextInt(8); i >= 0; i--) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                ids.add(sb.toString());
            }
            Favourites favourites = Favourites.of(ids);
            assertEquals(favourites.ids(), Favourites.decode(favourites.encode()).ids(), favourites.encode());
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "[", "]", "{", "\"a\"", "[[\"a\"]]", "{\"ids\":[\"a\"]}", "[1, 2, null]",
        "[\"\"]", "[\"unterminated", "[\"a\\"})
    void storedTextWithoutReadableIdsGivesNoFavourites(String stored) {
        assertEquals(List.of(), Favourites.decode(stored).ids());
    }

    @Test
    void garbageKeepsWhatCanBeRead() {
        // A truncated write loses its last id only.
        assertEquals(List.of("a", "b"), Favourites.decode("[\"a\",\"b\",\"c").ids());
        // Other elements, nesting and missing commas are passed over; duplicates go.
        assertEquals(List.of("a", "b", "f", "g"),
                Favourites.decode(" [\"a\", 5, \"b\", null, [\"c\"], {\"d\": \"e\"}, \"f\" \"g\" \"a\"] trailing")
                        .ids());
        // Unknown escapes stand for their character; a bad \\u is read as u.
        assertEquals(List.of("q", "u00zz", "\u00e9"), Favourites.decode("[\"\\q\",\"\\u00zz\",\"\\u00E9\"]").ids());
        // Closing brackets before the array do not confuse the nesting.
        assertEquals(List.of("x"), Favourites.decode("]]}[\"x\"]").ids());
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(9);
        String alphabet = "[]{}\",:\\u0aF9 \n";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Favourites favourites = Favourites.decode(sb.toString());
            assertEquals(favourites.ids(), Favourites.decode(favourites.encode()).ids(), sb.toString());
        }
    }

    @Test
    void aHugeStoredValueDecodesInLinearTime() {
        String many = "[" + "\"12345\",".repeat(200_000) + "\"end\"]";
        String brackets = "[".repeat(500_000) + "\"x".repeat(200_000);
        // A hang guard, not a speed measurement (that is the benchmark's): quadratic work on this input takes
        // minutes, linear work well under a second, so the limit is far from both.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertEquals(2, Favourites.decode(many).size());
            assertEquals(0, Favourites.decode(brackets).size());
        });
    }

    @Test
    void newIdsAreTheSharedOnesNotYetStarredInTheirOrder() {
        Favourites mine = Favourites.of(List.of("a", "b"));
        assertEquals(List.of("c", "d"), mine.newIds(List.of("b", "c", "", "a", "d", "c")));
        assertEquals(List.of(), mine.newIds(List.of("a")));
        // Asking never changes the favourites; adding them never removes any.
        assertEquals(List.of("a", "b"), mine.ids());
        assertEquals(2, mine.addAll(mine.newIds(List.of("d", "c", "a"))));
        assertEquals(List.of("a", "b", "d", "c"), mine.ids());
    }

    @Test
    void theMaskMarksEverySessionWithAStarredId() {
        Room a = new Room("a", "A");
        Schedule schedule = DayGridTest.schedule(List.of(a), DayGridTest.talk("x", "09:00", "10:00", a),
                DayGridTest.talk("y", "10:00", "11:00", a), DayGridTest.talk("z", "11:00", "12:00", a));
        assertArrayEquals(new boolean[] {true, false, true},
                Favourites.of(List.of("z", "gone", "x")).mask(schedule));
    }
}

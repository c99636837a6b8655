package dev.trackside.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.trackside.Props;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of {@link TextFold}: idempotent, at most twice as long, char by char (so folding a concatenation is the
 * concatenation of the folds), and equal to an independent reference, Unicode decomposition without accents and
 * Java's lower case, wherever the fold claims to follow it.
 */
class TextFoldPropertyTest {
    /** Letters that decomposition leaves alone but the fold spells out or strips of their stroke. */
    private static final Map<Character, String> BASE_LETTERS = Map.ofEntries(Map.entry('æ', "ae"), Map.entry('ð', "d"),
            Map.entry('ø', "o"), Map.entry('þ', "th"), Map.entry('ß', "ss"), Map.entry('đ', "d"), Map.entry('ħ', "h"),
            Map.entry('ı', "i"), Map.entry('ĳ', "ij"), Map.entry('ĸ', "k"), Map.entry('ŀ', "l"), Map.entry('ł', "l"),
            Map.entry('ŉ', "n"), Map.entry('ŋ', "n"), Map.entry('œ', "oe"), Map.entry('ŧ', "t"), Map.entry('ſ', "s"));

    /** Any UTF-16 string, lone surrogates included. */
    private static final Gen<String> ANY = strings().allPossible().ofLengthBetween(0, 60)
            .mix(lists().of(Generate.characters(0, 0xFFFF)).ofSizeBetween(0, 60).map(TextFoldPropertyTest::join), 50);

    /** Strings of the chars the reference covers, weighted towards those the fold changes. */
    private static final Gen<String> COVERED = lists().of(Generate.frequency(List.of(
            Pair.of(4, Generate.characters(0, 0x7F)),
            Pair.of(6, Generate.characters(0xC0, 0x17F)),
            Pair.of(2, Generate.characters(0x300, 0x36F)),
            Pair.of(2, Generate.characters(0x391, 0x3A9)),
            Pair.of(2, Generate.characters(0x3AA, 0x3FF)),
            Pair.of(2, Generate.characters(0x400, 0x45F)),
            Pair.of(1, Generate.pick(List.of('\u00a0', '\u2018', '\u2019', '\u00d7', '\u00f7'))),
            Pair.of(1, Generate.characters(0x4E00, 0x9FFF)))))
            .ofSizeBetween(0, 40).map(TextFoldPropertyTest::join);

    @Test
    void foldingTwiceChangesNothing() {
        Props.qt(3000).forAll(ANY).checkAssert(text -> {
            String once = TextFold.fold(text);
            assertEquals(once, TextFold.fold(once), () -> codes(text));
        });
    }

    @Test
    void theFoldIsAtMostTwiceAsLongAndFoldIntoAgrees() {
        Props.qt(3000).forAll(ANY, integers().between(0, 8)).checkAssert((text, at) -> {
            String folded = TextFold.fold(text);
            assertTrue(folded.length() <= 2 * text.length(), () -> codes(text));
            char[] out = new char[at + 2 * text.length()];
            int end = TextFold.foldInto(text, out, at);
            assertEquals(folded, new String(out, at, end - at), () -> codes(text));
        });
    }

    @Test
    void foldingAConcatenationConcatenatesTheFolds() {
        // Char by char, with no context: a search index may fold texts one after another into one array.
        Props.qt(2000).forAll(ANY, ANY).checkAssert((a, b) ->
                assertEquals(TextFold.fold(a) + TextFold.fold(b), TextFold.fold(a + b), () -> codes(a + b)));
    }

    @Test
    void theFoldEqualsTheReferenceWhereTheReferenceApplies() {
        Props.qt(3000).forAll(COVERED).checkAssert(text ->
                assertEquals(reference(text), TextFold.fold(text), () -> codes(text)));
    }

    @Test
    void theEngineSamplesAreDeterministicAndCovered() {
        List<String> samples = FoldSamples.strings(500, 7);
        assertEquals(samples, FoldSamples.strings(500, 7));
        assertNotEquals(samples, FoldSamples.strings(500, 8));
        int changed = 0;
        for (String sample : samples) {
            assertTrue(sample.length() <= 41); // 40, or 41 when a surrogate pair ends it
            String folded = TextFold.fold(sample);
            assertEquals(folded, TextFold.fold(folded));
            changed += folded.equals(sample) ? 0 : 1;
            for (int i = 0; i < sample.length(); i++) {
                char c = sample.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertTrue(i + 1 < sample.length() && Character.isLowSurrogate(sample.charAt(++i)), "well-formed");
                } else {
                    assertTrue(!Character.isLowSurrogate(c), "well-formed");
                }
            }
        }
        assertTrue(changed > 400, changed + " of 500 samples change when folded");
    }

    /** The fold as decomposition, accents dropped, lower case, stroked letters and ligatures spelled out. */
    static String reference(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x300 && c <= 0x36F) {
                continue; // a combining accent
            } else if (c == '\u00a0') {
                sb.append(' ');
            } else if (c == '\u2018' || c == '\u2019') {
                sb.append('\'');
            } else if (c >= 0xC0 && c <= 0x17F && c != '\u00d7' && c != '\u00f7') {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).substring(0, 1)
                        .toLowerCase(Locale.ROOT);
                sb.append(BASE_LETTERS.getOrDefault(base.charAt(0), base));
            } else if (c < 0x80 || c >= 0x391 && c <= 0x3A9 || c >= 0x400 && c <= 0x42F) {
                sb.append(Character.toLowerCase(c)); // ASCII, and Greek and Cyrillic capitals
            } else {
                sb.append(c); // kept as it is: small Greek and Cyrillic letters (with their accents), CJK, symbols
            }
        }
        return sb.toString();
    }

    private static String join(List<Character> chars) {
        StringBuilder sb = new StringBuilder(chars.size());
        for (char c : chars) {
            sb.append(c);
        }
        return sb.toString();
    }

    private static String codes(String text) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            codes.add(Integer.toHexString(text.charAt(i)));
        }
        return "U+" + String.join(" U+", codes);
    }
}

package dev.trackside.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldTest {
    @ParameterizedTest
    @CsvSource({"José, jose", "CAFÉ, cafe", "Straße, strasse", "Łukasz, lukasz", "Ærø, aero", "Œuvre, oeuvre",
        "Dvořák, dvorak", "İstanbul, istanbul", "Þór, thor", "ĲSSEL, ijssel", "Ångström, angstrom",
        "Çağrı, cagri", "Hello World, hello world", "ΑΘΗΝΑ, αθηνα", "МОСКВА, москва", "ЁЖ, ёж",
        "Ђорђе, ђорђе"})
    void foldsCaseAccentsAndLigatures(String text, String folded) {
        assertEquals(folded, TextFold.fold(text));
    }

    @Test
    void decomposedAccentsAreDropped() {
        // "e" + COMBINING ACUTE ACCENT, as macOS file names and some editors write it.
        assertEquals("jose", TextFold.fold("Jose\u0301"));
        assertEquals("e", TextFold.fold("e\u0301"));
        assertEquals(TextFold.fold("Jos\u00e9"), TextFold.fold("Jose\u0301"));
    }

    @Test
    void everyGreekAndCyrillicCapitalFoldsToItsSmallLetter() {
        // U+03A2 is unassigned; the others map to the small letter 32 (Greek, Cyrillic А-Я) or 80 (Ѐ-Џ) above.
        for (char c = '\u0391'; c <= '\u03A9'; c++) {
            if (c != '\u03A2') {
                assertEquals(String.valueOf(Character.toLowerCase(c)), TextFold.fold(String.valueOf(c)), hex(c));
            }
        }
        for (char c = '\u0400'; c <= '\u042F'; c++) {
            assertEquals(String.valueOf(Character.toLowerCase(c)), TextFold.fold(String.valueOf(c)), hex(c));
        }
    }

    @Test
    void asciiLettersAreLoweredAndOtherAsciiKept() {
        for (char c = 0; c < 0x80; c++) {
            String expected = c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : String.valueOf(c);
            assertEquals(expected, TextFold.fold(String.valueOf(c)), hex(c));
        }
    }

    @Test
    void foldedLatinLettersAreLowerCase() {
        // Within Latin-1 and Latin Extended-A the table must agree with Java's lower case for letters it keeps.
        for (char c = '\u00C0'; c <= '\u017F'; c++) {
            String folded = TextFold.fold(String.valueOf(c));
            assertEquals(folded.toLowerCase(java.util.Locale.ROOT), folded, hex(c));
        }
    }

    @Test
    void typographicSpacesAndApostrophesBecomePlain() {
        assertEquals("don't stop", TextFold.fold("Don\u2019t\u00a0Stop"));
        assertEquals("'quoted'", TextFold.fold("\u2018quoted\u2019"));
    }

    @Test
    void foldingIsIdempotentForEveryCharUpToU05FF() {
        for (char c = 0; c <= 0x05FF; c++) {
            String once = TextFold.fold(String.valueOf(c));
            assertEquals(once, TextFold.fold(once), hex(c));
        }
    }

    @Test
    void foldingIsIdempotentForMixedStrings() {
        List<String> samples = new ArrayList<>(List.of("", "José Martínez", "ǄEMAL Ǉubljana ǊEGOŠ",
                "Ǳ Ǆ ǅ ǆ", "Ƕ Ƿ Ȝ", "ΣΟΦΙΑ Σοφία", "Straße STRASSE", "e\u0301\u0300\u0302"));
        Random random = new Random(1234);
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(20);
            for (int j = 0; j < length; j++) {
                sb.append((char) random.nextInt(0x0600));
            }
            samples.add(sb.toString());
        }
        for (String text : samples) {
            String once = TextFold.fold(text);
            assertEquals(once, TextFold.fold(once), text);
        }
    }

    @Test
    void textThatNeedsNoFoldingIsReturnedAsIs() {
        // fold() avoids allocating for already-folded text: the search calls it per keystroke.
        String text = "already folded text 123";
        assertSame(text, TextFold.fold(text));
    }

    @Test
    void charsOutsideTheTablesAreKept() {
        assertEquals("東京 ☃ \uD83D\uDE00", TextFold.fold("東京 ☃ \uD83D\uDE00"));
    }

    private static String hex(char c) {
        return String.format("U+%04X", (int) c);
    }

    @Test
    void foldingWordsWritesEachRunOfWhitespaceAsOneSpace() {
        char[] out = new char[64];
        String text = "Two\t\n  Lines\u00a0\u3000OF \u0301 Straße ";
        int end = TextFold.foldWordsInto(text, out, 3);
        assertEquals("two lines of strasse ", new String(out, 3, end - 3));
    }

    @Test
    void wordCharsAreLettersAndDigitsOfAnyScript() {
        for (char c : "az09éßжα東".toCharArray()) {
            assertEquals(true, TextFold.isWordChar(c), hex(c));
        }
        for (char c : " -_.,:;'\"()[]/\n\u00a0\u00ab\u00d7\u2013\u201c\u3001".toCharArray()) {
            assertEquals(false, TextFold.isWordChar(c), hex(c));
        }
    }
}

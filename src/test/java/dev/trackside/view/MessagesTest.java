package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Kind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {
    private static final Messages EN = Messages.ENGLISH;
    private static final Messages DE = Messages.forLanguage("de");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void eachKeyIsItsTextsIndexAndHasItsOwnName() throws IllegalAccessException {
        Set<Integer> keys = new HashSet<>();
        for (java.lang.reflect.Field field : Msg.class.getFields()) {
            if (field.getType() == int.class && !field.getName().equals("COUNT")) {
                int key = field.getInt(null);
                assertTrue(key >= 0 && key < Msg.COUNT && keys.add(key), field.getName() + " = " + key);
                assertEquals(field.getName(), Msg.name(key));
            }
        }
        assertEquals(Msg.COUNT, keys.size());
        assertEquals(Msg.COUNT, Msg.ENGLISH.length);
        assertEquals("Schedule", EN.text(Msg.SCHEDULE));
        assertEquals("Could not load the schedule from {0}: the request failed (network error, or the server does not "
                + "allow this page to read it).", EN.text(Msg.LOAD_NETWORK));
    }

    @Test
    void eachEnglishTextIsOnTheLineNamingItsKey() throws java.io.IOException {
        // Msg.java keeps each text apart from its key, on a line ending in "// KEY": the n-th such line is key n's.
        List<String> named = new ArrayList<>();
        Matcher line = Pattern.compile("// ([A-Z_0-9]+)$", Pattern.MULTILINE).matcher(java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/java/dev/trackside/view/Msg.java")));
        while (line.find()) {
            named.add(line.group(1));
        }
        List<String> keys = new ArrayList<>();
        for (int key = 0; key < Msg.COUNT; key++) {
            keys.add(Msg.name(key));
        }
        assertEquals(keys, named);
    }

    @Test
    void everyKeyHasAnEnglishAndAGermanText() {
        String[] german = GermanTexts.texts();
        assertEquals(Msg.COUNT, german.length);
        for (int key = 0; key < Msg.COUNT; key++) {
            assertTrue(german[key] != null, key + " has no German text (it would be shown in English)");
            assertFalse(EN.text(key).isBlank(), key + " has no English text");
            assertFalse(DE.text(key).isBlank(), key + " has no German text");
            assertEquals(EN.text(key).strip(), EN.text(key), key + " has spaces at its ends");
            assertEquals(DE.text(key).strip(), DE.text(key), key + " has spaces at its ends");
        }
    }

    @Test
    void germanTextsUseTheSamePlaceholdersAsEnglish() {
        for (int key = 0; key < Msg.COUNT; key++) {
            Set<String> english = placeholders(EN.text(key));
            assertEquals(english, placeholders(DE.text(key)), Msg.name(key));
            // Numbered from {0} without gaps, so no argument is silently dropped.
            for (int i = 0; i < english.size(); i++) {
                assertTrue(english.contains("{" + i + "}"), key + " skips {" + i + "}");
            }
        }
    }

    @Test
    void noTextHasABraceThatIsNotAPlaceholder() {
        for (int key = 0; key < Msg.COUNT; key++) {
            for (Messages m : List.of(EN, DE)) {
                String rest = PLACEHOLDER.matcher(m.text(key)).replaceAll("");
                assertFalse(rest.contains("{") || rest.contains("}"), key + " in " + m.language());
            }
        }
    }

    @Test
    void sentencesEndWithAFullStopInBothLanguagesAndLabelsInNeither() {
        // Mixing "Close." and "Schließen" would show one language as sentences and the other as labels.
        for (int key = 0; key < Msg.COUNT; key++) {
            String de = DE.text(key);
            boolean germanAbbreviation = de.endsWith(" Min.") || de.endsWith(" Std.");
            assertEquals(EN.text(key).endsWith("."), de.endsWith(".") && !germanAbbreviation, Msg.name(key));
        }
    }

    @Test
    void germanQuotesAreGermanAndEnglishQuotesAreEnglish() {
        assertEquals("No session matches “orm”.", EN.format(Msg.NO_MATCH, "orm"));
        assertEquals("Kein Programmpunkt passt zu „orm“.", DE.format(Msg.NO_MATCH, "orm"));
        for (int key = 0; key < Msg.COUNT; key++) {
            assertFalse(DE.text(key).contains("”") || DE.text(key).contains("\""), Msg.name(key));
        }
    }

    @Test
    void countedTextsComeInPairsWithTheCountAsFirstPlaceholder() {
        List<String> names = new ArrayList<>();
        for (int key = 0; key < Msg.COUNT; key++) {
            names.add(Msg.name(key));
        }
        for (int key = 0; key < Msg.COUNT; key++) {
            if (Msg.name(key).endsWith("_ONE")) {
                String base = Msg.name(key).substring(0, Msg.name(key).length() - 4);
                assertTrue(names.contains(base + "_OTHER"), key + " has no _OTHER");
                assertTrue(EN.text(key).contains("{0}"), Msg.name(key));
            }
            if (Msg.name(key).endsWith("_OTHER") && EN.text(key).contains("{0}")) { // not KIND_OTHER
                assertTrue(names.contains(Msg.name(key).replace("_OTHER", "_ONE")), key + " has no _ONE");
            }
        }
    }

    @Test
    void oneTakesTheSingularAndEveryOtherCountThePlural() {
        assertEquals("1 session", EN.count(Msg.SESSIONS_ONE, Msg.SESSIONS_OTHER, 1));
        assertEquals("0 sessions", EN.count(Msg.SESSIONS_ONE, Msg.SESSIONS_OTHER, 0));
        assertEquals("2 sessions", EN.count(Msg.SESSIONS_ONE, Msg.SESSIONS_OTHER, 2));
        assertEquals("1 Programmpunkt", DE.count(Msg.SESSIONS_ONE, Msg.SESSIONS_OTHER, 1));
        assertEquals("0 Programmpunkte", DE.count(Msg.SESSIONS_ONE, Msg.SESSIONS_OTHER, 0));
        assertEquals("21 Programmpunkte", DE.count(Msg.SESSIONS_ONE, Msg.SESSIONS_OTHER, 21));
        assertEquals(Msg.WARNINGS_OTHER, DE.plural(Msg.WARNINGS_ONE, Msg.WARNINGS_OTHER, -1));
    }

    @Test
    void sessionCountSaysHowManyOfHowManyMatch() {
        assertEquals("42 sessions", EN.sessionCount(42, 42));
        assertEquals("1 session", EN.sessionCount(1, 1));
        assertEquals("0 sessions", EN.sessionCount(0, 0));
        assertEquals("3 of 42 sessions", EN.sessionCount(3, 42));
        assertEquals("0 of 1 session", EN.sessionCount(0, 1));
        assertEquals("42 Programmpunkte", DE.sessionCount(42, 42));
        assertEquals("1 von 42 Programmpunkten", DE.sessionCount(1, 42));
        assertEquals("0 von 1 Programmpunkt", DE.sessionCount(0, 1));
    }

    @Test
    void readingSummaryCountsSkipsAndWarningsInTheRightNumber() {
        assertEquals("1 item skipped", EN.readingSummary(1, 0));
        assertEquals("2 items skipped, 1 warning", EN.readingSummary(2, 1));
        assertEquals("3 warnings", EN.readingSummary(0, 3));
        assertEquals("", EN.readingSummary(0, 0));
        assertEquals("1 Eintrag übersprungen, 2 Warnungen", DE.readingSummary(1, 2));
        assertEquals("5 Einträge übersprungen, 1 Warnung", DE.readingSummary(5, 1));
        assertEquals("2 items skipped, 1 warning while reading this frab schedule.json.",
                EN.format(Msg.NOTICE_SUMMARY, EN.readingSummary(2, 1), "frab schedule.json"));
    }

    @Test
    void aLanguagesTextsFallBackToEnglishWhereOneIsMissing() {
        String[] texts = new String[Msg.COUNT];
        texts[Msg.SCHEDULE] = "Programm";
        Messages partial = Messages.of("de", texts);
        assertEquals("de", partial.language());
        assertEquals("Programm", partial.text(Msg.SCHEDULE));
        assertEquals(EN.text(Msg.CLOSE), partial.text(Msg.CLOSE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "DE", "de-DE", "de-at", "De_CH", "de-Latn-DE"})
    void germanLanguageTagsGiveGerman(String tag) {
        assertTrue(Messages.isGerman(tag), tag);
        assertEquals("de", Messages.forLanguage(tag).language());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"en", "en-US", "fr", "d", "e", "dé", "del", "den", " de", "nl-DE", "x-de"})
    void anyOtherLanguageGivesEnglish(String tag) {
        // "del" (Delaware) and "den" (Slave) start with "de" but are other languages.
        assertSame(EN, Messages.forLanguage(tag));
        assertEquals("en", Messages.forLanguage(tag).language());
    }

    @Test
    void formatFillsNumberedPlaceholdersInAnyOrder() {
        assertEquals("Times in Europe/Vienna", EN.format(Msg.TIMES_IN, "Europe/Vienna"));
        assertEquals("Alle Zeiten in Ortszeit der Konferenz (America/Los_Angeles), UTC−07:00.",
                DE.format(Msg.TIMES_CONFERENCE_OFFSET, "America/Los_Angeles", "UTC−07:00"));
        assertEquals("Programmpunkte von Jane Doe", DE.format(Msg.SESSIONS_BY, "Jane Doe"));
        assertEquals("Close", EN.format(Msg.CLOSE, "unused"));
    }

    @Test
    void argumentsAreInsertedLiterallyAndMissingOnesLeaveThePlaceholder() {
        // An argument that looks like a placeholder is not expanded again.
        assertEquals("No session matches “{1} $0 \\”.", EN.format(Msg.NO_MATCH, "{1} $0 \\"));
        assertEquals("The schedule at x.json could not be read. {1}", EN.format(Msg.ERROR_UNREADABLE, "x.json"));
        assertEquals("Day {0}", EN.format(Msg.DAY_NUMBER));
    }

    @Test
    void everyKindHasItsOwnLabelInBothLanguages() {
        Set<String> english = new HashSet<>();
        Set<String> german = new HashSet<>();
        for (Kind kind : Kind.values()) {
            assertTrue(english.add(EN.kind(kind)), kind + " shares its English label");
            assertTrue(german.add(DE.kind(kind)), kind + " shares its German label");
            assertEquals(kind.label(), EN.kind(kind), "the model's English label and ours differ");
        }
        assertEquals("Vortrag", DE.kind(Kind.TALK));
        assertEquals("Pause", DE.kind(Kind.BREAK));
    }

    @Test
    void datesAgreeWithJavaTimeInBothLanguagesForEveryDayOfAYear() {
        DateTimeFormatter english = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
        DateTimeFormatter german = DateTimeFormatter.ofPattern("EEEE, d. MMMM", Locale.GERMAN);
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            CivilDate date = CivilDate.parse(d.toString());
            assertEquals(english.format(d), EN.date(date));
            assertEquals(german.format(d), DE.date(date));
        }
    }

    @Test
    void durationsAreMinutesUnderAnHourElseHoursAndMinutes() {
        assertEquals("0 min", EN.duration(0));
        assertEquals("45 min", EN.duration(45));
        assertEquals("1 h", EN.duration(60));
        assertEquals("1 h 30 min", EN.duration(90));
        assertEquals("26 h 5 min", EN.duration(26 * 60 + 5));
        assertEquals("0 min", EN.duration(-3));
        assertEquals("45 Min.", DE.duration(45));
        assertEquals("2 Std.", DE.duration(120));
        assertEquals("Beginnt in 1 Std. 5 Min.", DE.format(Msg.STARTS_IN, DE.duration(65)));
    }

    @Test
    void englishAndGermanDifferWhereTheWordsDiffer() {
        // Guards against a copy-pasted English text standing in for a translation.
        assertNotEquals(EN.text(Msg.ROOM), DE.text(Msg.ROOM));
        int same = 0;
        for (int key = 0; key < Msg.COUNT; key++) {
            same += EN.text(key).equals(DE.text(key)) ? 1 : 0;
        }
        // Loanwords and names that German shares: Track(s), Keynote, Tutorial, Workshop, Sprint, Video, Links, April,
        // August, September, November.
        assertEquals(12, same);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}

package dev.trackside.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile sizes and shapes: the parser neither recurses with the input nor backtracks, caps nesting, and caps the
 * length it reads. Assertions are on results; each case runs in milliseconds.
 */
class MarkupLimitsTest {
    private static String repeat(String unit, int times) {
        StringBuilder sb = new StringBuilder(unit.length() * times);
        for (int i = 0; i < times; i++) {
            sb.append(unit);
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "_", "**", "'''", "''", "[", "![", "<b>", "<i>", "<a href=\"https://a.example/\">",
        "<ul>", "<ol>", "<li>", "<ul><li>", "<blockquote>", "> ", "- ", "1. ", "* ", "<h1>", "<pre>", "<code>", "a`",
        "[[", "](", "(", "\\", "&", "<", "<p>", "<div>", "<em>x", "*x ", "[x](", "<https://a.example/"})
    void tenThousandNestedOpenersStayWithinTheDepthLimit(String opener) {
        int times = Math.min(10_000, Markup.MAX_INPUT_CHARS / 3 / Math.max(opener.length(), closerOf(opener).length()));
        String text = repeat(opener, times) + "core" + repeat(closerOf(opener), times);
        Doc doc = Markup.parse(text);
        assertFalse(doc.truncated());
        assertTrue(Walk.depth(doc) <= Markup.MAX_DEPTH, "depth " + Walk.depth(doc));
        String plain = Markup.plainText(doc);
        assertTrue(plain.contains("core"), () -> plain.substring(0, Math.min(300, plain.length())));
    }

    private static String closerOf(String opener) {
        switch (opener) {
            case "[":
            case "![":
                return "](https://a.example/)";
            case "<b>":
                return "</b>";
            case "<i>":
                return "</i>";
            case "<ul>":
            case "<ul><li>":
                return "</ul>";
            case "<blockquote>":
                return "</blockquote>";
            case "(":
                return ")";
            case "*":
            case "_":
            case "**":
            case "'''":
            case "''":
                return opener;
            default:
                return "";
        }
    }

    @Test
    void deeplyNestedEmphasisKeepsItsTextAndShowsTheDelimitersItCannotNest() {
        String text = repeat("*", 1000) + "x" + repeat("*", 1000);
        String plain = Markup.plainText(Markup.parse(text));
        assertTrue(plain.contains("x"));
        assertTrue(plain.length() > 1000, "the delimiters beyond the nesting limit are shown, not dropped");
    }

    @Test
    void nestedListsAndQuotesAreCappedAndTheRestIsText() {
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            lists.append(repeat("  ", i)).append("- level").append(i).append('\n');
        }
        Doc doc = Markup.parse(lists.toString());
        assertTrue(Walk.depth(doc) <= Markup.MAX_DEPTH);
        assertTrue(Markup.plainText(doc).contains("level199"));
        Doc quotes = Markup.parse(repeat(">", 5000) + " deep");
        assertTrue(Markup.plainText(quotes).endsWith("deep"));
        assertTrue(Walk.depth(quotes) <= Markup.MAX_DEPTH);
    }

    @Test
    void aMegabyteAbstractIsCutAtTheLimitAndMarked() {
        String paragraph = "Some *text* with a [link](https://example.org/) and <b>HTML</b> &amp; more.\n\n";
        String text = repeat(paragraph, 1_048_576 / paragraph.length() + 1);
        Doc doc = Markup.parse(text);
        assertTrue(doc.truncated());
        String plain = Markup.plainText(doc);
        assertTrue(plain.endsWith("\u2026"), plain.substring(plain.length() - 20));
        assertTrue(plain.length() < Markup.MAX_INPUT_CHARS);
        assertTrue(doc.blocks().size() > 1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*a ", "_a_ ", "[a](b", "[a](b(", "[a](<b", "[a](b \"", "` `` ``` ", "<a ", "<p title=\"x",
        "<p title='x", "&#1234", "[[a", "[https://a ", "http://a.example/(", "<a@b", "<ab:", "- a\n  ", "```a`\n",
        "a  \n", "<code>", "</b><b>", "*_[<`&'!]\\\n>-#"})
    void aMegabyteOfRepeatedTroubleFinishes(String unit) {
        Doc doc = Markup.parse(repeat(unit, 1_048_576 / unit.length()));
        assertTrue(doc.truncated());
        assertFalse(Markup.plainText(doc).isEmpty());
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        String text = repeat("a", Markup.MAX_INPUT_CHARS - 1) + "\uD83D\uDC3C" + "tail";
        String plain = Markup.plainText(Markup.parse(text));
        assertEquals('\u2026', plain.charAt(plain.length() - 1));
        assertEquals('a', plain.charAt(plain.length() - 2));
    }
}

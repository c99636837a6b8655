package dev.trackside.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Block structure of Markdown abstracts: paragraphs, headings, lists and fenced code; what is not read stays text. */
class MarkupBlocksTest {
    private static String md(String text) {
        return Debug.dump(Markup.parse(text));
    }

    @Test
    void blankLinesSeparateParagraphsAndSingleLineEndsStayInTheText() {
        assertEquals("P[Text(\"First line\\nsame paragraph\")]\nP[Text(\"Second\")]",
                md("First line\nsame paragraph\n\n\nSecond\n"));
    }

    @Test
    void crlfAndLoneCrBecomeLineFeeds() {
        assertEquals(md("a\nb\n\nc"), md("a\r\nb\r\n\r\nc"));
        assertEquals(md("a\nb\n\nc"), md("a\rb\r\rc"));
    }

    @Test
    void nullEmptyAndBlankTextGiveAnEmptyDocument() {
        assertTrue(Markup.parse(null).isEmpty());
        assertTrue(Markup.parse("").isEmpty());
        assertTrue(Markup.parse(" \n\t\n  ").isEmpty());
        assertEquals("", Markup.plainText((String) null));
    }

    @Test
    void atxHeadingsBecomeABoldParagraphOfTheirLine() {
        assertEquals("P[Strong[Text(\"Title\")]]\nP[Strong[Text(\"Sub\")]]\nP[Text(\"#hashtag and ####### seven\")]",
                md("# Title\n### Sub\n\n#hashtag and ####### seven"));
        assertEquals("P[Strong[Text(\"C# and F#\")]]", md("## C# and F#"));
        assertEquals("P[Text(\"before\")]\nP[Strong[Text(\"Title #\")]]\nP[Text(\"after\")]",
                md("before\n# Title #\nafter"), "a heading interrupts a paragraph; closing hashes are kept");
    }

    @Test
    void setextUnderlinesAndThematicBreaksAreNotReadAndStayText() {
        assertEquals("P[Text(\"Big\\n===\")]", md("Big\n==="));
        assertEquals("P[Text(\"a\")]\nP[Text(\"---\")]\nP[Text(\"___\")]", md("a\n\n---\n\n___"));
    }

    @Test
    void bulletListsWithAnyMarkerAndTightItems() {
        assertEquals("UL[LI[P[Text(\"one\")]], LI[P[Text(\"two\")]]]", md("- one\n- two"));
        assertEquals("UL[LI[P[Text(\"one\")]], LI[P[Text(\"two\")]]]", md("* one\n* two"));
        assertEquals("UL[LI[P[Text(\"one\")]]]\nUL[LI[P[Text(\"two\")]]]", md("- one\n+ two"),
                "a different marker starts a new list");
    }

    @Test
    void blankLinesBetweenItemsKeepTheListAndIndentedParagraphsStayInTheItem() {
        assertEquals("UL[LI[P[Text(\"one\")]], LI[P[Text(\"two\")]]]", md("- one\n\n- two"));
        assertEquals("UL[LI[P[Text(\"one\")], P[Text(\"more\")]]]", md("- one\n\n  more"));
        assertEquals("UL[LI[P[Text(\"one\")]]]\nP[Text(\"after\")]", md("- one\n\nafter"));
    }

    @Test
    void orderedListsKeepTheirStartNumber() {
        assertEquals("OL(3)[LI[P[Text(\"three\")]], LI[P[Text(\"four\")]]]", md("3. three\n4. four"));
        assertEquals("OL(1)[LI[P[Text(\"a\")]]]\nOL(2)[LI[P[Text(\"b\")]]]", md("1. a\n2) b"),
                "a different delimiter starts a new list");
    }

    @Test
    void nestedListsFollowIndentation() {
        assertEquals("UL[LI[P[Text(\"a\")], UL[LI[P[Text(\"a1\")], OL(1)[LI[P[Text(\"deep\")]]]]]], "
                + "LI[P[Text(\"b\")]]]",
                
                md("- a\n  - a1\n    1. deep\n- b"));
    }

    @Test
    void listsInterruptParagraphsButOnlyWhenTheyStartAtOne() {
        // As in real pretalx abstracts: "We will focus on:\r\n- how to ..."
        assertEquals("P[Text(\"We will focus on:\")]\nUL[LI[P[Text(\"how\")]], LI[P[Text(\"why\")]]]",
                md("We will focus on:\r\n- how\r\n- why"));
        assertEquals("P[Text(\"In\\n2019. That year\")]", md("In\n2019. That year"));
        assertEquals("P[Text(\"Steps:\")]\nOL(1)[LI[P[Text(\"go\")]]]", md("Steps:\n1. go"));
    }

    @Test
    void lazyContinuationLinesStayInTheirParagraph() {
        assertEquals("UL[LI[P[Text(\"a long\\nitem\")]]]", md("- a long\nitem"));
        assertEquals("OL(3)[LI[P[Text(\"three\")]], LI[P[Text(\"four\")]], LI[P[Text(\"a year\")]]]",
                md("3. three\n4. four\n2019. a year"), "any number continues an ordered list");
        assertEquals("UL[LI[P[Text(\"a\")]]]\nOL(2019)[LI[P[Text(\"a year\")]]]", md("- a\n2019. a year"),
                "outside the item's paragraph, a list may start with any number");
    }

    @Test
    void fencedCodeIsVerbatimAndMayUseTildes() {
        assertEquals("Pre(\"<b>*not* [markup](x)</b>\\n\\n  indented\")",
                md("```java\n<b>*not* [markup](x)</b>\n\n  indented\n```"));
        assertEquals("Pre(\"a\")\nP[Text(\"b\")]", md("~~~\na\n~~~\nb"));
        assertEquals("Pre(\"open to the end\")", md("```\nopen to the end\n"));
    }

    @Test
    void indentedCodeIsNotReadIndentationIsDropped() {
        assertEquals("P[Text(\"text\")]\nP[Text(\"code\")]\nP[Text(\"more\")]", md("text\n\n    code\n\n      more\n\n"));
        assertEquals("P[Text(\"text\\ncontinued\")]", md("text\n    continued"));
        assertEquals("P[Text(\"tab\")]", md("\ttab"));
    }

    @Test
    void fencedCodeInsideAListItem() {
        assertEquals("UL[LI[P[Text(\"a\")], Pre(\"x = 1\")]]", md("- a\n\n  ```\n  x = 1\n  ```"));
        assertEquals("UL[LI[P[Text(\"a\")], Pre(\"x = 1\")]]", md("- a\n  ```\n  x = 1\n  ```"));
    }

    @Test
    void blockQuotesAreNotReadAndTheirMarkersStayText() {
        assertEquals("P[Text(\"> quoted\\nlazily\")]", md("> quoted\nlazily"));
        assertEquals("P[Text(\"> one\")]\nP[Text(\"> two\")]", md("> one\n\n> two"));
    }

    @Test
    void plainTextPutsBlocksAndItemsOnTheirOwnLines() {
        Doc doc = Markup.parse("# Title\n\nSome *emphasis* and [a link](https://example.org).\n\n- one\n- "
                + "two\n\n```\ncode\n```");
        assertEquals("Title\nSome emphasis and a link.\none\ntwo\ncode", Markup.plainText(doc));
    }

    @Test
    void documentsAreNotTruncatedBelowTheLimit() {
        assertFalse(Markup.parse("short").truncated());
    }
}

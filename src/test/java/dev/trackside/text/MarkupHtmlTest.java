package dev.trackside.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The HTML allowlist: common harmless tags from HTML abstracts become the same model as their Markdown spelling;
 * every other tag, and allowlisted tags with other attributes, stay visible text.
 */
class MarkupHtmlTest {
    private static String md(String text) {
        return Debug.dump(Markup.parse(text));
    }

    @Test
    void paragraphsAndInlineFormattingFromHtml() {
        assertEquals("P[Text(\"Hello \"), Strong[Text(\"bold\")], Text(\" \"), Em[Text(\"it\")], Text(\" \"), "
                + "Strong[Text(\"b\")], Text(\" \"), Em[Text(\"i\")], Text(\" \"), Code(\"x < y\")]\n"
                + "P[Text(\"Second\")]",
                md("<p>Hello <strong>bold</strong> <em>it</em> <b>b</b> <i>i</i> <code>x &lt; y</code></p>\n"
                        + "<p>Second</p>"));
    }

    @Test
    void lineEndsInsideHtmlAreSpacesAndBrIsALineBreak() {
        assertEquals("P[Text(\"one two\"), BR, Text(\"three\")]", md("<p>one\ntwo<br/>\nthree</p>"));
        assertEquals("P[Text(\"a\"), BR, Text(\"b\")]", md("<br>a<br />b<br>"), "breaks at the ends show nothing");
    }

    @Test
    void htmlListsWithAttributesAndNesting() {
        assertEquals("UL[LI[P[Text(\"one\")]], LI[P[Text(\"two\")], OL(1)[LI[P[Text(\"two.a\")]]]]]",
                md("<ul class=\"x\">\n  <li>one</li>\n  <li>two\n"
                        + "    <ol start=\"3\"><li>two.a</li></ol>\n  </li>\n</ul>"),
                "start is an allowed attribute, read past and not used");
    }

    @Test
    void unclosedAndImpliedListTagsStillMakeAList() {
        assertEquals("UL[LI[P[Text(\"a\")]], LI[P[Text(\"b\")]]]\nP[Text(\"after\")]", md("<ul><li>a<li>b</ul>after"));
        assertEquals("UL[LI[P[Text(\"orphan\")]]]", md("<li>orphan</li>"));
        assertEquals("UL[LI[P[Text(\"never closed\")]]]", md("<ul><li>never closed"));
    }

    @Test
    void mixedMarkdownAndHtmlAsCopiedFromAPaperSubmission() {
        String text = "Topics:<br>\r\n\r\nWe cover:\r\n<ul>\r\n<li>the **basics**<br>\r\nand more</li>\r\n\r\n"
                + "<li>a [demo](https://demo.example/)</li>\r\n</ul>\r\nThanks!";
        assertEquals("P[Text(\"Topics:\")]\nP[Text(\"We cover:\")]\n"
                + "UL[LI[P[Text(\"the \"), Strong[Text(\"basics\")], BR, Text(\"and more\")]], "
                + "LI[P[Text(\"a \"), Link(\"https://demo.example/\")[Text(\"demo\")]]]]\nP[Text(\"Thanks!\")]",
                md(text));
    }

    @Test
    void paragraphLeftOpenAroundAList() {
        assertEquals("P[Text(\"Intro\")]\nUL[LI[P[Text(\"x\")]]]", md("<p>Intro\n<ul>\n<li>x</li>\n</ul>\n</p>"));
    }

    @Test
    void headingsBecomeBoldParagraphsRulesAndQuotesEndParagraphsPreIsCode() {
        assertEquals("P[Strong[Text(\"Outline\")]]\nP[Text(\"said\")]\nPre(\"if a < b:\\n    pass\")",
                md("<h2>Outline</h2><hr/><blockquote><p>said</p></blockquote>"
                        + "<pre><code class=\"python\">if a &lt; b:\n    pass\n</code></pre>"));
    }

    @Test
    void indentationInsideHtmlIsNotCode() {
        assertEquals("P[Text(\"indented text\")]", md("<p>\n        indented text\n</p>"));
    }

    @Test
    void codeSpansProtectTagsFromBeingRead() {
        assertEquals("P[Text(\"Write \"), Code(\"<p>\"), Text(\" and \"), Code(\"<b>x</b>\")]",
                md("Write `<p>` and `<b>x</b>`"));
    }

    @Test
    void linksFromAnchorsWithSafeHrefs() {
        assertEquals("P[Link(\"https://example.org/?a=1&b=2\")[Text(\"site\")]]",
                md("<a href=\"https://example.org/?a=1&amp;b=2\" target=\"_blank\" rel=\"noopener\">site</a>"));
        assertEquals("P[Link(\"mailto:ada@example.org\")[Text(\"mail\")]]",
                md("<a href='mailto:ada@example.org'>mail</a>"));
        assertEquals("P[Link(\"https://example.org\")[Text(\"https://example.org\")]]",
                md("<a href=https://example.org></a>"));
    }

    @Test
    void anchorsWithOtherHrefsStayVisibleText() {
        assertEquals("P[Text(\"<a href=\\\"/relative\\\">rel</a>\")]", md("<a href=\"/relative\">rel</a>"));
        assertEquals("P[Text(\"<a name=\\\"top\\\">x</a>\")]", md("<a name=\"top\">x</a>"));
    }

    @Test
    void unknownTagsAndForbiddenAttributesStayVisibleText() {
        assertEquals("P[Text(\"<s>old</s> <del>gone</del> <table><tr><td>x</td></tr></table> <p "
                + "onclick=\\\"f()\\\">y\")]",
                
                md("<s>old</s> <del>gone</del> <table><tr><td>x</td></tr></table> <p onclick=\"f()\">y"));
        assertEquals("P[Text(\"<!-- note --> <?php echo 1; ?> <\")]", md("<!-- note --> <?php echo 1; ?> <"));
    }

    @Test
    void presentationalWrappersAreDroppedAndTheirTextKept() {
        assertEquals("P[Text(\"Come \"), Strong[Text(\"early\")], Text(\"!\")]",
                md("<span style=\"color:red\">Come <font size=\"4\"><b>early</b></font>!</span>"));
    }

    @Test
    void misnestedAndStrayTagsNeitherBreakNorLeakStructure() {
        assertEquals("P[Strong[Text(\"a \"), Em[Text(\"b\")]], Text(\" c\")]", md("<b>a <i>b</b> c</i>"));
        assertEquals("P[Text(\"stray  close\")]", md("stray </b> close"));
        assertEquals("P[Strong[Text(\"to the end\")]]", md("<b>to the end"));
        assertEquals("P[Text(\"x</a>\")]", md("x</a>"), "an anchor close without an anchor is kept");
    }

    @Test
    void closingTagsCloseTheirElementNotMarkdownEmphasis() {
        assertEquals("P[Text(\"less:\"), BR, Em[Text(\"____\")]]", md("<p>less:<br/>\n<em>____</em><br/>\n&nbsp;<br/></p>"));
        assertEquals("P[Strong[Text(\"*x\")], Text(\"* y\")]", md("<b>*x</b>* y"));
    }

    @Test
    void emphasisDoesNotCrossTagBoundaries() {
        assertEquals("P[Text(\"*a \"), Strong[Text(\"b* c\")]]", md("*a <b>b* c</b>"));
    }

    @Test
    void escapedHtmlIsShownAsText() {
        assertEquals("P[Text(\"<p>shown, not parsed</p>\")]", md("&lt;p&gt;shown, not parsed&lt;/p&gt;"));
    }
}

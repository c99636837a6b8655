package dev.trackside.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Inline Markdown: emphasis, code, links, breaks, escapes and character references. */
class MarkupInlineTest {
    /** The inlines of a one-paragraph document, without the surrounding {@code P[...]}. */
    private static String inline(String text) {
        String dump = Debug.dump(Markup.parse(text));
        if (!dump.startsWith("P[") || dump.indexOf('\n') >= 0) {
            throw new AssertionError("not a single paragraph: " + dump);
        }
        return dump.substring(2, dump.length() - 1);
    }

    @Test
    void emphasisAndStrongWithAsterisksAndUnderscores() {
        assertEquals("Text(\"Hello \"), Em[Text(\"world\")]", inline("Hello *world*"));
        assertEquals("Strong[Text(\"a\")], Text(\" \"), Strong[Text(\"b\")], Text(\" \"), Em[Text(\"c\")]",
                inline("**a** __b__ _c_"));
        assertEquals("Em[Strong[Text(\"both\")]]", inline("***both***"));
        assertEquals("Em[Text(\"a \"), Strong[Text(\"b\")], Text(\" c\")]", inline("*a **b** c*"));
    }

    @Test
    void underscoresInsideWordsAndLoneAsterisksStayText() {
        assertEquals("Text(\"snake_case_name and 2 * 3 and a * b\")", inline("snake_case_name and 2 * 3 and a * b"));
        assertEquals("Text(\"*unclosed and **also\")", inline("*unclosed and **also"));
    }

    @Test
    void codeSpansAreVerbatimAndMayContainBackticks() {
        assertEquals("Text(\"Use \"), Code(\"*x* <b>\"), Text(\" or \"), Code(\"a`b\")",
                inline("Use `*x* <b>` or `` a`b ``"));
        assertEquals("Text(\"`not closed and \"), Code(\"x\")", inline("`not closed and ``x``"));
        assertEquals("Text(\"`not\\nacross lines`\")", inline("`not\nacross lines`"), "a code span ends on its line");
    }

    @Test
    void inlineLinksWithBalancedParenthesesReferencesAndEscapes() {
        assertEquals("Link(\"https://example.org/a_(b)\")[Text(\"see \"), Em[Text(\"this\")]]",
                inline("[see *this*]( https://example.org/a_(b) )"));
        assertEquals("Link(\"https://example.org/a*b\")[Text(\"escaped\")]", inline("[escaped](https://example.org/a\\*b)"));
        assertEquals("Link(\"https://example.org/?a=1&b=2\")[Text(\"q\")]",
                inline("[q](https://example.org/?a=1&amp;b=2)"));
        assertEquals("Link(\"https://example.org/\")[Text(\"https://example.org/\")]",
                inline("[](https://example.org/)"),
                "an empty label shows the URL");
    }

    @Test
    void bracketsThatAreNotLinksStayText() {
        assertEquals("Text(\"[not a link] and [ref][1] and a]b\")", inline("[not a link] and [ref][1] and a]b"));
        assertEquals("Text(\"[outer \"), Link(\"https://a.example/\")[Text(\"inner\")], Text(\"](\"), "
                + "Link(\"https://b.example/\")[Text(\"https://b.example/\")], Text(\")\")",
                inline("[outer [inner](https://a.example/)](https://b.example/)"), "no links inside links");
    }

    @Test
    void linksToOtherTargetsTitlesAndAngleDestinationsStayAsWritten() {
        assertEquals("Text(\"[slides](slides.pdf)\")", inline("[slides](slides.pdf)"));
        assertEquals("Text(\"[\"), Strong[Text(\"top\")], Text(\"](#top)\")", inline("[**top**](#top)"));
        assertEquals("Text(\"[t](\"), Link(\"https://a.example/\")[Text(\"https://a.example/\")], Text(\" \\\"Title\\\")\")",
                inline("[t](https://a.example/ \"Title\")"), "the bare URL is still a link");
        assertEquals("Text(\"[s](<\"), Link(\"https://a.example/\")[Text(\"https://a.example/\")], Text(\">)\")",
                inline("[s](<https://a.example/>)"));
    }

    @Test
    void imageSyntaxIsALinkToTheImageAfterAnExclamationMark() {
        assertEquals("Text(\"!\"), Link(\"https://img.example/a.png\")[Text(\"a diagram\")]",
                inline("![a diagram](https://img.example/a.png)"));
        assertEquals("Text(\"![a diagram](a.png)\")", inline("![a diagram](a.png)"));
    }

    @Test
    void angleBracketAutolinksAreReadAsBareUrlsBetweenAngleBrackets() {
        assertEquals("Text(\"<\"), Link(\"https://example.org/x?y\")[Text(\"https://example.org/x?y\")], Text(\">\")",
                inline("<https://example.org/x?y>"));
        assertEquals("Text(\"<ada@example.org> <mailto:ada@example.org>\")",
                inline("<ada@example.org> <mailto:ada@example.org>"), "mail addresses link only from [x](mailto:...)");
        assertEquals("Link(\"MAILTO:ada@example.org\")[Text(\"mail\")]", inline("[mail](MAILTO:ada@example.org)"));
    }

    @Test
    void bareUrlsBecomeLinksWithoutTrailingPunctuation() {
        assertEquals("Text(\"See \"), Link(\"https://example.org/a\")[Text(\"https://example.org/a\")], "
                + "Text(\". Or \"), "
                + "Link(\"http://example.org/wiki/X_(y)\")[Text(\"http://example.org/wiki/X_(y)\")], Text(\", fine\")",
                inline("See https://example.org/a. Or http://example.org/wiki/X_(y), fine"));
        assertEquals("Text(\"(\"), Link(\"https://example.org\")[Text(\"https://example.org\")], Text(\")\")",
                inline("(https://example.org)"));
        assertEquals("Text(\"xhttps://example.org and https:// and ftp://example.org\")",
                inline("xhttps://example.org and https:// and ftp://example.org"));
    }

    @Test
    void hardBreaksFromTwoSpacesOrABackslash() {
        assertEquals("Text(\"one\"), BR, Text(\"two\"), BR, Text(\"three\\nfour\")",
                inline("one  \ntwo\\\nthree\nfour  "));
    }

    @Test
    void backslashEscapesPunctuationOnly() {
        assertEquals("Text(\"*not em* [not link] \\\\d\")", inline("\\*not em\\* \\[not link] \\d"));
    }

    @Test
    void characterReferencesAreDecodedToText() {
        assertEquals("Text(\"Tom & Jerry <3 it's \\u00A0 \u00e9 \uD83D\uDC3C &bogus; &#;\")",
                inline("Tom &amp; Jerry &lt;3 it&#39;s &nbsp; &eacute; &#x1F43C; &bogus; &#;"));
        assertEquals("Text(\"\uFFFD \uFFFD\")", inline("&#0; &#xD800;"));
    }

    @Test
    void everyNamedReferenceInTheTableAndNoPartOfOne() {
        assertEquals("Text(\"\u00f6\u00dc\u00df\u2026\u201c\u201d\u201e<>\\\"'\\u00AD\u2013\u2014\u00e9\u20ac\")",
                inline("&ouml;&Uuml;&szlig;&hellip;&ldquo;&rdquo;&bdquo;&lt;&gt;&quot;&apos;&shy;&ndash;&mdash;&eacute;"
                        + "&euro;"));
        assertEquals("Text(\"&trade; &oslash; &frac12;\")", inline("&trade; &oslash; &frac12;"),
                "names outside the short table stay as written");
        assertEquals("Text(\"&uml; &ampx; &am; &AMP; &acute; &eacut;\")",
                inline("&uml; &ampx; &am; &AMP; &acute; &eacut;"));
    }
}

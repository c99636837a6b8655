package dev.trackside.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The MediaWiki markup that self-organised session descriptions carry: shown as its labels, links kept. */
class MarkupWikiTest {
    private static String md(String text) {
        return Markup.parse(text).toString();
    }

    @Test
    void internalLinksShowTheirLabelOrPageName() {
        assertEquals("P[Text(\"See Assembly and the Main page and Other.\")]",
                md("See [[Assembly]] and the [[Main_Page|Main page]] and [[:Other]]."));
    }

    @Test
    void filesAndImagesShowTheirCaptionOrFileNameInBrackets() {
        assertEquals("P[Text(\"[Our kit][photo.jpg]Text\")]",
                md("[[File:kit.png|thumb|right|300px|Our kit]][[Image:photo.jpg|center]]Text"));
    }

    @Test
    void externalLinksWithAndWithoutLabel() {
        assertEquals("P[Text(\"Sign up \"), Link(\"https://pad.example/x\")[Text(\"here\")], Text(\" or \"), "
                + "Link(\"https://pad.example/y\")[Text(\"https://pad.example/y\")]]",
                md("Sign up [https://pad.example/x here] or [https://pad.example/y]"));
    }

    @Test
    void externalLinksToOtherSchemesStayText() {
        assertEquals("P[Text(\"[javascript:alert(1) x] [ftp://example.org y]\")]",
                md("[javascript:alert(1) x] [ftp://example.org y]"));
    }

    @Test
    void apostrophesMakeBoldAndItalics() {
        assertEquals("P[Strong[Text(\"Important:\")], Text(\" bring \"), Em[Text(\"paper\")], Text(\" and \"), "
                + "Em[Strong[Text(\"both\")]]]", md("'''Important:''' bring ''paper'' and '''''both'''''"));
        assertEquals("P[Text(\"it's Bob's and 'quoted'\")]", md("it's Bob's and 'quoted'"));
    }

    @Test
    void unbalancedWikiMarkupStaysText() {
        assertEquals("P[Text(\"[[never closed and '''half\")]", md("[[never closed and '''half"));
        assertEquals("P[Text(\"[[a\")]\nP[Text(\"b]]\")]", md("[[a\n\nb]]"));
    }
}

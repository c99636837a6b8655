package dev.trackside.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * MediaWiki markup (36C3 self-organised sessions) is not read: it shows as written, which stays readable, and a bare
 * URL inside it is still a link.
 */
class MarkupWikiTest {
    private static String md(String text) {
        return Debug.dump(Markup.parse(text));
    }

    @Test
    void wikiLinksAndApostrophesStayAsWritten() {
        assertEquals("P[Text(\"See [[Main_Page|Main page]], '''bold''' and ''italic''.\")]",
                md("See [[Main_Page|Main page]], '''bold''' and ''italic''."));
    }

    @Test
    void anExternalWikiLinkKeepsItsUrlAsABareLink() {
        assertEquals("P[Text(\"Sign up [\"), Link(\"https://pad.example/x\")[Text(\"https://pad.example/x\")], "
                + "Text(\" here]\")]", md("Sign up [https://pad.example/x here]"));
        assertEquals("P[Text(\"[javascript:alert(1) x]\")]", md("[javascript:alert(1) x]"));
    }
}

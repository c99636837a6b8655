package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTextCollapseTest {
    @Test
    void textWithSingleSpacesIsReturnedAsIs() {
        String title = "Opening Ceremony";
        assertSame(title, HtmlText.collapseSpace(title));
        assertEquals("", HtmlText.collapseSpace(""));
    }

    @Test
    void runsEndsAndOtherWhiteSpaceAreCollapsed() {
        assertEquals("a b", HtmlText.collapseSpace("a  b"));
        assertEquals("a", HtmlText.collapseSpace(" a"));
        assertEquals("a", HtmlText.collapseSpace("a "));
        assertEquals("a b", HtmlText.collapseSpace("a\nb"));
        assertEquals("a b", HtmlText.collapseSpace("a\u00a0b"));
        assertEquals("a b", HtmlText.collapseSpace("a \tb"));
        assertEquals("", HtmlText.collapseSpace(" "));
    }
}

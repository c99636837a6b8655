package dev.trackside.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LinkTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://slides.example/t1", "http://example.com", "HTTPS://EXAMPLE.COM/",
        "HtTp://example.com", "mailto:ada@example.com", "MAILTO:ada@example.com", "  https://example.com  "})
    void webAndMailUrlsAreSafeInAnyCase(String url) {
        assertTrue(new Link("Slides", url).isSafe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "JavaScript:alert(1)",
        " javascript:alert(1)", "\tjavascript:alert(1)", "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)", "/talks/t1", "talks/t1", "//evil.example/", "#top", "ftp://example.com/",
        "https:example.com", "http:/example.com", "", "   "})
    void everythingElseIsNotSafe(String url) {
        // Relative and protocol-relative URLs are rejected too: only the three schemes become links.
        assertFalse(new Link("x", url).isSafe());
    }

    @Test
    void nullUrlIsNotSafe() {
        assertFalse(new Link("x", null).isSafe());
        assertFalse(Link.hasSafeScheme(null));
    }

    @Test
    void missingTitleBecomesEmptyAndUrlIsKeptUntouched() {
        Link link = new Link(null, " javascript:alert(1)");
        assertEquals("", link.title());
        assertEquals(" javascript:alert(1)", link.url());
    }
}

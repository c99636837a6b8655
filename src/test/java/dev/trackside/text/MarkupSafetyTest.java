package dev.trackside.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Link;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Abstracts are written by speakers and pasted by organisers: whatever they contain must come out as text or as the
 * few harmless nodes, never as a link to a script, and a payload must stay visible rather than vanish.
 */
class MarkupSafetyTest {
    /** A payload and the part of it that must be visible (in the plain text) after parsing. */
    static Stream<Arguments> payloads() {
        return Stream.of(
                Arguments.of("<script>alert(1)</script>", "<script>alert(1)</script>"),
                Arguments.of("<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>"),
                Arguments.of("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"),
                Arguments.of("<svg onload=alert(1)>", "<svg onload=alert(1)>"),
                Arguments.of("<svg/onload=alert(1)>", "<svg/onload=alert(1)>"),
                Arguments.of("<iframe src=\"javascript:alert(1)\"></iframe>",
                        "<iframe src=\"javascript:alert(1)\"></iframe>"),
                Arguments.of("<body onload=alert(1)>", "<body onload=alert(1)>"),
                Arguments.of("<p onmouseover=\"alert(1)\">hover</p>", "<p onmouseover=\"alert(1)\">hover"),
                Arguments.of("<b onclick=alert(1)>bold?</b>", "<b onclick=alert(1)>bold?"),
                Arguments.of("<a href=\"https://ok.example/\" onclick=\"alert(1)\">x</a>", "onclick=\"alert(1)\""),
                Arguments.of("[x](javascript:alert(1))", "javascript:alert(1)"),
                Arguments.of("[x](JaVaScRiPt:alert(1))", "JaVaScRiPt:alert(1)"),
                Arguments.of("[x]( javascript:alert(1))", "javascript:alert(1)"),
                Arguments.of("[x](<javascript:alert(1)>)", "javascript:alert(1)"),
                Arguments.of("[x](jav&#x61;script:alert(1))", "javascript:alert(1)"),
                Arguments.of("[x](&#106;avascript:alert(1))", "javascript:alert(1)"),
                Arguments.of("[x](java&#x09;script:alert(1))", "script:alert(1)"),
                Arguments.of("[x](\\javascript:alert(1))", "javascript:alert(1)"),
                Arguments.of("[x](javascript&colon;alert(1))", "javascript&colon;alert(1)"),
                Arguments.of("[x](data:text/html,<script>alert(1)</script>)",
                        "data:text/html,<script>alert(1)</script>"),
                Arguments.of("[x](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html;base64,PHNjcmlwdD4="),
                Arguments.of("[x](vbscript:msgbox(1))", "vbscript:msgbox(1)"),
                Arguments.of("![x](javascript:alert(1))", "javascript:alert(1)"),
                Arguments.of("<javascript:alert(1)>", "<javascript:alert(1)>"),
                Arguments.of("<a href=\"javascript:alert(1)\">click</a>", "<a href=\"javascript:alert(1)\">click</a>"),
                Arguments.of("<a href=\"jav&#x61;script:alert(1)\">click</a>", "script:alert(1)\">click</a>"),
                Arguments.of("<a href=\" javascript:alert(1)\">click</a>", "javascript:alert(1)"),
                Arguments.of("<a href=\"data:text/html,x\">d</a>", "<a href=\"data:text/html,x\">d</a>"),
                Arguments.of("[javascript:alert(1) label]", "[javascript:alert(1) label]"),
                Arguments.of("[[javascript:alert(1)|label]]", "label"),
                Arguments.of("\"><script>alert(1)</script>", "\"><script>alert(1)</script>"),
                Arguments.of("'\"><img src=x onerror=alert(1)>", "\"><img src=x onerror=alert(1)>"),
                Arguments.of("{{constructor.constructor('alert(1)')()}}", "{{constructor.constructor('alert(1)')()}}"),
                Arguments.of("${alert(1)} #{alert(1)} <%= 1 %>", "${alert(1)} #{alert(1)} <%= 1 %>"),
                Arguments.of("<scr<script>ipt>alert(1)</scr</script>ipt>",
                        "<scr<script>ipt>alert(1)</scr</script>ipt>"),
                Arguments.of("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"),
                Arguments.of("<style>body{display:none}</style>", "<style>body{display:none}</style>"),
                Arguments.of("<!--<script>alert(1)</script>-->", "<!--<script>alert(1)</script>-->"),
                Arguments.of("a\u2028b\u2029c", "a\u2028b\u2029c"),
                Arguments.of("user\u202Egnp.exe", "user\u202Egnp.exe"),
                Arguments.of("zero\u200Bwidth\uFEFF", "zero\u200Bwidth"));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void payloadsGiveNoUnsafeLinkAndStayVisible(String payload, String visible) {
        Doc doc = Markup.parse(payload);
        for (String url : Walk.linkUrls(doc)) {
            assertTrue(Walk.allowed(url) && Link.hasSafeScheme(url), () -> payload + " linked to " + url);
        }
        String plain = Markup.plainText(doc);
        assertTrue(plain.contains(visible), () -> payload + " shows " + plain);
    }

    @Test
    void scriptLikeSchemesNeverBecomeLinksWhateverTheSpelling() {
        String[] schemes = {"javascript:", "JAVASCRIPT:", " javascript:", "\tjavascript:", "java\tscript:",
            "java\nscript:", "jav&#x61;script:", "jav&#97;script:", "&#x6A;avascript:", "javascript&#58;",
            "data:", "vbscript:", "file:", "//evil.example/", "https:evil.example", "http:/evil.example"};
        for (String scheme : schemes) {
            for (String form : new String[] {"[x](%s)", "[x](<%s>)", "<a href=\"%s\">x</a>", "<a href='%s'>x</a>",
                "<a href=%s>x</a>", "<%s>", "[%s x]", "%s"}) {
                String text = form.replace("%s", scheme + "alert(1)");
                assertEquals(0, Walk.linkUrls(Markup.parse(text)).size(), text);
            }
        }
    }

    @Test
    void safeSchemesInAnyCaseDoBecomeLinks() {
        assertEquals(1, Walk.linkUrls(Markup.parse("[x](HtTpS://example.org)")).size());
        assertEquals(1, Walk.linkUrls(Markup.parse("<a href=\"MailTo:ada@example.org\">x</a>")).size());
        assertEquals(1, Walk.linkUrls(Markup.parse("[x](&#104;ttps://example.org)")).size(),
                "decoded before the check, and then it is https");
    }

    /** Markdown/HTML punctuation and fragments that attacks are made of. */
    private static final String[] PIECES = {"*", "**", "_", "__", "'", "''", "'''", "`", "``", "```", "~~~", "\\", "[",
        "]", "[[", "]]", "(", ")", "](", "<", ">", "</", "/>", "&", "&amp;", "&#x61;", "&#106;", "&lt;", ";", "#",
        "-", "+", "1.", "2)", "!", "|", "\"", "=", " ", "  ", "    ", "\t", "\n", "\n\n", "\r\n", "x", "word",
        "javascript:", "JavaScript:", "data:", "https://", "http://a.example/", "mailto:", "alert(1)", "<a href=\"",
        "<a href=", "\">", "<b>", "</b>", "<i>", "<em>", "</em>", "<p>", "</p>", "<ul>", "<li>", "</li>", "</ul>",
        "<ol start=9>", "<br>", "<pre>", "</pre>", "<code>", "</code>", "<h2>", "<blockquote>", "<span style=x>",
        "<script>", "<img src=x onerror=", "onclick=", "[[File:", "|thumb", "> ", "- ", "\u2028", "\u202E", "\u0000"};

    @Test
    void seededRandomMarkupNeverYieldsAnUnsafeLinkOrTooDeepATree() {
        Random random = new Random(20_260_101L);
        int links = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(80);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            Doc doc = Markup.parse(text);
            for (String url : Walk.linkUrls(doc)) {
                assertTrue(Walk.allowed(url) && Link.hasSafeScheme(url), () -> text + " linked to " + url);
                links++;
            }
            assertTrue(Walk.depth(doc) <= Markup.MAX_DEPTH, text);
            assertEquals(Debug.dump(doc), Debug.dump(Markup.parse(text)), "deterministic");
            Walk.checkShape(doc);
            Markup.parse(Markup.plainText(doc));
        }
        assertTrue(links > 100, "the pieces should produce some links too, got " + links);
    }

    /** Tags, event handlers and script-ish words that are not markup at all. */
    private static final String[] NOT_MARKUP = {"<script>", "</script>", "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>", "<iframe src=javascript:alert(1)>", "<x", "alert(1)", "javascript:", "data:",
        "word", " ", "\"", "=", "/", "(", ")", "{", "}", ";", ":", "<", ">", "$", "%"};

    @Test
    void seededRandomNonMarkupComesOutCharacterForCharacter() {
        Random random = new Random(7L);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                sb.append(NOT_MARKUP[random.nextInt(NOT_MARKUP.length)]);
            }
            String text = ("x" + sb).trim(); // a leading ">" would be a block quote
            Doc doc = Markup.parse(text);
            assertEquals(text, Markup.plainText(doc), "nothing eaten from " + text);
            assertEquals(0, Walk.linkUrls(doc).size(), text);
        }
    }
}

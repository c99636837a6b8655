package dev.trackside.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document model guards its own invariants, whoever builds it. */
class ModelTest {
    private static List<Node> text(String s) {
        return Collections.singletonList(new Node(Node.TEXT, s, null, 0));
    }

    private static Node link(String url, List<Node> children) {
        return new Node(Node.LINK, url, children, 0);
    }

    @Test
    void linksAcceptOnlyNormalisedWebAndMailUrls() {
        assertEquals("Link(\"https://example.org\")[Text(\"x\")]", Debug.dump(link("https://example.org", text("x"))));
        for (String url : new String[] {"javascript:alert(1)", " https://example.org", "https://a b", "https://a\tb",
            "https://", "mailto:", "/relative", "data:text/html,x", null}) {
            assertThrows(IllegalArgumentException.class, () -> link(url, text("x")), String.valueOf(url));
        }
    }

    @Test
    void safeUrlNormalisesWhatItAccepts() {
        assertEquals("HTTPS://example.org", Node.safeUrl("  HTTPS://example.org \n"));
        assertEquals("https://example.org/a%20b", Node.safeUrl("https://example.org/a b"));
        assertEquals("mailto:ada@example.org", Node.safeUrl("mailto:ada@example.org"));
        assertNull(Node.safeUrl("https://example.org/\u0000x"));
        assertNull(Node.safeUrl("https://exa\nmple.org/"));
        assertNull(Node.safeUrl("https:///x"));
        assertNull(Node.safeUrl("\u00a0https://example.org"));
    }

    @Test
    void linksCannotContainLinksOrBeEmpty() {
        Node inner = link("https://a.example", text("a"));
        assertThrows(IllegalArgumentException.class, () -> link("https://b.example", Collections.singletonList(inner)));
        Node em = new Node(Node.EMPHASIS, null, Collections.singletonList(inner), 0);
        assertThrows(IllegalArgumentException.class, () -> link("https://b.example", Collections.singletonList(em)));
        assertThrows(IllegalArgumentException.class, () -> link("https://b.example", new ArrayList<>()));
    }

    @Test
    void textAndParagraphsAreNeverEmpty() {
        assertThrows(IllegalArgumentException.class, () -> new Node(Node.TEXT, "", null, 0));
        assertThrows(IllegalArgumentException.class, () -> new Node(Node.TEXT, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new Node(Node.PARAGRAPH, null, new ArrayList<>(), 0));
        assertThrows(RuntimeException.class, () -> new Node(Node.PARAGRAPH, null, Arrays.asList((Node) null), 0));
    }

    @Test
    void nestingBeyondTheLimitIsRefused() {
        Node node = new Node(Node.TEXT, "x", null, 0);
        for (int i = 1; i < Markup.MAX_DEPTH; i++) {
            node = new Node(Node.EMPHASIS, null, Collections.singletonList(node), 0);
        }
        assertEquals(Markup.MAX_DEPTH, node.depth());
        List<Node> deepest = Collections.singletonList(node);
        assertThrows(IllegalArgumentException.class, () -> new Node(Node.STRONG, null, deepest, 0));
        assertThrows(IllegalArgumentException.class, () -> new Node(Node.PARAGRAPH, null, deepest, 0));
    }

    @Test
    void childrenAreCopiedAndUnmodifiable() {
        List<Node> kids = new ArrayList<>(text("a"));
        Node em = new Node(Node.EMPHASIS, null, kids, 0);
        kids.add(new Node(Node.TEXT, "b", null, 0));
        assertEquals(1, em.children().size());
        assertThrows(UnsupportedOperationException.class, () -> em.children().add(new Node(Node.TEXT, "c", null, 0)));
        Doc doc = Markup.parse("- a");
        assertThrows(UnsupportedOperationException.class, () -> doc.blocks().clear());
        assertThrows(UnsupportedOperationException.class, () -> doc.blocks().get(0).children().clear());
    }

    @Test
    void everyKindOfNodeFromMarkup() {
        Doc doc = Markup.parse("# H\n\na \"\\\\ `c`  \n**s** _e_ [l](https://l.example/)\n\n3. x\n\n- y\n\n```\nz\n```");
        assertEquals("P[Strong[Text(\"H\")]]\n"
                + "P[Text(\"a \\\"\\\\ \"), Code(\"c\"), BR, Strong[Text(\"s\")], Text(\" \"), Em[Text(\"e\")], "
                + "Text(\" \"), Link(\"https://l.example/\")[Text(\"l\")]]\n"
                + "OL(3)[LI[P[Text(\"x\")]]]\n"
                + "UL[LI[P[Text(\"y\")]]]\n"
                + "Pre(\"z\")", Debug.dump(doc));
        assertEquals("H\na \"\\ c\ns e l\nx\ny\nz", Markup.plainText(doc));
        Walk.checkShape(doc);
    }

    @Test
    void typesAreTheDocumentedConstants() {
        assertEquals(Node.ORDERED_LIST, Markup.parse("1. a").blocks().get(0).type());
        assertEquals(Node.BULLET_LIST, Markup.parse("- a").blocks().get(0).type());
        assertEquals(Node.LIST_ITEM, Markup.parse("- a").blocks().get(0).children().get(0).type());
        assertEquals(Node.CODE_BLOCK, Markup.parse("```\na\n```").blocks().get(0).type());
        assertEquals(Node.PARAGRAPH, Markup.parse("a").blocks().get(0).type());
        assertEquals(Node.EMPHASIS, Markup.parse("*a*").blocks().get(0).children().get(0).type());
        assertEquals(Node.LINK, Markup.parse("https://a.example").blocks().get(0).children().get(0).type());
        assertEquals(1, Markup.parse("1. a").blocks().get(0).start());
    }
}

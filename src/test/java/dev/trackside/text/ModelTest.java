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
    private static List<Inline> text(String s) {
        return Collections.<Inline>singletonList(new Inline.Text(s));
    }

    @Test
    void linksAcceptOnlyNormalisedWebAndMailUrls() {
        assertEquals("Link(\"https://example.org\")[Text(\"x\")]",
                new Inline.Link("https://example.org", text("x")).toString());
        for (String url : new String[] {"javascript:alert(1)", " https://example.org", "https://a b", "https://a\tb",
            "https://", "mailto:", "/relative", "data:text/html,x", null}) {
            assertThrows(IllegalArgumentException.class, () -> new Inline.Link(url, text("x")), String.valueOf(url));
        }
    }

    @Test
    void safeUrlNormalisesWhatItAccepts() {
        assertEquals("HTTPS://example.org", Inline.Link.safeUrl("  HTTPS://example.org \n"));
        assertEquals("https://example.org/a%20b", Inline.Link.safeUrl("https://example.org/a b"));
        assertEquals("mailto:ada@example.org", Inline.Link.safeUrl("mailto:ada@example.org"));
        assertNull(Inline.Link.safeUrl("https://example.org/\u0000x"));
        assertNull(Inline.Link.safeUrl("https://exa\nmple.org/"));
        assertNull(Inline.Link.safeUrl("https:///x"));
        assertNull(Inline.Link.safeUrl("\u00a0https://example.org"));
    }

    @Test
    void linksCannotContainLinksOrBeEmpty() {
        Inline inner = new Inline.Link("https://a.example", text("a"));
        assertThrows(IllegalArgumentException.class,
                () -> new Inline.Link("https://b.example", Collections.singletonList(inner)));
        assertThrows(IllegalArgumentException.class, () -> new Inline.Link("https://b.example",
                Collections.<Inline>singletonList(new Inline.Emphasis(Collections.singletonList(inner)))));
        assertThrows(IllegalArgumentException.class, () -> new Inline.Link("https://b.example", new ArrayList<>()));
    }

    @Test
    void textAndParagraphsAreNeverEmpty() {
        assertThrows(IllegalArgumentException.class, () -> new Inline.Text(""));
        assertThrows(IllegalArgumentException.class, () -> new Block.Paragraph(new ArrayList<>()));
        assertThrows(IllegalArgumentException.class, () -> new Block.Heading(7, text("x")));
        assertThrows(IllegalArgumentException.class, () -> new Block.Paragraph(Arrays.asList((Inline) null)));
    }

    @Test
    void nestingBeyondTheLimitIsRefused() {
        Inline node = new Inline.Text("x");
        for (int i = 1; i < Markup.MAX_DEPTH; i++) {
            node = new Inline.Emphasis(Collections.singletonList(node));
        }
        assertEquals(Markup.MAX_DEPTH, node.depth());
        List<Inline> deepest = Collections.singletonList(node);
        assertThrows(IllegalArgumentException.class, () -> new Inline.Strong(deepest));
        assertThrows(IllegalArgumentException.class, () -> new Block.Paragraph(deepest));
    }

    @Test
    void childrenAreCopiedAndUnmodifiable() {
        List<Inline> kids = new ArrayList<>(text("a"));
        Inline.Emphasis em = new Inline.Emphasis(kids);
        kids.add(new Inline.Text("b"));
        assertEquals(1, em.children().size());
        assertThrows(UnsupportedOperationException.class, () -> em.children().add(new Inline.Text("c")));
        Doc doc = Markup.parse("- a");
        assertThrows(UnsupportedOperationException.class, () -> doc.blocks().clear());
    }

    @Test
    void debugFormCoversEveryNodeAndEscapesInvisibleCharacters() {
        Doc doc = new Doc(Arrays.asList(
                new Block.Heading(2, text("H")),
                new Block.Paragraph(Arrays.asList(new Inline.Text("a\"\\\n\u202E\t"), new Inline.Code("c"),
                        Inline.LineBreak.INSTANCE, new Inline.Strong(text("s")))),
                new Block.OrderedList(5, Collections.singletonList(new ListItem(new ArrayList<>())), false),
                new Block.BulletList(Collections.singletonList(new ListItem(Collections.<Block>singletonList(
                        new Block.Quote(Collections.<Block>singletonList(new Block.CodeBlock("x")))))), true),
                Block.ThematicBreak.INSTANCE), false);
        assertEquals("H2[Text(\"H\")]\n"
                + "P[Text(\"a\\\"\\\\\\n\\u202E\\u0009\"), Code(\"c\"), BR, Strong[Text(\"s\")]]\n"
                + "OL(5,loose)[LI[]]\n"
                + "UL[LI[Quote[Pre(\"x\")]]]\n"
                + "HR", doc.toString());
        assertEquals("H\na\"\\\n\u202E\tc\ns\n\nx", Markup.plainText(doc));
    }

    @Test
    void kindsMatchTheNodeClasses() {
        assertEquals(Inline.Kind.LINE_BREAK, Inline.LineBreak.INSTANCE.kind());
        assertEquals(Inline.Kind.CODE, new Inline.Code("x").kind());
        assertEquals(Block.Kind.THEMATIC_BREAK, Block.ThematicBreak.INSTANCE.kind());
        assertEquals(Block.Kind.ORDERED_LIST, Markup.parse("1. a").blocks().get(0).kind());
        assertEquals(Block.Kind.BULLET_LIST, Markup.parse("- a").blocks().get(0).kind());
        assertEquals(Block.Kind.QUOTE, Markup.parse("> a").blocks().get(0).kind());
        assertEquals(Block.Kind.CODE_BLOCK, Markup.parse("    a").blocks().get(0).kind());
        assertEquals(Block.Kind.HEADING, Markup.parse("# a").blocks().get(0).kind());
        assertEquals(Inline.Kind.EMPHASIS,
                ((Block.Paragraph) Markup.parse("*a*").blocks().get(0)).inlines().get(0).kind());
        assertEquals(Inline.Kind.LINK, ((Block.Paragraph) Markup.parse("<https://a.example>").blocks().get(0)).inlines()
                .get(0).kind());
    }
}

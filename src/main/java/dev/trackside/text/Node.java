package dev.trackside.text;

import java.util.Collections;
import java.util.List;

/**
 * One node of a {@link Doc}: a block (paragraph, list, list item, code block) or an inline (text, emphasis, strong,
 * code, link, line break), told apart by {@link #type()}. Immutable. There is deliberately no node for raw HTML:
 * whatever a schedule contains ends up in {@link #TEXT} (shown with {@code textContent}) or in one of these few
 * shapes. The constructor refuses a link whose URL is not one {@link #safeUrl} returns unchanged, a link inside a
 * link, empty text and nesting deeper than {@link Markup#MAX_DEPTH}, so a renderer may put {@link #text()} of a link
 * into {@code href} and may recurse.
 */
public final class Node {
    /** Block: a paragraph of inlines; never empty. Headings are read as a paragraph holding one {@link #STRONG}. */
    public static final int PARAGRAPH = 0;
    /** Block: a bulleted list of {@link #LIST_ITEM}s. */
    public static final int BULLET_LIST = 1;
    /** Block: a numbered list of {@link #LIST_ITEM}s; {@link #start()} is the first number. */
    public static final int ORDERED_LIST = 2;
    /** Block: a list item holding blocks (may be empty). */
    public static final int LIST_ITEM = 3;
    /** Block: preformatted code, {@link #text()} verbatim without a trailing line feed. */
    public static final int CODE_BLOCK = 4;
    /** Inline: literal text, any characters (a decoded {@code <} too); never empty. */
    public static final int TEXT = 5;
    /** Inline: emphasis (italics). */
    public static final int EMPHASIS = 6;
    /** Inline: strong importance (bold). */
    public static final int STRONG = 7;
    /** Inline: code, {@link #text()} as written. */
    public static final int CODE = 8;
    /** Inline: a hyperlink to {@link #text()}, an http, https or mailto URL; never empty, never holds a link. */
    public static final int LINK = 9;
    /** Inline: a hard line break. */
    public static final int LINE_BREAK = 10;

    private final int type;
    private final String text;
    private final List<Node> children;
    private final int start;
    final int depth;
    final boolean hasLink;

    Node(int type, String text, List<Node> children, int start) {
        this.type = type;
        this.text = text;
        this.start = start;
        int max = 0;
        boolean inner = false;
        if (children == null) {
            this.children = Collections.emptyList();
        } else {
            for (int i = 0; i < children.size(); i++) {
                Node child = children.get(i);
                max = Math.max(max, child.depth);
                inner |= child.hasLink;
            }
            this.children = List.copyOf(children);
        }
        this.depth = max + 1;
        this.hasLink = type == LINK || inner;
        if (depth > Markup.MAX_DEPTH || (type == TEXT || type == LINK) && (text == null || text.isEmpty())
                || type == LINK && (inner || max == 0 || !text.equals(Urls.safe(text)))
                || type == PARAGRAPH && max == 0) {
            throw new IllegalArgumentException("not a valid node");
        }
    }

    /** One of the constants above. */
    public int type() {
        return type;
    }

    /** The text of {@link #TEXT}, the code of {@link #CODE} and {@link #CODE_BLOCK}, the URL of {@link #LINK}. */
    public String text() {
        return text;
    }

    /** The nested blocks or inlines; empty for text, code and line breaks. */
    public List<Node> children() {
        return children;
    }

    /** The number of the first item of an {@link #ORDERED_LIST}. */
    public int start() {
        return start;
    }

    /** 1 for a leaf, one more than the deepest child otherwise. */
    public int depth() {
        return depth;
    }

    /**
     * The URL a link may carry for untrusted text, or null: http, https or mailto (any case), surrounding spaces and
     * controls trimmed, no controls inside, inner spaces as {@code %20}. Decode character references before asking.
     */
    public static String safeUrl(String url) {
        return Urls.safe(url);
    }
}

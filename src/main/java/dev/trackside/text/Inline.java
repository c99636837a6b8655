package dev.trackside.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A span of formatted text. There is deliberately no node for raw HTML: whatever a schedule contains ends up in
 * {@link Text} (shown with {@code textContent}) or in one of these few shapes, and a {@link Link} can only be built
 * with an http, https or mailto URL. Immutable; nesting is bounded by {@link Markup#MAX_DEPTH}.
 */
public abstract class Inline {
    /** What a node is, for a {@code switch} in a renderer. */
    public enum Kind {
        TEXT, EMPHASIS, STRONG, CODE, LINK, LINE_BREAK
    }

    private final int depth;
    private final boolean hasLink;

    Inline(int depth, boolean hasLink) {
        if (depth > Markup.MAX_DEPTH) {
            throw new IllegalArgumentException("nested deeper than " + Markup.MAX_DEPTH);
        }
        this.depth = depth;
        this.hasLink = hasLink;
    }

    public abstract Kind kind();

    /** The nested nodes (empty for text, code and line breaks). */
    public List<Inline> children() {
        return Collections.emptyList();
    }

    /** 1 for a leaf, one more than the deepest child otherwise. */
    public int depth() {
        return depth;
    }

    abstract void dump(StringBuilder sb);

    abstract void plain(StringBuilder sb);

    /** The deterministic debug form used by tests, e.g. {@code Em[Text("world")]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        dump(sb);
        return sb.toString();
    }

    /** An unmodifiable copy; call {@link #depthOf} first, which rejects nulls. */
    static List<Inline> copy(List<Inline> children) {
        return Collections.unmodifiableList(new ArrayList<>(children));
    }

    static int depthOf(List<Inline> children) {
        if (children == null) {
            throw new IllegalArgumentException("children must not be null");
        }
        int max = 0;
        for (Inline child : children) {
            if (child == null) {
                throw new IllegalArgumentException("null child");
            }
            max = Math.max(max, child.depth);
        }
        return max + 1;
    }

    static boolean anyLink(List<Inline> children) {
        for (Inline child : children) {
            if (child.hasLink) {
                return true;
            }
        }
        return false;
    }

    static void dumpAll(StringBuilder sb, String name, List<Inline> children) {
        sb.append(name).append('[');
        for (int i = 0; i < children.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            children.get(i).dump(sb);
        }
        sb.append(']');
    }

    /** Literal text; may contain any character, including a decoded {@code <}. Never empty. */
    public static final class Text extends Inline {
        private final String text;

        public Text(String text) {
            super(1, false);
            if (text == null || text.isEmpty()) {
                throw new IllegalArgumentException("empty text");
            }
            this.text = text;
        }

        public String text() {
            return text;
        }

        @Override
        public Kind kind() {
            return Kind.TEXT;
        }

        @Override
        void dump(StringBuilder sb) {
            sb.append("Text(");
            Dump.quote(sb, text);
            sb.append(')');
        }

        @Override
        void plain(StringBuilder sb) {
            sb.append(text);
        }
    }

    /** Emphasis (italics): Markdown {@code *x*} / {@code _x_}, wiki {@code ''x''}, HTML em and i. */
    public static final class Emphasis extends Inline {
        private final List<Inline> children;

        public Emphasis(List<Inline> children) {
            super(depthOf(children), anyLink(children));
            this.children = copy(children);
        }

        @Override
        public List<Inline> children() {
            return children;
        }

        @Override
        public Kind kind() {
            return Kind.EMPHASIS;
        }

        @Override
        void dump(StringBuilder sb) {
            dumpAll(sb, "Em", children);
        }

        @Override
        void plain(StringBuilder sb) {
            for (Inline child : children) {
                child.plain(sb);
            }
        }
    }

    /** Strong importance (bold): Markdown {@code **x**}, wiki {@code '''x'''}, HTML strong and b. */
    public static final class Strong extends Inline {
        private final List<Inline> children;

        public Strong(List<Inline> children) {
            super(depthOf(children), anyLink(children));
            this.children = copy(children);
        }

        @Override
        public List<Inline> children() {
            return children;
        }

        @Override
        public Kind kind() {
            return Kind.STRONG;
        }

        @Override
        void dump(StringBuilder sb) {
            dumpAll(sb, "Strong", children);
        }

        @Override
        void plain(StringBuilder sb) {
            for (Inline child : children) {
                child.plain(sb);
            }
        }
    }

    /** Inline code, shown as written. */
    public static final class Code extends Inline {
        private final String code;

        public Code(String code) {
            super(1, false);
            if (code == null) {
                throw new IllegalArgumentException("null code");
            }
            this.code = code;
        }

        public String code() {
            return code;
        }

        @Override
        public Kind kind() {
            return Kind.CODE;
        }

        @Override
        void dump(StringBuilder sb) {
            sb.append("Code(");
            Dump.quote(sb, code);
            sb.append(')');
        }

        @Override
        void plain(StringBuilder sb) {
            sb.append(code);
        }
    }

    /**
     * A hyperlink. The constructor refuses any URL that {@link #safeUrl} would not return unchanged, and links
     * inside links, so a renderer may put {@link #url()} into {@code href} without further checks.
     */
    public static final class Link extends Inline {
        private final String url;
        private final List<Inline> children;

        public Link(String url, List<Inline> children) {
            super(depthOf(children), true);
            this.url = checked(url);
            this.children = copy(children);
            if (this.children.isEmpty()) {
                throw new IllegalArgumentException("a link needs text");
            }
            if (anyLink(this.children)) {
                throw new IllegalArgumentException("a link inside a link");
            }
        }

        private static String checked(String url) {
            String safe = Urls.safe(url);
            if (safe == null || !safe.equals(url)) {
                throw new IllegalArgumentException("not an allowed link URL: " + url);
            }
            return url;
        }

        /**
         * The URL a link may carry for this untrusted text, or null: http, https or mailto (any case), surrounding
         * spaces and controls trimmed, no controls inside, inner spaces as {@code %20}. Decode character references
         * before asking.
         */
        public static String safeUrl(String url) {
            return Urls.safe(url);
        }

        public String url() {
            return url;
        }

        @Override
        public List<Inline> children() {
            return children;
        }

        @Override
        public Kind kind() {
            return Kind.LINK;
        }

        @Override
        void dump(StringBuilder sb) {
            sb.append("Link(");
            Dump.quote(sb, url);
            sb.append(')');
            dumpAll(sb, "", children);
        }

        @Override
        void plain(StringBuilder sb) {
            for (Inline child : children) {
                child.plain(sb);
            }
        }
    }

    /** A hard line break ({@code <br>}, two trailing spaces or a backslash at the end of a line). */
    public static final class LineBreak extends Inline {
        public static final LineBreak INSTANCE = new LineBreak();

        private LineBreak() {
            super(1, false);
        }

        @Override
        public Kind kind() {
            return Kind.LINE_BREAK;
        }

        @Override
        void dump(StringBuilder sb) {
            sb.append("BR");
        }

        @Override
        void plain(StringBuilder sb) {
            sb.append('\n');
        }
    }
}

package dev.trackside.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A block of a {@link Doc}: paragraph, heading, list, code block, quote or thematic break. Immutable; nesting is
 * bounded by {@link Markup#MAX_DEPTH}, so a renderer may recurse.
 */
public abstract class Block {
    /** What a block is, for a {@code switch} in a renderer. */
    public enum Kind {
        PARAGRAPH, HEADING, BULLET_LIST, ORDERED_LIST, CODE_BLOCK, QUOTE, THEMATIC_BREAK
    }

    private final int depth;

    Block(int depth) {
        if (depth > Markup.MAX_DEPTH) {
            throw new IllegalArgumentException("nested deeper than " + Markup.MAX_DEPTH);
        }
        this.depth = depth;
    }

    public abstract Kind kind();

    /** 1 for a leaf, one more than the deepest child (block, item or inline) otherwise. */
    public int depth() {
        return depth;
    }

    abstract void dump(StringBuilder sb);

    abstract void plain(StringBuilder sb);

    /** The deterministic debug form used by tests, e.g. {@code P[Text("Hello "), Em[Text("world")]]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        dump(sb);
        return sb.toString();
    }

    static List<Block> copy(List<Block> blocks) {
        if (blocks == null) {
            throw new IllegalArgumentException("blocks must not be null");
        }
        for (Block block : blocks) {
            if (block == null) {
                throw new IllegalArgumentException("null block");
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(blocks));
    }

    private static List<Inline> nonEmpty(List<Inline> inlines) {
        if (inlines.isEmpty()) {
            throw new IllegalArgumentException("no text");
        }
        return inlines;
    }

    static int depthOf(List<Block> blocks) {
        int max = 0;
        for (Block block : blocks) {
            max = Math.max(max, block.depth);
        }
        return max + 1;
    }

    static void dumpAll(StringBuilder sb, String name, List<Block> blocks) {
        sb.append(name).append('[');
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            blocks.get(i).dump(sb);
        }
        sb.append(']');
    }

    static void plainInlines(StringBuilder sb, List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.plain(sb);
        }
    }

    static void plainBlocks(StringBuilder sb, List<Block> blocks) {
        for (Block block : blocks) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
            block.plain(sb);
        }
    }

    /** A paragraph of text. Never empty. */
    public static final class Paragraph extends Block {
        private final List<Inline> inlines;

        public Paragraph(List<Inline> inlines) {
            super(Inline.depthOf(inlines));
            this.inlines = nonEmpty(Inline.copy(inlines));
        }

        public List<Inline> inlines() {
            return inlines;
        }

        @Override
        public Kind kind() {
            return Kind.PARAGRAPH;
        }

        @Override
        void dump(StringBuilder sb) {
            Inline.dumpAll(sb, "P", inlines);
        }

        @Override
        void plain(StringBuilder sb) {
            plainInlines(sb, inlines);
        }
    }

    /**
     * A heading, level 1 to 6 as written ({@code #}, setext underline or h1..h6). Inside an abstract the page's own
     * headings outrank it, so a renderer may show it as a strong paragraph.
     */
    public static final class Heading extends Block {
        private final int level;
        private final List<Inline> inlines;

        /** Level 1 to 6; never empty. */
        public Heading(int level, List<Inline> inlines) {
            super(Inline.depthOf(inlines));
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level " + level);
            }
            this.level = level;
            this.inlines = nonEmpty(Inline.copy(inlines));
        }

        public int level() {
            return level;
        }

        public List<Inline> inlines() {
            return inlines;
        }

        @Override
        public Kind kind() {
            return Kind.HEADING;
        }

        @Override
        void dump(StringBuilder sb) {
            Inline.dumpAll(sb, "H" + level, inlines);
        }

        @Override
        void plain(StringBuilder sb) {
            plainInlines(sb, inlines);
        }
    }

    /** Common part of the two list kinds. */
    abstract static class ListBlock extends Block {
        private final List<ListItem> items;
        private final boolean tight;

        ListBlock(List<ListItem> items, boolean tight) {
            super(itemDepth(items));
            List<ListItem> copy = new ArrayList<>(items);
            this.items = Collections.unmodifiableList(copy);
            this.tight = tight;
        }

        private static int itemDepth(List<ListItem> items) {
            if (items == null) {
                throw new IllegalArgumentException("items must not be null");
            }
            int max = 0;
            for (ListItem item : items) {
                if (item == null) {
                    throw new IllegalArgumentException("null item");
                }
                max = Math.max(max, item.depth());
            }
            return max + 1;
        }

        public List<ListItem> items() {
            return items;
        }

        /**
         * Whether no blank lines separate the items or their blocks: a renderer may then show an item's paragraphs
         * without paragraph spacing.
         */
        public boolean tight() {
            return tight;
        }

        void dumpItems(StringBuilder sb) {
            sb.append('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                items.get(i).dump(sb);
            }
            sb.append(']');
        }

        @Override
        void plain(StringBuilder sb) {
            for (ListItem item : items) {
                plainBlocks(sb, item.blocks());
                sb.append('\n');
            }
        }
    }

    /** A bulleted list ({@code -}, {@code *}, {@code +} or ul). */
    public static final class BulletList extends ListBlock {
        public BulletList(List<ListItem> items, boolean tight) {
            super(items, tight);
        }

        @Override
        public Kind kind() {
            return Kind.BULLET_LIST;
        }

        @Override
        void dump(StringBuilder sb) {
            sb.append(tight() ? "UL" : "UL(loose)");
            dumpItems(sb);
        }
    }

    /** A numbered list ({@code 1.}, {@code 1)} or ol) with the number of its first item. */
    public static final class OrderedList extends ListBlock {
        private final int start;

        public OrderedList(int start, List<ListItem> items, boolean tight) {
            super(items, tight);
            if (start < 0) {
                throw new IllegalArgumentException("start " + start);
            }
            this.start = start;
        }

        public int start() {
            return start;
        }

        @Override
        public Kind kind() {
            return Kind.ORDERED_LIST;
        }

        @Override
        void dump(StringBuilder sb) {
            sb.append("OL(").append(start).append(tight() ? ")" : ",loose)");
            dumpItems(sb);
        }
    }

    /** Preformatted code (fenced, indented or pre), without a trailing line feed. */
    public static final class CodeBlock extends Block {
        private final String code;

        public CodeBlock(String code) {
            super(1);
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
            return Kind.CODE_BLOCK;
        }

        @Override
        void dump(StringBuilder sb) {
            sb.append("Pre(");
            Dump.quote(sb, code);
            sb.append(')');
        }

        @Override
        void plain(StringBuilder sb) {
            sb.append(code);
        }
    }

    /** A block quote ({@code >} or blockquote). */
    public static final class Quote extends Block {
        private final List<Block> blocks;

        public Quote(List<Block> blocks) {
            super(depthOf(copy(blocks)));
            this.blocks = copy(blocks);
        }

        public List<Block> blocks() {
            return blocks;
        }

        @Override
        public Kind kind() {
            return Kind.QUOTE;
        }

        @Override
        void dump(StringBuilder sb) {
            dumpAll(sb, "Quote", blocks);
        }

        @Override
        void plain(StringBuilder sb) {
            plainBlocks(sb, blocks);
        }
    }

    /** A thematic break ({@code ---}, {@code ***} or hr). */
    public static final class ThematicBreak extends Block {
        public static final ThematicBreak INSTANCE = new ThematicBreak();

        private ThematicBreak() {
            super(1);
        }

        @Override
        public Kind kind() {
            return Kind.THEMATIC_BREAK;
        }

        @Override
        void dump(StringBuilder sb) {
            sb.append("HR");
        }

        @Override
        void plain(StringBuilder sb) {
        }
    }
}

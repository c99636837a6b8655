package dev.trackside.text;

import java.util.List;

/** One item of a {@link Block.BulletList} or {@link Block.OrderedList}: a sequence of blocks (may be empty). */
public final class ListItem {
    private final List<Block> blocks;
    private final int depth;

    public ListItem(List<Block> blocks) {
        this.blocks = Block.copy(blocks);
        this.depth = Block.depthOf(this.blocks);
        if (depth > Markup.MAX_DEPTH) {
            throw new IllegalArgumentException("nested deeper than " + Markup.MAX_DEPTH);
        }
    }

    public List<Block> blocks() {
        return blocks;
    }

    public int depth() {
        return depth;
    }

    void dump(StringBuilder sb) {
        Block.dumpAll(sb, "LI", blocks);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        dump(sb);
        return sb.toString();
    }
}

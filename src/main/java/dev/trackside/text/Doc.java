package dev.trackside.text;

import java.util.List;

/** A parsed abstract or bio: a sequence of blocks. Immutable. */
public final class Doc {
    private final List<Block> blocks;
    private final boolean truncated;

    public Doc(List<Block> blocks, boolean truncated) {
        this.blocks = Block.copy(blocks);
        if (Block.depthOf(this.blocks) > Markup.MAX_DEPTH) {
            throw new IllegalArgumentException("nested deeper than " + Markup.MAX_DEPTH);
        }
        this.truncated = truncated;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Whether the source was longer than {@link Markup#MAX_INPUT_CHARS} and only its start was read. */
    public boolean truncated() {
        return truncated;
    }

    /** One block per line in the debug form, e.g. {@code P[Text("Hello")]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            blocks.get(i).dump(sb);
        }
        return sb.toString();
    }
}

package dev.trackside.text;

import java.util.List;

/** A parsed abstract or bio: a sequence of block {@link Node}s. Immutable. */
public final class Doc {
    private final List<Node> blocks;
    private final boolean truncated;

    Doc(List<Node> blocks, boolean truncated) {
        this.blocks = List.copyOf(blocks);
        this.truncated = truncated;
    }

    public List<Node> blocks() {
        return blocks;
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Whether the source was longer than {@link Markup#MAX_INPUT_CHARS} and only its start was read. */
    public boolean truncated() {
        return truncated;
    }
}

package dev.trackside.browser;

/**
 * A view drawn in chunks: what can be on screen first, the rest between frames (the list, the grid beyond its first
 * window, the speaker index), so that a day or view switch costs one screenful of DOM work.
 */
interface Chunked {
    boolean isComplete();

    /** Draws the next chunk; false once everything is drawn. */
    boolean renderMore();
}

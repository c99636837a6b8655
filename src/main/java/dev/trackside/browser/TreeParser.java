package dev.trackside.browser;

import dev.trackside.parse.JsonNode;

/**
 * A faster parser than Gson's reader for an engine ({@link NativeJson} in the JS engine). An interface, so that the
 * wasm engines, which pass none to {@link ScheduleViewer}, leave its code out of their build.
 */
interface TreeParser {
    /** The document's tree as {@link JsonNode#parse} would give it, or {@code null}: then Gson reads it. */
    JsonNode tree(String text);
}

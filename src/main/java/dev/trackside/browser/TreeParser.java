package dev.trackside.browser;

import dev.trackside.model.TimeZones;
import dev.trackside.parse.JsonNode;
import dev.trackside.parse.OtherFormats;
import dev.trackside.parse.ScheduleRead;

/**
 * How an engine reads a schedule's JSON: the wasm engines with the browser's JSON.parse alone ({@link NativeJson}),
 * which keeps Gson's reader out of their build (6 KB gzip); the JS engine with JSON.parse where it gives Gson's
 * tree and Gson elsewhere ({@link GsonFallback}). An interface, so that each build holds only its own.
 */
interface TreeParser {
    /**
     * The document's tree as {@link JsonNode#parse} would give it, or {@code null} where this parser cannot give
     * exactly that: the viewer then hands the document to the JS engine.
     */
    JsonNode tree(String text);

    /** Reads the schedule whose tree is {@code tree}, as {@code Schedules.read} does. */
    ScheduleRead read(String text, JsonNode tree, TimeZones zones, String localZone, OtherFormats others);

    /**
     * Whether {@link #read}'s errors tell their line and column; where not, the viewer hands a document that fails
     * to the JS engine, which does.
     */
    boolean locates();
}

package dev.trackside.browser;

import dev.trackside.model.TimeZones;
import dev.trackside.parse.JsonNode;
import dev.trackside.parse.OtherFormats;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Schedules;

/**
 * The JS engine's JSON: the browser's JSON.parse ({@link NativeJson}) where it gives Gson's tree, Gson's reader
 * where it might not, and Gson again to give an error its line and column. It reads every document itself, so the
 * wasm engines can hand it what they cannot.
 */
final class GsonFallback implements TreeParser {
    private final NativeJson fast = new NativeJson();

    @Override
    public JsonNode tree(String text) {
        JsonNode tree = fast.tree(text);
        return tree != null ? tree : Schedules.tree(text);
    }

    @Override
    public ScheduleRead read(String text, JsonNode tree, TimeZones zones, String localZone, OtherFormats others) {
        return Schedules.read(text, zones, localZone, others, tree);
    }

    @Override
    public boolean locates() {
        return true;
    }
}

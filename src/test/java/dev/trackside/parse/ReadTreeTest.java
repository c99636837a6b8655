package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.trackside.model.Schedule;
import dev.trackside.model.TimeZones;
import org.junit.jupiter.api.Test;

/**
 * {@link Schedules#readTree}, the read of the wasm engines, which have the document's tree (from JSON.parse) but no
 * Gson to find a line and column in its text: the same schedule, and errors that name their path without a line.
 */
class ReadTreeTest {
    private static final Schedules.Locator NOWHERE = path -> new int[2];

    @Test
    void aTreeReadsAsTheTextDoes() {
        String json = MinimalDoc.valid().json();
        Schedule fromText = Schedules.parse(json);
        Schedule fromTree = Schedules.readTree(JsonNode.parse(json), NOWHERE, TimeZones.NONE, null,
                OtherFormats.none()).schedule();
        assertEquals(fromText.sessions().size(), fromTree.sessions().size());
        assertEquals(fromText.sessions().get(0).title(), fromTree.sessions().get(0).title());
        assertEquals(fromText.sessions().get(0).start(), fromTree.sessions().get(0).start());
        assertEquals(fromText.conference().name(), fromTree.conference().name());
    }

    @Test
    void anErrorNamesItsPathAndTheLineTheLocatorFinds() {
        String json = MinimalDoc.valid().set("version", "2").json();
        ScheduleException unlocated = assertThrows(ScheduleException.class, () -> Schedules.readTree(
                JsonNode.parse(json), NOWHERE, TimeZones.NONE, null, OtherFormats.none()));
        assertEquals("$.version: unsupported version 2 (this viewer reads version 1)", unlocated.getMessage());
        assertEquals(0, unlocated.line());
        ScheduleException located = assertThrows(ScheduleException.class, () -> Schedules.readTree(
                JsonNode.parse(json), path -> new int[] {7, 9}, TimeZones.NONE, null, OtherFormats.none()));
        assertEquals(7, located.line());
        assertEquals(9, located.column());
        assertEquals(3, assertThrows(ScheduleException.class, () -> Schedules.parse(json)).line());
    }
}

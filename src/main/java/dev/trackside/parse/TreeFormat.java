package dev.trackside.parse;

import dev.trackside.model.TimeZones;

/** A format of another tool, read leniently from a {@link JsonNode} tree into a {@link ScheduleAssembler}. */
interface TreeFormat {
    /** Human name, e.g. "pretalx widget JSON". */
    String name();

    /** Whether the document's shape is this format's; looks at the top level only. */
    boolean recognises(JsonNode root);

    /** Reads the document; problems become warnings, except a document too broken to be a schedule at all. */
    ScheduleRead read(JsonNode root, TimeZones zones);
}

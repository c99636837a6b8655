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

    /**
     * Reads the document, placing times it writes without UTC offset in {@code localZone} (see
     * {@link Schedules#read(String, TimeZones, String)}). Formats whose times all carry offsets need not override.
     */
    default ScheduleRead read(JsonNode root, TimeZones zones, String localZone) {
        return read(root, zones);
    }

    /**
     * Reads only what a first screen of the document needs, when the format has a quicker way to it than the whole
     * read: the conference, every day, and the sessions listed under the first day. {@code null} when it has none.
     * The result is a guess that the whole read must confirm ({@link FirstDay#drawnAlike}).
     */
    default FirstDay readFirstDay(JsonNode root, TimeZones zones, String localZone) {
        return null;
    }
}

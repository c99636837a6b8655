package dev.trackside.parse;

/**
 * Stable codes for what a lenient reader skipped or flagged; each id has an anchor in docs/warnings.md. Never
 * rename an id: organisers grep their CI logs for them.
 */
public enum WarningCode {
    // Skipped: the item is left out of the schedule.
    SKIPPED_NO_TITLE("skipped-no-title", true, "an item without a title was skipped"),
    SKIPPED_NO_START("skipped-no-start", true, "an item without a start time was skipped"),
    SKIPPED_BAD_TIME("skipped-bad-time", true, "an item whose time could not be read was skipped"),
    SKIPPED_NOT_AN_OBJECT("skipped-not-an-object", true, "a value that should be an object was skipped"),
    // Kept but flagged.
    DUPLICATE_ID("duplicate-id", false, "an id is used twice; the later item got a new id"),
    END_BEFORE_START("end-before-start", false, "an item ends before it starts; it is shown without length"),
    LONG_DURATION("long-duration", false, "an item lasts more than 16 hours"),
    ROOM_OVERLAP("room-overlap", false, "two items overlap in one room"),
    ROOM_MISMATCH("room-mismatch", false,
            "an item's own room differs from the room it is listed under; the list's room is used"),
    OUTSIDE_DAY("outside-day", false,
            "an item starts outside the hours of the day it is listed under; it is placed by its start time"),
    UNKNOWN_ROOM("unknown-room", false, "an item names a room the schedule does not list; it was added"),
    UNKNOWN_SPEAKER("unknown-speaker", false, "an item names a speaker the schedule does not list; left out"),
    UNKNOWN_TRACK("unknown-track", false, "an item names a track the schedule does not list; left out"),
    UNKNOWN_CATEGORY("unknown-category", false,
            "an item names a category (tag, level, format …) the schedule does not list; left out"),
    UNKNOWN_KIND("unknown-kind", false, "an item's type is not one we know; shown as a talk or other"),
    MARKUP_IN_TEXT("markup-in-text", false, "HTML in a title or name was turned into plain text"),
    ZONE_MISSING("zone-missing", false, "no time zone is given; it was derived from the offsets"),
    ZONE_CONTRADICTS_OFFSETS("zone-contradicts-offsets", false,
            "the declared time zone does not match the times' UTC offsets"),
    FLOATING_TIMES("floating-times", false, "times have no UTC offset; they are shown as written"),
    DST_LOCAL_TIME("dst-local-time", false,
            "a time without UTC offset falls in a daylight-saving change (an hour skipped or repeated)"),
    BAD_VALUE("bad-value", false, "a value has the wrong type or form and was ignored");

    private final String id;
    private final boolean skips;
    private final String summary;

    WarningCode(String id, boolean skips, String summary) {
        this.id = id;
        this.skips = skips;
        this.summary = summary;
    }

    /** The stable id, e.g. {@code duplicate-id}. */
    public String id() {
        return id;
    }

    /** Whether the item was left out (as opposed to kept and flagged). */
    public boolean skips() {
        return skips;
    }

    public String summary() {
        return summary;
    }
}

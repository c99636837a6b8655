package dev.trackside.parse;

/**
 * Stable codes for what a lenient reader skipped or flagged; each id has an anchor in docs/warnings.md. Never
 * rename an id: organisers grep their CI logs for them.
 */
public enum WarningCode {
    // Skipped: the item is left out of the schedule.
    SKIPPED_NO_TITLE("skipped-no-title"),
    SKIPPED_NO_START("skipped-no-start"),
    SKIPPED_BAD_TIME("skipped-bad-time"),
    SKIPPED_NOT_AN_OBJECT("skipped-not-an-object"),
    // Kept but flagged.
    DUPLICATE_ID("duplicate-id"),
    END_BEFORE_START("end-before-start"),
    LONG_DURATION("long-duration"),
    ROOM_OVERLAP("room-overlap"),
    ROOM_MISMATCH("room-mismatch"),
    OUTSIDE_DAY("outside-day"),
    UNKNOWN_ROOM("unknown-room"),
    UNKNOWN_SPEAKER("unknown-speaker"),
    UNKNOWN_TRACK("unknown-track"),
    UNKNOWN_CATEGORY("unknown-category"),
    UNKNOWN_KIND("unknown-kind"),
    MARKUP_IN_TEXT("markup-in-text"),
    ZONE_MISSING("zone-missing"),
    ZONE_CONTRADICTS_OFFSETS("zone-contradicts-offsets"),
    FLOATING_TIMES("floating-times"),
    DST_LOCAL_TIME("dst-local-time"),
    BAD_VALUE("bad-value");

    private final String id;

    WarningCode(String id) {
        this.id = id;
    }

    /** The stable id, e.g. {@code duplicate-id}. */
    public String id() {
        return id;
    }

    /** Whether the item was left out (as opposed to kept and flagged): the codes before {@link #DUPLICATE_ID}. */
    public boolean skips() {
        return ordinal() < DUPLICATE_ID.ordinal();
    }

    /** One sentence on what the code means, as in docs/warnings.md. */
    public String summary() {
        return Summaries.TEXT[ordinal()];
    }

    /**
     * The summaries, in the order of the constants. A class of their own, so that a build that never asks for them
     * (the browser's) leaves their text out.
     */
    private static final class Summaries {
        static final String[] TEXT = {
            "an item without a title was skipped",
            "an item without a start time was skipped",
            "an item whose time could not be read was skipped",
            "a value that should be an object was skipped",
            "an id is used twice; the later item got a new id",
            "an item ends before it starts; it is shown without length",
            "an item lasts more than 16 hours",
            "two items overlap in one room",
            "an item's own room differs from the room it is listed under; the list's room is used",
            "an item starts outside the hours of the day it is listed under; it is placed by its start time",
            "an item names a room the schedule does not list; it was added",
            "an item names a speaker the schedule does not list; left out",
            "an item names a track the schedule does not list; left out",
            "an item names a category (tag, level, format …) the schedule does not list; left out",
            "an item's type is not one we know; shown as a talk or other",
            "HTML in a title or name was turned into plain text",
            "no time zone is given; it was derived from the offsets",
            "the declared time zone does not match the times' UTC offsets",
            "times have no UTC offset; they are shown as written",
            "a time without UTC offset falls in a daylight-saving change (an hour skipped or repeated)",
            "a value has the wrong type or form and was ignored",
        };
    }
}

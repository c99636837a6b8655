package dev.trackside.view;

/**
 * Every text the viewer shows, in English; the German ones are in {@link GermanTexts}. Read them through
 * {@link Messages}.
 *
 * <p>{@code {0}}, {@code {1}} are placeholders that {@link Messages#format} fills; every language uses the same
 * ones. Counted texts come in pairs {@code _ONE} / {@code _OTHER}, chosen by {@link Messages#plural}. Sentences end
 * with their full stop; labels and button texts have none. Schedule content (titles, room names, the reader's
 * warnings) is not translated.
 */
public enum Msg {
    // The page
    SCHEDULE("Schedule"),
    /** The document title: the conference's name. */
    PAGE_TITLE("{0} · schedule"),
    SKIP_TO_SCHEDULE("Skip to schedule"),
    LOADING("Loading schedule…"),
    /** Shown (painted) before reading a schedule so large that reading it holds the page for a moment: its size. */
    READING_LARGE("Reading a large schedule ({0} MB)…"),
    /** The accessible name of the view switcher. */
    VIEWS("Views"),
    GRID("Grid"),
    LIST("List"),
    /** The speaker index, and the label before a session's speakers. */
    SPEAKERS("Speakers"),
    /** The label before a session's only speaker. */
    SPEAKER("Speaker"),
    BACK_TO_SCHEDULE("Back to schedule"),
    CLOSE("Close"),
    /** The button that downloads the page as one HTML file for use without a network. */
    SAVE_OFFLINE("Save for offline"),
    SAVE_OFFLINE_FAILED("The page could not be saved."),

    // Days and dates
    /** The accessible name of the day tabs. */
    DAYS("Days"),
    ALL_DAYS("All days"),
    /** A day tab's label when the schedule gives the day no name. */
    DAY_NUMBER("Day {0}"),
    PREVIOUS_DAY("Previous day"),
    NEXT_DAY("Next day"),
    NOW("Now"),
    TODAY("Today"),
    /** Weekday, day of month, month: {@code Monday 23 September}, {@code Montag, 23. September}. */
    DATE("{0} {1} {2}"),
    /** The label of a session's day and time in its detail. */
    WHEN("When"),
    MONDAY("Monday"),
    TUESDAY("Tuesday"),
    WEDNESDAY("Wednesday"),
    THURSDAY("Thursday"),
    FRIDAY("Friday"),
    SATURDAY("Saturday"),
    SUNDAY("Sunday"),
    JANUARY("January"),
    FEBRUARY("February"),
    MARCH("March"),
    APRIL("April"),
    MAY("May"),
    JUNE("June"),
    JULY("July"),
    AUGUST("August"),
    SEPTEMBER("September"),
    OCTOBER("October"),
    NOVEMBER("November"),
    DECEMBER("December"),

    // Search and results
    /** The search box's accessible name. */
    SEARCH_SESSIONS("Search sessions"),
    SEARCH_PLACEHOLDER("Search talks, speakers, topics…"),
    /** In the disabled search box while a large schedule's search index is built. */
    PREPARING_SEARCH("Preparing search…"),
    SESSIONS_ONE("{0} session"),
    SESSIONS_OTHER("{0} sessions"),
    /** {0} shown of {1} in all; the plural follows {1}. */
    MATCHES_ONE("{0} of {1} session"),
    MATCHES_OTHER("{0} of {1} sessions"),
    /** The search text. */
    NO_MATCH("No session matches “{0}”."),
    NO_MATCH_FILTERS("No session matches the chosen filters."),
    NO_SESSIONS("This schedule has no sessions yet."),

    // Search
    /** The heading of ranked search results (read by screen readers). */
    BEST_MATCHES("Best matches"),
    /** How many results. */
    SHOW_ALL_RESULTS("Show all {0} results"),
    QUERY_UNCLOSED_QUOTE("A quote is not closed: the phrase runs to the end."),
    /** The field name as typed. */
    QUERY_UNKNOWN_FIELD("“{0}:” is not a field, so it is searched as a word."),
    /** The field name. */
    QUERY_EMPTY_VALUE("“{0}:” needs a value, e.g. {0}:django."),
    SEARCH_HELP("Search tips"),
    HELP_WORDS("every word must occur: in the title, a speaker’s name, a tag or the abstract"),
    HELP_PHRASE("these words in this order"),
    HELP_EXCLUDE("without this word"),
    HELP_FIELDS("only in that field; also room:, track:, kind:, day:2, lang:, level:, tag:"),

    // Filters
    FILTERS("Filters"),
    CLEAR_FILTERS("Clear filters"),
    TRACK("Track"),
    TRACKS("Tracks"),
    ROOM("Room"),
    ROOMS("Rooms"),
    /** The label of a session's {@link dev.trackside.model.Kind}. */
    KIND("Type"),
    LANGUAGE("Language"),
    LEVEL("Level"),
    TAG("Tag"),
    KINDS("Types"),
    KIND_TALK("Talk"),
    KIND_KEYNOTE("Keynote"),
    KIND_TUTORIAL("Tutorial"),
    KIND_LIGHTNING("Lightning talks"),
    KIND_WORKSHOP("Workshop"),
    KIND_SPRINT("Sprint"),
    KIND_SOCIAL("Social"),
    KIND_BREAK("Break"),
    KIND_OTHER("Other"),

    // A session, a speaker
    SHOW_ABSTRACT("Show abstract"),
    HIDE_ABSTRACT("Hide abstract"),
    SLIDES("Slides"),
    VIDEO("Video"),
    LINKS("Links"),
    /** A session's star; the session's title. */
    STAR("Star “{0}”"),
    /** The detail's star (a toggle: pressed when the session is a favourite). */
    IN_MY_AGENDA("In my agenda"),
    // The visitor's agenda
    MY_AGENDA("My agenda"),
    /** The accessible name of the offer a shared agenda link makes. */
    SHARED_AGENDA("Shared agenda"),
    /** The views button: how many favourites. */
    MY_AGENDA_COUNT("My agenda ({0})"),
    AGENDA_EMPTY("Your agenda is empty: star sessions (☆) to collect them here."),
    CLASHES_ONE("{0} clash"),
    CLASHES_OTHER("{0} clashes"),
    /** The titles of the sessions it overlaps. */
    CLASHES_WITH("Clashes with {0}"),
    /** A duration. */
    FREE_TIME("{0} free"),
    NO_LONGER_IN_SCHEDULE("No longer in the schedule"),
    REMOVE("Remove"),
    /** A favourite's id. */
    REMOVE_MISSING("Remove {0} from my agenda"),
    DOWNLOAD_AGENDA("Download my agenda (.ics)"),
    SHARE_AGENDA("Share my agenda"),
    SHARE_LINK("Link to your agenda"),
    COPY("Copy link"),
    COPIED("Link copied."),
    /** How many sessions ({@code SESSIONS_ONE/OTHER}). */
    SHARED_OFFER("This link shares {0}, highlighted in the schedule."),
    /** How many sessions. */
    ADD_SHARED("Add {0} to my agenda"),
    SHARED_ALL_KNOWN("All of them are in your agenda already."),
    /** How many were added. */
    SHARED_ADDED("Added {0} to your agenda."),
    STORAGE_BLOCKED("This browser does not let the page store your agenda: it is kept until you leave the page."),
    /** Downloads the session as an iCalendar file. */
    ADD_TO_CALENDAR("Add to calendar (.ics)"),
    /** The speaker's name. */
    SESSIONS_BY("Sessions by {0}"),
    NO_SPEAKERS("This schedule names no speakers."),
    /** A shared link names a session the schedule no longer has. */
    SESSION_NOT_FOUND("This session is no longer in the schedule."),
    SPEAKER_NOT_FOUND("This speaker is no longer in the schedule."),
    DURATION_MINUTES("{0} min"),
    DURATION_HOURS("{0} h"),
    DURATION_HOURS_MINUTES("{0} h {1} min"),

    // Now and next
    RUNNING_NOW("Running now"),
    UP_NEXT("Up next"),
    /** A duration. */
    STARTS_IN("Starts in {0}"),
    ENDED("Ended"),
    NOTHING_RUNNING("Nothing is running right now."),

    // Time zones
    /** A zone name or UTC offset. */
    TIMES_IN("Times in {0}"),
    /** The conference's zone. */
    TIMES_CONFERENCE("Times are local to the conference ({0})."),
    /** The conference's zone and its UTC offset. */
    TIMES_CONFERENCE_OFFSET("Times are local to the conference ({0}), {1}."),
    TIMES_AS_PUBLISHED("Times as published: the schedule gives no time zone."),
    /** The visitor's zone. */
    SHOW_MY_TIME_ZONE("Show times in my time zone ({0})"),
    SHOW_CONFERENCE_TIME_ZONE("Show times in the conference’s time zone"),

    // What the reader skipped or flagged
    SKIPPED_ONE("{0} item skipped"),
    SKIPPED_OTHER("{0} items skipped"),
    WARNINGS_ONE("{0} warning"),
    WARNINGS_OTHER("{0} warnings"),
    /** The counts ({@link Messages#readingSummary}), the format's name. */
    NOTICE_SUMMARY("{0} while reading this {1}."),
    /** How many warnings are not listed. */
    NOTICE_MORE("… and {0} more; java -jar trackside.jar validate lists them all."),

    // Errors
    ERROR_TITLE("The schedule cannot be shown."),
    /** The schedule's address, the reader's message (English only). */
    ERROR_UNREADABLE("The schedule at {0} could not be read. {1}"),
    /** The schedule's address, the exception. */
    ERROR_READ_INTERNAL("The schedule at {0} could not be read because of an internal error: {1}"),
    /** The exception. */
    ERROR_SHOW_INTERNAL("The schedule could not be shown because of an internal error: {0}"),
    /** The exception. */
    ERROR_SEARCH_INTERNAL("Searching failed because of an internal error: {0}"),
    /** The schedule's address. */
    LOAD_BAD_ADDRESS("Could not load the schedule from {0}: the address is not valid."),
    /** The schedule's address, the HTTP status with its text ({@code 404 Not Found}). */
    LOAD_HTTP("Could not load the schedule from {0}: the server answered HTTP {1}."),
    /** The schedule's address. */
    LOAD_NETWORK("Could not load the schedule from {0}: the request failed (network error, or the server does not "
            + "allow this page to read it).");

    final String english;

    Msg(String english) {
        this.english = english;
    }
}

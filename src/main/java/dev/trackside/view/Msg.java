package dev.trackside.view;

/**
 * Every text the viewer shows: a key (an int, the text's index) and its English text in {@link #ENGLISH}, in the
 * same order; the German ones are in {@link GermanTexts}. Read them through {@link Messages}. Int constants rather
 * than an enum: the enum's objects, names and class set-up were 3.3 KB gzip of each wasm engine (measured).
 *
 * <p>{@code {0}}, {@code {1}} are placeholders that {@link Messages#format} fills; every language uses the same
 * ones. Counted texts come in pairs {@code _ONE} / {@code _OTHER}, chosen by {@link Messages#plural}. Sentences end
 * with their full stop; labels and button texts have none. Schedule content (titles, room names, the reader's
 * warnings) is not translated.
 */
public final class Msg {
    // The page
    public static final int SCHEDULE = 0;
    /** The document title: the conference's name. */
    public static final int PAGE_TITLE = 1;
    public static final int SKIP_TO_SCHEDULE = 2;
    public static final int LOADING = 3;
    /** Shown (painted) before reading a schedule so large that reading it holds the page for a moment: its size. */
    public static final int READING_LARGE = 4;
    /** The accessible name of the view switcher. */
    public static final int VIEWS = 5;
    public static final int GRID = 6;
    public static final int LIST = 7;
    /** The speaker index, and the label before a session's speakers. */
    public static final int SPEAKERS = 8;
    /** The label before a session's only speaker. */
    public static final int SPEAKER = 9;
    public static final int BACK_TO_SCHEDULE = 10;
    public static final int CLOSE = 11;
    /** The button that downloads the page as one HTML file for use without a network. */
    public static final int SAVE_OFFLINE = 12;
    public static final int SAVE_OFFLINE_FAILED = 13;

    // Days and dates
    /** The accessible name of the day tabs. */
    public static final int DAYS = 14;
    public static final int ALL_DAYS = 15;
    /** A day tab's label when the schedule gives the day no name. */
    public static final int DAY_NUMBER = 16;
    public static final int PREVIOUS_DAY = 17;
    public static final int NEXT_DAY = 18;
    public static final int NOW = 19;
    public static final int TODAY = 20;
    /** Weekday, day of month, month: {@code Monday 23 September}, {@code Montag, 23. September}. */
    public static final int DATE = 21;
    /** The label of a session's day and time in its detail. */
    public static final int WHEN = 22;
    public static final int MONDAY = 23;
    public static final int TUESDAY = 24;
    public static final int WEDNESDAY = 25;
    public static final int THURSDAY = 26;
    public static final int FRIDAY = 27;
    public static final int SATURDAY = 28;
    public static final int SUNDAY = 29;
    public static final int JANUARY = 30;
    public static final int FEBRUARY = 31;
    public static final int MARCH = 32;
    public static final int APRIL = 33;
    public static final int MAY = 34;
    public static final int JUNE = 35;
    public static final int JULY = 36;
    public static final int AUGUST = 37;
    public static final int SEPTEMBER = 38;
    public static final int OCTOBER = 39;
    public static final int NOVEMBER = 40;
    public static final int DECEMBER = 41;

    // Search and results
    /** The search box's accessible name. */
    public static final int SEARCH_SESSIONS = 42;
    public static final int SEARCH_PLACEHOLDER = 43;
    /** In the disabled search box while a large schedule's search index is built. */
    public static final int PREPARING_SEARCH = 44;
    public static final int SESSIONS_ONE = 45;
    public static final int SESSIONS_OTHER = 46;
    /** {0} shown of {1} in all; the plural follows {1}. */
    public static final int MATCHES_ONE = 47;
    public static final int MATCHES_OTHER = 48;
    /** The search text. */
    public static final int NO_MATCH = 49;
    public static final int NO_MATCH_FILTERS = 50;
    public static final int NO_SESSIONS = 51;

    // Search
    /** The heading of ranked search results (read by screen readers). */
    public static final int BEST_MATCHES = 52;
    /** How many results. */
    public static final int SHOW_ALL_RESULTS = 53;
    public static final int QUERY_UNCLOSED_QUOTE = 54;
    /** The field name as typed. */
    public static final int QUERY_UNKNOWN_FIELD = 55;
    /** The field name. */
    public static final int QUERY_EMPTY_VALUE = 56;
    public static final int SEARCH_HELP = 57;
    public static final int HELP_WORDS = 58;
    public static final int HELP_PHRASE = 59;
    public static final int HELP_EXCLUDE = 60;
    public static final int HELP_FIELDS = 61;

    // Filters
    public static final int FILTERS = 62;
    public static final int CLEAR_FILTERS = 63;
    public static final int TRACK = 64;
    public static final int TRACKS = 65;
    public static final int ROOM = 66;
    public static final int ROOMS = 67;
    /** The label of a session's {@link dev.trackside.model.Kind}. */
    public static final int KIND = 68;
    public static final int LANGUAGE = 69;
    public static final int LEVEL = 70;
    public static final int TAG = 71;
    public static final int KINDS = 72;
    public static final int KIND_TALK = 73;
    public static final int KIND_KEYNOTE = 74;
    public static final int KIND_TUTORIAL = 75;
    public static final int KIND_LIGHTNING = 76;
    public static final int KIND_WORKSHOP = 77;
    public static final int KIND_SPRINT = 78;
    public static final int KIND_SOCIAL = 79;
    public static final int KIND_BREAK = 80;
    public static final int KIND_OTHER = 81;

    // A session, a speaker
    public static final int SHOW_ABSTRACT = 82;
    public static final int HIDE_ABSTRACT = 83;
    public static final int SLIDES = 84;
    public static final int VIDEO = 85;
    public static final int LINKS = 86;
    /** A session's star; the session's title. */
    public static final int STAR = 87;
    /** The detail's star (a toggle: pressed when the session is a favourite). */
    public static final int IN_MY_AGENDA = 88;
    // The visitor's agenda
    public static final int MY_AGENDA = 89;
    /** The accessible name of the offer a shared agenda link makes. */
    public static final int SHARED_AGENDA = 90;
    /** The views button: how many favourites. */
    public static final int MY_AGENDA_COUNT = 91;
    public static final int AGENDA_EMPTY = 92;
    public static final int CLASHES_ONE = 93;
    public static final int CLASHES_OTHER = 94;
    /** The titles of the sessions it overlaps. */
    public static final int CLASHES_WITH = 95;
    /** A duration. */
    public static final int FREE_TIME = 96;
    public static final int NO_LONGER_IN_SCHEDULE = 97;
    public static final int REMOVE = 98;
    /** A favourite's id. */
    public static final int REMOVE_MISSING = 99;
    public static final int DOWNLOAD_AGENDA = 100;
    public static final int SHARE_AGENDA = 101;
    public static final int SHARE_LINK = 102;
    public static final int COPY = 103;
    public static final int COPIED = 104;
    /** How many sessions ({@code SESSIONS_ONE/OTHER}). */
    public static final int SHARED_OFFER = 105;
    /** How many sessions. */
    public static final int ADD_SHARED = 106;
    public static final int SHARED_ALL_KNOWN = 107;
    /** How many were added. */
    public static final int SHARED_ADDED = 108;
    public static final int STORAGE_BLOCKED = 109;
    /** Downloads the session as an iCalendar file. */
    public static final int ADD_TO_CALENDAR = 110;
    /** The speaker's name. */
    public static final int SESSIONS_BY = 111;
    public static final int NO_SPEAKERS = 112;
    /** A shared link names a session the schedule no longer has. */
    public static final int SESSION_NOT_FOUND = 113;
    public static final int SPEAKER_NOT_FOUND = 114;
    public static final int DURATION_MINUTES = 115;
    public static final int DURATION_HOURS = 116;
    public static final int DURATION_HOURS_MINUTES = 117;

    // Now and next
    public static final int RUNNING_NOW = 118;
    public static final int UP_NEXT = 119;
    /** A duration. */
    public static final int STARTS_IN = 120;
    public static final int ENDED = 121;
    public static final int NOTHING_RUNNING = 122;

    // Time zones
    /** A zone name or UTC offset. */
    public static final int TIMES_IN = 123;
    /** The conference's zone. */
    public static final int TIMES_CONFERENCE = 124;
    /** The conference's zone and its UTC offset. */
    public static final int TIMES_CONFERENCE_OFFSET = 125;
    public static final int TIMES_AS_PUBLISHED = 126;
    /** The visitor's zone. */
    public static final int SHOW_MY_TIME_ZONE = 127;
    public static final int SHOW_CONFERENCE_TIME_ZONE = 128;

    // What the reader skipped or flagged
    public static final int SKIPPED_ONE = 129;
    public static final int SKIPPED_OTHER = 130;
    public static final int WARNINGS_ONE = 131;
    public static final int WARNINGS_OTHER = 132;
    /** The counts ({@link Messages#readingSummary}), the format's name. */
    public static final int NOTICE_SUMMARY = 133;
    /** How many warnings are not listed. */
    public static final int NOTICE_MORE = 134;

    // Errors
    public static final int ERROR_TITLE = 135;
    /** The schedule's address, the reader's message (English only). */
    public static final int ERROR_UNREADABLE = 136;
    /** The schedule's address, the exception. */
    public static final int ERROR_READ_INTERNAL = 137;
    /** The exception. */
    public static final int ERROR_SHOW_INTERNAL = 138;
    /** The exception. */
    public static final int ERROR_SEARCH_INTERNAL = 139;
    /** The schedule's address. */
    public static final int LOAD_BAD_ADDRESS = 140;
    /** The schedule's address, the HTTP status with its text ({@code 404 Not Found}). */
    public static final int LOAD_HTTP = 141;
    /** The schedule's address. */
    public static final int LOAD_NETWORK = 142;

    /** How many keys there are. */
    public static final int COUNT = 143;

    /** The English texts, by key (each line names its key). */
    static final String[] ENGLISH = {
        "Schedule", // SCHEDULE
        "{0} · schedule", // PAGE_TITLE
        "Skip to schedule", // SKIP_TO_SCHEDULE
        "Loading schedule…", // LOADING
        "Reading a large schedule ({0} MB)…", // READING_LARGE
        "Views", // VIEWS
        "Grid", // GRID
        "List", // LIST
        "Speakers", // SPEAKERS
        "Speaker", // SPEAKER
        "Back to schedule", // BACK_TO_SCHEDULE
        "Close", // CLOSE
        "Save for offline", // SAVE_OFFLINE
        "The page could not be saved.", // SAVE_OFFLINE_FAILED
        "Days", // DAYS
        "All days", // ALL_DAYS
        "Day {0}", // DAY_NUMBER
        "Previous day", // PREVIOUS_DAY
        "Next day", // NEXT_DAY
        "Now", // NOW
        "Today", // TODAY
        "{0} {1} {2}", // DATE
        "When", // WHEN
        "Monday", // MONDAY
        "Tuesday", // TUESDAY
        "Wednesday", // WEDNESDAY
        "Thursday", // THURSDAY
        "Friday", // FRIDAY
        "Saturday", // SATURDAY
        "Sunday", // SUNDAY
        "January", // JANUARY
        "February", // FEBRUARY
        "March", // MARCH
        "April", // APRIL
        "May", // MAY
        "June", // JUNE
        "July", // JULY
        "August", // AUGUST
        "September", // SEPTEMBER
        "October", // OCTOBER
        "November", // NOVEMBER
        "December", // DECEMBER
        "Search sessions", // SEARCH_SESSIONS
        "Search talks, speakers, topics…", // SEARCH_PLACEHOLDER
        "Preparing search…", // PREPARING_SEARCH
        "{0} session", // SESSIONS_ONE
        "{0} sessions", // SESSIONS_OTHER
        "{0} of {1} session", // MATCHES_ONE
        "{0} of {1} sessions", // MATCHES_OTHER
        "No session matches “{0}”.", // NO_MATCH
        "No session matches the chosen filters.", // NO_MATCH_FILTERS
        "This schedule has no sessions yet.", // NO_SESSIONS
        "Best matches", // BEST_MATCHES
        "Show all {0} results", // SHOW_ALL_RESULTS
        "A quote is not closed: the phrase runs to the end.", // QUERY_UNCLOSED_QUOTE
        "“{0}:” is not a field, so it is searched as a word.", // QUERY_UNKNOWN_FIELD
        "“{0}:” needs a value, e.g. {0}:django.", // QUERY_EMPTY_VALUE
        "Search tips", // SEARCH_HELP
        "every word must occur: in the title, a speaker’s name, a tag or the abstract", // HELP_WORDS
        "these words in this order", // HELP_PHRASE
        "without this word", // HELP_EXCLUDE
        "only in that field; also room:, track:, kind:, day:2, lang:, level:, tag:", // HELP_FIELDS
        "Filters", // FILTERS
        "Clear filters", // CLEAR_FILTERS
        "Track", // TRACK
        "Tracks", // TRACKS
        "Room", // ROOM
        "Rooms", // ROOMS
        "Type", // KIND
        "Language", // LANGUAGE
        "Level", // LEVEL
        "Tag", // TAG
        "Types", // KINDS
        "Talk", // KIND_TALK
        "Keynote", // KIND_KEYNOTE
        "Tutorial", // KIND_TUTORIAL
        "Lightning talks", // KIND_LIGHTNING
        "Workshop", // KIND_WORKSHOP
        "Sprint", // KIND_SPRINT
        "Social", // KIND_SOCIAL
        "Break", // KIND_BREAK
        "Other", // KIND_OTHER
        "Show abstract", // SHOW_ABSTRACT
        "Hide abstract", // HIDE_ABSTRACT
        "Slides", // SLIDES
        "Video", // VIDEO
        "Links", // LINKS
        "Star “{0}”", // STAR
        "In my agenda", // IN_MY_AGENDA
        "My agenda", // MY_AGENDA
        "Shared agenda", // SHARED_AGENDA
        "My agenda ({0})", // MY_AGENDA_COUNT
        "Your agenda is empty: star sessions (☆) to collect them here.", // AGENDA_EMPTY
        "{0} clash", // CLASHES_ONE
        "{0} clashes", // CLASHES_OTHER
        "Clashes with {0}", // CLASHES_WITH
        "{0} free", // FREE_TIME
        "No longer in the schedule", // NO_LONGER_IN_SCHEDULE
        "Remove", // REMOVE
        "Remove {0} from my agenda", // REMOVE_MISSING
        "Download my agenda (.ics)", // DOWNLOAD_AGENDA
        "Share my agenda", // SHARE_AGENDA
        "Link to your agenda", // SHARE_LINK
        "Copy link", // COPY
        "Link copied.", // COPIED
        "This link shares {0}, highlighted in the schedule.", // SHARED_OFFER
        "Add {0} to my agenda", // ADD_SHARED
        "All of them are in your agenda already.", // SHARED_ALL_KNOWN
        "Added {0} to your agenda.", // SHARED_ADDED
        "This browser does not let the page store your agenda: it is kept until you leave the page.", // STORAGE_BLOCKED
        "Add to calendar (.ics)", // ADD_TO_CALENDAR
        "Sessions by {0}", // SESSIONS_BY
        "This schedule names no speakers.", // NO_SPEAKERS
        "This session is no longer in the schedule.", // SESSION_NOT_FOUND
        "This speaker is no longer in the schedule.", // SPEAKER_NOT_FOUND
        "{0} min", // DURATION_MINUTES
        "{0} h", // DURATION_HOURS
        "{0} h {1} min", // DURATION_HOURS_MINUTES
        "Running now", // RUNNING_NOW
        "Up next", // UP_NEXT
        "Starts in {0}", // STARTS_IN
        "Ended", // ENDED
        "Nothing is running right now.", // NOTHING_RUNNING
        "Times in {0}", // TIMES_IN
        "Times are local to the conference ({0}).", // TIMES_CONFERENCE
        "Times are local to the conference ({0}), {1}.", // TIMES_CONFERENCE_OFFSET
        "Times as published: the schedule gives no time zone.", // TIMES_AS_PUBLISHED
        "Show times in my time zone ({0})", // SHOW_MY_TIME_ZONE
        "Show times in the conference’s time zone", // SHOW_CONFERENCE_TIME_ZONE
        "{0} item skipped", // SKIPPED_ONE
        "{0} items skipped", // SKIPPED_OTHER
        "{0} warning", // WARNINGS_ONE
        "{0} warnings", // WARNINGS_OTHER
        "{0} while reading this {1}.", // NOTICE_SUMMARY
        "… and {0} more; java -jar trackside.jar validate lists them all.", // NOTICE_MORE
        "The schedule cannot be shown.", // ERROR_TITLE
        "The schedule at {0} could not be read. {1}", // ERROR_UNREADABLE
        "The schedule at {0} could not be read because of an internal error: {1}", // ERROR_READ_INTERNAL
        "The schedule could not be shown because of an internal error: {0}", // ERROR_SHOW_INTERNAL
        "Searching failed because of an internal error: {0}", // ERROR_SEARCH_INTERNAL
        "Could not load the schedule from {0}: the address is not valid.", // LOAD_BAD_ADDRESS
        "Could not load the schedule from {0}: the server answered HTTP {1}.", // LOAD_HTTP
        "Could not load the schedule from {0}: the request failed (network error, or the server does not "
                + "allow this page to read it).", // LOAD_NETWORK
    };

    /** The keys' names, in key order: what index.html's {@code data-msg} attributes and messages-de.json use. */
    private static final String NAMES = "SCHEDULE,PAGE_TITLE,SKIP_TO_SCHEDULE,LOADING,READING_LARGE,VIEWS,GRID,LIST,"
            + "SPEAKERS,SPEAKER,"
            + "BACK_TO_SCHEDULE,CLOSE,SAVE_OFFLINE,SAVE_OFFLINE_FAILED,DAYS,ALL_DAYS,DAY_NUMBER,PREVIOUS_DAY,"
            + "NEXT_DAY,NOW,TODAY,DATE,WHEN,MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY,JANUARY,"
            + "FEBRUARY,MARCH,APRIL,MAY,JUNE,JULY,AUGUST,SEPTEMBER,OCTOBER,NOVEMBER,DECEMBER,SEARCH_SESSIONS,"
            + "SEARCH_PLACEHOLDER,PREPARING_SEARCH,SESSIONS_ONE,SESSIONS_OTHER,MATCHES_ONE,MATCHES_OTHER,"
            + "NO_MATCH,NO_MATCH_FILTERS,NO_SESSIONS,BEST_MATCHES,SHOW_ALL_RESULTS,QUERY_UNCLOSED_QUOTE,"
            + "QUERY_UNKNOWN_FIELD,QUERY_EMPTY_VALUE,SEARCH_HELP,HELP_WORDS,HELP_PHRASE,HELP_EXCLUDE,"
            + "HELP_FIELDS,FILTERS,CLEAR_FILTERS,TRACK,TRACKS,ROOM,ROOMS,KIND,LANGUAGE,LEVEL,TAG,KINDS,"
            + "KIND_TALK,KIND_KEYNOTE,KIND_TUTORIAL,KIND_LIGHTNING,KIND_WORKSHOP,KIND_SPRINT,KIND_SOCIAL,"
            + "KIND_BREAK,KIND_OTHER,SHOW_ABSTRACT,HIDE_ABSTRACT,SLIDES,VIDEO,LINKS,STAR,IN_MY_AGENDA,"
            + "MY_AGENDA,SHARED_AGENDA,MY_AGENDA_COUNT,AGENDA_EMPTY,CLASHES_ONE,CLASHES_OTHER,CLASHES_WITH,"
            + "FREE_TIME,NO_LONGER_IN_SCHEDULE,REMOVE,REMOVE_MISSING,DOWNLOAD_AGENDA,SHARE_AGENDA,SHARE_LINK,"
            + "COPY,COPIED,SHARED_OFFER,ADD_SHARED,SHARED_ALL_KNOWN,SHARED_ADDED,STORAGE_BLOCKED,"
            + "ADD_TO_CALENDAR,SESSIONS_BY,NO_SPEAKERS,SESSION_NOT_FOUND,SPEAKER_NOT_FOUND,DURATION_MINUTES,"
            + "DURATION_HOURS,DURATION_HOURS_MINUTES,RUNNING_NOW,UP_NEXT,STARTS_IN,ENDED,NOTHING_RUNNING,"
            + "TIMES_IN,TIMES_CONFERENCE,TIMES_CONFERENCE_OFFSET,TIMES_AS_PUBLISHED,SHOW_MY_TIME_ZONE,"
            + "SHOW_CONFERENCE_TIME_ZONE,SKIPPED_ONE,SKIPPED_OTHER,WARNINGS_ONE,WARNINGS_OTHER,NOTICE_SUMMARY,"
            + "NOTICE_MORE,ERROR_TITLE,ERROR_UNREADABLE,ERROR_READ_INTERNAL,ERROR_SHOW_INTERNAL,"
            + "ERROR_SEARCH_INTERNAL,LOAD_BAD_ADDRESS,LOAD_HTTP,LOAD_NETWORK";
    private static String[] names;

    private Msg() {
    }

    /** The key's name ({@code "SCHEDULE"}). */
    public static String name(int key) {
        if (names == null) {
            String[] all = new String[COUNT];
            int from = 0;
            for (int i = 0; i < COUNT; i++) {
                int end = NAMES.indexOf(',', from);
                all[i] = NAMES.substring(from, end < 0 ? NAMES.length() : end);
                from = end + 1;
            }
            names = all;
        }
        return names[key];
    }
}

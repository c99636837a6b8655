package dev.trackside.view;

/**
 * Every text the viewer shows, in English and German side by side; read them through {@link Messages}.
 *
 * <p>{@code {0}}, {@code {1}} are placeholders that {@link Messages#format} fills; both languages use the same
 * ones. Counted texts come in pairs {@code _ONE} / {@code _OTHER}, chosen by {@link Messages#plural}. Sentences end
 * with their full stop; labels and button texts have none. Schedule content (titles, room names, the reader's
 * warnings) is not translated.
 */
public enum Msg {
    // The page
    SCHEDULE("Schedule", "Programm"),
    /** The document title: the conference's name. */
    PAGE_TITLE("{0} · schedule", "{0} · Programm"),
    SKIP_TO_SCHEDULE("Skip to schedule", "Zum Programm springen"),
    LOADING("Loading schedule…", "Programm wird geladen …"),
    /** Shown (painted) before reading a schedule so large that reading it holds the page for a moment: its size. */
    READING_LARGE("Reading a large schedule ({0} MB)…", "Großes Programm wird gelesen ({0} MB) …"),
    /** The accessible name of the view switcher. */
    VIEWS("Views", "Ansichten"),
    GRID("Grid", "Raster"),
    LIST("List", "Liste"),
    /** The speaker index, and the label before a session's speakers. */
    SPEAKERS("Speakers", "Vortragende"),
    /** The label before a session's only speaker. */
    SPEAKER("Speaker", "Vortragende*r"),
    BACK_TO_SCHEDULE("Back to schedule", "Zurück zum Programm"),
    CLOSE("Close", "Schließen"),
    /** The button that downloads the page as one HTML file for use without a network. */
    SAVE_OFFLINE("Save for offline", "Für offline speichern"),
    SAVE_OFFLINE_FAILED("The page could not be saved.", "Die Seite konnte nicht gespeichert werden."),

    // Days and dates
    /** The accessible name of the day tabs. */
    DAYS("Days", "Tage"),
    ALL_DAYS("All days", "Alle Tage"),
    /** A day tab's label when the schedule gives the day no name. */
    DAY_NUMBER("Day {0}", "Tag {0}"),
    PREVIOUS_DAY("Previous day", "Vorheriger Tag"),
    NEXT_DAY("Next day", "Nächster Tag"),
    NOW("Now", "Jetzt"),
    TODAY("Today", "Heute"),
    /** Weekday, day of month, month: {@code Monday 23 September}, {@code Montag, 23. September}. */
    DATE("{0} {1} {2}", "{0}, {1}. {2}"),
    /** The label of a session's day and time in its detail. */
    WHEN("When", "Wann"),
    MONDAY("Monday", "Montag"),
    TUESDAY("Tuesday", "Dienstag"),
    WEDNESDAY("Wednesday", "Mittwoch"),
    THURSDAY("Thursday", "Donnerstag"),
    FRIDAY("Friday", "Freitag"),
    SATURDAY("Saturday", "Samstag"),
    SUNDAY("Sunday", "Sonntag"),
    JANUARY("January", "Januar"),
    FEBRUARY("February", "Februar"),
    MARCH("March", "März"),
    APRIL("April", "April"),
    MAY("May", "Mai"),
    JUNE("June", "Juni"),
    JULY("July", "Juli"),
    AUGUST("August", "August"),
    SEPTEMBER("September", "September"),
    OCTOBER("October", "Oktober"),
    NOVEMBER("November", "November"),
    DECEMBER("December", "Dezember"),

    // Search and results
    /** The search box's accessible name. */
    SEARCH_SESSIONS("Search sessions", "Programmpunkte durchsuchen"),
    SEARCH_PLACEHOLDER("Search talks, speakers, topics…", "Vorträge, Vortragende, Themen suchen …"),
    /** In the disabled search box while a large schedule's search index is built. */
    PREPARING_SEARCH("Preparing search…", "Suche wird vorbereitet …"),
    SESSIONS_ONE("{0} session", "{0} Programmpunkt"),
    SESSIONS_OTHER("{0} sessions", "{0} Programmpunkte"),
    /** {0} shown of {1} in all; the plural follows {1}. */
    MATCHES_ONE("{0} of {1} session", "{0} von {1} Programmpunkt"),
    MATCHES_OTHER("{0} of {1} sessions", "{0} von {1} Programmpunkten"),
    /** The search text. */
    NO_MATCH("No session matches “{0}”.", "Kein Programmpunkt passt zu „{0}“."),
    NO_MATCH_FILTERS("No session matches the chosen filters.", "Kein Programmpunkt passt zu den gewählten Filtern."),
    NO_SESSIONS("This schedule has no sessions yet.", "Dieses Programm enthält noch keine Programmpunkte."),

    // Search
    /** The heading of ranked search results (read by screen readers). */
    BEST_MATCHES("Best matches", "Beste Treffer"),
    /** How many results. */
    SHOW_ALL_RESULTS("Show all {0} results", "Alle {0} Treffer zeigen"),
    QUERY_UNCLOSED_QUOTE("A quote is not closed: the phrase runs to the end.",
            "Ein Anführungszeichen ist nicht geschlossen: Die Phrase reicht bis zum Ende."),
    /** The field name as typed. */
    QUERY_UNKNOWN_FIELD("“{0}:” is not a field, so it is searched as a word.",
            "„{0}:“ ist kein Feld und wird als Wort gesucht."),
    /** The field name. */
    QUERY_EMPTY_VALUE("“{0}:” needs a value, e.g. {0}:django.", "„{0}:“ braucht einen Wert, z. B. {0}:django."),
    SEARCH_HELP("Search tips", "Suchtipps"),
    HELP_WORDS("every word must occur: in the title, a speaker’s name, a tag or the abstract",
            "jedes Wort muss vorkommen: im Titel, bei Vortragenden, in Schlagwörtern oder der Beschreibung"),
    HELP_PHRASE("these words in this order", "diese Wörter in dieser Reihenfolge"),
    HELP_EXCLUDE("without this word", "ohne dieses Wort"),
    HELP_FIELDS("only in that field; also room:, track:, kind:, day:2, lang:, level:, tag:",
            "nur in diesem Feld; auch room:, track:, kind:, day:2, lang:, level:, tag:"),

    // Filters
    FILTERS("Filters", "Filter"),
    CLEAR_FILTERS("Clear filters", "Filter zurücksetzen"),
    TRACK("Track", "Track"),
    TRACKS("Tracks", "Tracks"),
    ROOM("Room", "Raum"),
    ROOMS("Rooms", "Räume"),
    /** The label of a session's {@link dev.trackside.model.Kind}. */
    KIND("Type", "Format"),
    LANGUAGE("Language", "Sprache"),
    LEVEL("Level", "Niveau"),
    TAG("Tag", "Schlagwort"),
    KINDS("Types", "Formate"),
    KIND_TALK("Talk", "Vortrag"),
    KIND_KEYNOTE("Keynote", "Keynote"),
    KIND_TUTORIAL("Tutorial", "Tutorial"),
    KIND_LIGHTNING("Lightning talks", "Lightning Talks"),
    KIND_WORKSHOP("Workshop", "Workshop"),
    KIND_SPRINT("Sprint", "Sprint"),
    KIND_SOCIAL("Social", "Rahmenprogramm"),
    KIND_BREAK("Break", "Pause"),
    KIND_OTHER("Other", "Sonstiges"),

    // A session, a speaker
    SHOW_ABSTRACT("Show abstract", "Beschreibung anzeigen"),
    HIDE_ABSTRACT("Hide abstract", "Beschreibung ausblenden"),
    SLIDES("Slides", "Folien"),
    VIDEO("Video", "Video"),
    LINKS("Links", "Links"),
    /** A session's star; the session's title. */
    STAR("Star “{0}”", "„{0}“ merken"),
    /** The detail's star (a toggle: pressed when the session is a favourite). */
    IN_MY_AGENDA("In my agenda", "In meinem Plan"),
    // The visitor's agenda
    MY_AGENDA("My agenda", "Mein Plan"),
    /** The accessible name of the offer a shared agenda link makes. */
    SHARED_AGENDA("Shared agenda", "Geteilter Plan"),
    /** The views button: how many favourites. */
    MY_AGENDA_COUNT("My agenda ({0})", "Mein Plan ({0})"),
    AGENDA_EMPTY("Your agenda is empty: star sessions (☆) to collect them here.",
            "Ihr Plan ist leer: Markieren Sie Programmpunkte mit ☆, um sie hier zu sammeln."),
    CLASHES_ONE("{0} clash", "{0} Überschneidung"),
    CLASHES_OTHER("{0} clashes", "{0} Überschneidungen"),
    /** The titles of the sessions it overlaps. */
    CLASHES_WITH("Clashes with {0}", "Überschneidet sich mit {0}"),
    /** A duration. */
    FREE_TIME("{0} free", "{0} frei"),
    NO_LONGER_IN_SCHEDULE("No longer in the schedule", "Nicht mehr im Programm"),
    REMOVE("Remove", "Entfernen"),
    /** A favourite's id. */
    REMOVE_MISSING("Remove {0} from my agenda", "{0} aus meinem Plan entfernen"),
    DOWNLOAD_AGENDA("Download my agenda (.ics)", "Meinen Plan herunterladen (.ics)"),
    SHARE_AGENDA("Share my agenda", "Meinen Plan teilen"),
    SHARE_LINK("Link to your agenda", "Link zu Ihrem Plan"),
    COPY("Copy link", "Link kopieren"),
    COPIED("Link copied.", "Link kopiert."),
    /** How many sessions ({@code SESSIONS_ONE/OTHER}). */
    SHARED_OFFER("This link shares {0}, highlighted in the schedule.",
            "Dieser Link teilt {0}, im Programm hervorgehoben."),
    /** How many sessions. */
    ADD_SHARED("Add {0} to my agenda", "{0} zu meinem Plan hinzufügen"),
    SHARED_ALL_KNOWN("All of them are in your agenda already.", "Alle stehen schon in Ihrem Plan."),
    /** How many were added. */
    SHARED_ADDED("Added {0} to your agenda.", "{0} zu Ihrem Plan hinzugefügt."),
    STORAGE_BLOCKED("This browser does not let the page store your agenda: it is kept until you leave the page.",
            "Dieser Browser erlaubt der Seite nicht, Ihren Plan zu speichern: Er bleibt erhalten, bis Sie die Seite "
            + "verlassen."),
    /** Downloads the session as an iCalendar file. */
    ADD_TO_CALENDAR("Add to calendar (.ics)", "In den Kalender (.ics)"),
    /** The speaker's name. */
    SESSIONS_BY("Sessions by {0}", "Programmpunkte von {0}"),
    NO_SPEAKERS("This schedule names no speakers.", "Dieses Programm nennt keine Vortragenden."),
    /** A shared link names a session the schedule no longer has. */
    SESSION_NOT_FOUND("This session is no longer in the schedule.",
            "Dieser Programmpunkt steht nicht mehr im Programm."),
    SPEAKER_NOT_FOUND("This speaker is no longer in the schedule.", "Diese Person steht nicht mehr im Programm."),
    DURATION_MINUTES("{0} min", "{0} Min."),
    DURATION_HOURS("{0} h", "{0} Std."),
    DURATION_HOURS_MINUTES("{0} h {1} min", "{0} Std. {1} Min."),

    // Now and next
    RUNNING_NOW("Running now", "Läuft gerade"),
    UP_NEXT("Up next", "Als Nächstes"),
    /** A duration. */
    STARTS_IN("Starts in {0}", "Beginnt in {0}"),
    ENDED("Ended", "Beendet"),
    NOTHING_RUNNING("Nothing is running right now.", "Gerade läuft nichts."),

    // Time zones
    /** A zone name or UTC offset. */
    TIMES_IN("Times in {0}", "Zeiten in {0}"),
    /** The conference's zone. */
    TIMES_CONFERENCE("Times are local to the conference ({0}).", "Alle Zeiten in Ortszeit der Konferenz ({0})."),
    /** The conference's zone and its UTC offset. */
    TIMES_CONFERENCE_OFFSET("Times are local to the conference ({0}), {1}.",
            "Alle Zeiten in Ortszeit der Konferenz ({0}), {1}."),
    TIMES_AS_PUBLISHED("Times as published: the schedule gives no time zone.",
            "Zeiten wie veröffentlicht: Das Programm nennt keine Zeitzone."),
    /** The visitor's zone. */
    SHOW_MY_TIME_ZONE("Show times in my time zone ({0})", "Zeiten in meiner Zeitzone anzeigen ({0})"),
    SHOW_CONFERENCE_TIME_ZONE("Show times in the conference’s time zone",
            "Zeiten in der Zeitzone der Konferenz anzeigen"),

    // What the reader skipped or flagged
    SKIPPED_ONE("{0} item skipped", "{0} Eintrag übersprungen"),
    SKIPPED_OTHER("{0} items skipped", "{0} Einträge übersprungen"),
    WARNINGS_ONE("{0} warning", "{0} Warnung"),
    WARNINGS_OTHER("{0} warnings", "{0} Warnungen"),
    /** The counts ({@link Messages#readingSummary}), the format's name. */
    NOTICE_SUMMARY("{0} while reading this {1}.", "{0} beim Lesen dieser Datei ({1})."),
    /** How many warnings are not listed. */
    NOTICE_MORE("… and {0} more; java -jar trackside.jar validate lists them all.",
            "… und {0} weitere; java -jar trackside.jar validate listet alle auf."),

    // Errors
    ERROR_TITLE("The schedule cannot be shown.", "Das Programm kann nicht angezeigt werden."),
    /** The schedule's address, the reader's message (English only). */
    ERROR_UNREADABLE("The schedule at {0} could not be read. {1}",
            "Das Programm unter {0} konnte nicht gelesen werden. {1}"),
    /** The schedule's address, the exception. */
    ERROR_READ_INTERNAL("The schedule at {0} could not be read because of an internal error: {1}",
            "Das Programm unter {0} konnte wegen eines internen Fehlers nicht gelesen werden: {1}"),
    /** The exception. */
    ERROR_SHOW_INTERNAL("The schedule could not be shown because of an internal error: {0}",
            "Das Programm konnte wegen eines internen Fehlers nicht angezeigt werden: {0}"),
    /** The exception. */
    ERROR_SEARCH_INTERNAL("Searching failed because of an internal error: {0}",
            "Die Suche ist wegen eines internen Fehlers fehlgeschlagen: {0}"),
    /** The schedule's address. */
    LOAD_BAD_ADDRESS("Could not load the schedule from {0}: the address is not valid.",
            "Das Programm konnte nicht von {0} geladen werden: Die Adresse ist ungültig."),
    /** The schedule's address, the HTTP status with its text ({@code 404 Not Found}). */
    LOAD_HTTP("Could not load the schedule from {0}: the server answered HTTP {1}.",
            "Das Programm konnte nicht von {0} geladen werden: Der Server antwortete mit HTTP {1}."),
    /** The schedule's address. */
    LOAD_NETWORK("Could not load the schedule from {0}: the request failed (network error, or the server does not "
            + "allow this page to read it).", "Das Programm konnte nicht von {0} geladen werden: Die Anfrage ist "
            + "fehlgeschlagen (Netzwerkfehler oder der Server erlaubt dieser Seite den Zugriff nicht).");

    final String english;
    final String german;

    Msg(String english, String german) {
        this.english = english;
        this.german = german;
    }
}

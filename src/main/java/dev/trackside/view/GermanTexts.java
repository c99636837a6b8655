package dev.trackside.view;

/**
 * The viewer's texts in German, one per {@link Msg} (whose English they translate), as {@link Messages} takes them.
 * Apart from int so that the wasm engines, which load them only for a German page ({@code messages-de.json}, written
 * from here by the build), leave them out of their build.
 */
public final class GermanTexts {
    private GermanTexts() {
    }

    /** The German text of each {@link Msg} key, indexed by the key. */
    public static String[] texts() {
        String[] t = new String[Msg.COUNT];
        t[Msg.SCHEDULE] = "Programm";
        t[Msg.PAGE_TITLE] = "{0} · Programm";
        t[Msg.SKIP_TO_SCHEDULE] = "Zum Programm springen";
        t[Msg.LOADING] = "Programm wird geladen …";
        t[Msg.READING_LARGE] = "Großes Programm wird gelesen ({0} MB) …";
        t[Msg.VIEWS] = "Ansichten";
        t[Msg.GRID] = "Raster";
        t[Msg.LIST] = "Liste";
        t[Msg.SPEAKERS] = "Vortragende";
        t[Msg.SPEAKER] = "Vortragende*r";
        t[Msg.BACK_TO_SCHEDULE] = "Zurück zum Programm";
        t[Msg.CLOSE] = "Schließen";
        t[Msg.SAVE_OFFLINE] = "Für offline speichern";
        t[Msg.SAVE_OFFLINE_FAILED] = "Die Seite konnte nicht gespeichert werden.";
        t[Msg.DAYS] = "Tage";
        t[Msg.ALL_DAYS] = "Alle Tage";
        t[Msg.DAY_NUMBER] = "Tag {0}";
        t[Msg.PREVIOUS_DAY] = "Vorheriger Tag";
        t[Msg.NEXT_DAY] = "Nächster Tag";
        t[Msg.NOW] = "Jetzt";
        t[Msg.TODAY] = "Heute";
        t[Msg.DATE] = "{0}, {1}. {2}";
        t[Msg.WHEN] = "Wann";
        t[Msg.MONDAY] = "Montag";
        t[Msg.TUESDAY] = "Dienstag";
        t[Msg.WEDNESDAY] = "Mittwoch";
        t[Msg.THURSDAY] = "Donnerstag";
        t[Msg.FRIDAY] = "Freitag";
        t[Msg.SATURDAY] = "Samstag";
        t[Msg.SUNDAY] = "Sonntag";
        t[Msg.JANUARY] = "Januar";
        t[Msg.FEBRUARY] = "Februar";
        t[Msg.MARCH] = "März";
        t[Msg.APRIL] = "April";
        t[Msg.MAY] = "Mai";
        t[Msg.JUNE] = "Juni";
        t[Msg.JULY] = "Juli";
        t[Msg.AUGUST] = "August";
        t[Msg.SEPTEMBER] = "September";
        t[Msg.OCTOBER] = "Oktober";
        t[Msg.NOVEMBER] = "November";
        t[Msg.DECEMBER] = "Dezember";
        t[Msg.SEARCH_SESSIONS] = "Programmpunkte durchsuchen";
        t[Msg.SEARCH_PLACEHOLDER] = "Vorträge, Vortragende, Themen suchen …";
        t[Msg.PREPARING_SEARCH] = "Suche wird vorbereitet …";
        t[Msg.SESSIONS_ONE] = "{0} Programmpunkt";
        t[Msg.SESSIONS_OTHER] = "{0} Programmpunkte";
        t[Msg.MATCHES_ONE] = "{0} von {1} Programmpunkt";
        t[Msg.MATCHES_OTHER] = "{0} von {1} Programmpunkten";
        t[Msg.NO_MATCH] = "Kein Programmpunkt passt zu „{0}“.";
        t[Msg.NO_MATCH_FILTERS] = "Kein Programmpunkt passt zu den gewählten Filtern.";
        t[Msg.NO_SESSIONS] = "Dieses Programm enthält noch keine Programmpunkte.";
        t[Msg.BEST_MATCHES] = "Beste Treffer";
        t[Msg.SHOW_ALL_RESULTS] = "Alle {0} Treffer zeigen";
        t[Msg.QUERY_UNCLOSED_QUOTE] =
                "Ein Anführungszeichen ist nicht geschlossen: Die Phrase reicht bis zum Ende.";
        t[Msg.QUERY_UNKNOWN_FIELD] = "„{0}:“ ist kein Feld und wird als Wort gesucht.";
        t[Msg.QUERY_EMPTY_VALUE] = "„{0}:“ braucht einen Wert, z. B. {0}:django.";
        t[Msg.SEARCH_HELP] = "Suchtipps";
        t[Msg.HELP_WORDS] =
                "jedes Wort muss vorkommen: im Titel, bei Vortragenden, in Schlagwörtern oder der Beschreibung";
        t[Msg.HELP_PHRASE] = "diese Wörter in dieser Reihenfolge";
        t[Msg.HELP_EXCLUDE] = "ohne dieses Wort";
        t[Msg.HELP_FIELDS] = "nur in diesem Feld; auch room:, track:, kind:, day:2, lang:, level:, tag:";
        t[Msg.FILTERS] = "Filter";
        t[Msg.CLEAR_FILTERS] = "Filter zurücksetzen";
        t[Msg.TRACK] = "Track";
        t[Msg.TRACKS] = "Tracks";
        t[Msg.ROOM] = "Raum";
        t[Msg.ROOMS] = "Räume";
        t[Msg.KIND] = "Format";
        t[Msg.LANGUAGE] = "Sprache";
        t[Msg.LEVEL] = "Niveau";
        t[Msg.TAG] = "Schlagwort";
        t[Msg.KINDS] = "Formate";
        t[Msg.KIND_TALK] = "Vortrag";
        t[Msg.KIND_KEYNOTE] = "Keynote";
        t[Msg.KIND_TUTORIAL] = "Tutorial";
        t[Msg.KIND_LIGHTNING] = "Lightning Talks";
        t[Msg.KIND_WORKSHOP] = "Workshop";
        t[Msg.KIND_SPRINT] = "Sprint";
        t[Msg.KIND_SOCIAL] = "Rahmenprogramm";
        t[Msg.KIND_BREAK] = "Pause";
        t[Msg.KIND_OTHER] = "Sonstiges";
        t[Msg.SHOW_ABSTRACT] = "Beschreibung anzeigen";
        t[Msg.HIDE_ABSTRACT] = "Beschreibung ausblenden";
        t[Msg.SLIDES] = "Folien";
        t[Msg.VIDEO] = "Video";
        t[Msg.LINKS] = "Links";
        t[Msg.STAR] = "„{0}“ merken";
        t[Msg.IN_MY_AGENDA] = "In meinem Plan";
        t[Msg.MY_AGENDA] = "Mein Plan";
        t[Msg.SHARED_AGENDA] = "Geteilter Plan";
        t[Msg.MY_AGENDA_COUNT] = "Mein Plan ({0})";
        t[Msg.AGENDA_EMPTY] =
                "Ihr Plan ist leer: Markieren Sie Programmpunkte mit ☆, um sie hier zu sammeln.";
        t[Msg.CLASHES_ONE] = "{0} Überschneidung";
        t[Msg.CLASHES_OTHER] = "{0} Überschneidungen";
        t[Msg.CLASHES_WITH] = "Überschneidet sich mit {0}";
        t[Msg.FREE_TIME] = "{0} frei";
        t[Msg.NO_LONGER_IN_SCHEDULE] = "Nicht mehr im Programm";
        t[Msg.REMOVE] = "Entfernen";
        t[Msg.REMOVE_MISSING] = "{0} aus meinem Plan entfernen";
        t[Msg.DOWNLOAD_AGENDA] = "Meinen Plan herunterladen (.ics)";
        t[Msg.SHARE_AGENDA] = "Meinen Plan teilen";
        t[Msg.SHARE_LINK] = "Link zu Ihrem Plan";
        t[Msg.COPY] = "Link kopieren";
        t[Msg.COPIED] = "Link kopiert.";
        t[Msg.SHARED_OFFER] = "Dieser Link teilt {0}, im Programm hervorgehoben.";
        t[Msg.ADD_SHARED] = "{0} zu meinem Plan hinzufügen";
        t[Msg.SHARED_ALL_KNOWN] = "Alle stehen schon in Ihrem Plan.";
        t[Msg.SHARED_ADDED] = "{0} zu Ihrem Plan hinzugefügt.";
        t[Msg.STORAGE_BLOCKED] =
                "Dieser Browser erlaubt der Seite nicht, Ihren Plan zu speichern: Er bleibt erhalten, bis Sie die "
                + "Seite verlassen.";
        t[Msg.ADD_TO_CALENDAR] = "In den Kalender (.ics)";
        t[Msg.SESSIONS_BY] = "Programmpunkte von {0}";
        t[Msg.NO_SPEAKERS] = "Dieses Programm nennt keine Vortragenden.";
        t[Msg.SESSION_NOT_FOUND] = "Dieser Programmpunkt steht nicht mehr im Programm.";
        t[Msg.SPEAKER_NOT_FOUND] = "Diese Person steht nicht mehr im Programm.";
        t[Msg.DURATION_MINUTES] = "{0} Min.";
        t[Msg.DURATION_HOURS] = "{0} Std.";
        t[Msg.DURATION_HOURS_MINUTES] = "{0} Std. {1} Min.";
        t[Msg.RUNNING_NOW] = "Läuft gerade";
        t[Msg.UP_NEXT] = "Als Nächstes";
        t[Msg.STARTS_IN] = "Beginnt in {0}";
        t[Msg.ENDED] = "Beendet";
        t[Msg.NOTHING_RUNNING] = "Gerade läuft nichts.";
        t[Msg.TIMES_IN] = "Zeiten in {0}";
        t[Msg.TIMES_CONFERENCE] = "Alle Zeiten in Ortszeit der Konferenz ({0}).";
        t[Msg.TIMES_CONFERENCE_OFFSET] = "Alle Zeiten in Ortszeit der Konferenz ({0}), {1}.";
        t[Msg.TIMES_AS_PUBLISHED] = "Zeiten wie veröffentlicht: Das Programm nennt keine Zeitzone.";
        t[Msg.SHOW_MY_TIME_ZONE] = "Zeiten in meiner Zeitzone anzeigen ({0})";
        t[Msg.SHOW_CONFERENCE_TIME_ZONE] = "Zeiten in der Zeitzone der Konferenz anzeigen";
        t[Msg.SKIPPED_ONE] = "{0} Eintrag übersprungen";
        t[Msg.SKIPPED_OTHER] = "{0} Einträge übersprungen";
        t[Msg.WARNINGS_ONE] = "{0} Warnung";
        t[Msg.WARNINGS_OTHER] = "{0} Warnungen";
        t[Msg.NOTICE_SUMMARY] = "{0} beim Lesen dieser Datei ({1}).";
        t[Msg.NOTICE_MORE] = "… und {0} weitere; java -jar trackside.jar validate listet alle auf.";
        t[Msg.ERROR_TITLE] = "Das Programm kann nicht angezeigt werden.";
        t[Msg.ERROR_UNREADABLE] = "Das Programm unter {0} konnte nicht gelesen werden. {1}";
        t[Msg.ERROR_READ_INTERNAL] =
                "Das Programm unter {0} konnte wegen eines internen Fehlers nicht gelesen werden: {1}";
        t[Msg.ERROR_SHOW_INTERNAL] =
                "Das Programm konnte wegen eines internen Fehlers nicht angezeigt werden: {0}";
        t[Msg.ERROR_SEARCH_INTERNAL] = "Die Suche ist wegen eines internen Fehlers fehlgeschlagen: {0}";
        t[Msg.LOAD_BAD_ADDRESS] =
                "Das Programm konnte nicht von {0} geladen werden: Die Adresse ist ungültig.";
        t[Msg.LOAD_HTTP] =
                "Das Programm konnte nicht von {0} geladen werden: Der Server antwortete mit HTTP {1}.";
        t[Msg.LOAD_NETWORK] =
                "Das Programm konnte nicht von {0} geladen werden: Die Anfrage ist fehlgeschlagen (Netzwerkfehler "
                + "oder der Server erlaubt dieser Seite den Zugriff nicht).";
        return t;
    }
}

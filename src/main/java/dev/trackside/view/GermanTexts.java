package dev.trackside.view;

/**
 * The viewer's texts in German, one per {@link Msg} (whose English they translate), as {@link Messages} takes them.
 * Apart from Msg so that the wasm engines, which load them only for a German page ({@code messages-de.json}, written
 * from here by the build), leave them out of their build.
 */
public final class GermanTexts {
    private GermanTexts() {
    }

    /** The German text of each {@link Msg}, indexed by its ordinal. */
    public static String[] texts() {
        String[] t = new String[Msg.values().length];
        t[Msg.SCHEDULE.ordinal()] = "Programm";
        t[Msg.PAGE_TITLE.ordinal()] = "{0} · Programm";
        t[Msg.SKIP_TO_SCHEDULE.ordinal()] = "Zum Programm springen";
        t[Msg.LOADING.ordinal()] = "Programm wird geladen …";
        t[Msg.READING_LARGE.ordinal()] = "Großes Programm wird gelesen ({0} MB) …";
        t[Msg.VIEWS.ordinal()] = "Ansichten";
        t[Msg.GRID.ordinal()] = "Raster";
        t[Msg.LIST.ordinal()] = "Liste";
        t[Msg.SPEAKERS.ordinal()] = "Vortragende";
        t[Msg.SPEAKER.ordinal()] = "Vortragende*r";
        t[Msg.BACK_TO_SCHEDULE.ordinal()] = "Zurück zum Programm";
        t[Msg.CLOSE.ordinal()] = "Schließen";
        t[Msg.SAVE_OFFLINE.ordinal()] = "Für offline speichern";
        t[Msg.SAVE_OFFLINE_FAILED.ordinal()] = "Die Seite konnte nicht gespeichert werden.";
        t[Msg.DAYS.ordinal()] = "Tage";
        t[Msg.ALL_DAYS.ordinal()] = "Alle Tage";
        t[Msg.DAY_NUMBER.ordinal()] = "Tag {0}";
        t[Msg.PREVIOUS_DAY.ordinal()] = "Vorheriger Tag";
        t[Msg.NEXT_DAY.ordinal()] = "Nächster Tag";
        t[Msg.NOW.ordinal()] = "Jetzt";
        t[Msg.TODAY.ordinal()] = "Heute";
        t[Msg.DATE.ordinal()] = "{0}, {1}. {2}";
        t[Msg.WHEN.ordinal()] = "Wann";
        t[Msg.MONDAY.ordinal()] = "Montag";
        t[Msg.TUESDAY.ordinal()] = "Dienstag";
        t[Msg.WEDNESDAY.ordinal()] = "Mittwoch";
        t[Msg.THURSDAY.ordinal()] = "Donnerstag";
        t[Msg.FRIDAY.ordinal()] = "Freitag";
        t[Msg.SATURDAY.ordinal()] = "Samstag";
        t[Msg.SUNDAY.ordinal()] = "Sonntag";
        t[Msg.JANUARY.ordinal()] = "Januar";
        t[Msg.FEBRUARY.ordinal()] = "Februar";
        t[Msg.MARCH.ordinal()] = "März";
        t[Msg.APRIL.ordinal()] = "April";
        t[Msg.MAY.ordinal()] = "Mai";
        t[Msg.JUNE.ordinal()] = "Juni";
        t[Msg.JULY.ordinal()] = "Juli";
        t[Msg.AUGUST.ordinal()] = "August";
        t[Msg.SEPTEMBER.ordinal()] = "September";
        t[Msg.OCTOBER.ordinal()] = "Oktober";
        t[Msg.NOVEMBER.ordinal()] = "November";
        t[Msg.DECEMBER.ordinal()] = "Dezember";
        t[Msg.SEARCH_SESSIONS.ordinal()] = "Programmpunkte durchsuchen";
        t[Msg.SEARCH_PLACEHOLDER.ordinal()] = "Vorträge, Vortragende, Themen suchen …";
        t[Msg.PREPARING_SEARCH.ordinal()] = "Suche wird vorbereitet …";
        t[Msg.SESSIONS_ONE.ordinal()] = "{0} Programmpunkt";
        t[Msg.SESSIONS_OTHER.ordinal()] = "{0} Programmpunkte";
        t[Msg.MATCHES_ONE.ordinal()] = "{0} von {1} Programmpunkt";
        t[Msg.MATCHES_OTHER.ordinal()] = "{0} von {1} Programmpunkten";
        t[Msg.NO_MATCH.ordinal()] = "Kein Programmpunkt passt zu „{0}“.";
        t[Msg.NO_MATCH_FILTERS.ordinal()] = "Kein Programmpunkt passt zu den gewählten Filtern.";
        t[Msg.NO_SESSIONS.ordinal()] = "Dieses Programm enthält noch keine Programmpunkte.";
        t[Msg.BEST_MATCHES.ordinal()] = "Beste Treffer";
        t[Msg.SHOW_ALL_RESULTS.ordinal()] = "Alle {0} Treffer zeigen";
        t[Msg.QUERY_UNCLOSED_QUOTE.ordinal()] =
                "Ein Anführungszeichen ist nicht geschlossen: Die Phrase reicht bis zum Ende.";
        t[Msg.QUERY_UNKNOWN_FIELD.ordinal()] = "„{0}:“ ist kein Feld und wird als Wort gesucht.";
        t[Msg.QUERY_EMPTY_VALUE.ordinal()] = "„{0}:“ braucht einen Wert, z. B. {0}:django.";
        t[Msg.SEARCH_HELP.ordinal()] = "Suchtipps";
        t[Msg.HELP_WORDS.ordinal()] =
                "jedes Wort muss vorkommen: im Titel, bei Vortragenden, in Schlagwörtern oder der Beschreibung";
        t[Msg.HELP_PHRASE.ordinal()] = "diese Wörter in dieser Reihenfolge";
        t[Msg.HELP_EXCLUDE.ordinal()] = "ohne dieses Wort";
        t[Msg.HELP_FIELDS.ordinal()] = "nur in diesem Feld; auch room:, track:, kind:, day:2, lang:, level:, tag:";
        t[Msg.FILTERS.ordinal()] = "Filter";
        t[Msg.CLEAR_FILTERS.ordinal()] = "Filter zurücksetzen";
        t[Msg.TRACK.ordinal()] = "Track";
        t[Msg.TRACKS.ordinal()] = "Tracks";
        t[Msg.ROOM.ordinal()] = "Raum";
        t[Msg.ROOMS.ordinal()] = "Räume";
        t[Msg.KIND.ordinal()] = "Format";
        t[Msg.LANGUAGE.ordinal()] = "Sprache";
        t[Msg.LEVEL.ordinal()] = "Niveau";
        t[Msg.TAG.ordinal()] = "Schlagwort";
        t[Msg.KINDS.ordinal()] = "Formate";
        t[Msg.KIND_TALK.ordinal()] = "Vortrag";
        t[Msg.KIND_KEYNOTE.ordinal()] = "Keynote";
        t[Msg.KIND_TUTORIAL.ordinal()] = "Tutorial";
        t[Msg.KIND_LIGHTNING.ordinal()] = "Lightning Talks";
        t[Msg.KIND_WORKSHOP.ordinal()] = "Workshop";
        t[Msg.KIND_SPRINT.ordinal()] = "Sprint";
        t[Msg.KIND_SOCIAL.ordinal()] = "Rahmenprogramm";
        t[Msg.KIND_BREAK.ordinal()] = "Pause";
        t[Msg.KIND_OTHER.ordinal()] = "Sonstiges";
        t[Msg.SHOW_ABSTRACT.ordinal()] = "Beschreibung anzeigen";
        t[Msg.HIDE_ABSTRACT.ordinal()] = "Beschreibung ausblenden";
        t[Msg.SLIDES.ordinal()] = "Folien";
        t[Msg.VIDEO.ordinal()] = "Video";
        t[Msg.LINKS.ordinal()] = "Links";
        t[Msg.STAR.ordinal()] = "„{0}“ merken";
        t[Msg.IN_MY_AGENDA.ordinal()] = "In meinem Plan";
        t[Msg.MY_AGENDA.ordinal()] = "Mein Plan";
        t[Msg.SHARED_AGENDA.ordinal()] = "Geteilter Plan";
        t[Msg.MY_AGENDA_COUNT.ordinal()] = "Mein Plan ({0})";
        t[Msg.AGENDA_EMPTY.ordinal()] =
                "Ihr Plan ist leer: Markieren Sie Programmpunkte mit ☆, um sie hier zu sammeln.";
        t[Msg.CLASHES_ONE.ordinal()] = "{0} Überschneidung";
        t[Msg.CLASHES_OTHER.ordinal()] = "{0} Überschneidungen";
        t[Msg.CLASHES_WITH.ordinal()] = "Überschneidet sich mit {0}";
        t[Msg.FREE_TIME.ordinal()] = "{0} frei";
        t[Msg.NO_LONGER_IN_SCHEDULE.ordinal()] = "Nicht mehr im Programm";
        t[Msg.REMOVE.ordinal()] = "Entfernen";
        t[Msg.REMOVE_MISSING.ordinal()] = "{0} aus meinem Plan entfernen";
        t[Msg.DOWNLOAD_AGENDA.ordinal()] = "Meinen Plan herunterladen (.ics)";
        t[Msg.SHARE_AGENDA.ordinal()] = "Meinen Plan teilen";
        t[Msg.SHARE_LINK.ordinal()] = "Link zu Ihrem Plan";
        t[Msg.COPY.ordinal()] = "Link kopieren";
        t[Msg.COPIED.ordinal()] = "Link kopiert.";
        t[Msg.SHARED_OFFER.ordinal()] = "Dieser Link teilt {0}, im Programm hervorgehoben.";
        t[Msg.ADD_SHARED.ordinal()] = "{0} zu meinem Plan hinzufügen";
        t[Msg.SHARED_ALL_KNOWN.ordinal()] = "Alle stehen schon in Ihrem Plan.";
        t[Msg.SHARED_ADDED.ordinal()] = "{0} zu Ihrem Plan hinzugefügt.";
        t[Msg.STORAGE_BLOCKED.ordinal()] =
                "Dieser Browser erlaubt der Seite nicht, Ihren Plan zu speichern: Er bleibt erhalten, bis Sie die "
                + "Seite verlassen.";
        t[Msg.ADD_TO_CALENDAR.ordinal()] = "In den Kalender (.ics)";
        t[Msg.SESSIONS_BY.ordinal()] = "Programmpunkte von {0}";
        t[Msg.NO_SPEAKERS.ordinal()] = "Dieses Programm nennt keine Vortragenden.";
        t[Msg.SESSION_NOT_FOUND.ordinal()] = "Dieser Programmpunkt steht nicht mehr im Programm.";
        t[Msg.SPEAKER_NOT_FOUND.ordinal()] = "Diese Person steht nicht mehr im Programm.";
        t[Msg.DURATION_MINUTES.ordinal()] = "{0} Min.";
        t[Msg.DURATION_HOURS.ordinal()] = "{0} Std.";
        t[Msg.DURATION_HOURS_MINUTES.ordinal()] = "{0} Std. {1} Min.";
        t[Msg.RUNNING_NOW.ordinal()] = "Läuft gerade";
        t[Msg.UP_NEXT.ordinal()] = "Als Nächstes";
        t[Msg.STARTS_IN.ordinal()] = "Beginnt in {0}";
        t[Msg.ENDED.ordinal()] = "Beendet";
        t[Msg.NOTHING_RUNNING.ordinal()] = "Gerade läuft nichts.";
        t[Msg.TIMES_IN.ordinal()] = "Zeiten in {0}";
        t[Msg.TIMES_CONFERENCE.ordinal()] = "Alle Zeiten in Ortszeit der Konferenz ({0}).";
        t[Msg.TIMES_CONFERENCE_OFFSET.ordinal()] = "Alle Zeiten in Ortszeit der Konferenz ({0}), {1}.";
        t[Msg.TIMES_AS_PUBLISHED.ordinal()] = "Zeiten wie veröffentlicht: Das Programm nennt keine Zeitzone.";
        t[Msg.SHOW_MY_TIME_ZONE.ordinal()] = "Zeiten in meiner Zeitzone anzeigen ({0})";
        t[Msg.SHOW_CONFERENCE_TIME_ZONE.ordinal()] = "Zeiten in der Zeitzone der Konferenz anzeigen";
        t[Msg.SKIPPED_ONE.ordinal()] = "{0} Eintrag übersprungen";
        t[Msg.SKIPPED_OTHER.ordinal()] = "{0} Einträge übersprungen";
        t[Msg.WARNINGS_ONE.ordinal()] = "{0} Warnung";
        t[Msg.WARNINGS_OTHER.ordinal()] = "{0} Warnungen";
        t[Msg.NOTICE_SUMMARY.ordinal()] = "{0} beim Lesen dieser Datei ({1}).";
        t[Msg.NOTICE_MORE.ordinal()] = "… und {0} weitere; java -jar trackside.jar validate listet alle auf.";
        t[Msg.ERROR_TITLE.ordinal()] = "Das Programm kann nicht angezeigt werden.";
        t[Msg.ERROR_UNREADABLE.ordinal()] = "Das Programm unter {0} konnte nicht gelesen werden. {1}";
        t[Msg.ERROR_READ_INTERNAL.ordinal()] =
                "Das Programm unter {0} konnte wegen eines internen Fehlers nicht gelesen werden: {1}";
        t[Msg.ERROR_SHOW_INTERNAL.ordinal()] =
                "Das Programm konnte wegen eines internen Fehlers nicht angezeigt werden: {0}";
        t[Msg.ERROR_SEARCH_INTERNAL.ordinal()] = "Die Suche ist wegen eines internen Fehlers fehlgeschlagen: {0}";
        t[Msg.LOAD_BAD_ADDRESS.ordinal()] =
                "Das Programm konnte nicht von {0} geladen werden: Die Adresse ist ungültig.";
        t[Msg.LOAD_HTTP.ordinal()] =
                "Das Programm konnte nicht von {0} geladen werden: Der Server antwortete mit HTTP {1}.";
        t[Msg.LOAD_NETWORK.ordinal()] =
                "Das Programm konnte nicht von {0} geladen werden: Die Anfrage ist fehlgeschlagen (Netzwerkfehler "
                + "oder der Server erlaubt dieser Seite den Zugriff nicht).";
        return t;
    }
}

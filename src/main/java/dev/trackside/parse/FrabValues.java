package dev.trackside.parse;

import dev.trackside.model.Kind;

/** How frab and its relatives write values: event types, clock times and durations. */
final class FrabValues {
    private FrabValues() {
    }

    /**
     * The kind for a frab/pretalx {@code type} (free text: "lecture", "Workshop 2h", "Lightning Talk",
     * "LIGHTNING_TALK", "djset", "Normale Länge"), matched on words in this order, or {@code null} when none fits:
     * <pre>
     * lightning                                        → lightning
     * keynote                                          → keynote
     * tutorial                                         → tutorial
     * workshop, hands-on, hands on, solder             → workshop
     * sprint, hackathon                                → sprint
     * talk, lecture, vortrag, podium, panel, presentation, maintrack, devroom (FOSDEM) → talk
     * concert, dj, performance, music, band, party, screening, movie, film, game, entertainment, show,
     *   aufführung, klang                              → social
     * break, pause, lunch, coffee, dinner, breakfast   → break
     * meeting, meetup, discussion, plenum, assembly, bof, session, certification, exam, keysigning, other, outside,
 *   meta (exactly)                                 → other
     * </pre>
     */
    static Kind kindFor(String type) {
        String t = KindLabels.asciiLower(type.trim());
        int group = KindLabels.group(t, "lightning|keynote|tutorial|workshop,hands-on,hands on,solder|sprint,hackathon"
                + "|talk,lecture,vortrag,podium,panel,presentation,maintrack,devroom"
                + "|concert,dj,performance,music,band,party,screening,movie,film,game,entertainment,show,aufführung,klang"
                + "|break,pause,lunch,coffee,dinner,breakfast"
                + "|meeting,meetup,discussion,plenum,assembly,bof,session,certification,exam,keysigning,other,outside",
                false);
        if (group >= 0) {
            return TYPE_KINDS[group];
        }
        return t.equals("meta") ? Kind.OTHER : null;
    }

    private static final Kind[] TYPE_KINDS = {Kind.LIGHTNING, Kind.KEYNOTE, Kind.TUTORIAL, Kind.WORKSHOP, Kind.SPRINT,
        Kind.TALK, Kind.SOCIAL, Kind.BREAK, Kind.OTHER};

    /** Minutes since midnight of "H:MM", "HH:MM" or "HH:MM:SS" (seconds dropped), or -1. */
    static int parseClock(String text) {
        if (text == null) {
            return -1;
        }
        int[] parts = colonNumbers(text.trim());
        if (parts == null || parts[3] < 2 || parts[0] > 23 || parts[1] > 59 || parts[3] == 3 && parts[2] > 59) {
            return -1;
        }
        return parts[0] * 60 + parts[1];
    }

    /**
     * Minutes of a duration: "1:00", "01:00", "12:59", "00:30:00" (seconds dropped), a bare number of minutes, or
     * ISO-8601 "PT1H30M" / "P1DT2H"; -1 for anything else.
     */
    static long parseDuration(String text) {
        if (text == null) {
            return -1;
        }
        String t = text.trim();
        if (!t.isEmpty() && (t.charAt(0) == 'P' || t.charAt(0) == 'p')) {
            return isoDuration(t);
        }
        int[] parts = colonNumbers(t);
        if (parts == null || parts[3] > 1 && parts[1] > 59 || parts[3] > 2 && parts[2] > 59) {
            return -1;
        }
        return parts[3] == 1 ? parts[0] : parts[0] * 60 + parts[1];
    }

    /**
     * "12:05:00" as {12, 5, 0, 3}: one to three groups of 1–5 digits, their count last; {@code null} otherwise.
     * Int arithmetic throughout: in the JavaScript build every long operation is a function call.
     */
    private static int[] colonNumbers(String text) {
        int[] parts = new int[4];
        int count = 0;
        int digits = 0;
        int n = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ':';
            if (c >= '0' && c <= '9') {
                if (++digits > 5) {
                    return null;
                }
                n = n * 10 + (c - '0');
            } else if (c == ':' && digits > 0 && count < 3) {
                parts[count++] = n;
                n = 0;
                digits = 0;
            } else {
                return null;
            }
        }
        parts[3] = count;
        return parts;
    }

    private static long isoDuration(String t) {
        long seconds = 0;
        long n = -1;
        boolean time = false;
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                n = (n < 0 ? 0 : n * 10) + (c - '0');
                if (n > 10_000_000) {
                    return -1;
                }
            } else if ((c == 'T' || c == 't') && !time && n < 0) {
                time = true;
            } else if (n >= 0 && (c == 'D' || c == 'd') && !time) {
                seconds += n * 86400;
                n = -1;
            } else if (n >= 0 && time && (c == 'H' || c == 'h')) {
                seconds += n * 3600;
                n = -1;
            } else if (n >= 0 && time && (c == 'M' || c == 'm')) {
                seconds += n * 60;
                n = -1;
            } else if (n >= 0 && time && (c == 'S' || c == 's')) {
                seconds += n;
                n = -1;
            } else {
                return -1;
            }
        }
        return n >= 0 || t.length() < 3 ? -1 : seconds / 60;
    }
}

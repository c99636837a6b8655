package dev.trackside.ical;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Conference;
import dev.trackside.model.Link;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.query.TextFold;
import dev.trackside.text.Markup;
import java.util.List;

/**
 * Sessions as an RFC 5545 iCalendar document ({@code .ics}): one {@code VEVENT} per session in a {@code VCALENDAR}
 * with {@code VERSION:2.0}, {@code PRODID}, {@code CALSCALE:GREGORIAN}, {@code METHOD:PUBLISH} and the conference
 * name as {@code X-WR-CALNAME} ({@code METHOD:PUBLISH} as calendar apps write it for a published calendar: without
 * the {@code ORGANIZER} that iTIP, RFC 5546, asks for, since a schedule names no organiser's address). Each event
 * has:
 * <ul>
 * <li>{@code UID}: {@code <session id>@<conference id>.trackside}, both ids percent-encoded (UTF-8, everything but
 *     {@code A-Z a-z 0-9 - . _ ~}), so it is the same in every download and differs between sessions;</li>
 * <li>{@code DTSTAMP}: the instant the caller passes (the moment of the download), in UTC;</li>
 * <li>{@code DTSTART}, {@code DTEND}: in UTC ({@code 20190923T212000Z}), so no {@code VTIMEZONE} is needed. A
 *     schedule without a time zone has "floating" times, written as such (no {@code Z}: the calendar shows them
 *     as written, in its own zone). {@code DTEND} is left out for a zero-length session, which RFC 5545 then reads
 *     as ending when it starts;</li>
 * <li>{@code SUMMARY}: the title; {@code LOCATION}: the room names joined by ", ", else the venue;</li>
 * <li>{@code DESCRIPTION}: the speakers' names, the abstract as plain text ({@link Markup#plainText}) and the
 *     session's http(s) and mailto links as "title: URL" lines, separated by blank lines;</li>
 * <li>{@code CATEGORIES}: the track name, then the kind's English label ("Talk", "Keynote" …) unless the same;</li>
 * <li>{@code URL}: the viewer's own link to the session, {@code pageUrl#session=<id>}, when the caller passes an
 *     http(s) page URL; the model has no "session page" field, and the session's own links (slides, video, a frab
 *     event page) are in the description instead.</li>
 * </ul>
 *
 * <p>Text values are escaped ({@code \\ \; \, \n}, RFC 5545 3.3.11); control characters other than tab are dropped,
 * a line break of any kind becomes {@code \n}, a lone surrogate becomes U+FFFD. Lines end in CRLF and are folded
 * at 75 octets of UTF-8, never inside a character, each continuation starting with one space (3.1).
 *
 * <p>Char arithmetic only: no regular expressions, String.format, java.time or getBytes, which are heavy or
 * missing under TeaVM.
 */
public final class IcsWriter {
    /** The longest physical line in octets, without its CRLF (RFC 5545 3.1). */
    public static final int MAX_LINE_OCTETS = 75;

    /** The product identifier, RFC 5545 3.7.3. */
    public static final String PRODID = "-//Trackside//Trackside schedule viewer//EN";

    /** The domain-like part that ends every UID. */
    public static final String UID_SUFFIX = ".trackside";

    private static final String HEX = "0123456789ABCDEF";
    private static final int MAX_SLUG = 40;

    /** An abstract's plain text: {@link Markup#plainText(String)}'s result. */
    public interface PlainText {
        String of(String markup);
    }

    /** Markup's parser, here. */
    private static final class MarkupPlainText implements PlainText {
        @Override
        public String of(String markup) {
            return Markup.plainText(markup);
        }
    }

    private IcsWriter() {
    }

    /**
     * The iCalendar document for {@code sessions} (the whole agenda, a filtered list, or one session) of
     * {@code schedule}, in the order given.
     *
     * @param stampEpochSecond the DTSTAMP instant in seconds since 1970-01-01T00:00Z; the browser passes
     *                         {@code Math.floor(Date.now() / 1000)}
     * @param pageUrl          the viewer page's address ({@code location.href}); the part from {@code #} on is
     *                         dropped and {@code #session=<id>} appended for each event's URL. {@code null} or a
     *                         URL that is not http(s) gives no URL property
     */
    public static String write(Schedule schedule, List<Session> sessions, long stampEpochSecond, String pageUrl) {
        return write(schedule, sessions, stampEpochSecond, pageUrl, new MarkupPlainText());
    }

    /**
     * As {@link #write(Schedule, List, long, String)}, with the abstracts' plain text from {@code plainText}
     * ({@link Markup#plainText(String)}'s result): the wasm engines load Markup's parser apart, when first needed.
     */
    public static String write(Schedule schedule, List<Session> sessions, long stampEpochSecond, String pageUrl,
            PlainText plainText) {
        Conference conference = schedule.conference();
        boolean floating = conference.timeZone() == null;
        String conferenceId = conference.id() == null ? "" : conference.id();
        String page = pageBase(pageUrl);
        StringBuilder out = new StringBuilder(256 + sessions.size() * 1024);
        StringBuilder line = new StringBuilder(256);
        fold(out, "BEGIN:VCALENDAR");
        fold(out, "VERSION:2.0");
        fold(out, "PRODID:" + PRODID);
        fold(out, "CALSCALE:GREGORIAN");
        fold(out, "METHOD:PUBLISH");
        textLine(out, line, "X-WR-CALNAME:", conference.name());
        String stamp = time(stampEpochSecond, false);
        for (Session session : sessions) {
            fold(out, "BEGIN:VEVENT");
            fold(out, "UID:" + uid(conferenceId, session.id()));
            fold(out, "DTSTAMP:" + stamp);
            fold(out, "DTSTART:" + time(session, true, floating));
            if (session.end().compareTo(session.start()) > 0) {
                fold(out, "DTEND:" + time(session, false, floating));
            }
            textLine(out, line, "SUMMARY:", session.title());
            textLine(out, line, "LOCATION:", location(conference, session));
            textLine(out, line, "DESCRIPTION:", description(session, plainText));
            categories(out, line, session);
            if (page != null) {
                line.setLength(0);
                line.append("URL:").append(page).append("#session=");
                percentEncode(line, session.id());
                fold(out, line.toString());
            }
            fold(out, "END:VEVENT");
        }
        fold(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * A safe ASCII file name: {@code djangocon-us-2019-agenda.ics} for the whole agenda ({@code session == null}),
     * {@code djangocon-us-2019-prepping-your-project-for-production.ics} for one session. Names are folded to
     * lower-case ASCII ({@link TextFold}), other characters become single hyphens, each part is at most 40 chars;
     * an empty part falls back to the conference name, the session id, then {@code schedule} / {@code session}.
     */
    public static String fileName(Conference conference, Session session) {
        String name = slug(conference.id());
        if (name.isEmpty()) {
            name = slug(conference.name());
        }
        if (name.isEmpty()) {
            name = "schedule";
        }
        String part = "agenda";
        if (session != null) {
            part = slug(session.title());
            if (part.isEmpty()) {
                part = slug(session.id());
            }
            if (part.isEmpty()) {
                part = "session";
            }
        }
        return name + "-" + part + ".ics";
    }

    /** {@code <session id>@<conference id>.trackside}, both percent-encoded. */
    static String uid(String conferenceId, String sessionId) {
        StringBuilder sb = new StringBuilder(sessionId.length() + conferenceId.length() + 16);
        percentEncode(sb, sessionId);
        sb.append('@');
        percentEncode(sb, conferenceId);
        return sb.append(UID_SUFFIX).toString();
    }

    private static String time(Session session, boolean start, boolean floating) {
        long epochSecond = (start ? session.start() : session.end()).epochSecond();
        if (floating) {
            // Floating schedules keep their times as written at offset 0; add it anyway in case one is not.
            epochSecond += (start ? session.start() : session.end()).offsetMinutes() * 60L;
        }
        return time(epochSecond, floating);
    }

    /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: a DATE-TIME has a four-digit year (RFC 5545 3.3.5). */
    private static final long FIRST_SECOND = -62_135_596_800L;
    private static final long LAST_SECOND = 253_402_300_799L;

    /**
     * {@code YYYYMMDDTHHMMSS}, with {@code Z} unless floating. A time outside the years 1 to 9999 (a schedule may
     * say {@code 0000-01-01T00:30+01:00}, which is in the year -1 in UTC) is written as the nearest of those, so
     * that the document stays valid rather than holding {@code 00-11231T233000Z}.
     */
    private static String time(long epochSecond, boolean floating) {
        epochSecond = Math.max(FIRST_SECOND, Math.min(LAST_SECOND, epochSecond));
        CivilDate date = CivilDate.ofEpochDay(Math.floorDiv(epochSecond, 86400L));
        int second = (int) Math.floorMod(epochSecond, 86400L);
        StringBuilder sb = new StringBuilder(16);
        pad(sb, date.year(), 4);
        pad(sb, date.month(), 2);
        pad(sb, date.day(), 2);
        sb.append('T');
        pad(sb, second / 3600, 2);
        pad(sb, second / 60 % 60, 2);
        pad(sb, second % 60, 2);
        if (!floating) {
            sb.append('Z');
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    private static String location(Conference conference, Session session) {
        StringBuilder sb = new StringBuilder();
        for (Room room : session.rooms()) {
            String name = room.name();
            if (name != null && !name.isEmpty()) {
                sb.append(sb.length() > 0 ? ", " : "").append(name);
            }
        }
        return sb.length() > 0 ? sb.toString() : conference.venue();
    }

    private static String description(Session session, PlainText plainText) {
        StringBuilder sb = new StringBuilder();
        for (Speaker speaker : session.speakers()) {
            sb.append(sb.length() > 0 ? ", " : "").append(speaker.name());
        }
        String text = session.abstractText().isEmpty() ? "" : plainText.of(session.abstractText());
        if (!text.isEmpty()) {
            sb.append(sb.length() > 0 ? "\n\n" : "").append(text);
        }
        boolean first = true;
        for (Link link : session.links()) {
            if (link.isSafe()) {
                sb.append(sb.length() == 0 ? "" : first ? "\n\n" : "\n");
                first = false;
                if (!link.title().isEmpty()) {
                    sb.append(link.title()).append(": ");
                }
                sb.append(link.url().trim());
            }
        }
        return sb.toString();
    }

    private static void categories(StringBuilder out, StringBuilder line, Session session) {
        line.setLength(0);
        line.append("CATEGORIES:");
        String track = session.track() == null ? null : session.track().name();
        String kind = session.kind().label();
        if (track != null && !track.isEmpty()) {
            escape(line, track);
            if (track.equals(kind)) {
                fold(out, line.toString());
                return;
            }
            line.append(',');
        }
        escape(line, kind);
        fold(out, line.toString());
    }

    /** {@code name} (with its colon) and the escaped value as a folded line; nothing for a null or empty value. */
    private static void textLine(StringBuilder out, StringBuilder line, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        line.setLength(0);
        line.append(name);
        escape(line, value);
        fold(out, line.toString());
    }

    /**
     * Appends {@code value} as an RFC 5545 TEXT value: backslash, semicolon and comma escaped, CRLF, CR and LF as
     * {@code \n}, other controls (but tab) and C1 controls dropped, lone surrogates as U+FFFD.
     */
    static void escape(StringBuilder sb, String value) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == ';' || c == ',') {
                sb.append('\\').append(c);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && value.charAt(i + 1) == '\n') {
                    i++;
                }
                sb.append("\\n");
            } else if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F) {
                continue;
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                if (c <= 0xDBFF && i + 1 < n && isLowSurrogate(value.charAt(i + 1))) {
                    sb.append(c).append(value.charAt(++i));
                } else {
                    sb.append('\uFFFD');
                }
            } else {
                sb.append(c);
            }
        }
    }

    /**
     * Appends {@code line} folded to {@link #MAX_LINE_OCTETS} octets of UTF-8 per physical line, and CRLF. A
     * surrogate pair (4 octets) stays together; the space that starts a continuation line counts.
     */
    static void fold(StringBuilder out, String line) {
        int n = line.length();
        int octets = 0;
        for (int i = 0; i < n;) {
            char c = line.charAt(i);
            int units = 1;
            int size;
            if (c < 0x80) {
                size = 1;
            } else if (c < 0x800) {
                size = 2;
            } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && isLowSurrogate(line.charAt(i + 1))) {
                size = 4;
                units = 2;
            } else {
                size = 3;
            }
            if (octets + size > MAX_LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(line, i, i + units);
            octets += size;
            i += units;
        }
        out.append("\r\n");
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }

    private static boolean isLowSurrogate(char c) {
        return c >= 0xDC00 && c <= 0xDFFF;
    }

    /**
     * The page URL without its fragment, or {@code null} when it is not http(s). Characters a URI may not hold
     * (controls, space, non-ASCII, {@code " < > \ ^ ` { | }}) are percent-encoded; existing escapes are kept, and a
     * {@code %} that starts none ({@code ?src=%7P}, which a browser's location keeps as typed) becomes {@code %25}:
     * a URI with a malformed escape makes strict readers reject the whole calendar.
     */
    static String pageBase(String pageUrl) {
        if (pageUrl == null) {
            return null;
        }
        int hash = pageUrl.indexOf('#');
        String url = (hash < 0 ? pageUrl : pageUrl.substring(0, hash)).trim();
        if (!Link.hasSafeScheme(url) || url.charAt(0) == 'm' || url.charAt(0) == 'M') { // not mailto:
            return null;
        }
        StringBuilder sb = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
                i = appendUtf8Escaped(sb, url, i);
            } else if (c == '%' && !(i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2)))) {
                sb.append("%25");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Percent-encodes {@code text} as the viewer's URL hash does (RFC 3986 unreserved characters kept, UTF-8,
     * upper-case hex), so {@code #session=} finds the session again.
     */
    static void percentEncode(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append(c);
            } else {
                i = appendUtf8Escaped(sb, text, i);
            }
        }
    }

    /**
     * Appends the UTF-8 octets of the character at {@code i} as {@code %XX} escapes (a lone surrogate as U+FFFD) and
     * returns the index of its last char.
     */
    private static int appendUtf8Escaped(StringBuilder sb, String text, int i) {
        int cp = text.charAt(i);
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            if (cp <= 0xDBFF && i + 1 < text.length() && isLowSurrogate(text.charAt(i + 1))) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (text.charAt(++i) - 0xDC00);
            } else {
                cp = 0xFFFD;
            }
        }
        int more = cp < 0x80 ? 0 : cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
        escapeOctet(sb, more == 0 ? cp : (0xF0 << (3 - more) & 0xFF) | cp >> 6 * more); // 110x, 1110, 11110 lead
        for (int k = more - 1; k >= 0; k--) {
            escapeOctet(sb, 0x80 | cp >> 6 * k & 0x3F);
        }
        return i;
    }

    private static void escapeOctet(StringBuilder sb, int octet) {
        sb.append('%').append(HEX.charAt(octet >> 4)).append(HEX.charAt(octet & 0xF));
    }

    /**
     * Lower-case ASCII letters and digits, other runs as one hyphen, none at the ends; at most 40 chars, cut
     * before a word that does not fit.
     */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String folded = TextFold.fold(text);
        StringBuilder sb = new StringBuilder(MAX_SLUG + 1);
        int lastHyphen = -1;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (sb.length() == MAX_SLUG) {
                if (word && sb.charAt(MAX_SLUG - 1) != '-' && lastHyphen > 0) {
                    sb.setLength(lastHyphen);
                }
                break;
            }
            if (word) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                lastHyphen = sb.length();
                sb.append('-');
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '-') {
            end--;
        }
        return sb.substring(0, end);
    }
}

package dev.trackside.cli;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Day;
import dev.trackside.model.Link;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;
import dev.trackside.view.DayGrid;
import dev.trackside.view.ListBuckets;
import dev.trackside.view.Messages;
import dev.trackside.view.Msg;
import dev.trackside.view.Names;
import dev.trackside.view.SessionList;
import dev.trackside.view.ViewState;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the hosted page shows first, written into its HTML at build time: the header, the day tabs and the first
 * day as the grid (as far as a large window shows it) and as the list (phones), in the markup and classes the
 * browser's GridView, ListView and HeaderView write, so the engine's first frame replaces it with the same picture.
 * The page paints it before any script runs (about 110-150 ms here, where the engine needs 250-300);
 * {@code first.js} shows it only when the viewer will start there (no hash, no query, not during the conference,
 * the conference's zone). Positions go into a stylesheet, since a strict Content-Security-Policy refuses style
 * attributes.
 */
final class FirstScreen {
    /** Rows of a 1080 px window at the smallest row height (12 px), and rooms of a 1920 px one (150 px each). */
    static final int ROWS = 1080 / 12 + 8;
    static final int ROOMS = 1920 / 150 + 2;
    /** Sessions of the list's first screen: more than a phone shows. */
    static final int LIST_ITEMS = 40;

    private final Schedule schedule;
    private final Messages msg;
    private final Dates dates;
    private final StringBuilder css = new StringBuilder();
    private int classes;

    FirstScreen(Schedule schedule, String language) {
        this.schedule = schedule;
        this.msg = Messages.forLanguage(language);
        this.dates = new Dates(msg.language());
    }

    Messages messages() {
        return msg;
    }

    /** Whether there is a grid to show first: a schedule with a day. */
    boolean isEmpty() {
        return schedule.days().isEmpty();
    }

    /** The conference's name, linked as the viewer links it. */
    String title() {
        String name = escape(schedule.conference().name());
        String url = schedule.conference().url();
        return Link.hasSafeScheme(url) ? "<a href=\"" + escape(url.trim()) + "\" rel=\"noopener\">" + name + "</a>"
                : name;
    }

    /** {@code Sunday, September 22, 2019 – Friday, September 27, 2019 · Venue}. */
    String about() {
        StringBuilder about = new StringBuilder();
        List<Day> days = schedule.days();
        about.append(dates.longDate(days.get(0).date()));
        if (days.size() > 1) {
            about.append(" \u2013 ").append(dates.longDate(days.get(days.size() - 1).date()));
        }
        if (!schedule.conference().venue().isEmpty()) {
            about.append(" \u00b7 ").append(schedule.conference().venue());
        }
        return escape(about.toString());
    }

    String zone() {
        return escape(msg.conferenceZone(schedule) + " ");
    }

    /** {@code 12 sessions}: the first day's, as the grid counts them. */
    String count(DayGrid grid) {
        return escape(msg.sessionCount(grid.cardCount(), grid.cardCount()));
    }

    /** A tab per day, the first selected. */
    String tabs() {
        StringBuilder html = new StringBuilder();
        List<Day> days = schedule.days();
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            html.append("<button type=\"button\" class=\"c-days__tab c-first\" role=\"tab\" id=\"trackside-day-")
                    .append(i).append("\" aria-controls=\"trackside-view\" data-day=\"").append(day.date())
                    .append("\" aria-selected=\"").append(i == 0).append("\" tabindex=\"").append(i == 0 ? 0 : -1)
                    .append("\"><span class=\"c-days__date\">").append(escape(dates.tab(day.date())))
                    .append("</span>");
            if (!day.name().isEmpty()) {
                html.append(" <span class=\"c-days__name\">").append(escape(day.name())).append("</span>");
            }
            html.append("</button>");
        }
        return html.toString();
    }

    DayGrid firstDay() {
        return DayGrid.of(schedule, schedule.days().get(0), null, JavaTimeZones.INSTANCE,
                DayGrid.DEFAULT_SLICE_MINUTES, null);
    }

    /** The grid's frame and the cards within {@link #ROWS} rows and {@link #ROOMS} rooms of its top left corner. */
    String grid(DayGrid grid) {
        StringBuilder html = new StringBuilder("<div class=\"c-grid-scroll c-first c-first-grid\">"
                + "<div class=\"c-grid tsf-grid\" part=\"grid\">");
        String track = grid.stretches() ? "minmax(var(--sched-col), 1fr)" : "var(--sched-col)";
        css.append(".tsf-grid{grid-template-columns:var(--sched-axis) repeat(").append(grid.columns().size())
                .append(", ").append(track).append(");grid-template-rows:auto repeat(").append(grid.rowCount())
                .append(", var(--sched-row))}\n");
        html.append("<div class=\"c-grid__corner ").append(place(1, 1, 1, 1, null)).append("\"></div>");
        for (DayGrid.Column column : grid.columns()) {
            String name = escape(column.room() == null ? msg.text(Msg.ROOM) + " ?" : column.name());
            html.append("<div class=\"c-grid__room ").append(place(1, 1, column.index() + 2, 1, null))
                    .append("\" title=\"").append(name).append("\">").append(name).append("</div>");
        }
        for (DayGrid.AxisLabel label : grid.labels()) {
            if (label.row() >= ROWS) {
                continue;
            }
            html.append("<div class=\"c-grid__line ").append(place(label.row() + 2, 1, 2, -1, null))
                    .append("\" data-hour=\"").append(label.isHour()).append("\"></div><div class=\"c-grid__time ")
                    .append(place(label.row() + 2, 1, 1, 1, null)).append("\" data-hour=\"").append(label.isHour())
                    .append("\"><time datetime=\"").append(label.time()).append("\">")
                    .append(escape(dates.clock(label.time()))).append("</time></div>");
        }
        boolean first = true;
        for (DayGrid.Placement placement : grid.placements()) {
            if (placement.column() < ROOMS && placement.row() < ROWS) {
                card(html, grid, placement, first);
                first = false;
            }
        }
        return html.append("</div></div>").toString();
    }

    private void card(StringBuilder html, DayGrid grid, DayGrid.Placement placement, boolean first) {
        Session session = schedule.sessions().get(placement.session());
        String lanes = placement.laneCount() > 1
                ? "--lane:" + placement.lane() + ";--lanes:" + placement.laneCount() : null;
        html.append("<a class=\"c-card ").append(place(placement.row() + 2, placement.rowSpan(),
                placement.column() + 2, placement.columnSpan(), lanes)).append("\" href=\"")
                .append(escape(href(session))).append("\" data-session-id=\"").append(escape(session.id()))
                .append("\" part=\"session\" data-kind=\"").append(session.kind().id()).append('"');
        int track = session.track() == null ? -1 : schedule.tracks().indexOf(session.track());
        if (track >= 0) {
            html.append(" data-track=\"").append(track % 8).append('"');
        }
        if (lanes != null) {
            html.append(" data-lanes=\"").append(placement.laneCount()).append('"');
        }
        String range = range(session);
        html.append(" aria-label=\"").append(escape(Names.accessible(range, grid.rooms(placement),
                session.title()))).append("\"><span class=\"c-card__time\">").append(escape(range))
                .append("</span><span class=\"c-card__title\"")
                .append(first ? " elementtiming=\"first-session-static\"" : "").append('>')
                .append(escape(session.title())).append("</span>");
        if (!session.speakers().isEmpty()) {
            html.append("<span class=\"c-card__speakers\">").append(escape(Names.speakers(session.speakers())))
                    .append("</span>");
        }
        html.append("</a>");
    }

    /**
     * The first day of the list (phones, below 700 px), as ListView writes it: the day's heading, its start times and
     * their sessions, up to {@link #LIST_ITEMS} of them.
     */
    String list(ListBuckets buckets) {
        SessionList.DayGroup day = buckets.list().days().get(0);
        StringBuilder html = new StringBuilder("<div class=\"c-list c-first c-first-list\"><section class=\"c-day\""
                + " data-day=\"").append(day.day().date()).append("\"><h2 class=\"c-day__title\">")
                .append(escape(dates.longDate(day.day().date()) + (day.day().name().isEmpty() ? ""
                        : " \u00b7 " + day.day().name()))).append("</h2>");
        int items = 0;
        for (SessionList.Slot slot : day.slots()) {
            if (items >= LIST_ITEMS) {
                break;
            }
            html.append("<section class=\"c-slot\"><h3 class=\"c-slot__time\"><time datetime=\"").append(slot.start())
                    .append("\">").append(escape(dates.clock(slot.start()))).append("</time></h3>")
                    .append("<ul class=\"c-slot__sessions\">");
            for (ListBuckets.Entry entry : buckets.entries(slot)) {
                item(html, schedule.sessions().get(entry.session()), entry.rooms(), items++ == 0);
            }
            html.append("</ul></section>");
        }
        return html.append("</section></div>").toString();
    }

    /** {@code 12 sessions}: the first day's entries in the list. */
    String listCount(ListBuckets buckets) {
        int count = 0;
        for (SessionList.Slot slot : buckets.list().days().get(0).slots()) {
            count += buckets.entries(slot).size();
        }
        return escape(msg.sessionCount(count, count));
    }

    private void item(StringBuilder html, Session session, List<Room> rooms, boolean first) {
        String range = range(session);
        html.append("<li class=\"c-session\" part=\"session\" data-kind=\"").append(session.kind().id()).append('"');
        int track = session.track() == null ? -1 : schedule.tracks().indexOf(session.track());
        if (track >= 0) {
            html.append(" data-track=\"").append(track % 8).append('"');
        }
        html.append("><a class=\"c-session__link\" href=\"").append(escape(href(session)))
                .append("\" data-session-id=\"").append(escape(session.id())).append("\" aria-label=\"")
                .append(escape(Names.accessible(range, rooms, session.title())))
                .append("\"><span class=\"c-session__title\"")
                .append(first ? " elementtiming=\"first-session-static\"" : "").append('>')
                .append(escape(session.title())).append("</span></a><p class=\"c-session__meta\">")
                .append("<span class=\"c-session__time\">").append(escape(range)).append("</span>");
        if (!rooms.isEmpty()) {
            html.append("<span class=\"c-session__room\">").append(escape(Names.rooms(rooms))).append("</span>");
        }
        html.append("<span class=\"c-session__kind\">").append(escape(msg.kind(session.kind()))).append("</span></p>");
        if (!session.speakers().isEmpty()) {
            html.append("<p class=\"c-session__speakers\">").append(escape(Names.speakers(session.speakers())))
                    .append("</p>");
        }
        html.append("</li>");
    }

    private static String href(Session session) {
        String hash = ViewState.DEFAULT.withSession(session.id()).toHash();
        return hash.isEmpty() ? "#" : hash;
    }

    private String range(Session session) {
        return session.start().equals(session.end()) ? dates.clock(session.start())
                : dates.clock(session.start()) + "\u2013" + dates.clock(session.end());
    }

    /** A class of its own for an element's grid position (and lanes), as GridView sets them through the CSSOM. */
    private String place(int row, int rowSpan, int column, int columnSpan, String more) {
        String name = "tsf-" + ++classes;
        css.append('.').append(name).append("{grid-row:").append(row).append(" / span ").append(rowSpan)
                .append(";grid-column:").append(column).append(columnSpan < 0 ? " / -1" : " / span " + columnSpan)
                .append(more == null ? "" : ";" + more).append("}\n");
        return name;
    }

    /** The positions of everything {@link #grid} wrote so far. */
    String positions() {
        return css.toString();
    }

    /**
     * From a day before the first session to a day after the last, in epoch milliseconds: "now" within them may open
     * another day or time than the first screen's (the viewer opens today, at the current time).
     */
    long[] span() {
        long from = Long.MAX_VALUE;
        long until = Long.MIN_VALUE;
        for (Session session : schedule.sessions()) {
            from = Math.min(from, session.start().epochSecond());
            until = Math.max(until, session.end().epochSecond());
        }
        for (Day day : schedule.days()) {
            from = day.start() == null ? from : Math.min(from, day.start().epochSecond());
            until = day.end() == null ? until : Math.max(until, day.end().epochSecond());
        }
        return new long[] {(from - 86_400) * 1000, (until + 86_400) * 1000};
    }

    static String escape(String text) {
        return Bundle.escape(text);
    }

    /**
     * Dates and clock times as the browser's {@code Intl.DateTimeFormat} writes them with the options the viewer uses
     * (en and de, the viewer's languages), so that the engine's first frame changes none of them.
     */
    static final class Dates {
        private final DateTimeFormatter clock;
        private final DateTimeFormatter tab;
        private final DateTimeFormatter longDate;

        Dates(String language) {
            boolean german = language.equals("de");
            Locale locale = german ? Locale.GERMAN : Locale.ENGLISH;
            clock = DateTimeFormatter.ofPattern(german ? "HH:mm" : "h:mm a", locale);
            tab = DateTimeFormatter.ofPattern(german ? "EEE, d. MMM" : "EEE, MMM d", locale);
            longDate = DateTimeFormatter.ofPattern(german ? "EEEE, d. MMMM y" : "EEEE, MMMM d, y", locale);
        }

        String clock(ZonedTime time) {
            return clock.format(LocalTime.of(time.hour(), time.minute()));
        }

        String tab(CivilDate date) {
            return tab.format(local(date));
        }

        String longDate(CivilDate date) {
            return longDate.format(local(date));
        }

        private static LocalDate local(CivilDate date) {
            return LocalDate.of(date.year(), date.month(), date.day());
        }
    }
}

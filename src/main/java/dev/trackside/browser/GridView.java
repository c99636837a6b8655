package dev.trackside.browser;

import dev.trackside.model.Session;
import dev.trackside.view.DayGrid;
import dev.trackside.view.Names;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One day as a CSS grid built from {@link DayGrid}: every position and span comes from the core; this class only
 * writes them into grid-row and grid-column (through the CSSOM, which a strict Content-Security-Policy allows).
 * A search dims the cards that do not match instead of re-laying out the day, so the grid stays where it was.
 * Only cards on or near the screen change at once: restyling a card costs the browser about 12 µs an element, and
 * a day of 36C3 or of a 10,000-session event has hundreds to thousands of them. An IntersectionObserver gives the
 * others their state as they come near (and a print gets all of them).
 */
final class GridView implements Chunked {
    /** Cards built per later chunk: a frame's worth of DOM work (about 15 ms in wasm). */
    private static final int CHUNK = 200;
    /** Above this many cards a grid is retired rather than removed at once (a day of 36C3: 177 to 445). */
    private static final int RETIRED_CARDS = 150;

    private final DayGrid grid;
    private final Page page;
    private final HTMLElement[] cards;
    private final boolean[] dimmed;
    private HTMLElement table;
    /** Placements left for {@link #renderMore()}, in order; {@code pending} of them are still to build. */
    private final int[] later;
    /**
     * For each placement, the first card after it drawn with the first window (-1: none): a later card goes in
     * before it, so that the cards stay in the page in the grid's order (the order of Tab and of screen readers).
     */
    private int[] before;
    private int pending;
    private int done;
    /** Rooms whose header is in the page (the first ones; the others come with the first later chunk). */
    private int headers;
    /** The first element after the room headers, where later headers go in (the page keeps the grid's order). */
    private HTMLElement afterHeaders;
    private boolean timed;

    private GridView(DayGrid grid, Page page) {
        this.grid = grid;
        this.page = page;
        this.cards = new HTMLElement[grid.placements().size()];
        this.dimmed = new boolean[cards.length];
        this.later = new int[cards.length];
    }

    /**
     * Draws the day's frame (time axis, now line) and the room headers and cards that can be on screen at first: from
     * the top (or around the current time when the day is today), as many rows and rooms as the window holds. The
     * rest waits for {@link #renderMore()}: every header and card has its own grid cell, so adding one later moves
     * nothing, and the first frame of a 36C3 day styles and lays out a fraction of its 70 rooms and 432 cards.
     */
    static GridView render(DayGrid grid, Page page, HTMLElement host, boolean first) {
        GridView view = new GridView(grid, page);
        view.timed = !first;
        view.build(host);
        return view;
    }

    @Override
    public boolean isComplete() {
        return done >= pending && headers >= grid.columns().size();
    }

    /** Builds the next chunk of cards; false once every card is in the page. */
    @Override
    public boolean renderMore() {
        while (headers < grid.columns().size()) {
            header(grid.columns().get(headers++));
        }
        int end = Math.min(pending, done + CHUNK);
        while (done < end) {
            card(grid.placements().get(later[done++]));
        }
        return !isComplete();
    }

    private void build(HTMLElement host) {
        HTMLElement scroll = Dom.append(host, Dom.element("div", "c-grid-scroll"));
        table = Dom.append(scroll, Dom.element("div", "c-grid"));
        table.setAttribute("part", "grid");
        List<DayGrid.Column> columns = grid.columns();
        String track = grid.stretches() ? "minmax(var(--sched-col), 1fr)" : "var(--sched-col)";
        table.getStyle().setProperty("grid-template-columns",
                "var(--sched-axis) repeat(" + columns.size() + ", " + track + ")");
        table.getStyle().setProperty("grid-template-rows",
                "auto repeat(" + grid.rowCount() + ", var(--sched-row))");
        Dom.append(table, place(Dom.element("div", "c-grid__corner"), 1, 1, 1, 1));
        // The first window: as many rows and rooms as the last grid drawn here showed (measured once it was on
        // screen), else a generous guess (rows of 12 px, 5 minutes at .8rem; rooms of 150 px).
        int rows = measured(host, "tsRows", Js.viewportHeight() / 12 + 8);
        int rooms = measured(host, "tsRooms", Js.viewportWidth() / 150 + 2);
        while (headers < Math.min(rooms, columns.size())) {
            header(columns.get(headers++));
        }
        if (headers < columns.size()) {
            table.setAttribute("data-rooms-later", ""); // the header row's height is kept (style.css)
        }
        for (DayGrid.AxisLabel label : grid.labels()) {
            String hour = label.isHour() ? "true" : "false";
            HTMLElement line = Dom.append(table, place(Dom.element("div", "c-grid__line"), label.row() + 2, 1, 2, -1));
            if (afterHeaders == null) {
                afterHeaders = line;
            }
            line.setAttribute("data-hour", hour);
            HTMLElement time = Dom.append(table, place(Dom.element("div", "c-grid__time"), label.row() + 2,
                    1, 1, 1));
            time.setAttribute("data-hour", hour);
            HTMLElement clock = Dom.append(time, Dom.text("time", null, page.intl.clock(label.time())));
            clock.setAttribute("datetime", label.time().toString());
        }
        int top = 0;
        if (page.now != null && page.now.containsNow() && page.now.today() == grid.day()) {
            top = Math.max(0, grid.rowAt(page.now.now()) - rows / 2); // "Now" scrolls there
        }
        for (DayGrid.Placement placement : grid.placements()) {
            boolean seen = placement.column() < rooms && placement.row() < top + rows
                    && placement.row() + placement.rowSpan() > top;
            if (seen) {
                card(placement);
            } else {
                later[pending++] = placement.index();
            }
        }
        before = new int[cards.length];
        int next = -1;
        for (int i = cards.length - 1; i >= 0; i--) {
            before[i] = next;
            if (cards[i] != null) {
                next = i;
            }
        }
        watch(table);
        measure(host, scroll, table);
        if (page.now != null && page.now.containsNow() && page.now.today() == grid.day()) {
            int row = grid.rowAt(page.now.now());
            if (row >= 0) {
                Dom.append(table, place(Dom.element("div", "c-grid__now"), row + 2, 1, 2, -1));
            }
        }
    }

    private void header(DayGrid.Column column) {
        String name = column.room() == null ? page.text(dev.trackside.view.Msg.ROOM) + " ?" : column.name();
        HTMLElement room = place(Dom.text("div", "c-grid__room", name), 1, 1, column.index() + 2, 1);
        room.setAttribute("title", name); // the header shows two lines at most
        table.insertBefore(room, afterHeaders);
    }

    private void card(DayGrid.Placement placement) {
        int position = placement.session();
        Session session = page.schedule.sessions().get(position);
        HTMLElement card = page.sessionLink("c-card", session);
        place(card, placement.row() + 2, placement.rowSpan(), placement.column() + 2, placement.columnSpan());
        if (placement.laneCount() > 1) {
            card.getStyle().setProperty("--lane", Integer.toString(placement.lane()));
            card.getStyle().setProperty("--lanes", Integer.toString(placement.laneCount()));
            card.setAttribute("data-lanes", Integer.toString(placement.laneCount()));
        }
        page.decorate(card, session, position);
        card.setAttribute("aria-label", page.accessibleName(session, grid.rooms(placement)));
        Dom.append(card, Dom.text("span", "c-card__time", page.range(session)));
        HTMLElement title = Dom.append(card, Dom.text("span", "c-card__title", session.title()));
        if (!timed) {
            timed = true; // the benchmark's "first session painted"
            title.setAttribute("elementtiming", "first-session");
        }
        if (!session.speakers().isEmpty()) {
            Dom.append(card, Dom.text("span", "c-card__speakers", Names.speakers(session.speakers())));
        }
        if (dimmed[placement.index()]) {
            dim(card, true); // a search ran before this card was built
        }
        int anchor = before == null ? -1 : before[placement.index()];
        HTMLElement ahead = anchor < 0 ? null : cards[anchor];
        cards[placement.index()] = card;
        table.insertBefore(card, ahead);
        observe(table, card);
        HTMLElement star = placement.size() == 1 && placement.part() == 0 ? page.star(session) : null;
        if (star != null) {
            // In the card's cell, over its top right corner (CSS), in its lane.
            place(star, placement.row() + 2, placement.rowSpan(), placement.column() + 2, placement.columnSpan());
            if (placement.laneCount() > 1) {
                star.getStyle().setProperty("--lane", Integer.toString(placement.lane()));
                star.getStyle().setProperty("--lanes", Integer.toString(placement.laneCount()));
            }
            table.insertBefore(star, ahead);
        }
    }

    /** Grid position through the CSSOM; a span of -1 runs to the last line. */
    private static HTMLElement place(HTMLElement element, int row, int rowSpan, int column, int columnSpan) {
        element.getStyle().setProperty("grid-row", row + " / span " + rowSpan);
        element.getStyle().setProperty("grid-column", columnSpan < 0 ? column + " / -1" : column + " / span " + columnSpan);
        return element;
    }

    /** Dims the cards none of whose sessions is marked in {@code matches}; returns how many stay bright. */
    int show(boolean[] matches) {
        int bright = 0;
        for (DayGrid.Placement placement : grid.placements()) {
            boolean match = false;
            for (int m = 0; m < placement.size(); m++) {
                match |= matches[placement.member(m)];
            }
            int i = placement.index();
            if (dimmed[i] == match) {
                dimmed[i] = !match;
                if (cards[i] != null) {
                    dim(cards[i], !match);
                } // else built dimmed or not later
            }
            if (match && placement.part() == 0) {
                bright++;
            }
        }
        return bright;
    }

    /**
     * Dims or brightens {@code card} now if it is near the screen (or not yet known to be far), else when it comes
     * near. The state wanted and whether the card is near are kept on the element itself.
     */
    @JSBody(params = {"card", "on"}, script = "card.tsDim = on;"
            + "if (card.tsNear !== false) card.toggleAttribute('data-dim', on);")
    private static native void dim(HTMLElement card, boolean on);

    /**
     * Watches the cards of {@code table}: a card within half a screen of the viewport (also across the grid's own
     * scrolling) is near and gets the dimming it is due. Stops once the table has left the page; before printing,
     * every card gets its state.
     */
    @JSBody(params = "table", script = "if (!self.IntersectionObserver) return;"
            + "var set = function (c) { c.toggleAttribute('data-dim', c.tsDim === true); };"
            + "var all = function () { table.querySelectorAll('.c-card').forEach(set); };"
            + "var io = new IntersectionObserver(function (entries) {"
            + "  if (!table.isConnected) { io.disconnect(); removeEventListener('beforeprint', all); return; }"
            + "  for (var i = 0; i < entries.length; i++) {"
            + "    var c = entries[i].target; c.tsNear = entries[i].isIntersecting;"
            + "    if (c.tsNear) set(c); } }, {rootMargin: '50% 25%', scrollMargin: '50% 25%'});"
            + "table.tsIo = io; table.querySelectorAll('.c-card').forEach(function (c) { io.observe(c); });"
            + "addEventListener('beforeprint', all);")
    private static native void watch(HTMLElement table);

    @JSBody(params = {"host", "key", "guess"}, script = "return host[key] > 0 ? host[key] : guess;")
    private static native int measured(HTMLElement host, String key, int guess);

    /**
     * Once the grid is on screen, keeps on {@code host} how many rows and rooms its scroller can show (a few more
     * rows for the chunks' next frame): the next day's first window builds those instead of the guess, which on a
     * laptop is nearly twice the cards. Measured from the theme's own sizes (--sched-row, --sched-col), in an idle
     * moment after the frame, so the layout it reads is already done.
     */
    @JSBody(params = {"host", "scroll", "table"}, script = "requestAnimationFrame(function () {"
            + "  setTimeout(function () { if (!table.isConnected) return;"
            + "  var probe = table.appendChild(document.createElement('div')); probe.className = 'c-grid__probe';"
            + "  var column = probe.offsetWidth, row = probe.offsetHeight; probe.remove();"
            + "  var room = table.querySelector('.c-grid__room'), axis = table.querySelector('.c-grid__time');"
            + "  var most = parseFloat(getComputedStyle(scroll).maxHeight);"
            + "  var high = Math.min(innerHeight, most > 0 ? most : innerHeight) - (room ? room.offsetHeight : 0);"
            + "  var wide = Math.min(innerWidth, scroll.clientWidth) - (axis ? axis.offsetWidth : 0);"
            + "  if (column > 0 && row > 0 && high > 0 && wide > 0) {"
            + "    host.tsRows = Math.ceil(high / row) + 6; host.tsRooms = Math.ceil(wide / column) + 1; }"
            + "}, 0); });")
    private static native void measure(HTMLElement host, HTMLElement scroll, HTMLElement table);

    /** Whether this grid has so many cards that taking it out of the page is worth putting off (see retire). */
    boolean isLarge() {
        return cards.length > RETIRED_CARDS;
    }

    /**
     * Takes what {@code host} shows out of sight at once and out of the page after the next frame: with
     * content-visibility: hidden (style.css) its elements keep their layout, so hiding costs little, and tearing
     * them down waits until the next view is on screen. Hidden content is neither focusable nor in the
     * accessibility tree; the removal comes before the next view's later chunks, so "ready" finds it gone.
     */
    @JSBody(params = "host", script = "var old = Array.prototype.slice.call(host.children);"
            + "old.forEach(function (element) { element.setAttribute('data-retired', ''); });"
            + "requestAnimationFrame(function () { setTimeout(function () {"
            + "  old.forEach(function (element) { element.remove(); }); }, 0); });")
    static native void retire(HTMLElement host);

    /** Watches a card built after {@link #watch}. */
    @JSBody(params = {"table", "card"}, script = "if (table.tsIo) table.tsIo.observe(card);")
    private static native void observe(HTMLElement table, HTMLElement card);

    DayGrid grid() {
        return grid;
    }
}

package dev.trackside.browser;

import dev.trackside.model.Session;
import dev.trackside.view.ListBuckets;
import dev.trackside.view.SessionList;
import dev.trackside.view.Names;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The list: every day's sessions grouped by start time, a break repeated per room shown once. Rendered once, in
 * chunks; afterwards a search or a change of day only flips {@code hidden} on the elements whose state changed, which
 * keeps a keystroke cheap even with thousands of sessions.
 */
final class ListView implements Chunked {
    /** Sessions rendered per chunk: a few frames' worth of DOM work. */
    static final int CHUNK = 400;
    /**
     * Sessions rendered at once: more than a screen of the first day holds. A switch to the list waits for these
     * (36C3 in JS: the first switch took 60-70 ms with 400).
     */
    static final int FIRST_CHUNK = 100;

    private final Page page;
    private final ListBuckets buckets;
    private final SessionList model;
    private final HTMLElement[] entryElements;
    private final HTMLElement[] slotElements;
    private final HTMLElement[] dayElements;
    private final boolean[] entryShown;
    private final boolean[] slotShown;
    private final boolean[] dayShown;
    private final boolean[] entryVisible;
    private final boolean[] slotVisible;
    private final boolean[] dayVisible;
    private HTMLElement container;
    private HTMLElement daySection;
    private int nextDay;
    private int nextSlot;
    private boolean firstRendered;

    /** How many entries day {@code day} has, or all days together for -1. */
    int total(int day) {
        int total = 0;
        for (int e = 0; e < entryVisible.length; e++) {
            if (day < 0 || page.schedule.dayIndex(buckets.entry(e).session()) == day) {
                total++;
            }
        }
        return total;
    }

    ListView(Page page, ListBuckets buckets) {
        this.page = page;
        this.buckets = buckets;
        this.model = buckets.list();
        entryElements = new HTMLElement[buckets.entryCount()];
        slotElements = new HTMLElement[model.slotCount()];
        dayElements = new HTMLElement[model.days().size()];
        entryShown = new boolean[entryElements.length];
        slotShown = new boolean[slotElements.length];
        dayShown = new boolean[dayElements.length];
        entryVisible = new boolean[entryElements.length];
        slotVisible = new boolean[slotElements.length];
        dayVisible = new boolean[dayElements.length];
    }

    /** Renders the first chunk into a new container and returns it; {@link #renderMore()} does the rest. */
    HTMLElement render(boolean first) {
        firstRendered = !first;
        container = Dom.element("div", "c-list");
        render(FIRST_CHUNK);
        return container;
    }

    /** The container {@link #render} returned. */
    HTMLElement element() {
        return container;
    }

    @Override
    public boolean isComplete() {
        return nextDay >= model.days().size();
    }

    /** Renders the next chunk of slots; false once everything is rendered. */
    @Override
    public boolean renderMore() {
        return render(CHUNK);
    }

    private boolean render(int chunk) {
        int rendered = 0;
        while (nextDay < model.days().size() && rendered < chunk) {
            SessionList.DayGroup day = model.days().get(nextDay);
            if (nextSlot == 0) {
                daySection = Dom.append(container, Dom.element("section", "c-day"));
                daySection.setAttribute("data-day", day.day().date().toString());
                daySection.setHidden(!dayShown[day.index()]);
                String heading = page.intl.longDate(day.day().date());
                if (!day.day().name().isEmpty()) {
                    heading += " \u00b7 " + day.day().name();
                }
                Dom.append(daySection, Dom.text("h2", "c-day__title", heading));
                dayElements[day.index()] = daySection;
            }
            if (day.slots().isEmpty()) {
                nextDay++;
                continue;
            }
            SessionList.Slot slot = day.slots().get(nextSlot);
            renderSlot(slot);
            rendered += slot.size();
            if (++nextSlot == day.slots().size()) {
                nextSlot = 0;
                nextDay++;
            }
        }
        return !isComplete();
    }

    private void renderSlot(SessionList.Slot slot) {
        HTMLElement slotElement = Dom.append(daySection, Dom.element("section", "c-slot"));
        slotElement.setHidden(!slotShown[slot.index()]);
        HTMLElement time = Dom.append(slotElement, Dom.element("h3", "c-slot__time"));
        HTMLElement timeText = Dom.append(time, Dom.text("time", null, page.clock(slot.start())));
        timeText.setAttribute("datetime", slot.start().toString());
        HTMLElement items = Dom.append(slotElement, Dom.element("ul", "c-slot__sessions"));
        slotElements[slot.index()] = slotElement;
        for (ListBuckets.Entry entry : buckets.entries(slot)) {
            HTMLElement item = item(page, entry.session(), entry.rooms(), !firstRendered, false);
            firstRendered = true;
            item.setHidden(!entryShown[entry.index()]);
            entryElements[entry.index()] = Dom.append(items, item);
        }
    }

    /** One session as a list item; also used by the speaker page ({@code withDay}). */
    static HTMLElement item(Page page, int position, List<dev.trackside.model.Room> rooms, boolean first,
            boolean withDay) {
        Session session = page.schedule.sessions().get(position);
        HTMLElement item = Dom.element("li", "c-session");
        page.decorate(item, session, position);
        HTMLElement link = Dom.append(item, page.sessionLink("c-session__link", session));
        link.setAttribute("aria-label", page.accessibleName(session, rooms));
        HTMLElement title = Dom.append(link, Dom.text("span", "c-session__title", session.title()));
        if (first) {
            // Element Timing: lets the benchmark read when the first session was painted.
            title.setAttribute("elementtiming", "first-session");
        }
        HTMLElement meta = Dom.append(item, Dom.element("p", "c-session__meta"));
        if (withDay) {
            Dom.append(meta, Dom.text("span", "c-session__day",
                    page.intl.tab(page.schedule.days().get(page.schedule.dayIndex(position)).date())));
        }
        Dom.append(meta, Dom.text("span", "c-session__time", page.range(session)));
        String where = Names.rooms(rooms);
        if (!where.isEmpty()) {
            Dom.append(meta, Dom.text("span", "c-session__room", where));
        }
        Dom.append(meta, Dom.text("span", "c-session__kind", page.kind(session.kind())));
        if (!session.speakers().isEmpty()) {
            Dom.append(item, Dom.text("p", "c-session__speakers", Names.speakers(session.speakers())));
        }
        HTMLElement star = page.star(session);
        if (star != null) {
            Dom.append(item, star);
        }
        return item;
    }

    /**
     * Shows the entries marked in {@code matches} on day {@code day} (or on every day when {@code day} is -1) and the
     * slots and days that still hold one; returns how many entries are shown.
     */
    int show(boolean[] matches, int day) {
        int count = 0;
        for (int e = 0; e < entryVisible.length; e++) {
            ListBuckets.Entry entry = buckets.entry(e);
            boolean visible = false;
            for (int m = 0; m < entry.size(); m++) {
                visible |= matches[entry.member(m)];
            }
            visible &= day < 0 || page.schedule.dayIndex(entry.session()) == day;
            entryVisible[e] = visible;
            if (visible) {
                count++;
            }
        }
        for (SessionList.DayGroup group : model.days()) {
            boolean any = false;
            for (SessionList.Slot slot : group.slots()) {
                boolean slotAny = false;
                for (ListBuckets.Entry entry : buckets.entries(slot)) {
                    slotAny |= entryVisible[entry.index()];
                }
                slotVisible[slot.index()] = slotAny;
                any |= slotAny;
            }
            dayVisible[group.index()] = any;
        }
        toggle(entryElements, entryShown, entryVisible);
        toggle(slotElements, slotShown, slotVisible);
        toggle(dayElements, dayShown, dayVisible);
        return count;
    }

    /** Applies {@code wanted} to the rendered elements; ones not rendered yet pick it up when they are. */
    private static void toggle(HTMLElement[] elements, boolean[] current, boolean[] wanted) {
        for (int i = 0; i < elements.length; i++) {
            if (current[i] != wanted[i]) {
                current[i] = wanted[i];
                if (elements[i] != null) {
                    elements[i].setHidden(!wanted[i]);
                }
            }
        }
    }
}

package dev.trackside.browser;

import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.view.SessionList;
import dev.trackside.view.TimeText;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Renders {@link SessionList} once, in chunks; filtering afterwards only flips {@code hidden} on the elements whose
 * state changed, which keeps a keystroke cheap even with thousands of sessions.
 */
final class SessionListView {
    private final Schedule schedule;
    private final SessionList model;
    private final HTMLElement[] sessionElements;
    private final HTMLElement[] slotElements;
    private final HTMLElement[] dayElements;
    private final boolean[] shown;
    private final boolean[] slotShown;
    private final boolean[] dayShown;
    private final boolean[] slotVisible;
    private final boolean[] dayVisible;
    private HTMLElement container;
    private HTMLElement daySection;
    private int nextDay;
    private int nextSlot;
    private boolean firstRendered;

    /** Sessions rendered per chunk: a few frames' worth of DOM work. */
    static final int CHUNK = 400;

    SessionListView(Schedule schedule) {
        this.schedule = schedule;
        this.model = new SessionList(schedule);
        int sessions = schedule.sessions().size();
        sessionElements = new HTMLElement[sessions];
        slotElements = new HTMLElement[model.slotCount()];
        dayElements = new HTMLElement[model.days().size()];
        shown = filled(sessions);
        slotShown = filled(slotElements.length);
        dayShown = filled(dayElements.length);
        slotVisible = new boolean[slotElements.length];
        dayVisible = new boolean[dayElements.length];
    }

    private static boolean[] filled(int size) {
        boolean[] values = new boolean[size];
        java.util.Arrays.fill(values, true);
        return values;
    }

    /** A scratch array for a search to mark matches in, indexed like the schedule's sessions. */
    boolean[] matches() {
        return new boolean[sessionElements.length];
    }

    /**
     * Renders the first {@value #CHUNK} or so sessions into a new container and returns it; call
     * {@link #renderMore()} until it returns false for the rest. Big schedules thus show their first sessions
     * after one chunk's work instead of after all of it.
     */
    HTMLElement render() {
        container = Dom.element("div", "c-list");
        renderMore();
        return container;
    }

    /** Renders the next chunk of slots; false once everything is rendered. */
    boolean renderMore() {
        int rendered = 0;
        while (nextDay < model.days().size() && rendered < CHUNK) {
            SessionList.DayGroup day = model.days().get(nextDay);
            if (nextSlot == 0) {
                daySection = Dom.append(container, Dom.element("section", "c-day"));
                daySection.setAttribute("data-day", day.day().date().toString());
                daySection.setHidden(!dayShown[day.index()]);
                Dom.append(daySection, Dom.text("h2", "c-day__title", TimeText.dayHeading(day.day())));
                dayElements[day.index()] = daySection;
            }
            SessionList.Slot slot = day.slots().get(nextSlot);
            renderSlot(slot);
            rendered += slot.size();
            if (++nextSlot == day.slots().size()) {
                nextSlot = 0;
                nextDay++;
            }
        }
        return nextDay < model.days().size();
    }

    private void renderSlot(SessionList.Slot slot) {
        HTMLElement slotElement = Dom.append(daySection, Dom.element("div", "c-slot"));
        slotElement.setHidden(!slotShown[slot.index()]);
        HTMLElement time = Dom.append(slotElement, Dom.element("h3", "c-slot__time"));
        HTMLElement timeText = Dom.append(time, Dom.text("time", null, slot.start().clock()));
        timeText.setAttribute("datetime", slot.start().toString());
        HTMLElement items = Dom.append(slotElement, Dom.element("ul", "c-slot__sessions"));
        slotElements[slot.index()] = slotElement;
        for (int i = 0; i < slot.size(); i++) {
            int position = slot.session(i);
            HTMLElement item = renderSession(schedule.sessions().get(position), !firstRendered);
            firstRendered = true;
            item.setHidden(!shown[position]);
            sessionElements[position] = Dom.append(items, item);
        }
    }

    private static HTMLElement renderSession(Session session, boolean first) {
        HTMLElement item = Dom.element("li", "c-session");
        item.setAttribute("data-session-id", session.id());
        item.setAttribute("data-kind", session.kind().id());
        HTMLElement title = Dom.append(item, Dom.text("h4", "c-session__title", session.title()));
        if (first) {
            // Element Timing: lets the benchmark read when the first session was painted.
            title.setAttribute("elementtiming", "first-session");
        }
        HTMLElement meta = Dom.append(item, Dom.element("p", "c-session__meta"));
        Dom.append(meta, Dom.text("span", "c-session__time", TimeText.range(session)));
        String rooms = roomNames(session.rooms());
        if (!rooms.isEmpty()) {
            Dom.append(meta, Dom.text("span", "c-session__room", rooms));
        }
        Dom.append(meta, Dom.text("span", "c-session__kind", session.kind().label()));
        if (!session.speakers().isEmpty()) {
            Dom.append(item, Dom.text("p", "c-session__speakers", speakerNames(session.speakers())));
        }
        return item;
    }

    private static String roomNames(List<Room> rooms) {
        StringBuilder sb = new StringBuilder();
        for (Room room : rooms) {
            sb.append(sb.length() > 0 ? ", " : "").append(room.name());
        }
        return sb.toString();
    }

    private static String speakerNames(List<Speaker> speakers) {
        StringBuilder sb = new StringBuilder();
        for (Speaker speaker : speakers) {
            sb.append(sb.length() > 0 ? ", " : "").append(speaker.name());
        }
        return sb.toString();
    }

    /** Shows exactly the sessions marked in {@code matches}, and the slots and days that still hold one. */
    void show(boolean[] matches) {
        model.visibility(matches, slotVisible, dayVisible);
        toggle(sessionElements, shown, matches);
        toggle(slotElements, slotShown, slotVisible);
        toggle(dayElements, dayShown, dayVisible);
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

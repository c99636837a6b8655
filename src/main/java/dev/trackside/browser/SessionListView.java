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
 * Renders {@link SessionList} once; filtering afterwards only flips {@code hidden} on the elements whose state
 * changed, which keeps a keystroke cheap even with thousands of sessions.
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

    HTMLElement render() {
        HTMLElement container = Dom.element("div", "c-list");
        boolean first = true;
        for (SessionList.DayGroup day : model.days()) {
            HTMLElement section = Dom.append(container, Dom.element("section", "c-day"));
            section.setAttribute("data-day", day.day().date().toString());
            Dom.append(section, Dom.text("h2", "c-day__title", TimeText.dayHeading(day.day())));
            dayElements[day.index()] = section;
            for (SessionList.Slot slot : day.slots()) {
                HTMLElement slotElement = Dom.append(section, Dom.element("div", "c-slot"));
                HTMLElement time = Dom.append(slotElement, Dom.element("h3", "c-slot__time"));
                HTMLElement timeText = Dom.append(time, Dom.text("time", null, slot.start().clock()));
                timeText.setAttribute("datetime", slot.start().toString());
                HTMLElement items = Dom.append(slotElement, Dom.element("ul", "c-slot__sessions"));
                slotElements[slot.index()] = slotElement;
                for (int i = 0; i < slot.size(); i++) {
                    int position = slot.session(i);
                    HTMLElement item = renderSession(schedule.sessions().get(position), first);
                    first = false;
                    sessionElements[position] = Dom.append(items, item);
                }
            }
        }
        return container;
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

    private static void toggle(HTMLElement[] elements, boolean[] current, boolean[] wanted) {
        for (int i = 0; i < elements.length; i++) {
            if (current[i] != wanted[i]) {
                elements[i].setHidden(!wanted[i]);
                current[i] = wanted[i];
            }
        }
    }
}

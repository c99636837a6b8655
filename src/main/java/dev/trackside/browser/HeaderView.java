package dev.trackside.browser;

import dev.trackside.model.Conference;
import dev.trackside.model.Day;
import dev.trackside.model.Link;
import dev.trackside.model.Schedule;
import dev.trackside.view.Messages;
import dev.trackside.view.Msg;
import dev.trackside.view.ZoneShift;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/** The conference name, dates and venue, and the line saying which zone times are in, with its switch. */
final class HeaderView {
    private final HTMLElement root;
    private final Messages msg;
    private final Intl intl;

    HeaderView(HTMLElement root, Messages msg, Intl intl) {
        this.root = root;
        this.msg = msg;
        this.intl = intl;
    }

    void render(Schedule schedule) {
        Conference conference = schedule.conference();
        HTMLElement title = Dom.byRole(root, "title");
        title.setTextContent("");
        if (Link.hasSafeScheme(conference.url())) {
            HTMLElement link = Dom.append(title, Dom.text("a", null, conference.name()));
            link.setAttribute("href", conference.url().trim());
            link.setAttribute("rel", "noopener");
        } else {
            title.setTextContent(conference.name());
        }
        StringBuilder about = new StringBuilder();
        List<Day> days = schedule.days();
        if (!days.isEmpty()) {
            about.append(intl.longDate(days.get(0).date()));
            if (days.size() > 1) {
                about.append(" \u2013 ").append(intl.longDate(days.get(days.size() - 1).date()));
            }
        }
        if (!conference.venue().isEmpty()) {
            about.append(about.length() > 0 ? " \u00b7 " : "").append(conference.venue());
        }
        Dom.byRole(root, "about").setTextContent(about.toString());
    }

    /** The zone line and the switch between the conference's zone and the visitor's. */
    void renderZone(Schedule schedule, ZoneShift shift, boolean local) {
        Conference conference = schedule.conference();
        String zone = local && shift.zone() != null ? msg.format(Msg.TIMES_IN, shift.zone()) + "."
                : msg.conferenceZone(schedule);
        Dom.byRole(root, "zone").setTextContent(zone + " ");
        HTMLElement button = root.querySelector("[data-action=tz]");
        String visitor = Intl.visitorZone();
        // Floating times cannot be converted; a visitor already in the conference's zone has nothing to switch.
        boolean offered = conference.timeZone() != null && visitor != null
                && (local || !visitor.equals(conference.timeZone()));
        button.setHidden(!offered);
        button.setTextContent(local ? msg.text(Msg.SHOW_CONFERENCE_TIME_ZONE)
                : msg.format(Msg.SHOW_MY_TIME_ZONE, visitor == null ? "" : visitor));
        button.setAttribute("aria-pressed", local ? "true" : "false");
    }
}

package dev.trackside.browser;

import dev.trackside.model.Conference;
import dev.trackside.model.Day;
import dev.trackside.model.Link;
import dev.trackside.model.Schedule;
import dev.trackside.view.TimeText;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/** The conference name, venue, dates and the time-zone note above the sessions. */
final class HeaderView {
    private final HTMLElement root;

    HeaderView(HTMLElement root) {
        this.root = root;
    }

    void render(Schedule schedule) {
        Conference conference = schedule.conference();
        Dom.setTitle(conference.name() + " \u00b7 schedule");
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
            about.append(TimeText.date(days.get(0).date()));
            if (days.size() > 1) {
                about.append(" \u2013 ").append(TimeText.date(days.get(days.size() - 1).date()));
            }
            about.append(' ').append(days.get(days.size() - 1).date().year());
        }
        if (!conference.venue().isEmpty()) {
            about.append(about.length() > 0 ? " \u00b7 " : "").append(conference.venue());
        }
        Dom.byRole(root, "about").setTextContent(about.toString());
        String zone;
        if (conference.timeZone() == null) {
            zone = "Times as published: the schedule gives no time zone";
        } else if (schedule.sessions().isEmpty()) {
            zone = "Times are local to the conference (" + conference.timeZone() + ")";
        } else if (conference.timeZone().startsWith("Etc/") || conference.timeZone().equals("UTC")) {
            // A zone derived from the offsets ("Etc/GMT-1") means nothing to a visitor; the offset does.
            zone = "Times are local to the conference (" + TimeText.utcOffset(schedule.sessions().get(0).start()) + ")";
        } else {
            zone = "Times are local to the conference (" + conference.timeZone() + "), "
                    + TimeText.utcOffset(schedule.sessions().get(0).start());
        }
        Dom.byRole(root, "zone").setTextContent(zone + ".");
    }
}

package dev.trackside.browser;

import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Track;
import dev.trackside.view.Messages;
import dev.trackside.view.Msg;
import dev.trackside.view.ViewState;
import org.teavm.jso.dom.html.HTMLElement;

/** The active filters as buttons that remove them, and one that clears them all; hidden without filters. */
final class FilterBar {
    private FilterBar() {
    }

    static void render(HTMLElement bar, Schedule schedule, Messages msg, ViewState state) {
        bar.setTextContent("");
        bar.setHidden(state.filters().isEmpty());
        for (ViewState.Filter filter : state.filters()) {
            String label = label(filter, schedule, msg);
            HTMLElement chip = Dom.append(bar, Dom.text("button", "c-chip", label + " \u00d7"));
            chip.setAttribute("type", "button");
            chip.setAttribute("data-filter", filter.facet().id());
            chip.setAttribute("data-value", filter.value());
            chip.setAttribute("aria-label", msg.text(Msg.CLEAR_FILTERS) + ": " + label);
        }
        if (state.filters().size() > 1) {
            HTMLElement all = Dom.append(bar, Dom.text("button", "c-link-button", msg.text(Msg.CLEAR_FILTERS)));
            all.setAttribute("type", "button");
            all.setAttribute("data-action", "clear-filters");
        }
    }

    /** "Track: Web": the facet's name and the value's name in the schedule (its id when the schedule has none). */
    private static String label(ViewState.Filter filter, Schedule schedule, Messages msg) {
        String value = filter.value();
        switch (filter.facet()) {
            case TRACK:
                for (Track track : schedule.tracks()) {
                    if (track.id().equals(value)) {
                        return msg.text(Msg.TRACK) + ": " + track.name();
                    }
                }
                return msg.text(Msg.TRACK) + ": " + value;
            case ROOM:
                for (Room room : schedule.rooms()) {
                    if (room.id().equals(value)) {
                        return msg.text(Msg.ROOM) + ": " + room.name();
                    }
                }
                return msg.text(Msg.ROOM) + ": " + value;
            case LANGUAGE:
                return msg.text(Msg.LANGUAGE) + ": " + value;
            case LEVEL:
                return msg.text(Msg.LEVEL) + ": " + value;
            case TAG:
                return msg.text(Msg.TAG) + ": " + value;
            default:
                Kind kind = Kind.fromId(value);
                return msg.text(Msg.KIND) + ": " + (kind == null ? value : msg.kind(kind));
        }
    }
}

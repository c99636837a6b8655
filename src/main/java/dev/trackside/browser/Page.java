package dev.trackside.browser;

import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.model.Track;
import dev.trackside.model.ZonedTime;
import dev.trackside.view.Favourites;
import dev.trackside.view.Messages;
import dev.trackside.view.Msg;
import dev.trackside.view.Names;
import dev.trackside.view.NowNext;
import dev.trackside.view.ViewState;
import dev.trackside.view.ZoneShift;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What every view needs to turn the schedule into text: the language, the zone times are shown in, the clock, and
 * the current view state (for the links a view writes). One per rendering; views never keep it.
 */
final class Page {
    final Schedule schedule;
    final Messages msg;
    final Intl intl;
    final ZoneShift shift;
    final NowNext now;
    final ViewState state;
    final Favourites favourites;
    /** Sessions a shared agenda link names (highlighted), indexed like the schedule's; null without one. */
    final boolean[] shared;
    /** Formats abstracts and bios. */
    final MarkupFormatter markup;

    Page(Schedule schedule, Messages msg, Intl intl, ZoneShift shift, NowNext now, ViewState state,
            Favourites favourites, boolean[] shared, MarkupFormatter markup) {
        this.markup = markup;
        this.favourites = favourites;
        this.shared = shared;
        this.schedule = schedule;
        this.msg = msg;
        this.intl = intl;
        this.shift = shift;
        this.now = now;
        this.state = state;
    }

    String clock(ZonedTime time) {
        return intl.clock(shift.apply(time));
    }

    String range(Session session) {
        return intl.range(shift.apply(session.start()), shift.apply(session.end()));
    }

    String kind(Kind kind) {
        return msg.kind(kind);
    }

    /** "10:30–11:15, Hall A: Title": what a screen reader says for a session in the grid or list. */
    String accessibleName(Session session, List<Room> rooms) {
        return Names.accessible(range(session), rooms, session.title());
    }

    /** The track's place in the schedule's list, for the colour palette; -1 without a track. */
    int trackIndex(Track track) {
        return track == null ? -1 : schedule.tracks().indexOf(track);
    }

    /** A link that opens the session's detail over the current view; clicks are handled by the viewer. */
    HTMLElement sessionLink(String className, Session session) {
        HTMLElement link = Dom.element("a", className);
        link.setAttribute("href", href(state.withSession(session.id())));
        link.setAttribute("data-session-id", session.id());
        return link;
    }

    HTMLElement speakerLink(String className, Speaker speaker) {
        HTMLElement link = Dom.text("a", className, speaker.name());
        link.setAttribute("href", href(state.withSession(null).withSpeaker(speaker.id())));
        link.setAttribute("data-speaker-id", speaker.id());
        return link;
    }

    /**
     * The star that adds a session to the visitor's agenda or takes it out; null for breaks, which nobody plans.
     * A button of its own beside the session's link (a button inside a link is not allowed).
     */
    HTMLElement star(Session session) {
        if (session.kind() == Kind.BREAK) {
            return null;
        }
        HTMLElement star = Dom.element("button", "c-star");
        star.setAttribute("type", "button");
        star.setAttribute("data-star", session.id());
        star.setAttribute("aria-pressed", favourites.contains(session.id()) ? "true" : "false");
        star.setAttribute("aria-label", msg.format(Msg.STAR, session.title()));
        return star;
    }

    /** Marks a session element with its kind, track colour, whether it runs now and whether a shared link names it. */
    void decorate(HTMLElement element, Session session, int position) {
        element.setAttribute("part", "session"); // themable from outside an embed's shadow root: ::part(session)
        if (shared != null && shared[position]) {
            element.setAttribute("data-shared", "");
        }
        element.setAttribute("data-kind", session.kind().id());
        int track = trackIndex(session.track());
        if (track >= 0) {
            element.setAttribute("data-track", Integer.toString(track % 8));
        }
        if (now != null && now.isRunning(position)) {
            element.setAttribute("data-now", "");
        }
    }

    /** The link target for a state: "#" for the default one, since an empty href would reload the page. */
    static String href(ViewState target) {
        String hash = target.toHash();
        return hash.isEmpty() ? "#" : hash;
    }

    String text(int key) {
        return msg.text(key);
    }
}

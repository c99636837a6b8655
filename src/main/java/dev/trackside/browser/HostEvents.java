package dev.trackside.browser;

import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Tells the page around the viewer what the visitor does, as {@code CustomEvent}s that bubble and are composed (an
 * embed's events cross its shadow root and arrive from the {@code <trackside-schedule>} element). Documented in
 * the README ("Embed"); web/embed.html logs them.
 */
final class HostEvents {
    static final String SESSION_OPEN = "trackside-session-open";
    static final String FAVOURITE_CHANGE = "trackside-favourite-change";

    private HostEvents() {
    }

    /**
     * {@code name} with detail {sessionId, title, starred, conferenceId}; the title is null for a favourite whose
     * session left the schedule.
     */
    static void send(HTMLElement root, String name, Schedule schedule, String id, boolean starred) {
        String title = null;
        for (Session session : schedule.sessions()) {
            if (session.id().equals(id)) {
                title = session.title();
                break;
            }
        }
        dispatch(root, name, id, title, starred, schedule.conference().id());
    }

    @JSBody(params = {"root", "name", "id", "title", "starred", "conference"}, script = "root.dispatchEvent("
            + "new CustomEvent(name, {bubbles: true, composed: true, detail: {sessionId: id, title: title,"
            + " starred: starred, conferenceId: conference}}));")
    private static native void dispatch(HTMLElement root, String name, String id, String title, boolean starred,
            String conference);
}

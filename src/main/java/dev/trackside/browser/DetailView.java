package dev.trackside.browser;

import dev.trackside.model.Link;
import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.view.Msg;
import dev.trackside.view.Names;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The session detail: a modal {@code <dialog>}, which makes the rest of the page inert (focus stays inside) and closes
 * on Escape. The viewer puts the session in the URL, so the dialog has its own address and survives a reload.
 */
final class DetailView {
    static final String TITLE_ID = "trackside-detail-title";

    private DetailView() {
    }

    /** Fills {@code dialog} with the session at {@code position}, or with a notice when there is none. */
    static void render(Page page, HTMLElement dialog, int position) {
        dialog.setTextContent("");
        dialog.setAttribute("aria-labelledby", TITLE_ID);
        HTMLElement bar = Dom.append(dialog, Dom.element("div", "c-detail__bar"));
        HTMLElement close = Dom.append(bar, Dom.text("button", "c-detail__close", "\u00d7"));
        close.setAttribute("type", "button");
        close.setAttribute("data-action", "close");
        close.setAttribute("aria-label", page.text(Msg.CLOSE));
        if (position < 0) {
            HTMLElement title = Dom.append(dialog, Dom.text("h2", "c-detail__title", page.text(Msg.SESSION_NOT_FOUND)));
            title.setAttribute("id", TITLE_ID);
            return;
        }
        Session session = page.schedule.sessions().get(position);
        HTMLElement badges = Dom.append(dialog, Dom.element("p", "c-detail__kind"));
        HTMLElement kind = Dom.append(badges, Dom.text("span", "c-badge", page.kind(session.kind())));
        kind.setAttribute("data-kind", session.kind().id());
        if (session.track() != null) {
            HTMLElement track = Dom.append(badges, Dom.text("span", "c-badge c-badge--track", session.track().name()));
            int index = page.trackIndex(session.track());
            track.setAttribute("data-track", Integer.toString(index % 8));
        }
        HTMLElement title = Dom.append(dialog, Dom.text("h2", "c-detail__title", session.title()));
        title.setAttribute("id", TITLE_ID);

        HTMLElement facts = Dom.append(dialog, Dom.element("dl", "c-detail__facts"));
        String day = page.intl.longDate(page.shift.apply(session.start()).date());
        fact(facts, page.text(Msg.WHEN), day + " \u00b7 " + page.range(session));
        String rooms = Names.rooms(session.rooms());
        if (!rooms.isEmpty()) {
            fact(facts, page.text(session.rooms().size() > 1 ? Msg.ROOMS : Msg.ROOM), rooms);
        }
        if (session.track() != null) {
            fact(facts, page.text(Msg.TRACK), session.track().name());
        }
        if (page.now != null && page.now.isRunning(position)) {
            fact(facts, page.text(Msg.NOW), page.text(Msg.RUNNING_NOW));
        }

        HTMLElement actions = Dom.append(dialog, Dom.element("p", "c-detail__actions"));
        HTMLElement star = page.star(session);
        if (star != null) {
            star.setClassName("c-star c-button");
            star.setAttribute("aria-label", page.text(Msg.IN_MY_AGENDA));
            Dom.append(star, Dom.text("span", null, page.text(Msg.IN_MY_AGENDA)));
            Dom.append(actions, star);
        }
        HTMLElement ics = Dom.append(actions, Dom.text("button", "c-button", page.text(Msg.ADD_TO_CALENDAR)));
        ics.setAttribute("type", "button");
        ics.setAttribute("data-action", "ics");

        if (!session.speakers().isEmpty()) {
            Dom.append(dialog, Dom.text("h3", "c-detail__heading",
                    page.text(session.speakers().size() > 1 ? Msg.SPEAKERS : Msg.SPEAKER)));
            HTMLElement speakers = Dom.append(dialog, Dom.element("ul", "c-detail__speakers"));
            for (Speaker speaker : session.speakers()) {
                Dom.append(Dom.append(speakers, Dom.element("li", null)), page.speakerLink(null, speaker));
            }
        }
        if (!session.abstractText().isEmpty()) {
            HTMLElement text = Dom.append(dialog, Dom.element("div", "c-detail__abstract c-prose"));
            page.markup.render(session.abstractText(), text);
        }
        boolean anyLink = false;
        HTMLElement links = Dom.element("ul", "c-detail__links");
        for (Link link : session.links()) {
            if (link.isSafe()) {
                anyLink = true;
                HTMLElement a = Dom.append(Dom.append(links, Dom.element("li", null)),
                        Dom.text("a", "c-detail__link", link.title().isEmpty() ? link.url() : link.title()));
                a.setAttribute("href", link.url());
                a.setAttribute("rel", "noopener noreferrer");
                a.setAttribute("target", "_blank");
            }
        }
        if (anyLink) {
            Dom.append(dialog, Dom.text("h3", "c-detail__heading", page.text(Msg.LINKS)));
            Dom.append(dialog, links);
        }
    }

    private static void fact(HTMLElement list, String term, String value) {
        Dom.append(list, Dom.text("dt", null, term));
        Dom.append(list, Dom.text("dd", null, value));
    }

    @JSBody(params = "dialog", script = "if (!dialog.open) { if (dialog.showModal) dialog.showModal(); "
            + "else dialog.setAttribute('open', ''); }")
    static native void open(HTMLElement dialog);

    @JSBody(params = "dialog", script = "if (dialog.open) { if (dialog.close) dialog.close(); "
            + "else dialog.removeAttribute('open'); }")
    static native void close(HTMLElement dialog);

    @JSBody(params = "dialog", script = "return !!dialog.open;")
    static native boolean isOpen(HTMLElement dialog);
}

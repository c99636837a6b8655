package dev.trackside.browser;

import dev.trackside.ical.IcsWriter;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.view.Agenda;
import dev.trackside.view.Favourites;
import dev.trackside.view.Messages;
import dev.trackside.view.Msg;
import dev.trackside.view.ViewState;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * What a visitor keeps: the favourites, stored per conference, and the controls around them (the stars, the agenda
 * button's count, a shared agenda link's offer, the share link, iCal downloads). The viewer decides what is shown
 * and where it navigates; this class keeps the favourites and these controls in step.
 */
final class KeepControls {
    private final HTMLElement root;
    private final Messages msg;
    /** Where short confirmations are announced to screen readers (the result count's live region). */
    private final HTMLElement announcer;
    private final Schedule schedule;
    /** For the calendar's descriptions: the abstracts as plain text. */
    private final MarkupFormatter markup;
    private final Favourites favourites;

    /**
     * The controls of the viewer at {@code root}, with {@code favourites}, or when null those stored for
     * {@code schedule}'s conference.
     */
    KeepControls(HTMLElement root, Messages msg, HTMLElement announcer, Schedule schedule, Favourites favourites,
            MarkupFormatter markup) {
        this.markup = markup;
        this.root = root;
        this.msg = msg;
        this.announcer = announcer;
        this.schedule = schedule;
        this.favourites = favourites != null ? favourites
                : Favourites.decode(Js.load(Favourites.storageKey(schedule.conference().id())));
        updateAgendaButton();
    }

    Favourites favourites() {
        return favourites;
    }

    /** Stars or unstars a session on every star in the viewer, stores the favourites, tells the host; the new state. */
    boolean toggle(String id) {
        boolean on = favourites.toggle(id);
        save();
        HostEvents.send(root, HostEvents.FAVOURITE_CHANGE, schedule, id, on);
        NodeList<? extends HTMLElement> stars = root.querySelectorAll("[data-star]");
        for (int i = 0; i < stars.getLength(); i++) {
            if (id.equals(stars.get(i).getAttribute("data-star"))) {
                stars.get(i).setAttribute("aria-pressed", on ? "true" : "false");
            }
        }
        return on;
    }

    /** Adds the sessions of a shared link that are not favourites yet; how many were added. */
    int addShared(List<String> shared) {
        List<String> fresh = favourites.newIds(shared);
        int added = favourites.addAll(fresh);
        save();
        for (String id : fresh) {
            HostEvents.send(root, HostEvents.FAVOURITE_CHANGE, schedule, id, true);
        }
        return added;
    }

    /** Stores the favourites (saying once if the browser refuses) and updates the agenda button's count. */
    private void save() {
        updateAgendaButton();
        String key = Favourites.storageKey(schedule.conference().id());
        boolean saved = Js.save(key, favourites.isEmpty() ? null : favourites.encode());
        HTMLElement warning = Dom.byRole(root, "storage");
        if (!saved && warning.isHidden()) {
            warning.setTextContent(msg.text(Msg.STORAGE_BLOCKED));
            warning.setHidden(false);
        }
    }

    private void updateAgendaButton() {
        HTMLElement button = root.querySelector(".c-views__button[data-view=agenda]");
        button.setTextContent(favourites.isEmpty() ? msg.text(Msg.MY_AGENDA)
                : msg.format(Msg.MY_AGENDA_COUNT, Integer.toString(favourites.size())));
    }

    /** The offer a shared agenda link makes: its sessions are highlighted; add the new ones, or dismiss. */
    void showSharedOffer(ViewState s) {
        HTMLElement banner = Dom.byRole(root, "shared");
        banner.setTextContent("");
        banner.setHidden(s.shared().isEmpty());
        if (s.shared().isEmpty()) {
            return;
        }
        int found = 0;
        for (boolean one : Favourites.of(s.shared()).mask(schedule)) {
            found += one ? 1 : 0;
        }
        Dom.append(banner, Dom.text("p", null, msg.format(Msg.SHARED_OFFER,
                msg.count(Msg.SESSIONS_ONE, Msg.SESSIONS_OTHER, found))));
        int fresh = favourites.newIds(s.shared()).size();
        if (fresh == 0) {
            Dom.append(banner, Dom.text("p", null, msg.text(Msg.SHARED_ALL_KNOWN)));
        } else {
            HTMLElement add = Dom.append(banner, Dom.text("button", "c-button c-button--primary",
                    msg.format(Msg.ADD_SHARED, msg.count(Msg.SESSIONS_ONE, Msg.SESSIONS_OTHER, fresh))));
            add.setAttribute("type", "button");
            add.setAttribute("data-action", "add-shared");
        }
        HTMLElement dismiss = Dom.append(banner, Dom.text("button", "c-button", msg.text(Msg.CLOSE)));
        dismiss.setAttribute("type", "button");
        dismiss.setAttribute("data-action", "dismiss-shared");
    }

    /** This page with only the favourites in its hash. */
    String shareUrl() {
        String href = Js.pageUrl();
        int hash = href.indexOf('#');
        return (hash < 0 ? href : href.substring(0, hash)) + ViewState.DEFAULT.withShared(favourites.ids()).toHash();
    }

    /** Copies the share link, or selects it in its box where the browser does not let a page copy. */
    void copyShareLink() {
        HTMLElement input = root.querySelector(".c-share__url");
        if (Js.copy(shareUrl())) {
            Js.announce(announcer, msg.text(Msg.COPIED));
        } else if (input != null) {
            Js.select(input); // the visitor copies it
        }
    }

    /** Downloads the agenda (the favourites still in the schedule) as an iCalendar file. */
    void downloadAgenda() {
        List<Session> sessions = new ArrayList<>();
        for (Agenda.AgendaDay day : Agenda.of(schedule, favourites).days()) {
            for (Agenda.Entry entry : day.entries()) {
                sessions.add(entry.session());
            }
        }
        download(sessions, null);
    }

    /** Downloads {@code sessions} as an iCalendar file, named after {@code single} or, when null, the agenda. */
    void download(List<Session> sessions, Session single) {
        Runnable write = () -> {
            String text = IcsWriter.write(schedule, sessions, (long) Math.floor(Js.nowMillis() / 1000), Js.pageUrl(),
                    markup::plainText);
            Js.download(text, IcsWriter.fileName(schedule.conference(), single), "text/calendar");
        };
        // The abstracts go in as plain text, which needs the formatter (a wasm engine loads it first); without
        // any, the calendar is written at once, in the click's task.
        boolean abstracts = false;
        for (Session session : sessions) {
            abstracts |= !session.abstractText().isEmpty();
        }
        if (abstracts) {
            markup.whenReady(write);
        } else {
            write.run();
        }
    }
}

package dev.trackside.browser;

import dev.trackside.view.Agenda;
import dev.trackside.view.Msg;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The visitor's agenda: favourites by day in time order, each clash flagged with what it clashes with, the free
 * time between sessions, favourites the schedule no longer has, and the download and share actions.
 */
final class AgendaView {
    private AgendaView() {
    }

    static void render(Page page, HTMLElement host, Agenda agenda) {
        HTMLElement section = Dom.append(host, Dom.element("div", "c-agenda"));
        Dom.append(section, Dom.text("h2", "c-view__title", page.text(Msg.MY_AGENDA)));
        if (agenda.count() == 0 && agenda.missing().isEmpty()) {
            Dom.append(section, Dom.text("p", "c-empty", page.text(Msg.AGENDA_EMPTY)));
            return;
        }
        String summary = page.msg.count(Msg.SESSIONS_ONE, Msg.SESSIONS_OTHER, agenda.count());
        if (agenda.clashCount() > 0) {
            summary += " \u00b7 " + page.msg.count(Msg.CLASHES_ONE, Msg.CLASHES_OTHER, agenda.clashCount());
        }
        Dom.append(section, Dom.text("p", "c-agenda__summary", summary));
        HTMLElement actions = Dom.append(section, Dom.element("p", "c-agenda__actions"));
        button(actions, "agenda-ics", page.text(Msg.DOWNLOAD_AGENDA));
        button(actions, "share", page.text(Msg.SHARE_AGENDA));
        HTMLElement share = Dom.append(section, Dom.element("div", "c-share"));
        share.setAttribute("data-role", "share");
        share.setHidden(true);

        for (Agenda.AgendaDay day : agenda.days()) {
            HTMLElement daySection = Dom.append(section, Dom.element("section", "c-agenda__day"));
            Dom.append(daySection, Dom.text("h3", "c-day__title", page.intl.longDate(day.day().date())));
            HTMLElement list = Dom.append(daySection, Dom.element("ul", "c-agenda__list"));
            for (Agenda.Entry entry : day.entries()) {
                HTMLElement item = Dom.append(list, ListView.item(page, entry.position(), entry.session().rooms(),
                        false, false));
                if (entry.hasClash()) {
                    item.setAttribute("data-clash", "");
                    StringBuilder titles = new StringBuilder();
                    for (int other : entry.clashes()) {
                        titles.append(titles.length() > 0 ? "; " : "")
                                .append(page.schedule.sessions().get(other).title());
                    }
                    Dom.append(item, Dom.text("p", "c-agenda__clash",
                            page.msg.format(Msg.CLASHES_WITH, titles.toString())));
                }
                if (entry.freeMinutes() > 0) {
                    Dom.append(list, Dom.text("li", "c-agenda__free",
                            page.msg.format(Msg.FREE_TIME, page.msg.duration((int) entry.freeMinutes()))));
                }
            }
        }
        if (!agenda.missing().isEmpty()) {
            HTMLElement gone = Dom.append(section, Dom.element("section", "c-agenda__day"));
            Dom.append(gone, Dom.text("h3", "c-day__title", page.text(Msg.NO_LONGER_IN_SCHEDULE)));
            HTMLElement list = Dom.append(gone, Dom.element("ul", "c-agenda__missing"));
            for (String id : agenda.missing()) {
                HTMLElement item = Dom.append(list, Dom.element("li", null));
                Dom.append(item, Dom.text("code", null, id));
                HTMLElement remove = button(item, null, page.text(Msg.REMOVE));
                remove.setAttribute("data-star", id);
                remove.setAttribute("aria-label", page.msg.format(Msg.REMOVE_MISSING, id));
            }
        }
    }

    private static HTMLElement button(HTMLElement parent, String action, String text) {
        HTMLElement button = Dom.append(parent, Dom.text("button", "c-button", text));
        button.setAttribute("type", "button");
        if (action != null) {
            button.setAttribute("data-action", action);
        }
        return button;
    }

    /** Shows the link that shares the agenda, selected for copying. */
    static void showShareLink(Page page, HTMLElement share, String url) {
        share.setTextContent("");
        share.setHidden(false);
        HTMLElement label = Dom.append(share, Dom.element("label", "c-share__label"));
        Dom.append(label, Dom.text("span", null, page.text(Msg.SHARE_LINK)));
        HTMLElement input = Dom.append(label, Dom.element("input", "c-share__url"));
        input.setAttribute("readonly", "");
        input.setAttribute("value", url);
        button(share, "copy", page.text(Msg.COPY));
        input.focus();
        Js.select(input);
    }
}

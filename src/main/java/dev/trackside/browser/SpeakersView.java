package dev.trackside.browser;

import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.query.TextFold;
import dev.trackside.text.Markup;
import dev.trackside.view.Msg;
import dev.trackside.view.ViewState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/** The index of speakers, alphabetical with their number of sessions, and one page per speaker. */
final class SpeakersView {
    private SpeakersView() {
    }

    /** Positions in the schedule's sessions of each speaker's sessions, by speaker id, in time order. */
    static Map<String, List<Integer>> sessionsBySpeaker(List<Session> sessions) {
        Map<String, List<Integer>> bySpeaker = new HashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            for (Speaker speaker : sessions.get(i).speakers()) {
                List<Integer> list = bySpeaker.get(speaker.id());
                if (list == null) {
                    list = new ArrayList<>();
                    bySpeaker.put(speaker.id(), list);
                }
                list.add(i);
            }
        }
        return bySpeaker;
    }

    static void renderIndex(Page page, HTMLElement host, Map<String, List<Integer>> bySpeaker) {
        HTMLElement section = Dom.append(host, Dom.element("div", "c-speakers"));
        Dom.append(section, Dom.text("h2", "c-view__title", page.text(Msg.SPEAKERS)));
        List<Speaker> speakers = page.schedule.speakers();
        if (speakers.isEmpty()) {
            Dom.append(section, Dom.text("p", "c-empty", page.text(Msg.NO_SPEAKERS)));
            return;
        }
        Speaker[] sorted = speakers.toArray(new Speaker[0]);
        String[] keys = new String[sorted.length];
        Integer[] order = new Integer[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            keys[i] = TextFold.fold(sorted[i].name());
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
        HTMLElement list = Dom.append(section, Dom.element("ul", "c-speakers__list"));
        for (Integer i : order) {
            Speaker speaker = sorted[i];
            List<Integer> own = bySpeaker.get(speaker.id());
            int count = own == null ? 0 : own.size();
            HTMLElement item = Dom.append(list, Dom.element("li", null));
            Dom.append(item, page.speakerLink("c-speakers__link", speaker));
            Dom.append(item, Dom.text("span", "c-speakers__count",
                    " " + page.msg.count(Msg.SESSIONS_ONE, Msg.SESSIONS_OTHER, count)));
        }
    }

    static void renderSpeaker(Page page, HTMLElement host, Map<String, List<Integer>> bySpeaker, String id) {
        HTMLElement article = Dom.append(host, Dom.element("article", "c-speaker"));
        HTMLElement back = Dom.append(article, Dom.text("a", "c-back", "\u2190 " + page.text(Msg.SPEAKERS)));
        back.setAttribute("href", Page.href(page.state.withView(ViewState.View.SPEAKERS)));
        Speaker speaker = null;
        for (Speaker candidate : page.schedule.speakers()) {
            if (candidate.id().equals(id)) {
                speaker = candidate;
            }
        }
        if (speaker == null) {
            Dom.append(article, Dom.text("p", "c-empty", page.text(Msg.SPEAKER_NOT_FOUND)));
            return;
        }
        Dom.setTitle(speaker.name() + " \u00b7 " + page.schedule.conference().name());
        Dom.append(article, Dom.text("h2", "c-view__title", speaker.name()));
        if (speaker.bio() != null && !speaker.bio().isEmpty()) {
            Dom.append(article, Dom.element("div", "c-speaker__bio c-prose"))
                    .appendChild(MarkupView.render(Markup.parse(speaker.bio())));
        }
        List<Integer> own = bySpeaker.get(speaker.id());
        HTMLElement list = Dom.append(article, Dom.element("ul", "c-speaker__sessions"));
        if (own != null) {
            for (int position : own) {
                Session session = page.schedule.sessions().get(position);
                Dom.append(list, ListView.item(page, position, session.rooms(), false, true));
            }
        }
    }
}

package dev.trackside.browser;

import dev.trackside.model.Session;
import dev.trackside.model.Speaker;
import dev.trackside.query.TextFold;
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

    /**
     * Starts the index of speakers in {@code host}: alphabetical (by folded name), under a heading per initial, the
     * first screenful at once and the rest through {@link Index#renderMore()} (36C3 has about a thousand speakers,
     * and laying out all of them took a view switch 50-90 ms). Off-screen initials skip layout (CSS).
     */
    static Index renderIndex(Page page, HTMLElement host, Map<String, List<Integer>> bySpeaker, Sorted sorted) {
        HTMLElement section = Dom.append(host, Dom.element("div", "c-speakers"));
        Dom.append(section, Dom.text("h2", "c-view__title", page.text(Msg.SPEAKERS)));
        if (sorted.speakers.length == 0) {
            Dom.append(section, Dom.text("p", "c-empty", page.text(Msg.NO_SPEAKERS)));
        }
        Index index = new Index(page, section, bySpeaker, sorted);
        index.draw(FIRST);
        return index;
    }

    /** Speakers drawn at once: more than a large window shows. */
    private static final int FIRST = 150;
    /** Speakers drawn per later chunk. */
    private static final int CHUNK = 400;

    /** The schedule's speakers in the index's order (by folded name), each with the initial it is listed under. */
    static final class Sorted {
        final Speaker[] speakers;
        final String[] initials;

        Sorted(List<Speaker> all) {
            Speaker[] given = all.toArray(new Speaker[0]);
            String[] keys = new String[given.length];
            Integer[] order = new Integer[given.length];
            for (int i = 0; i < given.length; i++) {
                keys[i] = TextFold.fold(given[i].name());
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
            speakers = new Speaker[given.length];
            initials = new String[given.length];
            for (int i = 0; i < order.length; i++) {
                speakers[i] = given[order[i]];
                initials[i] = initial(keys[order[i]]);
            }
        }
    }

    /** The heading a folded name is listed under: its initial from a to z, else "#". */
    private static String initial(String folded) {
        char c = folded.isEmpty() ? '#' : folded.charAt(0);
        return c >= 'a' && c <= 'z' ? String.valueOf((char) (c - 'a' + 'A')) : "#";
    }

    /** The index being drawn. */
    static final class Index implements Chunked {
        private final Page page;
        private final HTMLElement section;
        private final Map<String, List<Integer>> bySpeaker;
        private final Sorted sorted;
        private int next;
        private String letter;
        private HTMLElement list;

        private Index(Page page, HTMLElement section, Map<String, List<Integer>> bySpeaker, Sorted sorted) {
            this.page = page;
            this.section = section;
            this.bySpeaker = bySpeaker;
            this.sorted = sorted;
        }

        @Override
        public boolean isComplete() {
            return next >= sorted.speakers.length;
        }

        @Override
        public boolean renderMore() {
            draw(CHUNK);
            return !isComplete();
        }

        private void draw(int count) {
            int end = Math.min(sorted.speakers.length, next + count);
            for (; next < end; next++) {
                Speaker speaker = sorted.speakers[next];
                String initial = sorted.initials[next];
                if (!initial.equals(letter)) {
                    letter = initial;
                    HTMLElement group = Dom.append(section, Dom.element("section", "c-speakers__group"));
                    Dom.append(group, Dom.text("h3", "c-speakers__initial", initial));
                    list = Dom.append(group, Dom.element("ul", "c-speakers__list"));
                }
                List<Integer> own = bySpeaker.get(speaker.id());
                int sessions = own == null ? 0 : own.size();
                HTMLElement item = Dom.append(list, Dom.element("li", null));
                Dom.append(item, page.speakerLink("c-speakers__link", speaker));
                Dom.append(item, Dom.text("span", "c-speakers__count",
                        " " + page.msg.count(Msg.SESSIONS_ONE, Msg.SESSIONS_OTHER, sessions)));
            }
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
            page.markup.render(speaker.bio(), Dom.append(article, Dom.element("div", "c-speaker__bio c-prose")));
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

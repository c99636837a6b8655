package dev.trackside.browser;

import dev.trackside.model.Session;
import dev.trackside.query.Query;
import dev.trackside.view.Msg;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Search results in the list view: the sessions that match, best first (title above speakers above tags above
 * abstract, whole words above parts), each with its day and the matched words marked. The first {@link #FIRST} are
 * drawn at once and the rest on request, so a one-letter query over thousands of sessions stays a quick keystroke.
 */
final class ResultsView {
    static final int FIRST = 20;

    private ResultsView() {
    }

    /**
     * Draws into {@code host} the sessions of {@code ranked} that {@code shown} marks (the search narrowed by the
     * filters); returns how many there are.
     */
    static int render(Page page, HTMLElement host, int[] ranked, boolean[] shown, Query query, boolean all,
            boolean first) {
        host.setTextContent("");
        HTMLElement section = Dom.append(host, Dom.element("div", "c-results"));
        Dom.append(section, Dom.text("h2", "c-view__title u-visually-hidden", page.text(Msg.BEST_MATCHES)));
        HTMLElement list = Dom.append(section, Dom.element("ul", "c-results__list"));
        int count = 0;
        for (int position : ranked) {
            if (!shown[position]) {
                continue;
            }
            if (all || count < FIRST) {
                Session session = page.schedule.sessions().get(position);
                HTMLElement item = Dom.append(list, ListView.item(page, position, session.rooms(), first && count == 0,
                        true));
                mark(item.querySelector(".c-session__title"), session.title(), query.highlight(session.title()));
                HTMLElement speakers = item.querySelector(".c-session__speakers");
                if (speakers != null) {
                    String names = speakers.getTextContent();
                    mark(speakers, names, query.highlight(names, Query.Field.SPEAKER));
                }
            }
            count++;
        }
        if (!all && count > FIRST) {
            HTMLElement more = Dom.append(section, Dom.text("button", "c-button c-results__more",
                    page.msg.format(Msg.SHOW_ALL_RESULTS, Integer.toString(count))));
            more.setAttribute("type", "button");
            more.setAttribute("data-action", "all-results");
        }
        return count;
    }

    /** Writes {@code text} into {@code element} with the ranges {@code [s0, e0, s1, e1, …]} in {@code <mark>}. */
    static void mark(HTMLElement element, String text, int[] ranges) {
        if (ranges.length == 0) {
            return; // the element already holds the text
        }
        element.setTextContent("");
        int at = 0;
        for (int r = 0; r + 1 < ranges.length; r += 2) {
            if (ranges[r] > at) {
                element.appendChild(Dom.textNode(text.substring(at, ranges[r])));
            }
            Dom.append(element, Dom.text("mark", null, text.substring(ranges[r], ranges[r + 1])));
            at = ranges[r + 1];
        }
        if (at < text.length()) {
            element.appendChild(Dom.textNode(text.substring(at)));
        }
    }
}

package dev.trackside.browser;

import dev.trackside.model.Session;
import dev.trackside.query.Query;
import dev.trackside.view.Msg;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Node;

/**
 * Search results in the list view: the sessions that match, best first (title above speakers above tags above
 * abstract, whole words above parts), each with its day and the matched words marked. The first {@link #FIRST} are
 * drawn at once and the rest on request, so a one-letter query over thousands of sessions stays a quick keystroke.
 */
final class ResultsView {
    static final int FIRST = 20;

    /**
     * The items drawn so far, by session position, with the marks they carry: typing usually keeps most of the
     * first results, and moving an item is far cheaper than building it again (and laying out its text anew).
     * Valid while the time zone and shared highlights stay as they were (the viewer drops this view when they change)
     * and told of every star.
     */
    private final Map<Integer, Item> items = new HashMap<>();
    private HTMLElement section;
    private HTMLElement list;
    private HTMLElement more;

    private static final class Item {
        final HTMLElement element;
        int[] title = new int[0];
        int[] speakers = new int[0];

        Item(HTMLElement element) {
            this.element = element;
        }
    }

    /**
     * Draws into {@code host} (beside what it holds: the viewer hides the day list there) the sessions of
     * {@code ranked} that {@code shown} marks (the search narrowed by the filters); returns how many there are.
     */
    int render(Page page, HTMLElement host, int[] ranked, boolean[] shown, Query query, boolean all, boolean first) {
        if (section == null) {
            section = Dom.element("div", "c-results");
            Dom.append(section, Dom.text("h2", "c-view__title u-visually-hidden", page.text(Msg.BEST_MATCHES)));
            list = Dom.append(section, Dom.element("ul", "c-results__list"));
        }
        if (!Js.same(section.getParentNode(), host)) {
            host.appendChild(section);
        }
        Node cursor = list.getFirstChild();
        int count = 0;
        for (int position : ranked) {
            if (!shown[position]) {
                continue;
            }
            if (all || count < FIRST) {
                HTMLElement element = item(page, position, query, first && count == 0);
                if (cursor != null && Js.same(element, cursor)) {
                    cursor = cursor.getNextSibling();
                } else {
                    list.insertBefore(element, cursor);
                }
            }
            count++;
        }
        while (cursor != null) {
            Node next = cursor.getNextSibling();
            list.removeChild(cursor);
            cursor = next;
        }
        if (!all && count > FIRST) {
            if (more == null) {
                more = Dom.element("button", "c-button c-results__more");
                more.setAttribute("type", "button");
                more.setAttribute("data-action", "all-results");
            }
            more.setTextContent(page.msg.format(Msg.SHOW_ALL_RESULTS, Integer.toString(count)));
            section.appendChild(more);
        } else if (more != null && more.getParentNode() != null) {
            section.removeChild(more);
        }
        return count;
    }

    /** Takes the results out of the page (the search box was cleared); they stay drawn for the next search. */
    void detach() {
        Dom.remove(section);
    }

    /** Sets the star of session {@code id} in every item drawn, shown or not. */
    void starChanged(String id, boolean on) {
        for (Item item : items.values()) {
            HTMLElement star = item.element.querySelector("[data-star]");
            if (star != null && id.equals(star.getAttribute("data-star"))) {
                star.setAttribute("aria-pressed", on ? "true" : "false");
            }
        }
    }

    /** The item of the session at {@code position}, built or reused, with the query's words marked. */
    private HTMLElement item(Page page, int position, Query query, boolean first) {
        Session session = page.schedule.sessions().get(position);
        Item item = items.get(position);
        if (item == null) {
            item = new Item(ListView.item(page, position, session.rooms(), first, true));
            items.put(position, item);
        }
        int[] title = query.highlight(session.title());
        if (!Arrays.equals(title, item.title)) {
            mark(item.element.querySelector(".c-session__title"), session.title(), title);
            item.title = title;
        }
        HTMLElement speakers = item.element.querySelector(".c-session__speakers");
        if (speakers != null) {
            String names = speakers.getTextContent();
            int[] ranges = query.highlight(names, Query.Field.SPEAKER);
            if (!Arrays.equals(ranges, item.speakers)) {
                mark(speakers, names, ranges);
                item.speakers = ranges;
            }
        }
        return item.element;
    }

    /** Writes {@code text} into {@code element} with the ranges {@code [s0, e0, s1, e1, …]} in {@code <mark>}. */
    static void mark(HTMLElement element, String text, int[] ranges) {
        if (ranges.length == 0) {
            element.setTextContent(text);
            return;
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

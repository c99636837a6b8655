package dev.trackside.browser;

import dev.trackside.model.Day;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/** The day tabs (the ARIA tabs pattern): built once per schedule, then only the selection moves. */
final class DayTabs {
    private DayTabs() {
    }

    /**
     * Fills {@code tablist} with a tab per day unless it has them (its own: the page's first screen has tabs written at
     * build time), and selects day {@code selected}.
     */
    static void update(HTMLElement tablist, List<Day> days, Intl intl, int selected) {
        if (tablist.getChildNodes().getLength() != days.size() || tablist.querySelector(".c-first") != null) {
            tablist.setTextContent("");
            for (int i = 0; i < days.size(); i++) {
                Day d = days.get(i);
                HTMLElement tab = Dom.append(tablist, Dom.element("button", "c-days__tab"));
                tab.setAttribute("type", "button");
                tab.setAttribute("role", "tab");
                tab.setAttribute("id", "trackside-day-" + i);
                tab.setAttribute("aria-controls", "trackside-view");
                tab.setAttribute("data-day", d.date().toString());
                Dom.append(tab, Dom.text("span", "c-days__date", intl.tab(d.date())));
                if (!d.name().isEmpty()) {
                    tab.appendChild(Dom.textNode(" "));
                    Dom.append(tab, Dom.text("span", "c-days__name", d.name()));
                }
            }
        }
        NodeList<? extends HTMLElement> all = tablist.querySelectorAll("[role=tab]");
        boolean moved = selected >= 0 && selected < all.getLength()
                && !"true".equals(all.get(selected).getAttribute("aria-selected"));
        if (moved) {
            reveal(tablist);
        }
        for (int i = 0; i < all.getLength(); i++) {
            boolean isSelected = i == selected;
            all.get(i).setAttribute("aria-selected", isSelected ? "true" : "false");
            all.get(i).setAttribute("tabindex", isSelected ? "0" : "-1");
        }
    }

    /**
     * Scrolls the row of tabs sideways, if need be, so that the selected tab is in it (a phone shows two or three
     * days of a week-long conference): in the next frame's callback, where the layout it reads is due anyway, and
     * again whenever the row's width changes (a phone turned upright, a window narrowed).
     */
    @JSBody(params = "row", script = "if (!row.tsCenter) {"
            + "  row.tsCenter = function () { var tab = row.querySelector('[aria-selected=true]'); if (!tab) return;"
            + "    var t = tab.getBoundingClientRect(), r = row.getBoundingClientRect();"
            + "    if (t.left < r.left || t.right > r.right) {"
            + "      row.scrollLeft += t.left - r.left - (r.width - t.width) / 2; } };"
            + "  if (self.ResizeObserver) new ResizeObserver(function () { row.tsCenter(); }).observe(row); }"
            + "requestAnimationFrame(row.tsCenter);")
    private static native void reveal(HTMLElement row);

    /** The day a key moves to from {@code current} (arrows, Home, End), or -1 for any other key. */
    static int keyTarget(String key, int current, int count) {
        switch (key) {
            case "ArrowRight":
                return Math.min(count - 1, current + 1);
            case "ArrowLeft":
                return Math.max(0, current - 1);
            case "Home":
                return 0;
            case "End":
                return count - 1;
            default:
                return -1;
        }
    }
}

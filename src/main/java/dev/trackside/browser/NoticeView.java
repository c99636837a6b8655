package dev.trackside.browser;

import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Warning;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What the reader skipped or flagged, one click away: a closed {@code <details>} whose summary counts the
 * skipped items and warnings. Nothing a reader drops goes unmentioned.
 */
final class NoticeView {
    /** Listing thousands of overlaps helps nobody; the count in the summary stays exact. */
    static final int MAX_LISTED = 200;

    private NoticeView() {
    }

    static void render(HTMLElement host, ScheduleRead read) {
        List<Warning> warnings = read.warnings();
        host.setTextContent("");
        host.setHidden(warnings.isEmpty());
        if (warnings.isEmpty()) {
            return;
        }
        int skipped = read.skipped();
        int flagged = warnings.size() - skipped;
        StringBuilder summary = new StringBuilder();
        if (skipped > 0) {
            summary.append(skipped).append(skipped == 1 ? " item skipped" : " items skipped");
        }
        if (flagged > 0) {
            summary.append(summary.length() > 0 ? ", " : "").append(flagged)
                    .append(flagged == 1 ? " warning" : " warnings");
        }
        HTMLElement details = Dom.append(host, Dom.element("details", "c-notice"));
        HTMLElement summaryElement = Dom.append(details, Dom.text("summary", null, summary + " while reading this "
                + read.format() + "."));
        summaryElement.setAttribute("data-skipped", Integer.toString(skipped));
        summaryElement.setAttribute("data-warnings", Integer.toString(warnings.size()));
        HTMLElement list = Dom.append(details, Dom.element("ul", "c-notice__list"));
        for (int i = 0; i < warnings.size() && i < MAX_LISTED; i++) {
            Warning warning = warnings.get(i);
            HTMLElement item = Dom.append(list, Dom.element("li", null));
            item.setAttribute("data-code", warning.code().id());
            Dom.append(item, Dom.text("code", "c-notice__code", warning.code().id()));
            Dom.append(item, Dom.text("span", null, " " + warning.message() + " "));
            Dom.append(item, Dom.text("code", "c-notice__path", warning.path()));
        }
        if (warnings.size() > MAX_LISTED) {
            Dom.append(list, Dom.text("li", null, "… and " + (warnings.size() - MAX_LISTED) + " more; "
                    + "java -jar trackside.jar validate lists them all."));
        }
    }
}

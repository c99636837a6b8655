package dev.trackside.browser;

import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Warning;
import dev.trackside.view.Messages;
import dev.trackside.view.Msg;
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

    static void render(HTMLElement host, ScheduleRead read, Messages msg) {
        List<Warning> warnings = read.warnings();
        host.setTextContent("");
        host.setHidden(warnings.isEmpty());
        if (warnings.isEmpty()) {
            return;
        }
        int skipped = read.skipped();
        int flagged = warnings.size() - skipped;
        HTMLElement details = Dom.append(host, Dom.element("details", "c-notice"));
        HTMLElement summaryElement = Dom.append(details, Dom.text("summary", null,
                msg.format(Msg.NOTICE_SUMMARY, msg.readingSummary(skipped, flagged), read.format())));
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
            Dom.append(list, Dom.text("li", null,
                    msg.format(Msg.NOTICE_MORE, Integer.toString(warnings.size() - MAX_LISTED))));
        }
    }
}

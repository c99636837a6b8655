package dev.trackside.browser;

import dev.trackside.model.Schedule;
import dev.trackside.parse.ScheduleException;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Schedules;
import dev.trackside.query.SessionSearch;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * One viewer on the page: loads a schedule, renders it and answers the search box. All of its state lives here.
 *
 * <p>DOM contract (documented in the README): the root carries {@code data-state} (loading, ready, error); the
 * element with {@code data-result-count} holds the number of matching sessions; on failure an element with
 * {@code role="alert"} names the problem.
 */
final class ScheduleViewer {
    static final String DEFAULT_SOURCE = "demo/djangocon-us-2019.json";

    private final HTMLElement root;
    private final HTMLInputElement searchBox;
    private final HTMLElement resultCount;
    private SessionSearch search;
    private SessionListView list;

    ScheduleViewer(HTMLElement root) {
        this.root = root;
        this.searchBox = (HTMLInputElement) root.querySelector("input[type=search]");
        this.resultCount = root.querySelector("[data-result-count]");
    }

    void start() {
        root.setAttribute("data-state", "loading");
        String source = Js.urlParameter("src");
        if (source == null || source.isEmpty()) {
            source = root.hasAttribute("data-src") ? root.getAttribute("data-src") : DEFAULT_SOURCE;
        }
        String url = source;
        ScheduleLoader.load(url, new ScheduleLoader.Callback() {
            @Override
            public void loaded(String text) {
                show(url, text);
            }

            @Override
            public void failed(String message) {
                fail(message);
            }
        });
    }

    private void show(String url, String text) {
        ScheduleRead read;
        try {
            Js.mark("trackside-parse-start");
            read = Schedules.read(text, new IntlTimeZones(), localZone());
            Js.mark("trackside-parsed");
        } catch (ScheduleException e) {
            fail("The schedule at " + url + " could not be read. " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            fail("The schedule at " + url + " could not be read because of an internal error: " + e);
            return;
        }
        try {
            Schedule schedule = read.schedule();
            search = new SessionSearch(schedule);
            Js.mark("trackside-indexed");
            list = new SessionListView(schedule);
            new HeaderView(root).render(schedule);
            NoticeView.render(Dom.byRole(root, "notices"), read);
            HTMLElement container = Dom.byRole(root, "sessions");
            container.appendChild(list.render());
            Js.mark("trackside-rendered");
            searchBox.setDisabled(false);
            searchBox.addEventListener("input", event -> applySearch());
            applySearch();
            renderRest();
        } catch (RuntimeException e) {
            fail("The schedule could not be shown because of an internal error: " + e);
        }
    }

    /** Renders the remaining chunks between frames; the viewer is "ready" once every session is in the page. */
    private void renderRest() {
        if (!list.renderMore()) {
            root.setAttribute("data-state", "ready");
            return;
        }
        Window.setTimeout(() -> {
            try {
                renderRest();
            } catch (RuntimeException e) {
                fail("The schedule could not be shown because of an internal error: " + e);
            }
        }, 0);
    }

    /**
     * The zone for schedules whose times carry no UTC offset (Sessionize): {@code ?tz=} or the root's
     * {@code data-time-zone}; without one such times are shown as written.
     */
    private String localZone() {
        String zone = Js.urlParameter("tz");
        if (zone == null || zone.isEmpty()) {
            zone = root.getAttribute("data-time-zone");
        }
        return zone == null || zone.isEmpty() ? null : zone;
    }

    private void applySearch() {
        try {
            boolean[] matches = list.matches();
            int count = search.match(searchBox.getValue(), matches);
            list.show(matches);
            resultCount.setAttribute("data-result-count", Integer.toString(count));
            resultCount.setTextContent(count == search.size() ? count + " sessions"
                    : count + " of " + search.size() + " sessions");
            HTMLElement empty = Dom.byRole(root, "empty");
            empty.setHidden(count > 0);
            if (count == 0) {
                empty.setTextContent(search.size() == 0 ? "This schedule has no sessions yet."
                        : "No session matches “" + searchBox.getValue().trim() + "”.");
            }
        } catch (RuntimeException e) {
            fail("Searching failed because of an internal error: " + e);
        }
    }

    private void fail(String message) {
        Js.consoleError("Trackside: " + message);
        root.setAttribute("data-state", "error");
        HTMLElement alert = Dom.byRole(root, "alert");
        alert.setTextContent("");
        Dom.append(alert, Dom.text("strong", null, "The schedule cannot be shown."));
        Dom.append(alert, Dom.text("p", null, message));
        alert.setAttribute("role", "alert");
        alert.setHidden(false);
        Dom.byRole(root, "title").setTextContent("Trackside");
    }
}

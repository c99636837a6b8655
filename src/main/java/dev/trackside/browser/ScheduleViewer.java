package dev.trackside.browser;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Day;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;
import dev.trackside.parse.ScheduleException;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Schedules;
import dev.trackside.query.SessionSearch;
import dev.trackside.view.DayGrid;
import dev.trackside.view.Filters;
import dev.trackside.view.ListBuckets;
import dev.trackside.view.Messages;
import dev.trackside.view.Msg;
import dev.trackside.view.NowNext;
import dev.trackside.view.ViewState;
import dev.trackside.view.ViewState.View;
import dev.trackside.view.ZoneShift;
import java.util.List;
import java.util.Map;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * One viewer on the page: loads a schedule, then shows whatever the URL hash says ({@link ViewState}): the grid or
 * list of a day, the speakers, a session's detail. Every control changes the hash, and the hash alone decides what is
 * on screen, so reload, back/forward and a shared link restore the view.
 *
 * <p>DOM contract (documented in the README): the root carries {@code data-state} (loading, ready, error) and
 * {@code data-view}; the element with {@code data-result-count} holds the number of matching sessions; on failure an
 * element with {@code role="alert"} names the problem.
 */
final class ScheduleViewer {
    static final String DEFAULT_SOURCE = "demo/djangocon-us-2019.json";
    /** Below this width the unchosen view is the list: a grid of five rooms does not fit a phone. */
    static final int NARROW_PX = 700;

    private final HTMLElement root;
    private final HTMLInputElement searchBox;
    private final HTMLElement resultCount;
    private final Messages msg;
    private final Intl intl;
    private Schedule schedule;
    private SessionSearch search;
    private final IntlTimeZones zones = new IntlTimeZones();
    private ViewState state = ViewState.DEFAULT;
    private ViewState shown;
    private boolean[] matches;
    private int matchCount;
    private ZoneShift shift = ZoneShift.none();
    private NowNext now;
    private GridView grid;
    private ListView list;
    private ListBuckets buckets;
    private Map<String, List<Integer>> bySpeaker;
    private View shownView;
    private HTMLElement opener;
    private boolean firstPaint = true;
    private boolean pushedDetail;

    ScheduleViewer(HTMLElement root) {
        this.root = root;
        this.searchBox = (HTMLInputElement) root.querySelector("input[type=search]");
        this.resultCount = root.querySelector("[data-result-count]");
        String lang = Js.urlParameter("lang");
        if (lang == null || lang.isEmpty()) {
            lang = root.getAttribute("lang");
        }
        if (lang == null || lang.isEmpty()) {
            lang = Js.documentLanguage();
        }
        this.msg = Messages.forLanguage(lang);
        this.intl = new Intl(msg.language());
        if (!msg.language().equals("en")) {
            root.setAttribute("lang", msg.language());
        }
        localize();
    }

    /** Static texts of the page in the viewer's language. */
    private void localize() {
        NodeList<? extends HTMLElement> texts = root.querySelectorAll("[data-msg]");
        for (int i = 0; i < texts.getLength(); i++) {
            texts.get(i).setTextContent(msg.text(named(texts.get(i).getAttribute("data-msg"))));
        }
        NodeList<? extends HTMLElement> labels = root.querySelectorAll("[data-msg-label]");
        for (int i = 0; i < labels.getLength(); i++) {
            labels.get(i).setAttribute("aria-label", msg.text(named(labels.get(i).getAttribute("data-msg-label"))));
        }
        searchBox.setPlaceholder(msg.text(Msg.SEARCH_PLACEHOLDER));
        Dom.byRole(root, "title").setTextContent(msg.text(Msg.LOADING));
    }

    /**
     * The text key of that name, as Msg.valueOf finds it but without Enum.valueOf, whose lookup table and error
     * message cost the browser build more than this loop.
     */
    private static Msg named(String name) {
        for (Msg key : Msg.values()) {
            if (key.name().equals(name)) {
                return key;
            }
        }
        throw new IllegalArgumentException("No text key " + name);
    }

    void start() {
        root.setAttribute("data-state", "loading");
        String source = Js.urlParameter("src");
        if (source == null || source.isEmpty()) {
            source = root.hasAttribute("data-src") ? root.getAttribute("data-src") : DEFAULT_SOURCE;
        }
        String url = source;
        ScheduleLoader.load(root, url, msg, new ScheduleLoader.Callback() {
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
            read = Schedules.read(text, zones, localZone());
            Js.mark("trackside-parsed");
        } catch (ScheduleException e) {
            fail(msg.format(Msg.ERROR_UNREADABLE, url, e.getMessage()));
            return;
        } catch (RuntimeException e) {
            fail(msg.format(Msg.ERROR_READ_INTERNAL, url, String.valueOf(e)));
            return;
        }
        try {
            schedule = read.schedule();
            matches = new boolean[schedule.sessions().size()];
            now = NowNext.at(schedule, clock());
            new HeaderView(root, msg, intl).render(schedule);
            NoticeView.render(Dom.byRole(root, "notices"), read, msg);
            state = initialState(ViewState.parse(Js.hash()));
            wire();
            apply(state);
            Js.mark("trackside-rendered");
            // The search index is needed at the first keystroke, not for the first frame: build it right after.
            Js.afterNextFrame(() -> guard(this::search));
        } catch (RuntimeException e) {
            fail(msg.format(Msg.ERROR_SHOW_INTERNAL, String.valueOf(e)));
        }
    }

    /** The search index, built on first use (folding 36C3's 1.1 M chars of text takes tens of ms). */
    private SessionSearch search() {
        if (search == null) {
            Js.mark("trackside-index-start");
            search = new SessionSearch(schedule);
            Js.mark("trackside-indexed");
        }
        return search;
    }

    /** The hash's state, with the remembered time-zone choice when the hash does not make one. */
    private ViewState initialState(ViewState parsed) {
        if (!parsed.localTime() && "local".equals(Js.load(storageKey()))) {
            return parsed.withLocalTime(true);
        }
        return parsed;
    }

    private String storageKey() {
        return "trackside:" + schedule.conference().id() + ":tz";
    }

    /** Now, from {@code ?now=} (tests, demos) or the browser's clock, in epoch seconds. */
    private static long clock() {
        String fixed = Js.urlParameter("now");
        if (fixed != null && !fixed.isEmpty()) {
            try {
                return ZonedTime.parse(fixed).epochSecond();
            } catch (RuntimeException e) {
                Js.consoleError("Trackside: ?now=" + fixed + " is not a time like 2019-09-23T10:30-07:00; using the clock");
            }
        }
        return (long) Math.floor(Js.nowMillis() / 1000);
    }

    private void wire() {
        searchBox.setDisabled(false);
        searchBox.setValue(state.query());
        searchBox.addEventListener("input", event -> guard(() -> {
            ViewState next = state.withQuery(searchBox.getValue());
            Js.replaceHash(Page.href(next));
            apply(next);
        }));
        root.querySelector(".c-views").setHidden(false);
        HTMLElement nowButton = root.querySelector("[data-action=now]");
        nowButton.setHidden(schedule.days().isEmpty());
        root.addEventListener("click", event -> guard(() -> click((MouseEvent) event)));
        Dom.byRole(root, "days").addEventListener("keydown", event -> guard(() -> tabKey((KeyboardEvent) event)));
        HTMLElement dialog = Dom.byRole(root, "detail");
        dialog.addEventListener("close", event -> guard(() -> {
            if (state.session() != null) {
                closeDetail();
            }
        }));
        Window.current().addEventListener("hashchange", event -> guard(this::followHash));
        Window.current().addEventListener("popstate", event -> guard(this::followHash));
        Window.current().addEventListener("resize", event -> guard(() -> {
            if (state.view() == View.AUTO && resolve(View.AUTO) != shownView) {
                apply(state);
            }
        }));
    }

    /** Applies the URL's hash, unless it is a plain in-page anchor such as the skip link's. */
    private void followHash() {
        String hash = Js.hash();
        if (hash.length() > 1 && hash.indexOf('=') < 0) {
            return;
        }
        apply(ViewState.parse(hash));
    }

    private void click(MouseEvent event) {
        if (event.getButton() != 0 || event.getCtrlKey() || event.getMetaKey() || event.getShiftKey()
                || event.getAltKey()) {
            return; // a new tab or window: the link's href does that
        }
        Element target = Js.closest((Element) event.getTarget(),
                "a[data-session-id], a[data-speaker-id], a.c-skip, button");
        if (target == null) {
            return;
        }
        if ("c-skip".equals(target.getAttribute("class"))) {
            event.preventDefault();
            Dom.byRole(root, "sessions").focus(); // the view itself, without touching the hash
        } else if (target.hasAttribute("data-session-id")) {
            event.preventDefault();
            opener = (HTMLElement) target;
            pushedDetail = true;
            navigate(state.withSession(target.getAttribute("data-session-id")));
        } else if (target.hasAttribute("data-speaker-id")) {
            event.preventDefault();
            navigate(state.withSession(null).withSpeaker(target.getAttribute("data-speaker-id")));
        } else if (target.hasAttribute("data-view")) {
            navigate(state.withSession(null).withView(View.fromId(target.getAttribute("data-view"))));
        } else if (target.hasAttribute("data-day")) {
            navigate(state.withDay(CivilDate.parse(target.getAttribute("data-day"))));
        } else if ("now".equals(target.getAttribute("data-action"))) {
            jumpToNow();
        } else if ("tz".equals(target.getAttribute("data-action"))) {
            boolean local = !state.localTime();
            Js.save(storageKey(), local ? "local" : null);
            navigate(state.withLocalTime(local));
        } else if (target.hasAttribute("data-filter")) {
            navigate(state.withoutFilter(ViewState.Facet.fromId(target.getAttribute("data-filter")),
                    target.getAttribute("data-value")));
        } else if ("clear-filters".equals(target.getAttribute("data-action"))) {
            navigate(state.withoutFilters());
        } else if ("close".equals(target.getAttribute("data-action"))) {
            closeDetail();
        }
    }

    /** Arrow keys, Home and End move between day tabs (the ARIA tabs pattern); the rest of the page uses Tab. */
    private void tabKey(KeyboardEvent event) {
        List<Day> days = schedule.days();
        int next = DayTabs.keyTarget(event.getKey(), dayIndex(state), days.size());
        if (next < 0) {
            return;
        }
        event.preventDefault();
        navigate(state.withDay(days.get(next).date()));
        HTMLElement tab = root.querySelector(".c-days__tab[aria-selected=true]");
        if (tab != null) {
            tab.focus();
        }
    }

    private void jumpToNow() {
        now = NowNext.at(schedule, clock());
        Day today = now.today();
        ViewState next = state.withSession(null);
        if (next.view() == View.SPEAKERS || next.view() == View.SPEAKER) {
            next = next.withView(View.AUTO);
        }
        if (today != null) {
            next = next.withDay(today.date());
        }
        shown = null; // re-render: the running sessions changed
        navigate(next);
        // The line at the current time, else (in the list) the first running session: not the first running card,
        // which may be an all-day room whose middle is hours away.
        HTMLElement mark = root.querySelector(".c-grid__now");
        if (mark == null) {
            mark = root.querySelector("[data-role=sessions] [data-now]:not([hidden])");
        }
        if (mark != null) {
            Js.scrollIntoView(mark);
        }
        setStatus(now.containsNow() && now.running().length > 0 ? null : msg.text(Msg.NOTHING_RUNNING));
    }

    private void navigate(ViewState next) {
        if (!next.equals(state)) {
            Js.pushHash(Page.href(next));
        }
        apply(next);
    }

    private void closeDetail() {
        if (pushedDetail && Js.historyLength() > 1) {
            pushedDetail = false;
            Js.back(); // popstate applies the state without the session
        } else {
            navigate(state.withSession(null));
        }
    }

    private View resolve(View view) {
        if (view == View.AUTO) {
            return Js.viewportWidth() < NARROW_PX ? View.LIST : View.GRID;
        }
        return view;
    }

    private int dayIndex(ViewState s) {
        List<Day> days = schedule.days();
        if (s.day() != null) {
            for (int i = 0; i < days.size(); i++) {
                if (days.get(i).date().equals(s.day())) {
                    return i;
                }
            }
        }
        if (now != null && now.containsNow()) {
            return now.todayIndex();
        }
        return days.isEmpty() ? -1 : 0;
    }

    /** Makes the page show {@code next}: renders what changed, leaves the rest as it is. */
    private void apply(ViewState next) {
        ViewState previous = shown;
        state = next;
        View view = resolve(next.view());
        int day = dayIndex(next);
        boolean zoneChanged = previous == null || previous.localTime() != next.localTime();
        if (zoneChanged) {
            shift = next.localTime() ? ZoneShift.to(zones, Intl.visitorZone()) : ZoneShift.none();
            grid = null;
            list = null;
            new HeaderView(root, msg, intl).renderZone(schedule, shift, next.localTime());
        }
        if (!next.query().equals(searchBox.getValue())) {
            searchBox.setValue(next.query());
        }
        if (previous == null || !previous.query().equals(next.query())
                || !previous.filters().equals(next.filters())) {
            if (next.query().trim().isEmpty()) {
                java.util.Arrays.fill(matches, true);
            } else {
                search().match(next.query(), matches);
            }
            Filters.apply(schedule, next, matches);
            matchCount = 0;
            for (boolean match : matches) {
                matchCount += match ? 1 : 0;
            }
            FilterBar.render(Dom.byRole(root, "filters"), schedule, msg, next);
        }
        Page page = new Page(schedule, msg, intl, shift, now, next);
        root.setAttribute("data-view", view.id());
        updateControls(view, day);
        HTMLElement host = Dom.byRole(root, "sessions");
        boolean dayView = view == View.GRID || view == View.LIST;
        int visible;
        int total = schedule.sessions().size();
        if (view == View.GRID) {
            if (grid == null || shownView != View.GRID || grid.grid().day() != schedule.days().get(day)) {
                host.setTextContent("");
                grid = day < 0 ? null : GridView.render(DayGrid.of(schedule, schedule.days().get(day), null, zones,
                        DayGrid.DEFAULT_SLICE_MINUTES, shift.zone()), page, host, firstPaint);
                list = null;
            }
            visible = grid == null ? 0 : grid.show(matches);
            total = grid == null ? 0 : grid.total();
        } else if (view == View.LIST) {
            boolean fresh = list == null || shownView != View.LIST;
            if (fresh) {
                host.setTextContent("");
                if (buckets == null) {
                    buckets = new ListBuckets(schedule);
                }
                list = new ListView(page, buckets);
                grid = null;
            }
            // A search looks through every day; without one the list shows the chosen day.
            int scope = next.query().trim().isEmpty() && next.filters().isEmpty() ? day : -1;
            visible = list.show(matches, scope);
            total = list.total(scope);
            if (fresh) {
                host.appendChild(list.render(firstPaint));
                renderRest(list);
            }
        } else {
            if (bySpeaker == null) {
                bySpeaker = SpeakersView.sessionsBySpeaker(schedule.sessions());
            }
            if (shownView != view || previous == null || !eq(previous.speaker(), next.speaker())
                    || previous.localTime() != next.localTime()) {
                host.setTextContent("");
                if (view == View.SPEAKERS) {
                    SpeakersView.renderIndex(page, host, bySpeaker);
                } else {
                    SpeakersView.renderSpeaker(page, host, bySpeaker, next.speaker());
                }
            }
            grid = null;
            list = null;
            visible = matchCount;
        }
        if (dayView) {
            host.setAttribute("role", "tabpanel");
            HTMLElement tab = root.querySelector(".c-days__tab[aria-selected=true]");
            if (tab != null) {
                host.setAttribute("aria-labelledby", tab.getId());
            }
        } else {
            host.removeAttribute("role");
            host.removeAttribute("aria-labelledby");
        }
        shownView = view;
        firstPaint = false;
        showCount(dayView ? visible : matchCount, total, dayView);
        showDetail(page, previous);
        shown = next;
        if (list == null || list.isComplete()) {
            root.setAttribute("data-state", "ready");
        }
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** Renders the list's remaining chunks between frames; the viewer is "ready" once all are in the page. */
    private void renderRest(ListView current) {
        if (current != list) {
            return; // replaced meanwhile
        }
        if (!current.renderMore()) {
            root.setAttribute("data-state", "ready");
            return;
        }
        root.setAttribute("data-state", "loading");
        Window.setTimeout(() -> guard(() -> renderRest(current)), 0);
    }

    private void updateControls(View view, int day) {
        NodeList<? extends HTMLElement> buttons = root.querySelectorAll(".c-views__button");
        for (int i = 0; i < buttons.getLength(); i++) {
            String id = buttons.get(i).getAttribute("data-view");
            boolean pressed = id.equals(view.id()) || id.equals("speakers") && view == View.SPEAKER;
            buttons.get(i).setAttribute("aria-pressed", pressed ? "true" : "false");
        }
        HTMLElement days = Dom.byRole(root, "days");
        days.setHidden(schedule.days().isEmpty() || view == View.SPEAKERS || view == View.SPEAKER);
        DayTabs.update(days.querySelector("[role=tablist]"), schedule.days(), intl, day);
    }

    /** "14 sessions", or "3 of 14 sessions" while a search narrows what the view shows. */
    private void showCount(int count, int total, boolean sessionsShown) {
        resultCount.setAttribute("data-result-count", Integer.toString(count));
        resultCount.setTextContent(msg.sessionCount(count, total));
        HTMLElement empty = Dom.byRole(root, "empty");
        boolean none = count == 0 && sessionsShown;
        empty.setHidden(!none);
        if (none) {
            String query = state.query().trim();
            empty.setTextContent(query.isEmpty() ? msg.text(Msg.NO_SESSIONS) : msg.format(Msg.NO_MATCH, query));
        }
    }

    private void showDetail(Page page, ViewState previous) {
        HTMLElement dialog = Dom.byRole(root, "detail");
        String id = state.session();
        if (id == null) {
            pushedDetail = false; // closed some other way (a speaker link, back): the next close must not go back
            if (DetailView.isOpen(dialog)) {
                DetailView.close(dialog);
                restoreFocus(previous == null ? null : previous.session());
            }
            Dom.setTitle(schedule.conference().name() + " \u00b7 " + msg.text(Msg.SCHEDULE));
            return;
        }
        if (previous != null && id.equals(previous.session()) && previous.localTime() == state.localTime()
                && DetailView.isOpen(dialog)) {
            return;
        }
        int position = -1;
        List<Session> sessions = schedule.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).id().equals(id)) {
                position = i;
                break;
            }
        }
        DetailView.render(page, dialog, position);
        if (position >= 0) {
            Dom.setTitle(sessions.get(position).title() + " \u00b7 " + schedule.conference().name());
        }
        DetailView.open(dialog);
        HTMLElement close = dialog.querySelector("[data-action=close]");
        if (close != null) {
            close.focus();
        }
    }

    /** Focus goes back to what opened the dialog, or to that session in the view when it was re-rendered. */
    private void restoreFocus(String sessionId) {
        HTMLElement target = opener != null && Js.isConnected(opener) ? opener : null;
        if (target == null && sessionId != null) {
            target = (HTMLElement) Js.findSession(Dom.byRole(root, "sessions"), sessionId);
        }
        opener = null;
        if (target != null) {
            target.focus();
        }
    }

    private void setStatus(String text) {
        HTMLElement empty = Dom.byRole(root, "empty");
        if (text != null && empty.isHidden()) {
            Js.announce(resultCount, text);
        }
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

    private void guard(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            fail(msg.format(Msg.ERROR_SHOW_INTERNAL, String.valueOf(e)));
        }
    }

    private void fail(String message) {
        Js.consoleError("Trackside: " + message);
        root.setAttribute("data-state", "error");
        HTMLElement alert = Dom.byRole(root, "alert");
        alert.setTextContent("");
        Dom.append(alert, Dom.text("strong", null, msg.text(Msg.ERROR_TITLE)));
        Dom.append(alert, Dom.text("p", null, message));
        alert.setAttribute("role", "alert");
        alert.setHidden(false);
        Dom.byRole(root, "title").setTextContent("Trackside");
    }
}

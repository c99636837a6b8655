package dev.trackside.browser;

import dev.trackside.model.CivilDate;
import dev.trackside.model.Day;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;
import dev.trackside.parse.FirstDay;
import dev.trackside.parse.JsonNode;
import dev.trackside.parse.OtherFormats;
import dev.trackside.parse.ScheduleException;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Schedules;
import dev.trackside.query.Query;
import dev.trackside.query.SessionSearch;
import dev.trackside.view.Agenda;
import dev.trackside.view.DayGrid;
import dev.trackside.view.Facets;
import dev.trackside.view.Favourites;
import dev.trackside.view.ListBuckets;
import dev.trackside.view.Matches;
import dev.trackside.view.Messages;
import dev.trackside.view.Msg;
import dev.trackside.view.NowNext;
import dev.trackside.view.ViewState;
import dev.trackside.view.ViewState.View;
import dev.trackside.view.ZoneShift;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * One viewer on the page: loads a schedule, then shows whatever its state says ({@link ViewState}, kept by an
 * {@link Address}: the URL hash, or memory in an embed): the grid or list of a day, the speakers, a session's
 * detail. Every control changes the state, and the state alone decides what is on screen, so on the hosted page
 * reload, back/forward and a shared link restore the view.
 *
 * <p>DOM contract (documented in the README): the root carries {@code data-state} (loading, ready, error) and
 * {@code data-view}; the element with {@code data-result-count} holds the number of matching sessions; on failure an
 * element with {@code role="alert"} names the problem.
 */
final class ScheduleViewer implements Matches.Sources {
    static final String DEFAULT_SOURCE = "demo/djangocon-us-2019.json";
    /** Below this width the unchosen view is the list: a grid of five rooms does not fit a phone. */
    static final int NARROW_PX = 700;
    /**
     * Documents from this many chars on take long enough to read (about 0.3 s in wasm, 0.4 s in JS, then longer) to
     * say so first. Below it, the frame spent painting the message cost more than it told: 36C3's 2.9 MB are read
     * in about 0.15 s, and waited some 50 ms for that frame.
     */
    static final int LARGE_CHARS = 8_000_000;

    private final HTMLElement root;
    /** Where the state lives: the URL hash (the hosted page) or, in most embeds, memory. */
    private final Address address;
    private final HTMLInputElement searchBox;
    private final HTMLElement resultCount;
    private final Messages msg;
    private final Intl intl;
    private Schedule schedule;
    private SessionSearch search;
    private final IntlTimeZones zones = new IntlTimeZones();
    private ViewState state = ViewState.DEFAULT;
    private ViewState shown;
    /** What the search and the filters let through. */
    private Matches matching;
    private ZoneShift shift = ZoneShift.none();
    private NowNext now;
    private GridView grid;
    private ListView list;
    private ListBuckets buckets;
    private Map<String, List<Integer>> bySpeaker;
    private SpeakersView.Sorted alphabetical;
    /** Each day's grid in {@link #dayGridZone}, built ahead while the page is idle (a 36C3 day: 10 ms in JS). */
    private DayGrid[] dayGrids;
    private String dayGridZone;
    /** The speaker index while it is in the page (drawn in chunks). */
    private SpeakersView.Index speakerIndex;
    private View shownView;
    private HTMLElement opener;
    private boolean firstPaint = true;
    private boolean pushedDetail;
    /** The favourites and the controls around them, once the schedule is read. */
    private KeepControls keep;
    private Facets facets;
    /** Whether the results list shows every match, not only the first {@link ResultsView#FIRST}. */
    private boolean allResults;
    private FacetPanel facetPanel;
    /** The search results drawn so far, kept while the stars, zone and shared highlights stay the same. */
    private ResultsView results;
    private final OtherFormats others;
    /** How this engine reads JSON: JSON.parse alone in the wasm engines, with Gson in the JS engine. */
    private final TreeParser json;
    /** How this engine formats abstracts and bios: built in (JS), or loaded when first needed (wasm). */
    private final MarkupFormatter markup;
    /** The document, while only its first day is read (see {@link #readWhole}); else null. */
    private String pendingText;
    private FirstDay pendingFirst;
    private JsonNode pendingTree;
    private String pendingUrl;

    /**
     * @param others the formats of other tools this engine reads besides our own
     * @param json   how this engine reads JSON
     * @param markup how this engine formats abstracts and bios
     * @param languages where this engine's texts in each language come from
     */
    ScheduleViewer(HTMLElement root, OtherFormats others, TreeParser json, MarkupFormatter markup,
            Languages languages) {
        this.markup = markup;
        this.root = root;
        this.others = others;
        this.json = json;
        this.address = Address.of(root);
        this.searchBox = (HTMLInputElement) root.querySelector("input[type=search]");
        this.resultCount = root.querySelector("[data-result-count]");
        String lang = address.parameter("lang");
        if (lang == null || lang.isEmpty()) {
            lang = root.getAttribute("lang");
        }
        if (lang == null || lang.isEmpty()) {
            lang = Js.documentLanguage();
        }
        this.msg = languages.forTag(lang);
        this.intl = new Intl(msg.language());
        if (!msg.language().equals("en")) {
            root.setAttribute("lang", msg.language());
        }
        Shell.localize(root, msg);
        searchBox.setPlaceholder(msg.text(Msg.SEARCH_PLACEHOLDER));
    }

    void start() {
        root.setAttribute("data-state", "loading");
        String source = address.parameter("src");
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

    /**
     * Reads the schedule on the page's thread. One that large (50 MB: 1.3 s in wasm, 2.2 s in JS) first says so with
     * its size, painted before reading starts, rather than leaving the page on "Loading" while it is held.
     */
    private void show(String url, String text) {
        if (text.length() < LARGE_CHARS) {
            read(url, text);
            return;
        }
        int tenths = (int) (text.length() / 100_000L);
        Dom.byRole(root, "title").setTextContent(msg.format(Msg.READING_LARGE, tenths / 10 + "." + tenths % 10));
        Js.afterNextFrame(() -> read(url, text));
    }

    private void read(String url, String text) {
        ScheduleRead read;
        boolean quick = false;
        try {
            Js.mark("trackside-parse-start");
            JsonNode tree = json.tree(text);
            if (tree == null) {
                Js.handOver(root, url, text);
                return;
            }
            FirstDay first = firstDay(tree);
            if (first != null && startsOnFirstDay(first.read().schedule())) {
                // The first frame needs only the first day: the rest is read right after it (readWhole).
                read = first.read();
                quick = true;
                pendingFirst = first;
                pendingUrl = url;
                pendingText = text;
                pendingTree = tree;
            } else {
                read = json.read(text, tree, zones, localZone(), others);
            }
            Js.mark("trackside-parsed");
        } catch (ScheduleException e) {
            if (json.locates()) {
                fail(msg.format(Msg.ERROR_UNREADABLE, url, e.getMessage()));
            } else {
                Js.handOver(root, url, text); // the JS engine's message tells the line and column
            }
            return;
        } catch (RuntimeException e) {
            fail(msg.format(Msg.ERROR_READ_INTERNAL, url, String.valueOf(e)));
            return;
        }
        try {
            install(read.schedule(), null);
            Js.dropFirstScreen();
            new HeaderView(root, msg, intl).render(schedule);
            if (!quick) {
                NoticeView.render(Dom.byRole(root, "notices"), read, msg);
            }
            state = initialState(ViewState.parse(address.first()));
            wire();
            apply(state);
            Js.mark("trackside-rendered");
            // The search index is needed at the first keystroke, not for the first frame: build it right after. For a
            // large schedule that holds the page for a moment too (50 MB: 0.6 to 1.2 s), so the box says so first.
            if (text.length() >= LARGE_CHARS) {
                searchBox.setDisabled(true);
                searchBox.setPlaceholder(msg.text(Msg.PREPARING_SEARCH));
            }
            Js.Task prepare = () -> act(() -> { // after reading the whole schedule, if only its first day is read
                search();
                searchBox.setPlaceholder(msg.text(Msg.SEARCH_PLACEHOLDER));
                searchBox.setDisabled(false);
                // And what the list and the speaker index are drawn from: their first opening no longer builds it.
                prepareViews();
            });
            // A frame later after a quick read: the first frame's raster, on this machine's other core, is then done
            // before the whole read takes the page's thread (the first session is on screen sooner; measured).
            Js.afterNextFrame(quick ? () -> Js.afterNextFrame(prepare) : prepare);
        } catch (RuntimeException e) {
            fail(msg.format(Msg.ERROR_SHOW_INTERNAL, String.valueOf(e)));
        }
    }

    /** The quick read of the first day, or null: none for this format, or it failed (the whole read then says why). */
    private FirstDay firstDay(JsonNode tree) {
        try {
            return Schedules.readFirstDay(tree, zones, localZone(), others);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether the viewer starts on the first day's grid or list, as a quick read of the first day can draw it: no
     * day, search, filter, session, speaker or shared agenda in the address, the conference's time zone, and not
     * during the conference (the viewer would open today).
     */
    private boolean startsOnFirstDay(Schedule first) {
        ViewState start = ViewState.parse(address.first());
        View view = start.view();
        return (view == View.AUTO || view == View.GRID || view == View.LIST)
                && start.equals(ViewState.DEFAULT.withView(view))
                && !"local".equals(Js.load(storageKey(first)))
                && !NowNext.at(first, clock()).containsNow();
    }

    /**
     * After a first screen drawn from the first day alone: reads the whole schedule (before anything a visitor does:
     * {@link #act} calls it first) and takes it. A drawn grid stays where the whole schedule shows its day
     * alike ({@link FirstDay}); otherwise the view is drawn again. The viewer is "ready" only after this.
     */
    private boolean readWhole() {
        String text = pendingText;
        if (text == null) {
            return true;
        }
        pendingText = null;
        JsonNode tree = pendingTree;
        pendingTree = null;
        ScheduleRead read;
        try {
            read = json.read(text, tree, zones, localZone(), others);
        } catch (ScheduleException e) {
            // Drawn already, so not handed over: only frab has a quick read, and its errors have no line and column.
            fail(msg.format(Msg.ERROR_UNREADABLE, pendingUrl, e.getMessage()));
            return false;
        } catch (RuntimeException e) {
            fail(msg.format(Msg.ERROR_READ_INTERNAL, pendingUrl, String.valueOf(e)));
            return false;
        }
        Js.mark("trackside-read-whole");
        // The list holds every day (the drawn one shown): only the grid, of one day, can stay, if the whole schedule
        // shows that day alike and still opens on it (its "today" could differ at a night session's edge).
        int drawnDay = dayIndex(state);
        boolean keepDrawn = list == null && pendingFirst.drawnAlike(read.schedule(), drawnDay);
        pendingFirst = null;
        install(read.schedule(), keep.favourites());
        keepDrawn = keepDrawn && dayIndex(state) == drawnDay;
        NoticeView.render(Dom.byRole(root, "notices"), read, msg);
        if (!keepDrawn) {
            Js.mark("trackside-drawn-again");
            dropDrawn();
            shown = null;
            apply(state);
        } else if (drawn()) {
            root.setAttribute("data-state", "ready");
        }
        return true;
    }

    /** Takes {@code whole} as the schedule shown, with what derives from it; {@code favourites} to keep, or null. */
    private void install(Schedule whole, Favourites favourites) {
        schedule = whole;
        keep = new KeepControls(root, msg, resultCount, whole, favourites, markup);
        matching = new Matches(whole.sessions().size());
        now = NowNext.at(whole, clock());
        facets = null;
        buckets = null;
        bySpeaker = null;
        alphabetical = null;
        dayGrids = null;
        search = null;
    }

    /** The list's buckets and the speakers' sessions, built ahead of their first use while the page is idle. */
    private void prepareViews() {
        if (buckets == null) {
            buckets = new ListBuckets(schedule);
        }
        if (bySpeaker == null) {
            bySpeaker = SpeakersView.sessionsBySpeaker(schedule.sessions());
        }
        if (alphabetical == null) {
            alphabetical = new SpeakersView.Sorted(schedule.speakers());
        }
        for (int day = 0; day < schedule.days().size(); day++) {
            dayGrid(day);
        }
    }

    /** The grid of day {@code day} in the zone shown. */
    private DayGrid dayGrid(int day) {
        if (dayGrids == null || !Objects.equals(shift.zone(), dayGridZone)) {
            dayGrids = new DayGrid[schedule.days().size()];
            dayGridZone = shift.zone();
        }
        if (dayGrids[day] == null) {
            dayGrids[day] = DayGrid.of(schedule, schedule.days().get(day), zones, DayGrid.DEFAULT_SLICE_MINUTES,
                    dayGridZone);
        }
        return dayGrids[day];
    }

    /** The search index, built on first use (folding 36C3's 1.1 M chars of text takes tens of ms). */
    @Override
    public SessionSearch search() {
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
        return storageKey(schedule);
    }

    private static String storageKey(Schedule of) {
        return "trackside:" + of.conference().id() + ":tz";
    }

    /** Now, from {@code ?now=} (tests, demos) or the browser's clock, in epoch seconds. */
    private long clock() {
        String fixed = address.parameter("now");
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
        searchBox.addEventListener("input", event -> act(() -> {
            ViewState next = state.withQuery(searchBox.getValue());
            address.replaceSoon(Page.href(next));
            apply(next);
        }));
        root.querySelector(".c-views").setHidden(false);
        Shell.renderHelp(root, msg);
        HTMLElement nowButton = root.querySelector("[data-action=now]");
        nowButton.setHidden(schedule.days().isEmpty());
        root.addEventListener("click", event -> act(() -> click((MouseEvent) event)));
        root.addEventListener("change", event -> act(() -> {
            Element target = (Element) event.getTarget();
            if (target.hasAttribute("data-facet")) {
                facetChanged((HTMLInputElement) target);
            }
        }));
        Dom.byRole(root, "days").addEventListener("keydown", event -> act(() -> tabKey((KeyboardEvent) event)));
        HTMLElement dialog = Dom.byRole(root, "detail");
        dialog.addEventListener("close", event -> act(() -> {
            if (state.session() != null) {
                closeDetail();
            }
        }));
        address.listen(() -> act(this::followHash));
        Js.Task resized = () -> act(() -> {
            if (state.view() == View.AUTO && resolve(View.AUTO) != shownView) {
                apply(state);
            }
        });
        if (address.isPage()) {
            Window.current().addEventListener("resize", event -> resized.run());
        } else {
            Js.onResize(Js.host(root), resized); // the element's own width; nothing left behind once it is removed
        }
    }

    /** Applies the URL's hash, unless it is a plain in-page anchor such as the skip link's. */
    private void followHash() {
        String hash = address.hash();
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
        String action = target.getAttribute("data-action");
        if (target.hasAttribute("data-star")) {
            toggleFavourite(target.getAttribute("data-star"));
        } else if ("c-skip".equals(target.getAttribute("class"))) {
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
        } else if ("ics".equals(action)) {
            int position = positionOf(state.session());
            if (position >= 0) {
                Session session = schedule.sessions().get(position);
                keep.download(java.util.Collections.singletonList(session), session);
            }
        } else if ("all-results".equals(action)) {
            allResults = true;
            apply(state); // the same state: only the results list is drawn again, now in full
        } else if ("facets".equals(action)) {
            toggleFacetPanel((HTMLElement) target);
        } else if (action != null) {
            agendaAction(action);
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

    private Page page(ViewState s) {
        return new Page(schedule, msg, intl, shift, now, s, keep.favourites(),
                s.shared().isEmpty() ? null : Favourites.of(s.shared()).mask(schedule), markup);
    }

    /** The query's mistakes, said next to the search box in the page's language; the search goes on regardless. */
    private void showQueryProblems() {
        HTMLElement box = Dom.byRole(root, "query-problems");
        StringBuilder text = new StringBuilder();
        for (Query.Problem problem : matching.query().errors()) {
            int key = problem.type() == Query.Problem.Type.UNCLOSED_QUOTE ? Msg.QUERY_UNCLOSED_QUOTE
                    : problem.type() == Query.Problem.Type.UNKNOWN_FIELD ? Msg.QUERY_UNKNOWN_FIELD : Msg.QUERY_EMPTY_VALUE;
            String detail = problem.detail() == null ? "" : problem.detail();
            text.append(text.length() > 0 ? " " : "").append(msg.format(key, detail, detail));
        }
        box.setTextContent(text.toString());
        box.setHidden(text.length() == 0);
    }

    @Override
    public Facets facets() {
        if (facets == null) {
            facets = new Facets(schedule);
        }
        return facets;
    }

    /** Shows or hides the filter panel; it is built the first time it is shown. */
    private void toggleFacetPanel(HTMLElement button) {
        HTMLElement panel = Dom.byRole(root, "facets");
        boolean open = panel.isHidden();
        panel.setHidden(!open);
        button.setAttribute("aria-expanded", open ? "true" : "false");
        if (open && facetPanel == null) {
            facetPanel = FacetPanel.render(panel, facets(), msg);
        }
        updateFacetPanel(state);
    }

    private void updateFacetPanel(ViewState s) {
        if (facetPanel != null && !Dom.byRole(root, "facets").isHidden()) {
            facetPanel.update(facets().count(matching.searched(), s), s);
        }
    }

    /** A ticked or cleared value in the filter panel. */
    private void facetChanged(HTMLInputElement box) {
        ViewState.Facet facet = ViewState.Facet.fromId(box.getAttribute("data-facet"));
        String value = box.getAttribute("data-value");
        navigate(box.isChecked() ? state.withFilter(facet, value) : state.withoutFilter(facet, value));
    }

    /** The agenda's buttons and the shared-link offer's. */
    private void agendaAction(String action) {
        if ("agenda-ics".equals(action)) {
            keep.downloadAgenda();
        } else if ("share".equals(action)) {
            AgendaView.showShareLink(page(state), Dom.byRole(root, "share"), keep.shareUrl());
        } else if ("copy".equals(action)) {
            keep.copyShareLink();
        } else if ("add-shared".equals(action)) {
            int added = keep.addShared(state.shared());
            navigate(state.withShared(null));
            // After navigating: drawing the view writes the count into the same live region.
            Js.announce(resultCount, msg.format(Msg.SHARED_ADDED, msg.count(Msg.SESSIONS_ONE, Msg.SESSIONS_OTHER,
                    added)));
        } else if ("dismiss-shared".equals(action)) {
            navigate(state.withShared(null));
        }
    }

    /** Stars or unstars a session everywhere it is shown (also in results drawn before), and stores the agenda. */
    private void toggleFavourite(String id) {
        boolean on = keep.toggle(id);
        if (results != null) {
            results.starChanged(id, on); // its items out of the page too
        }
        if (shownView == View.AGENDA) {
            shown = null; // the agenda lists favourites: render it again
            apply(state);
            Dom.byRole(root, "sessions").focus();
        }
        keep.showSharedOffer(state);
    }

    /** The index of the session with {@code id}, or -1. */
    private int positionOf(String id) {
        List<Session> sessions = schedule.sessions();
        for (int i = 0; id != null && i < sessions.size(); i++) {
            if (sessions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void navigate(ViewState next) {
        if (!next.equals(state)) {
            address.push(Page.href(next));
        }
        apply(next);
    }

    private void closeDetail() {
        boolean back = pushedDetail && address.back(); // popstate applies the state without the session
        pushedDetail = false;
        if (!back) {
            navigate(state.withSession(null));
        }
    }

    private View resolve(View view) {
        if (view == View.AUTO) {
            // The hosted page goes by the window; an embed by its element, which may be a column of a wide page.
            int width = address.isPage() ? Js.viewportWidth() : Js.width(Js.host(root));
            return width < NARROW_PX ? View.LIST : View.GRID;
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
        int[] ranked = null;
        if (previous == null || !previous.shared().equals(next.shared())) {
            dropDrawn(); // the shared sessions are highlighted in every view
            keep.showSharedOffer(next);
        }
        if (zoneChanged) {
            shift = next.localTime() ? ZoneShift.to(zones, Intl.visitorZone()) : ZoneShift.none();
            dropDrawn();
            new HeaderView(root, msg, intl).renderZone(schedule, shift, next.localTime());
        }
        if (!next.query().equals(searchBox.getValue())) {
            searchBox.setValue(next.query());
        }
        if (previous == null || !previous.query().equals(next.query())
                || !previous.filters().equals(next.filters())) {
            // The list shows ranked results.
            ranked = matching.update(next, this, view == View.LIST);
            allResults = false;
            showQueryProblems();
            updateFacetPanel(next);
            FilterBar.render(Dom.byRole(root, "filters"), schedule, msg, next);
            if (previous == null || !previous.filters().equals(next.filters())) {
                // The panel's button says how many values are ticked, seen even while the panel is closed.
                int ticked = next.filters().size();
                root.querySelector("[data-action=facets]").setTextContent(
                        ticked == 0 ? msg.text(Msg.FILTERS) : msg.text(Msg.FILTERS) + " (" + ticked + ")");
            }
        }
        Page page = page(next);
        root.setAttribute("data-view", view.id());
        updateControls(view, day);
        HTMLElement host = Dom.byRole(root, "sessions");
        boolean dayView = view == View.GRID || view == View.LIST;
        int visible;
        int total = schedule.sessions().size();
        if (view != View.SPEAKERS) {
            speakerIndex = null; // replaced below (or not shown)
        }
        if (view == View.GRID) {
            // By date: a grid drawn from the first day's quick read stays for the whole schedule (readWhole).
            if (grid == null || shownView != View.GRID
                    || !grid.grid().day().date().equals(schedule.days().get(day).date())) {
                clear(host);
                grid = day < 0 ? null : GridView.render(dayGrid(day), page, host, firstPaint);
                list = null;
                if (grid != null) {
                    renderRest(grid);
                }
            }
            visible = grid == null ? 0 : grid.show(matching.matches());
            total = grid == null ? 0 : grid.grid().cardCount();
        } else if (view == View.LIST && !matching.query().isEmpty()) {
            // Words or field filters: the matches of every day, best first. The day list stays in the page, hidden,
            // so that clearing the box shows it again at once (drawing 36C3's took tens of ms).
            if (shownView != View.LIST) {
                clear(host);
                list = null;
            } else if (list != null) {
                list.element().setHidden(true);
            }
            if (results == null) {
                results = new ResultsView();
            }
            Query query = matching.query();
            visible = results.render(page, host, ranked != null ? ranked : search().search(query),
                    matching.matches(), query, allResults, firstPaint);
            grid = null;
        } else if (view == View.LIST) {
            boolean fresh = list == null || shownView != View.LIST;
            if (fresh) {
                clear(host);
                if (buckets == null) {
                    buckets = new ListBuckets(schedule);
                }
                list = new ListView(page, buckets);
                grid = null;
            } else {
                list.element().setHidden(false);
            }
            if (results != null) {
                results.detach();
            }
            // A search looks through every day; without one the list shows the chosen day.
            int scope = next.query().trim().isEmpty() && next.filters().isEmpty() ? day : -1;
            visible = list.show(matching.matches(), scope);
            total = list.total(scope);
            if (fresh) {
                host.appendChild(list.render(firstPaint));
                renderRest(list);
            }
        } else if (view == View.AGENDA) {
            clear(host);
            Agenda agenda = Agenda.of(schedule, keep.favourites());
            AgendaView.render(page, host, agenda);
            grid = null;
            list = null;
            // The sessions the agenda shows (as its own heading counts them), not the schedule's.
            visible = agenda.count();
            total = visible;
        } else {
            if (bySpeaker == null) {
                bySpeaker = SpeakersView.sessionsBySpeaker(schedule.sessions());
            }
            if (shownView != view || previous == null || !eq(previous.speaker(), next.speaker())
                    || previous.localTime() != next.localTime()) {
                clear(host);
                if (view == View.SPEAKERS) {
                    if (alphabetical == null) {
                        alphabetical = new SpeakersView.Sorted(schedule.speakers());
                    }
                    speakerIndex = SpeakersView.renderIndex(page, host, bySpeaker, alphabetical);
                    renderRest(speakerIndex);
                } else {
                    SpeakersView.renderSpeaker(page, host, bySpeaker, next.speaker());
                }
            }
            grid = null;
            list = null;
            visible = matching.count();
        }
        if (dayView && !Dom.byRole(root, "days").isHidden()) {
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
        showCount(dayView || view == View.AGENDA ? visible : matching.count(), total, dayView);
        showDetail(page, previous);
        shown = next;
        if (drawn() && pendingText == null) {
            root.setAttribute("data-state", "ready");
        }
    }

    /** Forgets the drawn grid, list and results (times or highlights changed) and takes them out of the page. */
    private void dropDrawn() {
        grid = null;
        if (list != null) {
            Dom.remove(list.element());
            list = null;
        }
        if (results != null) {
            results.detach();
            results = null;
        }
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** Draws the rest of a chunked view between frames; the viewer is "ready" once all of it is in the page. */
    private void renderRest(Chunked current) {
        if (!isShown(current) || current.isComplete()) {
            return; // replaced meanwhile, or drawn at once
        }
        root.setAttribute("data-state", "loading");
        // After the next frame: a timer alone may run before the browser paints what is drawn so far (for 36C3's
        // grid, chunks of 200 cards ahead of its first frame), and between chunks the page stays responsive.
        Js.afterNextFrame(() -> guard(() -> {
            if (isShown(current) && !current.renderMore()) {
                if (pendingText == null) { // else readWhole says so
                    root.setAttribute("data-state", "ready");
                }
            } else {
                renderRest(current);
            }
        }));
    }

    /**
     * Empties {@code host} for the view drawn next; a large grid in it is only retired ({@link GridView#retire}):
     * tearing 36C3's 445 cards down in the same task as drawing the next day made that switch 30-60 ms instead of 20.
     */
    private void clear(HTMLElement host) {
        if (grid != null && shownView == View.GRID && grid.isLarge()) {
            GridView.retire(host);
        } else {
            host.setTextContent("");
        }
    }

    private boolean isShown(Chunked view) {
        return view != null && (view == list || view == grid || view == speakerIndex);
    }

    /** Whether every view in the page is completely drawn. */
    private boolean drawn() {
        return (list == null || list.isComplete()) && (grid == null || grid.isComplete())
                && (speakerIndex == null || speakerIndex.isComplete());
    }

    private void updateControls(View view, int day) {
        NodeList<? extends HTMLElement> buttons = root.querySelectorAll(".c-views__button");
        for (int i = 0; i < buttons.getLength(); i++) {
            String id = buttons.get(i).getAttribute("data-view");
            boolean pressed = id.equals(view.id()) || id.equals("speakers") && view == View.SPEAKER;
            buttons.get(i).setAttribute("aria-pressed", pressed ? "true" : "false");
        }
        HTMLElement days = Dom.byRole(root, "days");
        // Search results in the list come from every day: no day to choose.
        days.setHidden(schedule.days().isEmpty() || view != View.GRID && view != View.LIST
                || view == View.LIST && !matching.query().isEmpty());
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
            address.title(schedule.conference().name() + " \u00b7 " + msg.text(Msg.SCHEDULE));
            return;
        }
        if (previous != null && id.equals(previous.session()) && previous.localTime() == state.localTime()
                && DetailView.isOpen(dialog)) {
            return;
        }
        int position = positionOf(id);
        List<Session> sessions = schedule.sessions();
        DetailView.render(page, dialog, position);
        if (position >= 0) {
            address.title(sessions.get(position).title() + " \u00b7 " + schedule.conference().name());
        }
        DetailView.open(dialog);
        if (position >= 0) {
            HostEvents.send(root, HostEvents.SESSION_OPEN, schedule, id, keep.favourites().contains(id));
        }
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
        String zone = address.parameter("tz");
        if (zone == null || zone.isEmpty()) {
            zone = root.getAttribute("data-time-zone");
        }
        return zone == null || zone.isEmpty() ? null : zone;
    }

    /**
     * Runs what a visitor's action or the page's next step asks, with the whole schedule read first
     * ({@link #readWhole}), and any failure shown.
     */
    private void act(Runnable action) {
        guard(() -> {
            if (readWhole()) {
                action.run();
            }
        });
    }

    private void guard(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            fail(msg.format(Msg.ERROR_SHOW_INTERNAL, String.valueOf(e)));
        }
    }

    private void fail(String message) {
        pendingText = null; // nothing more is read into a viewer that failed
        Js.consoleError("Trackside: " + message);
        Js.dropFirstScreen();
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

package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.Corpus;
import dev.trackside.cli.JavaTimeZones;
import dev.trackside.model.Conference;
import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Track;
import dev.trackside.model.ZonedTime;
import dev.trackside.parse.Schedules;
import dev.trackside.view.ViewState.Facet;
import dev.trackside.view.ViewState.Filter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FacetsTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static final Room A = new Room("a", "Hall A");
    private static final Room B = new Room("b", "Hall B");
    private static final Room EMPTY = new Room("empty", "Nobody's room");
    private static final Room ANNEX = new Room("annex", "Annex");
    private static final Track WEB = new Track("web", "Web", null);
    private static final Track DATA = new Track("data", "Data", null);
    private static final Track OPS = new Track("ops", "Operations", null);
    private static final Track UNUSED = new Track("unused", "Unused", null);

    /** Positions: 0 web talk en, 1 data workshop de, 2 lunch in A and B, 3 ops keynote en in the unlisted annex. */
    private static final Schedule SMALL = small();

    private static Schedule small() {
        ZonedTime t = ZonedTime.parse("2019-09-23T10:00-07:00");
        List<Session> sessions = List.of(
                Session.builder("web-talk", "Web talk").kind(Kind.TALK).time(t, t.plusMinutes(30)).room(A)
                        .track(WEB).language("en").level("beginner").tag("web").tag("django").tag("web").build(),
                Session.builder("data-workshop", "Data workshop").kind(Kind.WORKSHOP).time(t, t.plusMinutes(90))
                        .room(B).track(DATA).language("de").level("advanced").tag("orm").tag("django").build(),
                Session.builder("lunch", "Lunch").kind(Kind.BREAK).time(t, t.plusMinutes(60)).room(A).room(B)
                        .room(A).build(),
                Session.builder("ops-keynote", "Ops keynote").kind(Kind.KEYNOTE)
                        .time(t.plusMinutes(1440), t.plusMinutes(1500)).room(ANNEX).track(OPS).language("en")
                        .tag("ops").build());
        return new Schedule(new Conference("c", "C", "America/Los_Angeles", "", ""), List.of(),
                List.of(B, EMPTY, A), List.of(UNUSED, WEB, DATA), List.of(), sessions);
    }

    @Test
    void valuesAreThoseSessionsHaveInASteadyOrder() {
        Facets facets = new Facets(SMALL);
        // Listed tracks and rooms in the schedule's order, unlisted ones after them, unused ones not at all.
        assertEquals(List.of("web", "data", "ops"), facets.values(Facet.TRACK));
        assertEquals(List.of("b", "a", "annex"), facets.values(Facet.ROOM));
        // Kinds in Kind order, whatever order the sessions come in.
        assertEquals(List.of("talk", "keynote", "workshop", "break"), facets.values(Facet.KIND));
        // Free-text values by their number of sessions, then by text.
        assertEquals(List.of("en", "de"), facets.values(Facet.LANGUAGE));
        assertEquals(List.of("advanced", "beginner"), facets.values(Facet.LEVEL));
        assertEquals(List.of("django", "ops", "orm", "web"), facets.values(Facet.TAG));
    }

    @Test
    void tracksAndRoomsAreShownByNameEverythingElseAsWritten() {
        Facets facets = new Facets(SMALL);
        assertEquals("Operations", facets.name(Facet.TRACK, 2));
        assertEquals("Hall B", facets.name(Facet.ROOM, 0));
        assertEquals("talk", facets.name(Facet.KIND, 0));
        assertEquals("django", facets.name(Facet.TAG, 0));
        assertEquals(1, facets.indexOf(Facet.ROOM, "a"));
        assertEquals(-1, facets.indexOf(Facet.ROOM, "empty"));
        assertEquals(-1, facets.indexOf(Facet.TAG, "Web"));
    }

    @Test
    void withoutSearchOrFiltersEachValueCountsItsSessionsOnce() {
        Counts counts = new Counts(new Facets(SMALL), all(4), ViewState.DEFAULT, -1);
        // The lunch names room A twice and the web talk its tag twice: each still counts once.
        assertEquals(List.of(2, 2, 1), counts.of(Facet.ROOM));
        assertEquals(List.of(2, 1, 1, 1), counts.of(Facet.TAG));
        assertEquals(List.of(1, 1, 1), counts.of(Facet.TRACK));
        assertEquals(4, counts.counts.total());
        assertEquals(3, counts.counts.day(0));
        assertEquals(1, counts.counts.day(1));
    }

    @Test
    void valuesOfTheChosenFacetCountAsAlternativesOtherFacetsNarrow() {
        Facets facets = new Facets(SMALL);
        ViewState en = ViewState.DEFAULT.withFilter(Facet.LANGUAGE, "en");
        Counts counts = new Counts(facets, all(4), en, -1);
        // Languages ignore the language choice: choosing German as well would add the workshop.
        assertEquals(List.of(2, 1), counts.of(Facet.LANGUAGE));
        // Every other facet counts among the English sessions only.
        assertEquals(List.of(1, 0, 1), counts.of(Facet.TRACK));
        assertEquals(List.of(1, 1, 0, 1), counts.of(Facet.TAG));
        assertEquals(2, counts.counts.total());
        assertEquals(1, counts.counts.count(Facet.TAG, "django"));
        assertEquals(0, counts.counts.count(Facet.TAG, "no such tag"));

        Counts narrower = new Counts(facets, all(4), en.withFilter(Facet.TAG, "django"), -1);
        assertEquals(List.of(1, 1), narrower.of(Facet.LANGUAGE)); // django sessions, in either language
        assertEquals(List.of(1, 1, 0, 1), narrower.of(Facet.TAG)); // English sessions, with each tag
        assertEquals(1, narrower.counts.total());
    }

    @Test
    void theSearchLimitsEveryCountAndADayScopeToo() {
        Facets facets = new Facets(SMALL);
        boolean[] search = {false, true, true, true};
        Counts counts = new Counts(facets, search, ViewState.DEFAULT.withFilter(Facet.KIND, "keynote"), -1);
        assertEquals(List.of(0, 1, 1, 1), counts.of(Facet.KIND));
        assertEquals(0, counts.counts.day(0));
        assertEquals(1, counts.counts.day(1));
        Counts firstDay = new Counts(facets, search, ViewState.DEFAULT, 0);
        assertEquals(List.of(0, 0, 1, 1), firstDay.of(Facet.KIND));
        assertEquals(2, firstDay.counts.total());
        assertEquals(1, firstDay.counts.day(1), "the tabs count every day");
    }

    @Test
    void aChosenValueTheScheduleDoesNotHaveMatchesNothing() {
        Facets facets = new Facets(SMALL);
        ViewState gone = ViewState.DEFAULT.withFilter(Facet.TRACK, "gone");
        Counts counts = new Counts(facets, all(4), gone, -1);
        assertEquals(0, counts.counts.total());
        assertEquals(List.of(1, 1, 1), counts.of(Facet.TRACK), "choosing a known track as well would show it");
        assertEquals(List.of(0, 0), counts.of(Facet.LANGUAGE));
        boolean[] matches = all(4);
        facets.apply(gone, matches);
        assertArrayEquals(new boolean[4], matches);
    }

    @ParameterizedTest
    @ValueSource(strings = {"djangocon-us-2019", "pycon-us-2017"})
    void demoCountsAreThoseOfTheFiltersOneValueAtATime(String demo) throws IOException {
        Schedule schedule = Schedules.parse(Files.readString(BASE.resolve("web/demo/" + demo + ".json"),
                StandardCharsets.UTF_8));
        checkAgainstBruteForce(schedule, 300);
    }

    @Test
    void corpusCountsAreThoseOfTheFiltersOneValueAtATime() throws IOException {
        for (String file : List.of("voc-36C3_schedule/everything.schedule.json",
                "voc-camp2019_schedule/everything.schedule.json")) {
            Schedule schedule = Schedules.read(Files.readString(Corpus.root().resolve(file), StandardCharsets.UTF_8),
                    JavaTimeZones.INSTANCE).schedule();
            checkAgainstBruteForce(schedule, 40);
        }
    }

    /** Random searches and choices (some of values the schedule lacks), every count against {@link Filters}. */
    private static void checkAgainstBruteForce(Schedule schedule, int rounds) {
        Facets facets = new Facets(schedule);
        int n = schedule.sessions().size();
        for (Facet facet : Facet.values()) {
            Set<String> present = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                present.addAll(valuesOf(schedule.sessions().get(i), facet));
            }
            assertEquals(present, new LinkedHashSet<>(facets.values(facet)), facet.toString());
        }
        Random random = new Random(n);
        int nonZero = 0;
        for (int round = 0; round < rounds; round++) {
            boolean[] search = new boolean[n];
            double density = round % 3 == 0 ? 1 : random.nextDouble();
            for (int i = 0; i < n; i++) {
                search[i] = random.nextDouble() < density;
            }
            ViewState state = ViewState.DEFAULT;
            for (int k = random.nextInt(5); k > 0; k--) {
                Facet facet = Facet.values()[random.nextInt(Facet.values().length)];
                List<String> values = facets.values(facet);
                String value = values.isEmpty() || random.nextInt(10) == 0 ? "unknown"
                        : values.get(random.nextInt(values.size()));
                state = state.withFilter(facet, facet == Facet.KIND && value.equals("unknown") ? "other" : value);
            }
            int day = random.nextInt(3) == 0 ? random.nextInt(schedule.days().size()) : -1;
            Facets.Counts counts = facets.count(search, state, day);
            for (Facet facet : Facet.values()) {
                List<String> values = facets.values(facet);
                for (int v = 0; v < values.size(); v++) {
                    ViewState alone = state;
                    for (Filter filter : state.filters()) {
                        if (filter.facet() == facet) {
                            alone = alone.withoutFilter(facet, filter.value());
                        }
                    }
                    int expected = bruteForce(schedule, search, alone.withFilter(facet, values.get(v)), day);
                    assertEquals(expected, counts.count(facet, v), state + " " + facet + "=" + values.get(v));
                    nonZero += expected > 0 ? 1 : 0;
                }
            }
            boolean[] filtered = search.clone();
            Filters.apply(schedule, state, filtered);
            boolean[] fast = search.clone();
            facets.apply(state, fast);
            assertArrayEquals(filtered, fast, state.toString());
            assertEquals(bruteForce(schedule, search, state, day), counts.total(), state.toString());
            for (int d = 0; d < schedule.days().size(); d++) {
                assertEquals(bruteForce(schedule, search, state, d), counts.day(d), state + " day " + d);
            }
        }
        assertTrue(nonZero > rounds, "the checks compared real counts, not only zeros");
    }

    private static int bruteForce(Schedule schedule, boolean[] search, ViewState state, int day) {
        boolean[] matches = search.clone();
        Filters.apply(schedule, state, matches);
        int count = 0;
        for (int i = 0; i < matches.length; i++) {
            count += matches[i] && (day < 0 || schedule.dayIndex(i) == day) ? 1 : 0;
        }
        return count;
    }

    private static List<String> valuesOf(Session session, Facet facet) {
        List<String> values = new ArrayList<>();
        switch (facet) {
            case TRACK:
                if (session.track() != null) {
                    values.add(session.track().id());
                }
                break;
            case ROOM:
                session.rooms().forEach(room -> values.add(room.id()));
                break;
            case KIND:
                values.add(session.kind().id());
                break;
            case LANGUAGE:
                values.add(session.language());
                break;
            case LEVEL:
                values.add(session.level());
                break;
            default:
                values.addAll(session.tags());
        }
        values.remove("");
        return values;
    }

    @Test
    void tenThousandSessionsAreCountedAsABruteForceCountsThem() {
        // Their speed is the benchmark's (keystrokes at 10,000 sessions), not a timed unit test's.
        checkAgainstBruteForce(synthetic(10_000, new Random(5)), 3);
    }

    /** {@code n} sessions over 5 days, 40 rooms, 12 tracks, 4 languages, 3 levels, 0–3 of 60 tags each. */
    static Schedule synthetic(int n, Random random) {
        List<Room> rooms = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            rooms.add(new Room("r" + r, "Room " + r));
        }
        List<Track> tracks = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            tracks.add(new Track("t" + t, "Track " + t, null));
        }
        String[] languages = {"en", "de", "fr", ""};
        String[] levels = {"beginner", "intermediate", "advanced", ""};
        ZonedTime first = ZonedTime.parse("2024-06-03T09:00+02:00");
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ZonedTime start = first.plusMinutes(1440L * random.nextInt(5) + 15L * random.nextInt(40));
            Session.Builder b = Session.builder("s" + i, "Session " + i)
                    .kind(Kind.values()[random.nextInt(Kind.values().length)])
                    .time(start, start.plusMinutes(15 + 15 * random.nextInt(6)))
                    .room(rooms.get(random.nextInt(rooms.size())))
                    .language(languages[random.nextInt(languages.length)])
                    .level(levels[random.nextInt(levels.length)]);
            if (random.nextInt(10) > 0) {
                b.track(tracks.get(random.nextInt(tracks.size())));
            }
            for (int t = random.nextInt(4); t > 0; t--) {
                b.tag("tag" + random.nextInt(60));
            }
            sessions.add(b.build());
        }
        return new Schedule(new Conference("big", "Big", "Europe/Berlin", "", ""), List.of(), rooms, tracks,
                List.of(), sessions);
    }

    private static boolean[] all(int n) {
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        return all;
    }

    /** A count with its values listed in {@link Facets#values} order. */
    private static final class Counts {
        private final Facets facets;
        private final Facets.Counts counts;

        Counts(Facets facets, boolean[] search, ViewState state, int day) {
            this.facets = facets;
            this.counts = facets.count(search, state, day);
        }

        List<Integer> of(Facet facet) {
            List<Integer> list = new ArrayList<>();
            for (int v = 0; v < facets.values(facet).size(); v++) {
                list.add(counts.count(facet, v));
            }
            return list;
        }
    }
}

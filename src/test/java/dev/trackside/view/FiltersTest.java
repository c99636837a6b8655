package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.trackside.model.Conference;
import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.Track;
import dev.trackside.model.ZonedTime;
import dev.trackside.view.ViewState.Facet;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiltersTest {
    private static final Room A = new Room("a", "Hall A");
    private static final Room B = new Room("b", "Hall B");
    private static final Track WEB = new Track("web", "Web", null);
    private static final Track DATA = new Track("data", "Data", null);
    private static final Schedule SCHEDULE = schedule();

    private static Schedule schedule() {
        ZonedTime t = ZonedTime.parse("2019-09-23T10:00-07:00");
        List<Session> sessions = List.of(
                Session.builder("web-talk", "Web talk").kind(Kind.TALK).time(t, t.plusMinutes(30)).room(A)
                        .track(WEB).language("en").level("beginner").tag("django").tag("web").build(),
                Session.builder("data-workshop", "Data workshop").kind(Kind.WORKSHOP).time(t, t.plusMinutes(90))
                        .room(B).track(DATA).language("de").level("advanced").tag("orm").build(),
                Session.builder("lunch", "Lunch").kind(Kind.BREAK).time(t, t.plusMinutes(60)).room(A).room(B)
                        .build());
        return new Schedule(new Conference("c", "C", "America/Los_Angeles", "", ""), List.of(), List.of(A, B),
                List.of(WEB, DATA), List.of(), sessions);
    }

    private static boolean[] after(ViewState state, boolean... before) {
        boolean[] matches = Arrays.copyOf(before, before.length);
        Filters.apply(SCHEDULE, state, matches);
        return matches;
    }

    @Test
    void noFiltersKeepEveryMatch() {
        assertArrayEquals(new boolean[] {true, false, true}, after(ViewState.DEFAULT, true, false, true));
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsNarrowEachOther() {
        ViewState web = ViewState.DEFAULT.withFilter(Facet.TRACK, "web");
        assertArrayEquals(new boolean[] {true, false, false}, after(web, true, true, true));
        ViewState both = web.withFilter(Facet.TRACK, "data");
        assertArrayEquals(new boolean[] {true, true, false}, after(both, true, true, true));
        assertArrayEquals(new boolean[] {false, true, false},
                after(both.withFilter(Facet.KIND, "workshop"), true, true, true));
    }

    @Test
    void aSessionInSeveralRoomsPassesARoomFilterForAnyOfThem() {
        ViewState hallB = ViewState.DEFAULT.withFilter(Facet.ROOM, "b");
        assertArrayEquals(new boolean[] {false, true, true}, after(hallB, true, true, true));
    }

    @Test
    void languageLevelAndTagFilterAsWrittenAndASessionWithoutOneHasNone() {
        assertArrayEquals(new boolean[] {false, true, false},
                after(ViewState.DEFAULT.withFilter(Facet.LANGUAGE, "de"), true, true, true));
        assertArrayEquals(new boolean[] {false, false, false},
                after(ViewState.DEFAULT.withFilter(Facet.LANGUAGE, "DE"), true, true, true));
        assertArrayEquals(new boolean[] {true, false, false},
                after(ViewState.DEFAULT.withFilter(Facet.LEVEL, "beginner"), true, true, true));
        // A session has each of its tags.
        ViewState tags = ViewState.DEFAULT.withFilter(Facet.TAG, "web").withFilter(Facet.TAG, "orm");
        assertArrayEquals(new boolean[] {true, true, false}, after(tags, true, true, true));
        assertArrayEquals(new boolean[] {true, false, false},
                after(tags.withFilter(Facet.LEVEL, "beginner"), true, true, true));
    }

    @Test
    void filtersNeverAddWhatTheSearchLeftOut() {
        ViewState web = ViewState.DEFAULT.withFilter(Facet.TRACK, "web");
        assertArrayEquals(new boolean[] {false, false, false}, after(web, false, true, true));
    }
}

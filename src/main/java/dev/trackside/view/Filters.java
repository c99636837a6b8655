package dev.trackside.view;

import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.view.ViewState.Facet;
import java.util.List;

/**
 * The filters of a {@link ViewState} applied to a schedule: a session passes when, for every facet with values, it
 * has one of them (values of one facet are alternatives, facets narrow each other). Track and room values are ids,
 * kind values {@link dev.trackside.model.Kind} ids; languages, levels and tags are compared exactly as the schedule
 * writes them. A session in several rooms, or with several tags, has each of them.
 *
 * <p>This is the plain statement of the rule; {@link Facets#apply} gives the same answer faster, from indexes built
 * once per schedule, and counts the values too.
 */
public final class Filters {
    private Filters() {
    }

    /** Clears in {@code matches} (indexed like the schedule's sessions) every session the filters exclude. */
    public static void apply(Schedule schedule, ViewState state, boolean[] matches) {
        if (state.filters().isEmpty()) {
            return;
        }
        List<String> tracks = state.values(Facet.TRACK);
        List<String> rooms = state.values(Facet.ROOM);
        List<String> kinds = state.values(Facet.KIND);
        List<String> languages = state.values(Facet.LANGUAGE);
        List<String> levels = state.values(Facet.LEVEL);
        List<String> tags = state.values(Facet.TAG);
        List<Session> sessions = schedule.sessions();
        for (int i = 0; i < matches.length; i++) {
            if (matches[i]) {
                Session session = sessions.get(i);
                matches[i] = (tracks.isEmpty() || session.track() != null && tracks.contains(session.track().id()))
                        && (kinds.isEmpty() || kinds.contains(session.kind().id()))
                        && (rooms.isEmpty() || inAny(session.rooms(), rooms))
                        && (languages.isEmpty() || languages.contains(session.language()))
                        && (levels.isEmpty() || levels.contains(session.level()))
                        && (tags.isEmpty() || anyOf(session.tags(), tags));
            }
        }
    }

    private static boolean inAny(List<Room> sessionRooms, List<String> ids) {
        for (Room room : sessionRooms) {
            if (ids.contains(room.id())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyOf(List<String> values, List<String> chosen) {
        for (String value : values) {
            if (chosen.contains(value)) {
                return true;
            }
        }
        return false;
    }
}

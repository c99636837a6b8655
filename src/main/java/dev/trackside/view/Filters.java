package dev.trackside.view;

import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.view.ViewState.Facet;
import java.util.List;

/**
 * The filters of a {@link ViewState} applied to a schedule: a session passes when, for every facet with values, it
 * has one of them (values of one facet are alternatives, facets narrow each other). Track and room values are ids,
 * kind values {@link dev.trackside.model.Kind} ids.
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
        List<Session> sessions = schedule.sessions();
        for (int i = 0; i < matches.length; i++) {
            if (matches[i]) {
                Session session = sessions.get(i);
                matches[i] = (tracks.isEmpty() || session.track() != null && tracks.contains(session.track().id()))
                        && (kinds.isEmpty() || kinds.contains(session.kind().id()))
                        && (rooms.isEmpty() || inAny(session.rooms(), rooms));
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
}

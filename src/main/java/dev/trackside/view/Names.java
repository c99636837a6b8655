package dev.trackside.view;

import dev.trackside.model.Room;
import dev.trackside.model.Speaker;
import java.util.List;

/** How rooms, speakers and a session's accessible name are written in the grid and the list (page and prerender). */
public final class Names {
    private Names() {
    }

    /** {@code Hall A, Hall B}. */
    public static String rooms(List<Room> rooms) {
        StringBuilder sb = new StringBuilder();
        for (Room room : rooms) {
            sb.append(sb.length() > 0 ? ", " : "").append(room.name());
        }
        return sb.toString();
    }

    /** {@code Ada Lovelace, Grace Hopper}. */
    public static String speakers(List<Speaker> speakers) {
        StringBuilder sb = new StringBuilder();
        for (Speaker speaker : speakers) {
            sb.append(sb.length() > 0 ? ", " : "").append(speaker.name());
        }
        return sb.toString();
    }

    /** {@code 10:30–11:15, Hall A: Title}: what a screen reader says of a session in the grid or the list. */
    public static String accessible(String range, List<Room> rooms, String title) {
        String where = rooms(rooms);
        return range + ", " + (where.isEmpty() ? "" : where + ": ") + title;
    }
}

package dev.trackside.view;

import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Session;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which sessions the views show as one entry. A session held in several rooms is one {@link Session} already; but
 * some sources repeat a break once per room (pretalx, for one, schedules breaks room by room): the same title, kind
 * {@link Kind#BREAK}, start and end, each in its own room. Those are shown once, in all their rooms. Other kinds are
 * never merged: two talks with the same title at the same time in two rooms may well be two talks.
 */
final class SameBreaks {
    private SameBreaks() {
    }

    /**
     * Groups {@code positions} (indexes into {@code sessions}, in any order): each group is one entry, its members
     * in the order given, groups in the order of their first member.
     */
    static List<int[]> group(List<Session> sessions, int[] positions, int count) {
        int[] groupOf = new int[count];
        int[] sizes = new int[count];
        int groupCount = 0;
        Map<String, Integer> breakGroups = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Session session = sessions.get(positions[i]);
            int group = groupCount;
            if (session.kind() == Kind.BREAK) {
                String key = session.start().epochSecond() + "/" + session.end().epochSecond() + "/"
                        + session.title();
                Integer known = breakGroups.get(key);
                if (known == null) {
                    breakGroups.put(key, group);
                } else {
                    group = known;
                }
            }
            if (group == groupCount) {
                groupCount++;
            }
            groupOf[i] = group;
            sizes[group]++;
        }
        List<int[]> groups = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            groups.add(new int[sizes[g]]);
            sizes[g] = 0;
        }
        for (int i = 0; i < count; i++) {
            int g = groupOf[i];
            groups.get(g)[sizes[g]++] = positions[i];
        }
        return groups;
    }

    /** The rooms of all members, each once, in the members' order. */
    static List<Room> rooms(List<Session> sessions, int[] members) {
        if (members.length == 1) {
            return sessions.get(members[0]).rooms();
        }
        List<Room> rooms = new ArrayList<>();
        for (int position : members) {
            for (Room room : sessions.get(position).rooms()) {
                if (!containsSame(rooms, room)) {
                    rooms.add(room);
                }
            }
        }
        return List.copyOf(rooms);
    }

    static boolean containsSame(List<Room> rooms, Room room) {
        for (Room r : rooms) {
            if (r == room) {
                return true;
            }
        }
        return false;
    }
}

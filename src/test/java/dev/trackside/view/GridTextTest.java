package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trackside.model.Kind;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridTextTest {
    private static final Room A = new Room("a", "Hall A");
    private static final Room B = new Room("b", "Hall B");
    private static final Room C = new Room("c", "Hall C");

    private static final Schedule SCHEDULE = DayGridTest.schedule(List.of(A, B, C),
            DayGridTest.talk("Opening", "09:00", "09:30", A, C),
            DayGridTest.talk("Workshop", "09:00", "10:00", B),
            DayGridTest.talk("Hallway track", "09:15", "09:45"),
            brk(A), brk(B), brk(C),
            DayGridTest.talk("Overlap", "10:15", "10:20", C));

    @Test
    void dumpsHeaderAndOneLinePerPlacement() {
        assertEquals(String.join("\n",
                "day 2019-09-23",
                "axis 09:00-10:30 UTC-07:00, 18 rows of 5 min",
                "columns 0 Hall A | 1 Hall B | 2 Hall C | 3 (no room)",
                "labels 09:00@0 09:30@6 10:00@12",
                "09:00-09:30 [col 0 span 1 lane 0/1 row 0+6] Hall A | Opening (part 0/2)",
                "09:00-10:00 [col 1 span 1 lane 0/1 row 0+12] Hall B | Workshop",
                "09:00-09:30 [col 2 span 1 lane 0/1 row 0+6] Hall C | Opening (part 1/2)",
                "09:15-09:45 [col 3 span 1 lane 0/1 row 3+6] (no room) | Hallway track",
                "10:00-10:30 [col 0 span 2 lane 0/1 row 12+6] Hall A + Hall B | Coffee (part 0/2) (\u00d73 sessions)",
                "10:00-10:30 [col 2 span 1 lane 0/2 row 12+6] Hall C | Coffee (part 1/2) (\u00d73 sessions)",
                "10:15-10:20 [col 2 span 1 lane 1/2 row 15+1] Hall C | Overlap",
                ""), GridText.dump(DayGrid.of(SCHEDULE, SCHEDULE.days().get(0))));
    }

    @Test
    void withoutNamesSessionsArePositionsAndKinds() {
        assertEquals(String.join("\n",
                "day 2019-09-23",
                "axis 09:00-10:30 UTC-07:00, 18 rows of 5 min",
                "columns 0 | 1 | 2 | 3",
                "labels 09:00@0 09:30@6 10:00@12",
                "09:00-09:30 [col 0 span 1 lane 0/1 row 0+6] s0 talk (part 0/2)",
                "09:00-10:00 [col 1 span 1 lane 0/1 row 0+12] s1 talk",
                "09:00-09:30 [col 2 span 1 lane 0/1 row 0+6] s0 talk (part 1/2)",
                "09:15-09:45 [col 3 span 1 lane 0/1 row 3+6] s2 talk",
                "10:00-10:30 [col 0 span 2 lane 0/1 row 12+6] s3 break (part 0/2) (\u00d73 sessions)",
                "10:00-10:30 [col 2 span 1 lane 0/2 row 12+6] s3 break (part 1/2) (\u00d73 sessions)",
                "10:15-10:20 [col 2 span 1 lane 1/2 row 15+1] s6 talk",
                ""), GridText.dump(DayGrid.of(SCHEDULE, SCHEDULE.days().get(0)), false));
    }

    private static Session brk(Room room) {
        return Session.builder("coffee-" + room.id(), "Coffee").kind(Kind.BREAK)
                .time(DayGridTest.at("10:00"), DayGridTest.at("10:30")).room(room).build();
    }
}

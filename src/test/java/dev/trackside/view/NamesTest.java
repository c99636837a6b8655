package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trackside.model.Room;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    private static final Room HALL_A = new Room("a", "Hall A");
    private static final Room HALL_B = new Room("b", "Hall B");

    @Test
    void anAccessibleNameSaysTimeRoomsAndTitle() {
        assertEquals("10:30\u201311:15, Hall A, Hall B: Keynote",
                Names.accessible("10:30\u201311:15", List.of(HALL_A, HALL_B), "Keynote"));
    }

    @Test
    void aSessionWithoutRoomLeavesTheRoomsOut() {
        assertEquals("10:30, Lunch", Names.accessible("10:30", List.of(), "Lunch"));
        assertEquals("", Names.rooms(List.of()));
    }
}

package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.trackside.Corpus;
import dev.trackside.model.CivilDate;
import dev.trackside.model.Conference;
import dev.trackside.model.Day;
import dev.trackside.model.Room;
import dev.trackside.model.Schedule;
import dev.trackside.model.Session;
import dev.trackside.model.ZonedTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.junit.jupiter.api.Test;

/**
 * The grid of 36C3 (92 rooms, days from 11:00 to 04:00, 117 overlapping pairs in one room, a zero-length event),
 * read in place from the corpus. The project reads frab files elsewhere; to stay independent of that reader this
 * test maps just what the grid needs (days with boundaries, rooms in order of first appearance, times, rooms).
 */
class DayGridCorpusTest {
    @Test
    void congressDaysKeepTheInvariantsAndLayOutInAFewMilliseconds() throws IOException {
        Schedule schedule = congress();
        assertEquals(92, schedule.rooms().size());
        assertEquals(4, schedule.days().size());
        int placed = 0;
        int widest = 0;
        int lanes = 0;
        for (DayGrid grid : DayGrid.all(schedule, null, null)) {
            GridInvariants.check(grid);
            widest = Math.max(widest, grid.columns().size());
            for (DayGrid.Placement p : grid.placements()) {
                lanes = Math.max(lanes, p.laneCount());
            }
            placed += grid.entryCount();
        }
        assertEquals(schedule.sessions().size(), placed);
        assertEquals(78, widest, "the busiest day's rooms");
        assertTrue(lanes > 1, "some room has overlapping events");

        Day busiest = schedule.days().get(2);
        DayGrid grid = DayGrid.of(schedule, busiest);
        // Its first event is a party at 04:00 that the file lists under the night before, but whose start is that
        // day's end (exclusive): Schedule.dayOf puts it here. Its last run to 04:00 the next morning.
        assertEquals("2019-12-29T04:00:00+01:00", grid.axisStart().toString());
        assertTrue(grid.axisEnd().date().equals(CivilDate.of(2019, 12, 30)), "the axis runs past midnight");
        double median = DayGridPropertyTest.medianMillis(() -> DayGrid.of(schedule, busiest));
        assertTrue(median < 20, "median " + median + " ms for " + grid.entryCount() + " sessions");
    }

    @Test
    void congressDayThreeMatchesItsGoldenFileWithoutText() throws IOException {
        // Day 3 has it all: 445 events in 78 rooms, up to five at once in one room, a zero-length event, a night.
        Schedule schedule = congress();
        Golden.assertMatches("36c3.day3.grid.txt", GridText.dump(DayGrid.of(schedule, schedule.days().get(2)), false));
    }

    private static Schedule congress() throws IOException {
        Path file = Corpus.root().resolve("voc-36C3_schedule/everything.schedule.json");
        JsonObject conference = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
                .getAsJsonObject().getAsJsonObject("schedule").getAsJsonObject("conference");
        List<Day> days = new ArrayList<>();
        Map<String, Room> rooms = new LinkedHashMap<>();
        List<Session> sessions = new ArrayList<>();
        for (JsonElement d : conference.getAsJsonArray("days")) {
            JsonObject day = d.getAsJsonObject();
            days.add(new Day(CivilDate.parse(day.get("date").getAsString()), "Day " + day.get("index").getAsInt(),
                    ZonedTime.parse(day.get("day_start").getAsString()),
                    ZonedTime.parse(day.get("day_end").getAsString())));
            for (Entry<String, JsonElement> room : day.getAsJsonObject("rooms").entrySet()) {
                Room r = rooms.computeIfAbsent(room.getKey(), name -> new Room(name, name));
                for (JsonElement e : room.getValue().getAsJsonArray()) {
                    JsonObject event = e.getAsJsonObject();
                    ZonedTime start = ZonedTime.parse(event.get("date").getAsString());
                    String[] duration = event.get("duration").getAsString().split(":");
                    long minutes = Long.parseLong(duration[0]) * 60 + Long.parseLong(duration[1]);
                    sessions.add(Session.builder(event.get("guid").getAsString(), event.get("title").getAsString())
                            .time(start, start.plusMinutes(minutes)).room(r).build());
                }
            }
        }
        return new Schedule(new Conference("36c3", "36C3", null, null, null), days, new ArrayList<>(rooms.values()),
                List.of(), List.of(), sessions);
    }
}

package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonNodePathTest {
    @Test
    void plainKeysAreDottedAndArrayIndexesBracketed() {
        JsonNode root = JsonNode.parse("{\"schedule\": {\"days\": [{\"rooms\": {}}]}}");
        assertEquals("$.schedule.days[0].rooms", root.get("schedule").get("days").at(0).get("rooms").path());
    }

    @Test
    void keysThatAreNotPlainNamesAreQuoted() {
        JsonNode rooms = JsonNode.parse("{\"rooms\": {\"Lecture room 12\": [1], \"it's\": [], \"1a\": []}}")
                .get("rooms");
        assertEquals("$.rooms['Lecture room 12'][0]", rooms.get("Lecture room 12").at(0).path());
        assertEquals("$.rooms['it\\'s']", rooms.get("it's").path());
        assertEquals("$.rooms['1a']", rooms.get("1a").path());
        assertEquals("$.rooms['']", rooms.get("").path());
    }

    @Test
    void locatedObjectsNameTheirSourceLocation() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("events", List.of(new Located("/schedule/day[1]/event[2]")));
        JsonNode event = JsonNode.of(tree).get("events").at(0);
        assertEquals("/schedule/day[1]/event[2]", event.path());
        assertEquals("/schedule/day[1]/event[2]/@title", event.get("title").path());
        assertEquals("$.events", JsonNode.of(tree).get("events").path()); // the plain map around it keeps JSON paths
    }

    private static final class Located extends LinkedHashMap<String, Object> implements JsonNode.Located {
        private final String location;

        Located(String location) {
            this.location = location;
        }

        @Override
        public String location() {
            return location;
        }

        @Override
        public String location(String key) {
            return location + "/@" + key;
        }
    }
}

package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.trackside.Corpus;
import dev.trackside.model.TimeZones;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A tree another parser builds from {@link JsonNode#root}'s parts (the JS engine's walk over JSON.parse) reads as the
 * tree {@link JsonNode#parse} gives: here the parts are filled from Gson's own tree of the same document.
 */
class JsonNodePartsTest {
    /** Everything a reader can ask of a node, depth first. */
    private static void dump(JsonNode node, StringBuilder out) {
        out.append(node.path()).append(' ').append(node.describe()).append(' ').append(node.isNumber())
                .append(' ').append(node.bool(false)).append(' ').append(node.keys()).append('\n');
        for (JsonNode field : node.fields()) {
            dump(field, out);
        }
        for (JsonNode element : node.elements()) {
            dump(element, out);
        }
    }

    private static String dump(JsonNode node) {
        StringBuilder out = new StringBuilder();
        dump(node, out);
        return out.toString();
    }

    /** The parts for Gson's tree (which writes numbers back as written when it keeps them as text). */
    private static Object parts(com.google.gson.JsonElement element) {
        if (element.isJsonObject()) {
            Map<String, com.google.gson.JsonElement> fields = element.getAsJsonObject().asMap();
            Object object = JsonNode.newObject(fields.size());
            for (Map.Entry<String, com.google.gson.JsonElement> field : fields.entrySet()) {
                JsonNode.addField(object, field.getKey(), parts(field.getValue()));
            }
            return object;
        }
        if (element.isJsonArray()) {
            List<Object> array = new ArrayList<>();
            for (com.google.gson.JsonElement value : element.getAsJsonArray()) {
                array.add(parts(value));
            }
            return array;
        }
        if (element.isJsonNull()) {
            return JsonNode.nullValue();
        }
        com.google.gson.JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        return primitive.isNumber() ? JsonNode.number(primitive.getAsString()) : primitive.getAsString();
    }

    private static JsonNode viaParts(String json) {
        return JsonNode.root(parts(com.google.gson.JsonParser.parseString(json)));
    }

    @Test
    void everyKindOfValueReadsAsParsed() {
        String json = "{\"s\": \"text\", \"n\": 42, \"f\": 1.50, \"t\": true, \"no\": false, \"z\": null,"
                + " \"a\": [1, \"two\", [], {}], \"o\": {\"Lecture room 12\": {\"x\": [null]}}, \"\": \"empty key\"}";
        assertEquals(dump(JsonNode.parse(json)), dump(viaParts(json)));
    }

    @Test
    void objectsOfAnySizeFindTheirFields() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            json.append(i > 0 ? "," : "").append("\"k").append(i).append("\": ").append(i);
        }
        JsonNode node = viaParts(json.append('}').toString());
        for (int i = 0; i < 100; i += 7) {
            assertEquals(Integer.toString(i), node.get("k" + i).text());
        }
        assertEquals(true, node.get("k100").isMissing());
    }

    @Test
    void aRealScheduleReadsTheSameFromEitherTree() throws IOException {
        String json = Files.readString(Corpus.root().resolve("voc-camp2019_schedule/everything.schedule.json"),
                StandardCharsets.UTF_8);
        JsonNode parsed = JsonNode.parse(json);
        JsonNode built = viaParts(json);
        assertEquals(dump(parsed), dump(built));
        ScheduleRead fromText = Schedules.read(json, TimeZones.NONE);
        ScheduleRead fromParts = Schedules.read(json, TimeZones.NONE, null, OtherFormats.all(), built);
        assertEquals(fromText.schedule().sessions().size(), fromParts.schedule().sessions().size());
        assertEquals(fromText.schedule().sessions().toString(), fromParts.schedule().sessions().toString());
        assertEquals(fromText.warnings().toString(), fromParts.warnings().toString());
        assertNotEquals(0, fromParts.schedule().sessions().size());
    }
}

package dev.trackside.parse;

import com.google.gson.stream.JsonToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A read-only JSON tree for the lenient readers of other tools' formats, where fields come in any order and are
 * looked up by name. Built on the same {@link JsonInput} as the streaming reader (so syntax errors carry line and
 * column), and smaller in the browser build than Gson's own tree, whose adapters pull in half the class library.
 *
 * <p>Navigation never fails: a missing field is a node for which {@link #isMissing()} holds, and each node knows its
 * JSON path for warnings.
 *
 * <pre>
 * JsonNode root = JsonNode.parse(text);
 * for (JsonNode talk : root.get("talks").elements()) {
 *     String title = talk.get("title").text();      // null when absent or not a scalar
 * }
 * </pre>
 */
public final class JsonNode {
    private static final Object MISSING = new Object();
    private static final Object NULL = new Object();

    private final Object value;
    private final JsonNode parent;
    private final String key;
    private final int index;

    private JsonNode(Object value, JsonNode parent, String key, int index) {
        this.value = value;
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    /** Parses a whole document. @throws ScheduleException with line and column for malformed JSON */
    public static JsonNode parse(String text) {
        JsonInput in = new JsonInput(text);
        Object value = read(in);
        in.endDocument();
        return new JsonNode(value, null, null, -1);
    }

    /**
     * The root of a tree another parser built from {@link #newObject}, {@link #addField}, {@code ArrayList}s,
     * {@code String}s, {@code Boolean}s, {@link #number} and {@link #nullValue}: the JS engine's walk over the
     * browser's JSON.parse (browser.NativeJson), which is 2-3 times faster there than Gson's reader.
     */
    public static JsonNode root(Object value) {
        return new JsonNode(value, null, null, -1);
    }

    /** An empty object for {@link #root}'s trees, with room for {@code fields} fields. */
    public static Object newObject(int fields) {
        return new Fields(fields);
    }

    /** Adds a field to an object from {@link #newObject}. */
    public static void addField(Object object, String name, Object value) {
        ((Fields) object).add(name, value);
    }

    /** A number for {@link #root}'s trees, as written in the document. */
    public static Object number(String text) {
        return new NumberText(text);
    }

    /** JSON null for {@link #root}'s trees. */
    public static Object nullValue() {
        return NULL;
    }

    /**
     * A tree built by other code (e.g. from XML) in JSON's shapes: {@code Map<String, Object>} for objects,
     * {@code List<Object>} for arrays, {@code String}, {@code Boolean}; {@code null} stands for JSON null. The tree is
     * copied into the parser's own shapes, so that nothing else handles maps (the browser build has no such trees).
     */
    public static JsonNode of(Object value) {
        return new JsonNode(copy(value), null, null, -1);
    }

    private static Object copy(Object value) {
        if (value instanceof Map) {
            Fields fields = new Fields();
            fields.located = value instanceof Located ? (Located) value : null;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                fields.add((String) entry.getKey(), copy(entry.getValue()));
            }
            return fields;
        }
        if (value instanceof List) {
            List<Object> list = new ArrayList<>();
            for (Object element : (List<?>) value) {
                list.add(copy(element));
            }
            return list;
        }
        return wrap(value);
    }

    private static Object wrap(Object value) {
        return value == null ? NULL : value;
    }

    private static Object read(JsonInput in) {
        // if/else rather than a switch: a switch over an enum costs the browser build a class of its own.
        JsonToken token = in.peek();
        if (token == JsonToken.BEGIN_OBJECT) {
            Fields object = new Fields();
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                object.add(name, read(in));
            }
            in.endObject();
            return object;
        }
        if (token == JsonToken.BEGIN_ARRAY) {
            List<Object> array = new ArrayList<>();
            in.beginArray();
            while (in.hasNext()) {
                array.add(read(in));
            }
            in.endArray();
            return array;
        }
        if (token == JsonToken.STRING) {
            return in.scalarText();
        }
        if (token == JsonToken.NUMBER) {
            return new NumberText(in.scalarText());
        }
        if (token == JsonToken.BOOLEAN) {
            return in.bool();
        }
        if (token == JsonToken.NULL) {
            in.skipNull();
            return NULL;
        }
        throw in.unexpected("a value");
    }

    /**
     * A parsed JSON object: names and values in document order, in two arrays. Lookups scan, newest first, so
     * a repeated name reads as its last value, as with JSON.parse. Cheaper to build than a LinkedHashMap, which
     * matters for a 5 MB frab file with tens of thousands of small objects, and objects here have few fields.
     */
    private static final class Fields {
        /** Where the object is in its source document, for a tree from {@link #of}; else {@code null}. */
        Located located;
        private String[] names;
        private Object[] values;
        private int size;

        Fields() {
            this(8);
        }

        Fields(int capacity) {
            names = new String[Math.max(capacity, 1)];
            values = new Object[names.length];
        }
        /**
         * Built on the first lookup in an object of more than {@code SCAN_LIMIT} fields: frab's {@code rooms} of a
         * day is looked up by each of its keys, and scanning made 100,000 room keys (a 1 MB file) take 40 s. Not for
         * a frab event's 18-22 fields: hashing their names cost 36C3's read more than the scans it saved.
         */
        private java.util.HashMap<String, Integer> index;
        private static final int SCAN_LIMIT = 32;

        void add(String name, Object value) {
            if (size == names.length) {
                names = java.util.Arrays.copyOf(names, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
        }

        /** The value, or {@code MISSING}. */
        Object get(String name) {
            if (size > SCAN_LIMIT) {
                if (index == null) {
                    index = new java.util.HashMap<>(size * 2);
                    for (int i = 0; i < size; i++) {
                        index.put(names[i], i); // a repeated name: the last one stays
                    }
                }
                Integer at = index.get(name);
                return at == null ? MISSING : values[at];
            }
            for (int i = size - 1; i >= 0; i--) {
                if (names[i].equals(name)) {
                    return values[i];
                }
            }
            return MISSING;
        }
    }

    /** A JSON number, kept as written so that ids like 0042 or 11223 survive. */
    private static final class NumberText {
        final String text;

        NumberText(String text) {
            this.text = text;
        }
    }

    public JsonNode get(String name) {
        return new JsonNode(value instanceof Fields ? ((Fields) value).get(name) : MISSING, this, name, -1);
    }

    /** The first of the named fields that is present and not null, e.g. {@code first("public_name", "name")}. */
    public JsonNode first(String... names) {
        JsonNode found = get(names[0]);
        for (String name : names) {
            JsonNode node = get(name);
            if (!node.isMissing() && !node.isNull()) {
                return node;
            }
        }
        return found;
    }

    public JsonNode at(int i) {
        List<?> list = value instanceof List ? (List<?>) value : Collections.emptyList();
        return new JsonNode(i >= 0 && i < list.size() ? wrap(list.get(i)) : MISSING, this, null, i);
    }

    /** The elements of an array, or none when this is not an array. */
    public List<JsonNode> elements() {
        if (!(value instanceof List)) {
            return Collections.emptyList();
        }
        List<?> list = (List<?>) value;
        List<JsonNode> nodes = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            nodes.add(new JsonNode(wrap(list.get(i)), this, null, i));
        }
        return nodes;
    }

    /**
     * The fields of an object as nodes, in document order, a repeated name each time it appears; none when this is
     * not an object. {@link #key()} names each.
     */
    public List<JsonNode> fields() {
        List<JsonNode> nodes = new ArrayList<>();
        if (value instanceof Fields) {
            Fields fields = (Fields) value;
            for (int i = 0; i < fields.size; i++) {
                nodes.add(new JsonNode(fields.values[i], this, fields.names[i], -1));
            }
        }
        return nodes;
    }

    /** The name of the field this node is, or {@code null} for an array element or the root. */
    public String key() {
        return key;
    }

    /** The field names of an object in document order, or none. */
    public List<String> keys() {
        if (value instanceof Fields) {
            Fields fields = (Fields) value;
            Map<String, String> seen = new java.util.HashMap<>(); // a map as a set: no HashSet in the browser build
            String[] last = new String[fields.size]; // filled from the end: a repeated name counts where it last appears
            int first = fields.size;
            for (int i = fields.size - 1; i >= 0; i--) {
                if (seen.put(fields.names[i], fields.names[i]) == null) {
                    last[--first] = fields.names[i];
                }
            }
            List<String> keys = new ArrayList<>(fields.size - first);
            for (int i = first; i < fields.size; i++) {
                keys.add(last[i]);
            }
            return keys;
        }
        return Collections.emptyList();
    }

    public boolean isMissing() {
        return value == MISSING;
    }

    public boolean isNull() {
        return value == NULL;
    }

    /** Missing, null, or an empty or blank string: nothing usable. */
    public boolean isAbsent() {
        return value == MISSING || value == NULL || value instanceof String && trim((String) value).isEmpty();
    }

    public boolean isObject() {
        return value instanceof Fields;
    }

    public boolean isArray() {
        return value instanceof List;
    }

    public boolean isString() {
        return value instanceof String;
    }

    public boolean isNumber() {
        return value instanceof NumberText;
    }

    /** A string's value or a number as written; {@code null} for anything else. */
    public String text() {
        if (value instanceof String) {
            return (String) value;
        }
        return value instanceof NumberText ? ((NumberText) value).text : null;
    }

    /** {@link #text()} trimmed, or {@code fallback} when absent or blank. */
    public String textOr(String fallback) {
        String text = text();
        if (text == null) {
            return fallback;
        }
        text = trim(text);
        return text.isEmpty() ? fallback : text;
    }

    /**
     * {@code s.trim()}, without trim's calls for the usual value, which has no blank at either end: in TeaVM's
     * JavaScript every charAt is a checked call, and trim was a tenth of reading 36C3 there.
     */
    static String trim(String s) {
        int n = s.length();
        return n > 0 && s.charAt(0) > ' ' && s.charAt(n - 1) > ' ' ? s : s.trim();
    }

    /** A boolean, or {@code fallback}. */
    public boolean bool(boolean fallback) {
        return value instanceof Boolean ? (Boolean) value : fallback;
    }

    /** A whole number written as a number or a string of digits (EP2022 writes "60"), or {@code fallback}. */
    public long whole(long fallback) {
        String text = text();
        if (text == null) {
            return fallback;
        }
        text = text.trim();
        if (text.isEmpty() || text.length() > 15) {
            return fallback;
        }
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return fallback;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** For messages: {@code an object}, {@code number 5}, {@code "9am"}, {@code null}, {@code nothing}. */
    public String describe() {
        if (value == MISSING) {
            return "nothing";
        }
        if (value == NULL) {
            return "null";
        }
        if (value instanceof Fields) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof NumberText) {
            return "number " + ((NumberText) value).text;
        }
        return value instanceof String ? JsonInput.quote((String) value) : String.valueOf(value);
    }

    /**
     * The JSON path of this node, e.g. {@code $.schedule.conference.days[0]}; a key that is not a plain name is
     * quoted: {@code $.days[0].rooms['Lecture room 12'][3]}. In a tree from {@link #of} whose objects are
     * {@link Located}, the source's own path: {@code /schedule/day[1]/room[3]/event[2]/title}.
     */
    public String path() {
        Located located = located(value);
        if (located != null) {
            return located.location();
        }
        if (parent == null) {
            return "$";
        }
        located = located(parent.value);
        if (key != null && located != null) {
            return located.location(key);
        }
        return key != null ? appendKey(new StringBuilder(parent.path()), key).toString()
                : parent.path() + "[" + index + "]";
    }

    private static Located located(Object value) {
        return value instanceof Fields ? ((Fields) value).located : null;
    }

    private static StringBuilder appendKey(StringBuilder sb, String key) {
        boolean plain = !key.isEmpty();
        for (int i = 0; i < key.length() && plain; i++) {
            char c = key.charAt(i);
            plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
                    || i > 0 && c >= '0' && c <= '9';
        }
        if (plain) {
            return sb.append('.').append(key);
        }
        sb.append("['");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\' || c == '\'') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append("']");
    }

    /**
     * An object in a tree given to {@link #of} that knows where it is in its source document (e.g. an XML
     * element), so that warnings name the source's location instead of a JSON path.
     */
    public interface Located {
        /** Where the object is, e.g. {@code /schedule/day[1]/room[3]/event[2]}. */
        String location();

        /** Where its field {@code key} is (present or not), e.g. {@code /schedule/day[1]/room[3]/event[2]/@id}. */
        String location(String key);
    }
}

package dev.trackside.browser;

import dev.trackside.model.TimeZones;
import dev.trackside.parse.JsonNode;
import dev.trackside.parse.OtherFormats;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Schedules;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSString;

/**
 * A schedule's {@link JsonNode} tree from the browser's JSON.parse, walked into the tree Gson's reader would give:
 * the wasm engines' only JSON parser, which keeps Gson's reader (6 KB gzip) out of their build, and the JS engine's
 * first choice ({@link GsonFallback}), where Gson's reader runs 2-3 times slower than in WebAssembly (every string
 * goes through a char array). In WebAssembly the walk, a call out to JavaScript per step, reads 36C3 about as fast
 * as Gson did.
 *
 * <p>It gives up ({@code null}: the JS engine then reads the document with Gson, and a wasm engine hands it to the JS
 * engine) wherever JSON.parse's result could differ from Gson's:
 * a syntax error (Gson's message has the line and column), a number JSON.parse would not give back as written
 * (a fraction, an exponent, 16 digits or more, -0), a field name repeated in an object (JSON.parse keeps one),
 * a field name that is an integer (JavaScript puts those first), nesting deeper than {@link #MAX_DEPTH}.
 */
final class NativeJson implements TreeParser {
    private static final int MAX_DEPTH = 64;
    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int NUMBER = 2;
    private static final int BOOLEAN = 3;
    private static final int ARRAY = 4;

    /** Object fields met in the walk, against the colons counted in the text: fewer means a repeated name. */
    private int fields;

    @Override
    public JsonNode tree(String text) {
        int colons = fieldsInText(text);
        if (colons < 0) {
            return null;
        }
        JSObject value = parseOrNull(text);
        if (value == null || kind(value) <= ARRAY) {
            return null;
        }
        fields = 0;
        Object root = copy(value, 0);
        if (root == null || fields != colons) {
            return null;
        }
        Js.mark("trackside-native-json"); // for tests and the benchmark: this parser read the schedule
        return JsonNode.root(root);
    }

    /** Reads without the text: an error in our own format names its JSON path, but no line and column. */
    @Override
    public ScheduleRead read(String text, JsonNode tree, TimeZones zones, String localZone, OtherFormats others) {
        return Schedules.readTree(tree, path -> new int[2], zones, localZone, others);
    }

    @Override
    public boolean locates() {
        return false;
    }

    /** The value in the parser's shapes, or {@code null} where this walk gives up. */
    private Object copy(JSObject value, int depth) {
        int kind = kind(value);
        if (kind == STRING) {
            return string(value);
        }
        if (kind == NUMBER) {
            return JsonNode.number(numberText(value));
        }
        if (kind == BOOLEAN) {
            return bool(value);
        }
        if (kind == NULL) {
            return JsonNode.nullValue();
        }
        if (depth == MAX_DEPTH) {
            return null;
        }
        if (kind == ARRAY) {
            int length = length(value);
            List<Object> array = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                Object element = copy(element(value, i), depth + 1);
                if (element == null) {
                    return null;
                }
                array.add(element);
            }
            return array;
        }
        JSArrayReader<JSString> names = keys(value);
        int count = names.getLength();
        fields += count;
        Object object = JsonNode.newObject(count);
        for (int i = 0; i < count; i++) {
            JSString name = names.get(i);
            String key = name.stringValue();
            if (integerLike(key)) {
                return null;
            }
            Object field = copy(field(value, name), depth + 1);
            if (field == null) {
                return null;
            }
            JsonNode.addField(object, key, field);
        }
        return object;
    }

    /** Names JavaScript orders before the others, whatever the document's order ("7", "42"; not "07"). */
    private static boolean integerLike(String key) {
        if (key.isEmpty() || key.length() > 1 && key.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The colons outside strings (one per object field in valid JSON), or -1 for a number that JSON.parse's value
     * would not write back as the document does: a fraction or exponent, 16 digits or more (past 2^53), -0. A string
     * ends at the next quote after an even number of backslashes (indexOf: most of a schedule is in strings).
     */
    // Local names of three letters or more: TeaVM's minifier renames the parameter to a short name without looking
    // at the body's own (a local "b" broke the parameter renamed to "b").
    @JSBody(params = "text", script = "var len = text.length, colons = 0, digits = 0, prev = 0, pos, code, end, back;"
            + "for (pos = 0; pos < len; pos++) { code = text.charCodeAt(pos);"
            + "  if (code === 34) { for (;;) { end = text.indexOf('\"', pos + 1); if (end < 0) return -1;"
            + "      for (back = end - 1; text.charCodeAt(back) === 92; back--) {} pos = end; if ((end - back) % 2) break; }"
            + "    digits = 0; prev = 34; continue; }"
            + "  if (code >= 48 && code <= 57) { if (++digits > 15 || code === 48 && prev === 45) return -1; }"
            + "  else { digits = 0; if (code === 58) colons++;"
            + "    else if (code === 46 || (code === 101 || code === 69) && prev >= 48 && prev <= 57) return -1; }"
            + "  prev = code; }"
            + "return colons;")
    private static native int fieldsInText(String text);

    @JSBody(params = "t", script = "try { return JSON.parse(t); } catch (e) { return null; }")
    private static native JSObject parseOrNull(String t);

    /** NULL, STRING, NUMBER, BOOLEAN, ARRAY, or 5 for an object. */
    @JSBody(params = "v", script = "return v === null ? 0 : typeof v === 'string' ? 1 : typeof v === 'number' ? 2"
            + " : typeof v === 'boolean' ? 3 : Array.isArray(v) ? 4 : 5;")
    private static native int kind(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native String string(JSObject v);

    @JSBody(params = "v", script = "return String(v);")
    private static native String numberText(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native boolean bool(JSObject v);

    @JSBody(params = "v", script = "return v.length;")
    private static native int length(JSObject v);

    @JSBody(params = {"v", "i"}, script = "return v[i];")
    private static native JSObject element(JSObject v, int i);

    @JSBody(params = "v", script = "return Object.keys(v);")
    private static native JSArrayReader<JSString> keys(JSObject v);

    @JSBody(params = {"v", "k"}, script = "return v[k];")
    private static native JSObject field(JSObject v, JSString k);
}

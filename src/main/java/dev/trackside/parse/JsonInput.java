package dev.trackside.parse;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;

/**
 * A {@link JsonReader} that reads typed values and turns every failure into a {@link ScheduleException} that
 * names the JSON path, line and column. Gson's own messages are mined for line and column because its
 * {@code JsonReader} does not expose them.
 */
final class JsonInput {
    private static final String CONTENT_AFTER_END = "unexpected content after the end of the document";

    private final JsonReader reader;

    JsonInput(String text) {
        reader = new JsonReader(new TextReader(text));
        reader.setStrictness(Strictness.STRICT);
    }

    /**
     * A {@link Reader} over a string that hands out blocks with {@link String#getChars}: TeaVM's StringReader copies
     * char by char, which shows for a 5 MB schedule. Not thread-safe, no mark/reset, as Gson needs none.
     */
    private static final class TextReader extends Reader {
        private final String text;
        private int pos;

        TextReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int n = Math.min(length, text.length() - pos);
            if (n <= 0) {
                return -1; // Gson never asks for 0 chars
            }
            text.getChars(pos, pos + n, buffer, offset);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    JsonToken peek() {
        try {
            return reader.peek();
        } catch (IOException | RuntimeException e) {
            throw syntaxError(e);
        }
    }

    boolean hasNext() {
        try {
            return reader.hasNext();
        } catch (IOException | RuntimeException e) {
            throw syntaxError(e);
        }
    }

    void beginObject() {
        try {
            reader.beginObject();
        } catch (IOException e) {
            throw syntaxError(e);
        }
    }

    void endObject() {
        try {
            reader.endObject();
        } catch (IOException | RuntimeException e) {
            throw syntaxError(e);
        }
    }

    void beginArray() {
        try {
            reader.beginArray();
        } catch (IOException e) {
            throw syntaxError(e);
        }
    }

    void endArray() {
        try {
            reader.endArray();
        } catch (IOException | RuntimeException e) {
            throw syntaxError(e);
        }
    }

    String nextName() {
        try {
            return reader.nextName();
        } catch (IOException | RuntimeException e) {
            throw syntaxError(e);
        }
    }

    /**
     * Reads past a scalar (string, number, boolean or null). Not Gson's skipValue, which the browser build would
     * carry for this alone; the reader ends at the same place.
     */
    private void skipScalar() {
        JsonToken token = peek();
        if (token == JsonToken.BOOLEAN) {
            bool();
        } else if (token == JsonToken.NULL) {
            skipNull();
        } else {
            scalarText();
        }
    }

    /** Consumes a JSON null if one is next; true if it did. */
    boolean skipNull() {
        if (peek() != JsonToken.NULL) {
            return false;
        }
        try {
            reader.nextNull();
        } catch (IOException e) {
            throw syntaxError(e);
        }
        return true;
    }

    /** The next scalar as text: a string's value or a number's digits as written; for the tree reader. */
    String scalarText() {
        try {
            return reader.nextString();
        } catch (IOException | RuntimeException e) {
            throw syntaxError(e);
        }
    }

    boolean bool() {
        try {
            return reader.nextBoolean();
        } catch (IOException | RuntimeException e) {
            throw syntaxError(e);
        }
    }

    /** Fails unless the document has ended (no second value after the first). */
    void endDocument() {
        JsonToken token;
        try {
            token = reader.peek();
        } catch (IOException | RuntimeException e) {
            // Strict Gson throws at any character after the document rather than returning a token for it.
            ScheduleException at = syntaxError(e);
            throw new ScheduleException(CONTENT_AFTER_END, at.path(), at.line(), at.column());
        }
        if (token != JsonToken.END_DOCUMENT) {
            throw errorAt(reader.getPath(), CONTENT_AFTER_END);
        }
    }

    /** "expected X, got Y" for the value that is next, which it consumes to quote it. */
    ScheduleException unexpected(String expected) {
        String path = reader.getPath(); // before describeNext consumes the value, which moves an array's index on
        return errorAt(path, "expected " + expected + ", got " + describeNext());
    }

    private String describeNext() {
        // if/else rather than a switch: a switch over an enum costs the browser build a class of its own.
        try {
            JsonToken token = reader.peek();
            if (token == JsonToken.BEGIN_OBJECT) {
                return "an object";
            }
            if (token == JsonToken.BEGIN_ARRAY) {
                return "an array";
            }
            if (token == JsonToken.STRING) {
                return quote(reader.nextString());
            }
            if (token == JsonToken.NUMBER) {
                return "number " + reader.nextString();
            }
            if (token == JsonToken.BOOLEAN) {
                return Boolean.toString(reader.nextBoolean());
            }
            return token == JsonToken.NULL ? "null" : "the end of the document";
        } catch (IOException | RuntimeException e) {
            return "invalid JSON";
        }
    }

    static String quote(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "\"" + shown + "\"";
    }

    private ScheduleException errorAt(String path, String problem) {
        String location = reader.toString();
        return new ScheduleException(problem, path, number(location, " line "), number(location, " column "));
    }

    /**
     * Line and column just past the value at {@code path} (for an object or array, just past its opening bracket),
     * or {0, 0} when the document has no such value: where a problem found in a {@link JsonNode} tree is. Reads the
     * text again, so only for errors. {@code path} as {@link JsonNode#path()} writes it for plain names.
     */
    static int[] locate(String text, String path) {
        JsonInput in = new JsonInput(text);
        if (!in.seek(path)) {
            return new int[2];
        }
        String location = in.reader.toString();
        return new int[] {number(location, " line "), number(location, " column ")};
    }

    /** Reads the value that is next, stopping just past the one at {@code path} (or its bracket) if there is one. */
    private boolean seek(String path) {
        boolean found = reader.getPath().equals(path);
        JsonToken token = peek();
        boolean object = token == JsonToken.BEGIN_OBJECT;
        if (!object && token != JsonToken.BEGIN_ARRAY) {
            skipScalar();
            return found;
        }
        if (found) {
            return true; // just past the bracket
        }
        if (object) {
            beginObject();
        } else {
            beginArray();
        }
        while (hasNext()) {
            if (object) {
                nextName();
            }
            if (seek(path)) {
                return true;
            }
        }
        if (object) {
            endObject();
        } else {
            endArray();
        }
        return false;
    }

    /** Gson reports malformed JSON in its message: "Unterminated string at line 4 column 12 path $.a\nSee …". */
    private ScheduleException syntaxError(Exception e) {
        if (e instanceof ScheduleException) {
            return (ScheduleException) e;
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        int cut = message.indexOf('\n');
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        int line = number(message, " line ");
        int column = number(message, " column ");
        String path = null;
        int pathAt = message.indexOf(" path ");
        if (pathAt >= 0) {
            path = message.substring(pathAt + 6).trim();
            if (!path.isEmpty() && path.charAt(path.length() - 1) == '.') {
                path = path.substring(0, path.length() - 1);
            }
        }
        int at = message.indexOf(" at line ");
        String problem = plainWords(at >= 0 ? message.substring(0, at) : message);
        if (message.startsWith("End of input")) {
            if (line <= 1 && column <= 1) {
                return new ScheduleException("the document is empty", null, 0, 0);
            }
            problem = "the document ends too early (is it cut off?)";
        }
        return ScheduleException.syntax(problem, path, line, column);
    }

    /** Gson's wording, translated where it names the parser's state rather than the author's mistake. */
    private static String plainWords(String gson) {
        if (gson.startsWith("Unterminated object")) {
            return "expected ',' or '}' after a value in an object";
        }
        if (gson.startsWith("Unterminated array")) {
            return "expected ',' or ']' after a value in an array";
        }
        if (gson.startsWith("Expected name")) {
            return "expected a field name in double quotes (a trailing comma?)";
        }
        if (gson.startsWith("Expected ':'")) {
            return "expected ':' after a field name";
        }
        if (gson.startsWith("Expected value")) {
            return "expected a value (a trailing comma, or a word that is not true, false or null?)";
        }
        if (gson.startsWith("Nesting limit ")) {
            // Gson's own guard (255 levels) keeps a document of 10,000 brackets from overflowing the stack.
            return "arrays and objects nested too deeply (more than " + number(gson, "Nesting limit ")
                    + " levels inside each other)";
        }
        if (gson.startsWith("Unescaped control characters")) {
            return "a control character (U+0000 to U+001F: NUL, a tab or a line break …) inside a string; JSON "
                    + "needs it escaped, e.g. \\n or \\u0000";
        }
        if (gson.startsWith("Unpaired surrogate")) {
            return "half of a UTF-16 surrogate pair (\\uD800 to \\uDFFF) without its other half";
        }
        if (gson.endsWith(" in strict mode")) {
            return gson.substring(0, gson.length() - " in strict mode".length());
        }
        if (gson.contains("Strictness.LENIENT")) {
            // Strict mode's "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON" is advice
            // for Gson's programmer, not for the schedule's author.
            return "not standard JSON (a trailing comma, single quotes, a comment or an unquoted word?)";
        }
        return gson.isEmpty() ? "malformed JSON" : gson;
    }

    /** The decimal number after {@code label} in {@code text}, or 0. */
    private static int number(String text, String label) {
        int at = text.indexOf(label);
        if (at < 0) {
            return 0;
        }
        int value = 0;
        for (int i = at + label.length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}

package dev.trackside.cli;

import java.util.regex.Pattern;

/**
 * Which of the two wasm engines reads a schedule, by web/engine.js's rule, for the pages the CLI writes: prerender's
 * preload of the hosted page's engine and the single-file page's inline engine.
 */
final class WasmEngine {
    /** The engine for our own format only (OwnFormatMain). */
    static final String OWN = "trackside-own.wasm";
    /** The engine for every format (BrowserMain). */
    static final String ALL = "trackside.wasm";

    /** web/engine.js's OWN_FORMAT: our own format declared first thing (JSON's white space, a byte order mark). */
    private static final Pattern OWN_FORMAT =
            Pattern.compile("[\uFEFF \t\n\r]*\\{[ \t\n\r]*\"format\"[ \t\n\r]*:[ \t\n\r]*\"trackside-schedule\"");

    private WasmEngine() {
    }

    /** {@link #OWN} when the text declares our own format first thing, else {@link #ALL}. */
    static String reading(String schedule) {
        return OWN_FORMAT.matcher(schedule).lookingAt() ? OWN : ALL;
    }
}

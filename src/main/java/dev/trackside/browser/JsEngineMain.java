package dev.trackside.browser;

import dev.trackside.parse.OtherFormats;
import dev.trackside.view.Messages;
import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * TeaVM entry point of the JavaScript engine (trackside.js, for browsers without WasmGC): every format, as
 * {@link BrowserMain}, with schedules parsed by the browser's JSON.parse where that gives Gson's tree
 * and by Gson elsewhere ({@link GsonFallback}): it also reads what a wasm engine hands over.
 */
public final class JsEngineMain {
    private JsEngineMain() {
    }

    /** Shows a viewer in {@code root}, as {@link BrowserMain#mount} does. */
    @JSExport
    public static void mount(HTMLElement root) {
        new ScheduleViewer(root, OtherFormats.all(), new GsonFallback(), new InlineMarkup(),
                Messages::forLanguage).start();
    }
}

package dev.trackside.browser;

import dev.trackside.parse.OtherFormats;
import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * TeaVM entry point of {@code trackside-own.wasm}: the wasm engine without the readers of other tools' formats
 * (15 KB gzip less), which web/engine.js (in boot.js and trackside-embed.js) loads for a schedule that says it is in
 * our own format first thing. Otherwise the same as {@link BrowserMain}.
 */
public final class OwnFormatMain {
    private OwnFormatMain() {
    }

    /** Shows a viewer in {@code root}, as {@link BrowserMain#mount} does. */
    @JSExport
    public static void mount(HTMLElement root) {
        new ScheduleViewer(root, OtherFormats.none(), new NativeJson(), new LoadedMarkup(),
                new LoadedLanguages()).start();
    }
}

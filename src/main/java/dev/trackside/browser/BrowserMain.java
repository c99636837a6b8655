package dev.trackside.browser;

import dev.trackside.parse.OtherFormats;
import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * TeaVM entry point of {@code trackside.wasm}, the wasm engine that reads every format
 * ({@link OwnFormatMain} is the smaller wasm engine's). Each engine is loaded at most once per page; boot.js then
 * mounts one viewer per root element: the hosted page's {@code #trackside}, and each {@code <trackside-schedule>}'s
 * root in its shadow tree. Exported to JavaScript ({@code exports.mount} in wasm, the wrapped JS build's
 * {@code mount}).
 */
public final class BrowserMain {
    private BrowserMain() {
    }

    /** Shows a viewer in {@code root}, which carries the viewer's markup and boot.js's {@code data-engine}. */
    @JSExport
    public static void mount(HTMLElement root) {
        new ScheduleViewer(root, OtherFormats.all(), new NativeJson(), new LoadedMarkup(),
                new LoadedLanguages()).start();
    }
}

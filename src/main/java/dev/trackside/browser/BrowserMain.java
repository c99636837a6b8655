package dev.trackside.browser;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** TeaVM entry point for both engines; boot.js calls it once the engine is loaded. */
public final class BrowserMain {
    /** The element the viewer renders into; boot.js has already set its {@code data-engine}. */
    static final String ROOT_ID = "trackside";

    private BrowserMain() {
    }

    public static void main(String[] args) {
        HTMLElement root = HTMLDocument.current().getElementById(ROOT_ID);
        if (root == null) {
            Js.consoleError("Trackside: no element with id \"" + ROOT_ID + "\" on this page");
            return;
        }
        new ScheduleViewer(root).start();
    }
}

package dev.trackside.browser;

import org.teavm.jso.JSBody;

/** Small browser facilities that JSO's typed APIs lack; each is one line of JavaScript. */
final class Js {
    private Js() {
    }

    /** The value of a query parameter of the page's URL, or {@code null}. */
    @JSBody(params = "name", script = "return new URLSearchParams(location.search).get(name);")
    static native String urlParameter(String name);

    /** Marks a point on the page's performance timeline (read by the benchmark). */
    @JSBody(params = "name", script = "if (self.performance && performance.mark) performance.mark(name);")
    static native void mark(String name);

    @JSBody(params = "message", script = "console.error(message);")
    static native void consoleError(String message);
}

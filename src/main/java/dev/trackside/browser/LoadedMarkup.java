package dev.trackside.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The wasm engines' formatter: {@code trackside-markup.js} ({@link MarkupMain}, TeaVM's JavaScript build of the same
 * Java), loaded by engine.js the first time a text is to be formatted, once per page. A talk's abstract then appears
 * a moment after the rest of its detail, the first time only; a download waits for it.
 */
final class LoadedMarkup implements MarkupFormatter {
    @Override
    public void render(String text, HTMLElement into) {
        whenReady(() -> format(into, text));
    }

    /** At once once loaded; else after engine.js's load, whose one promise per page keeps the callers' order. */
    @Override
    public void whenReady(Runnable then) {
        if (loaded()) {
            then.run();
        } else {
            load(then::run);
        }
    }

    @Override
    public String plainText(String text) {
        return plain(text);
    }

    @JSBody(script = "return !!(self.Trackside.markup && self.Trackside.markup.render);")
    private static native boolean loaded();

    /**
     * engine.js's loader; {@code done} runs once the formatter is there, or its stand-in that shows texts as written
     * when it cannot load.
     */
    @JSBody(params = "done", script = "self.Trackside.loadMarkup(done);")
    private static native void load(Js.Task done);

    @JSBody(params = {"into", "text"}, script = "self.Trackside.markup.render(text, into);")
    private static native void format(HTMLElement into, String text);

    @JSBody(params = "text", script = "return self.Trackside.markup.plain(text);")
    private static native String plain(String text);
}

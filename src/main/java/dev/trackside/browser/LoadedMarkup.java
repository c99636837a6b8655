package dev.trackside.browser;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The wasm engines' formatter: {@code trackside-markup.js} ({@link MarkupMain}, TeaVM's JavaScript build of the same
 * Java), loaded by engine.js the first time a text is to be formatted, once per page. A talk's abstract then appears
 * a moment after the rest of its detail, the first time only; a download waits for it.
 */
final class LoadedMarkup implements MarkupFormatter {
    private boolean ready;
    private List<Runnable> waiting;

    @Override
    public void render(String text, HTMLElement into) {
        whenReady(() -> format(into, text));
    }

    @Override
    public void whenReady(Runnable then) {
        if (ready || loaded()) {
            ready = true;
            then.run();
            return;
        }
        if (waiting == null) {
            waiting = new ArrayList<>();
            load(() -> {
                ready = true;
                List<Runnable> all = waiting;
                waiting = null;
                for (Runnable task : all) {
                    task.run();
                }
            });
        }
        waiting.add(then);
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

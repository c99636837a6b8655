package dev.trackside.browser;

import dev.trackside.text.Markup;
import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * TeaVM entry point of {@code trackside-markup.js}: the formatter of abstracts and bios that the wasm engines load
 * when first needed ({@link LoadedMarkup}). JavaScript rather than a third wasm module: it shares no Java objects with
 * the engine (text in, DOM out), and a module would carry a runtime of its own.
 */
public final class MarkupMain {
    private static final InlineMarkup MARKUP = new InlineMarkup();

    private MarkupMain() {
    }

    /** Appends {@code text}, formatted, to {@code into}. */
    @JSExport
    public static void render(String text, HTMLElement into) {
        MARKUP.render(text, into);
    }

    /** {@link Markup#plainText(String)}. */
    @JSExport
    public static String plain(String text) {
        return Markup.plainText(text);
    }
}

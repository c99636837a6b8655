package dev.trackside.browser;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * Formats abstracts and bios (Markdown and a little HTML, see {@code text.Markup}). The JS engine has Markup's parser
 * built in ({@link InlineMarkup}); the wasm engines leave it out (5.6 KB gzip) and load {@code trackside-markup.js}
 * when a visitor first opens a talk or a speaker, or downloads a calendar ({@link LoadedMarkup}).
 */
interface MarkupFormatter {
    /** Appends {@code text} formatted to {@code into}: at once, or when the formatter has loaded. */
    void render(String text, HTMLElement into);

    /** Runs {@code then} once {@link #plainText} can answer: at once, or when the formatter has loaded. */
    void whenReady(Runnable then);

    /** {@code Markup.plainText(text)}; only once {@link #whenReady} has run. */
    String plainText(String text);
}

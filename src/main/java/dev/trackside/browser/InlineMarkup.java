package dev.trackside.browser;

import dev.trackside.text.Markup;
import org.teavm.jso.dom.html.HTMLElement;

/** The JS engine's formatter, and {@code trackside-markup.js}'s: Markup's parser and {@link MarkupView}. */
final class InlineMarkup implements MarkupFormatter {
    @Override
    public void render(String text, HTMLElement into) {
        into.appendChild(MarkupView.render(Markup.parse(text)));
    }

    @Override
    public void whenReady(Runnable then) {
        then.run();
    }

    @Override
    public String plainText(String text) {
        return Markup.plainText(text);
    }
}

package dev.trackside.browser;

import dev.trackside.view.Messages;
import dev.trackside.view.Msg;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The viewer's static markup (index.html's {@code <main>}, which an embed copies into its shadow root): its texts
 * in the viewer's language, and the search tips.
 */
final class Shell {
    private Shell() {
    }

    /** Every {@code data-msg} text and {@code data-msg-label} name in the viewer's language. */
    static void localize(HTMLElement root, Messages msg) {
        NodeList<? extends HTMLElement> texts = root.querySelectorAll("[data-msg]");
        for (int i = 0; i < texts.getLength(); i++) {
            texts.get(i).setTextContent(msg.text(named(texts.get(i).getAttribute("data-msg"))));
        }
        NodeList<? extends HTMLElement> labels = root.querySelectorAll("[data-msg-label]");
        for (int i = 0; i < labels.getLength(); i++) {
            labels.get(i).setAttribute("aria-label", msg.text(named(labels.get(i).getAttribute("data-msg-label"))));
        }
        Dom.byRole(root, "title").setTextContent(msg.text(Msg.LOADING));
    }

    /**
     * The text key of that name ({@link Msg#name}).
     */
    private static int named(String name) {
        for (int key = 0; key < Msg.COUNT; key++) {
            if (Msg.name(key).equals(name)) {
                return key;
            }
        }
        throw new IllegalArgumentException("No text key " + name);
    }

    /** The search tips under the search box, in the page's language (the full syntax is docs/search.md). */
    static void renderHelp(HTMLElement root, Messages msg) {
        HTMLElement help = Dom.byRole(root, "help");
        help.setTextContent("");
        Dom.append(help, Dom.text("summary", null, msg.text(Msg.SEARCH_HELP)));
        HTMLElement list = Dom.append(help, Dom.element("dl", "c-help__list"));
        String[] examples = {"django orm", "\"class based views\"", "-beginner", "speaker:godwin"};
        int[] meanings = {Msg.HELP_WORDS, Msg.HELP_PHRASE, Msg.HELP_EXCLUDE, Msg.HELP_FIELDS};
        for (int i = 0; i < examples.length; i++) {
            Dom.append(Dom.append(list, Dom.element("dt", null)), Dom.text("code", null, examples[i]));
            Dom.append(list, Dom.text("dd", null, msg.text(meanings[i])));
        }
        help.setHidden(false);
    }
}

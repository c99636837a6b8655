package dev.trackside.browser;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Element construction. Schedule text only ever goes in through {@code textContent} and attribute values, never
 * through markup, so a title like {@code <img onerror=…>} is shown as the characters it is.
 */
final class Dom {
    private static final HTMLDocument DOCUMENT = HTMLDocument.current();

    private Dom() {
    }

    static HTMLElement element(String tag, String className) {
        HTMLElement element = DOCUMENT.createElement(tag);
        if (className != null) {
            element.setClassName(className);
        }
        return element;
    }

    static HTMLElement text(String tag, String className, String text) {
        HTMLElement element = element(tag, className);
        element.setTextContent(text);
        return element;
    }

    static HTMLElement append(HTMLElement parent, HTMLElement child) {
        parent.appendChild(child);
        return child;
    }

    static org.teavm.jso.dom.xml.Text textNode(String text) {
        return DOCUMENT.createTextNode(text);
    }

    /** Takes {@code element} out of the page, if it is in one. */
    static void remove(HTMLElement element) {
        if (element != null && element.getParentNode() != null) {
            element.getParentNode().removeChild(element);
        }
    }

    static void setTitle(String title) {
        DOCUMENT.setTitle(title);
    }

    static HTMLElement byRole(HTMLElement root, String role) {
        return root.querySelector("[data-role=\"" + role + "\"]");
    }
}

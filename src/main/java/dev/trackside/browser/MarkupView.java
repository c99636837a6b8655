package dev.trackside.browser;

import dev.trackside.text.Doc;
import dev.trackside.text.Node;
import java.util.List;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A parsed abstract or bio as DOM: {@code createElement}, text nodes, {@code textContent} and attributes only, never
 * markup. The model's links are already http, https or mailto; they open in a new tab without opener or referrer.
 */
final class MarkupView {
    private static final HTMLDocument DOCUMENT = HTMLDocument.current();
    /** The element for each node type, six characters per {@link Node#type()}; text becomes a text node. */
    private static final String TAGS = "p     ul    ol    li    pre         em    strongcode  a     br    ";

    private MarkupView() {
    }

    static HTMLElement render(Doc doc) {
        HTMLElement root = Dom.element("div", "c-markup");
        render(root, doc.blocks());
        return root;
    }

    private static void render(HTMLElement parent, List<Node> nodes) {
        for (Node node : nodes) {
            int type = node.type();
            if (type == Node.TEXT) {
                parent.appendChild(DOCUMENT.createTextNode(node.text()));
                continue;
            }
            HTMLElement element = Dom.append(parent, Dom.element(TAGS.substring(type * 6, type * 6 + 6).trim(), null));
            if (type == Node.CODE || type == Node.CODE_BLOCK) {
                element.setTextContent(node.text());
            } else if (type == Node.LINK) {
                element.setAttribute("href", node.text());
                element.setAttribute("rel", "noopener noreferrer");
                element.setAttribute("target", "_blank");
            } else if (type == Node.ORDERED_LIST && node.start() != 1) {
                element.setAttribute("start", Integer.toString(node.start()));
            }
            render(element, node.children());
        }
    }
}

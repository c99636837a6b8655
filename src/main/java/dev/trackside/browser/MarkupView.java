package dev.trackside.browser;

import dev.trackside.text.Block;
import dev.trackside.text.Doc;
import dev.trackside.text.Inline;
import dev.trackside.text.ListItem;
import java.util.List;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A parsed abstract or bio as DOM: {@code createElement}, {@code textContent}/text nodes and {@code href} only,
 * never markup. The model's links are already http, https or mailto. Not wired into the page yet.
 */
final class MarkupView {
    private static final HTMLDocument DOCUMENT = HTMLDocument.current();

    private MarkupView() {
    }

    static HTMLElement render(Doc doc) {
        HTMLElement root = Dom.element("div", "c-markup");
        blocks(root, doc.blocks());
        return root;
    }

    private static void blocks(HTMLElement parent, List<Block> blocks) {
        for (Block block : blocks) {
            parent.appendChild(block(block));
        }
    }

    private static HTMLElement block(Block block) {
        if (block instanceof Block.Paragraph) {
            return inlines(Dom.element("p", null), ((Block.Paragraph) block).inlines());
        }
        if (block instanceof Block.Heading) {
            return inlines(Dom.element("p", "c-markup__heading"), ((Block.Heading) block).inlines());
        }
        if (block instanceof Block.BulletList || block instanceof Block.OrderedList) {
            boolean ordered = block instanceof Block.OrderedList;
            HTMLElement list = Dom.element(ordered ? "ol" : "ul", null);
            if (ordered && ((Block.OrderedList) block).start() != 1) {
                list.setAttribute("start", Integer.toString(((Block.OrderedList) block).start()));
            }
            List<ListItem> items = ordered ? ((Block.OrderedList) block).items() : ((Block.BulletList) block).items();
            for (ListItem item : items) {
                HTMLElement li = Dom.append(list, Dom.element("li", null));
                blocks(li, item.blocks());
            }
            return list;
        }
        if (block instanceof Block.CodeBlock) {
            HTMLElement pre = Dom.element("pre", null);
            Dom.append(pre, Dom.text("code", null, ((Block.CodeBlock) block).code()));
            return pre;
        }
        if (block instanceof Block.Quote) {
            HTMLElement quote = Dom.element("blockquote", null);
            blocks(quote, ((Block.Quote) block).blocks());
            return quote;
        }
        return Dom.element("hr", null);
    }

    private static HTMLElement inlines(HTMLElement parent, List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text) {
                parent.appendChild(DOCUMENT.createTextNode(((Inline.Text) inline).text()));
            } else if (inline instanceof Inline.Code) {
                Dom.append(parent, Dom.text("code", null, ((Inline.Code) inline).code()));
            } else if (inline instanceof Inline.LineBreak) {
                Dom.append(parent, Dom.element("br", null));
            } else if (inline instanceof Inline.Link) {
                HTMLElement a = Dom.append(parent, Dom.element("a", null));
                a.setAttribute("href", ((Inline.Link) inline).url());
                a.setAttribute("rel", "noopener noreferrer");
                a.setAttribute("target", "_blank");
                inlines(a, inline.children());
            } else {
                inlines(Dom.append(parent, Dom.element(inline instanceof Inline.Strong ? "strong" : "em", null)),
                        inline.children());
            }
        }
        return parent;
    }
}

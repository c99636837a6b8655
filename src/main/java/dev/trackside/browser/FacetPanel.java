package dev.trackside.browser;

import dev.trackside.model.Kind;
import dev.trackside.view.Facets;
import dev.trackside.view.Messages;
import dev.trackside.view.Msg;
import dev.trackside.view.ViewState;
import dev.trackside.view.ViewState.Facet;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The filter panel: one group of checkboxes per facet (track, room, type, language, level, tag), each value with the
 * number of sessions it would show given the search and the other filters. Built once; a keystroke only rewrites
 * the numbers and ticks, so focus and scroll position in the panel stay where they are.
 */
final class FacetPanel {
    private static final Facet[] ORDER = {Facet.TRACK, Facet.KIND, Facet.ROOM, Facet.LANGUAGE, Facet.LEVEL,
        Facet.TAG};

    private final Facets facets;
    private final HTMLInputElement[][] boxes = new HTMLInputElement[ORDER.length][];
    private final HTMLElement[][] counts = new HTMLElement[ORDER.length][];
    private final HTMLElement[][] labels = new HTMLElement[ORDER.length][];

    private FacetPanel(Facets facets) {
        this.facets = facets;
    }

    /** Fills {@code panel}; facets with a single value are left out (choosing it would change nothing). */
    static FacetPanel render(HTMLElement panel, Facets facets, Messages msg) {
        FacetPanel view = new FacetPanel(facets);
        panel.setTextContent("");
        for (int f = 0; f < ORDER.length; f++) {
            Facet facet = ORDER[f];
            int size = facets.values(facet).size();
            if (size < 2) {
                continue;
            }
            HTMLElement group = Dom.append(panel, Dom.element("fieldset", "c-facet"));
            Dom.append(group, Dom.text("legend", "c-facet__name", msg.text(title(facet))));
            HTMLElement list = Dom.append(group, Dom.element("div", "c-facet__values"));
            view.boxes[f] = new HTMLInputElement[size];
            view.counts[f] = new HTMLElement[size];
            view.labels[f] = new HTMLElement[size];
            for (int v = 0; v < size; v++) {
                HTMLElement label = Dom.append(list, Dom.element("label", "c-facet__value"));
                HTMLInputElement box = (HTMLInputElement) Dom.append(label, Dom.element("input", null));
                box.setType("checkbox");
                box.setAttribute("data-facet", facet.id());
                box.setAttribute("data-value", facets.values(facet).get(v));
                Dom.append(label, Dom.text("span", "c-facet__label", name(facets, facet, v, msg)));
                view.counts[f][v] = Dom.append(label, Dom.element("span", "c-facet__count"));
                view.boxes[f][v] = box;
                view.labels[f][v] = label;
            }
        }
        return view;
    }

    private static int title(Facet facet) {
        switch (facet) {
            case TRACK:
                return Msg.TRACK;
            case ROOM:
                return Msg.ROOM;
            case KIND:
                return Msg.KIND;
            case LANGUAGE:
                return Msg.LANGUAGE;
            case LEVEL:
                return Msg.LEVEL;
            default:
                return Msg.TAG;
        }
    }

    /** A value as the visitor reads it: the track's or room's name, a type in the page's language, else as given. */
    static String name(Facets facets, Facet facet, int index, Messages msg) {
        if (facet == Facet.KIND) {
            Kind kind = Kind.fromId(facets.values(facet).get(index));
            return kind == null ? facets.values(facet).get(index) : msg.kind(kind);
        }
        return facets.name(facet, index);
    }

    /** Ticks the chosen values and writes each value's count for {@code counts}. */
    void update(Facets.Counts numbers, ViewState state) {
        for (int f = 0; f < ORDER.length; f++) {
            if (boxes[f] == null) {
                continue;
            }
            for (int v = 0; v < boxes[f].length; v++) {
                String value = facets.values(ORDER[f]).get(v);
                boolean chosen = state.filters().contains(new ViewState.Filter(ORDER[f], value));
                if (boxes[f][v].isChecked() != chosen) {
                    boxes[f][v].setChecked(chosen);
                }
                int n = numbers.count(ORDER[f], v);
                String text = Integer.toString(n);
                if (!text.equals(counts[f][v].getTextContent())) {
                    counts[f][v].setTextContent(text);
                    if (n == 0) {
                        labels[f][v].setAttribute("data-zero", "");
                    } else {
                        labels[f][v].removeAttribute("data-zero");
                    }
                }
            }
        }
    }
}

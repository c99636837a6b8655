package dev.trackside.parse;

/**
 * Text that tools such as pretalx give either as a string or as one string per language,
 * {@code {"en": "Main hall", "de": "Großer Saal"}}. The viewer shows one language: English when there is an English
 * text (the language most conference audiences share), otherwise the first one given, which is the event's main
 * language in pretalx's output.
 */
final class I18nText {
    /** The language preferred when a text comes in several. */
    static final String PREFERRED = "en";

    private I18nText() {
    }

    /**
     * The text of a string, of a number (some exports write names as numbers), or of an i18n object; {@code null}
     * when absent, blank, empty ({@code {}}) or of another type.
     */
    static String pick(JsonNode node) {
        if (!node.isObject()) {
            return node.textOr(null);
        }
        String preferred = node.get(PREFERRED).textOr(null);
        if (preferred != null) {
            return preferred;
        }
        for (String language : node.keys()) {
            String text = node.get(language).textOr(null);
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}

package dev.trackside.browser;

import dev.trackside.view.Messages;

/**
 * The viewer's texts for a language tag: built in for the JS engine ({@link Messages#forLanguage}), from a copy
 * loaded with the page for the wasm engines ({@link LoadedLanguages}), which leave the German texts out.
 */
interface Languages {
    Messages forTag(String tag);
}

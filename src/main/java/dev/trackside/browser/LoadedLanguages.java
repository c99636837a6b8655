package dev.trackside.browser;

import dev.trackside.view.Messages;
import dev.trackside.view.Msg;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The wasm engines' texts: English built in, German from {@code messages-de.json} (written by the build from
 * {@code GermanTexts}), which engine.js fetches beside the engine for a viewer whose language is German and leaves
 * on {@code self.Trackside.messages.de}. Without it (it could not load) the viewer is in English.
 */
final class LoadedLanguages implements Languages {
    @Override
    public Messages forTag(String tag) {
        JSObject german = Messages.isGerman(tag) ? german() : null;
        if (german == null) {
            return Messages.ENGLISH;
        }
        String[] texts = new String[Msg.COUNT];
        for (int key = 0; key < Msg.COUNT; key++) {
            texts[key] = text(german, Msg.name(key));
        }
        return Messages.of("de", texts);
    }

    @JSBody(script = "var m = self.Trackside.messages; return m && m.de ? m.de : null;")
    private static native JSObject german();

    @JSBody(params = {"texts", "name"}, script = "var t = texts[name]; return typeof t === 'string' ? t : null;")
    private static native String text(JSObject texts, String name);
}

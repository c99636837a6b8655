package dev.trackside.cli;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.trackside.view.GermanTexts;
import dev.trackside.view.Msg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code messages-de.json}: the German texts by {@link Msg} name, which the wasm engines leave out of their build and
 * load for a German viewer (browser.LoadedLanguages). The build writes it into the site (pom.xml, {@code main}); the
 * single-file page carries it inline ({@link Bundle}).
 */
public final class LanguagePack {
    static final String GERMAN_FILE = "messages-de.json";

    private LanguagePack() {
    }

    /** The German texts as one JSON object; Gson writes {@code <} as {@code \u003c}, so it can sit in a script. */
    static String german() {
        JsonObject texts = new JsonObject();
        String[] german = GermanTexts.texts();
        for (int key = 0; key < Msg.COUNT; key++) {
            texts.addProperty(Msg.name(key), german[key]);
        }
        return new Gson().toJson(texts);
    }

    /** Writes {@code DIR/messages-de.json}. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]).resolve(GERMAN_FILE), german(), StandardCharsets.UTF_8);
    }
}

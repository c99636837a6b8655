package dev.trackside.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single-file offline page: {@code web/offline-template.html} filled with the built site's files and one
 * schedule. The hosted page's "Save for offline" ({@code web/offline.js}) does the same steps in the browser; both
 * write the same bytes for the same files (OfflineIT compares them), so a change here is a change there.
 *
 * <ul>
 *   <li>{@code viewer}: the {@code <main>} element of index.html, its {@code data-src} set to the schedule's name
 *       (and {@code data-time-zone} when given);
 *   <li>{@code title}: index.html's title; {@code style.css}, {@code classes.wasm-runtime.js}, {@code boot.js},
 *       {@code trackside.js} and {@code trackside-markup.js} as text with {@code </style}, {@code </script} and {@code <!--} escaped;
 *   <li>{@code messages-de.json}: the German texts ({@link LanguagePack});
 *   <li>{@code trackside.wasm}: the wasm engine that reads the schedule ({@link WasmEngine#reading}: the smaller
 *       {@code trackside-own.wasm} for our own format) in base64; {@code schedule} with every {@code <} written
 *       {@code \u003C} (only legal inside JSON strings, where it means the same).
 * </ul>
 */
final class Bundle {
    /** The files of the built site the page is made of, by name in target/dist. */
    static final List<String> FILES = List.of("offline-template.html", "index.html", "style.css",
            "classes.wasm-runtime.js", "boot.js", "trackside.js", "trackside-markup.js", WasmEngine.ALL,
            WasmEngine.OWN);
    /** Where the shaded jar carries them (pom.xml, browser profile). */
    static final String RESOURCES = "/dev/trackside/site/";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z][a-z0-9.-]*)\\}\\}");
    private static final Pattern STYLE_END = Pattern.compile("</(style)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_END = Pattern.compile("<(/script|!--)", Pattern.CASE_INSENSITIVE);

    /** Reads one of {@link #FILES}. */
    interface Site {
        byte[] read(String name) throws IOException;

        /** A folder such as target/dist. */
        static Site folder(Path dir) {
            return name -> Files.readAllBytes(dir.resolve(name));
        }

        /** The files inside the trackside jar, or null when this is not a jar built with the browser profile. */
        static Site jar() {
            if (Bundle.class.getResource(RESOURCES + "trackside.wasm") == null) {
                return null;
            }
            return name -> {
                try (InputStream in = Bundle.class.getResourceAsStream(RESOURCES + name)) {
                    if (in == null) {
                        throw new NoSuchFileException(RESOURCES + name + " (in the jar)");
                    }
                    return in.readAllBytes();
                }
            };
        }
    }

    private Bundle() {
    }

    /**
     * The page showing {@code schedule} (named {@code name}, e.g. the file name: the page says it in messages), built
     * from {@code site}'s files. {@code timeZone} (or null) is the zone of times without offset ({@code --tz}).
     */
    static String write(Site site, String name, String schedule, String timeZone) throws IOException {
        String index = text(site, "index.html");
        int start = index.indexOf("<main");
        int end = index.indexOf("</main>", start);
        if (start < 0 || end < 0) {
            throw new IOException("index.html has no <main> element (the viewer) to put in the page");
        }
        // Without the first screen index.html holds for its own schedule (offline.js leaves it out the same way).
        String viewer = PrerenderCommand.fill(index.substring(start, end + "</main>".length()), Map.of());
        int tagEnd = viewer.indexOf('>');
        String tag = attribute(viewer.substring(0, tagEnd), "data-src", name);
        if (timeZone != null) {
            tag = attribute(tag, "data-time-zone", timeZone);
        }
        int titleStart = index.indexOf("<title>");
        int titleEnd = index.indexOf("</title>");
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("title", titleStart < 0 || titleEnd < titleStart ? "Schedule"
                : index.substring(titleStart + "<title>".length(), titleEnd));
        parts.put("style.css", STYLE_END.matcher(text(site, "style.css")).replaceAll("<\\\\/$1"));
        for (String script : new String[] {"classes.wasm-runtime.js", "boot.js", "trackside.js",
            "trackside-markup.js"}) {
            parts.put(script, SCRIPT_END.matcher(text(site, script)).replaceAll("<\\\\$1"));
        }
        parts.put(LanguagePack.GERMAN_FILE, LanguagePack.german());
        parts.put("viewer", tag + viewer.substring(tagEnd));
        parts.put("schedule-name", escape(name));
        parts.put("schedule", withoutBom(schedule).replace("<", "\\u003C"));
        parts.put("trackside.wasm", Base64.getEncoder().encodeToString(site.read(WasmEngine.reading(schedule))));
        return fill(text(site, "offline-template.html"), parts);
    }

    /** {@code template} with each {@code {{name}}} replaced by its part, in one pass (parts are not searched). */
    static String fill(String template, Map<String, String> parts) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        int length = template.length() + parts.values().stream().mapToInt(String::length).sum();
        StringBuilder out = new StringBuilder(length);
        int last = 0;
        while (matcher.find()) {
            String part = parts.get(matcher.group(1));
            if (part == null) {
                throw new IllegalArgumentException("offline-template.html: unknown placeholder " + matcher.group());
            }
            out.append(template, last, matcher.start()).append(part);
            last = matcher.end();
        }
        return out.append(template, last, template.length()).toString();
    }

    /** {@code tag} (a start tag without its {@code >}) with attribute {@code name} set to {@code value}. */
    static String attribute(String tag, String name, String value) {
        String key = " " + name + "=\"";
        int at = tag.indexOf(key);
        if (at < 0) {
            return tag + key + escape(value) + "\"";
        }
        int valueEnd = tag.indexOf('"', at + key.length());
        return tag.substring(0, at + key.length()) + escape(value) + tag.substring(valueEnd);
    }

    /** Text for an attribute value or an element. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String text(Site site, String name) throws IOException {
        return withoutBom(new String(site.read(name), StandardCharsets.UTF_8));
    }

    /** As the browser's {@code Response.text()} reads it: a byte order mark is not part of the text. */
    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}

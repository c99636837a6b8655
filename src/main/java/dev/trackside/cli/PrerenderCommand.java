package dev.trackside.cli;

import dev.trackside.model.Schedule;
import dev.trackside.parse.ScheduleException;
import dev.trackside.parse.Schedules;
import dev.trackside.view.DayGrid;
import dev.trackside.view.ListBuckets;
import dev.trackside.view.Msg;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code prerender [DIR]}: writes what the page shows first ({@link FirstScreen}) into DIR/index.html, for the
 * schedule its {@code data-src} names, and its positions into DIR/first.css; and DIR/viewer.html, the page without
 * it, whose markup embeds take. The build runs it on target/dist; run it
 * again after changing {@code data-src} (until then the page does not show the old one: first.css names the source).
 * The HTML keeps slots ({@code <!--first:NAME-->…<!--/first:NAME-->}) so that it can be run any number of times.
 */
final class PrerenderCommand {
    private static final Pattern SLOT = Pattern.compile("<!--first:([a-z]+)-->.*?<!--/first:\\1-->", Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("<main id=\"trackside\"[^>]*?data-src=\"([^\"]*)\"");
    private static final Pattern LANG = Pattern.compile("<html lang=\"([^\"]*)\"");

    private final PrintStream out;
    private final PrintStream err;

    PrerenderCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (args.length > 1) {
            err.println("prerender: one argument at most, the site's folder (default: target/dist)");
            return 2;
        }
        Path dir = Path.of(args.length == 1 ? args[0] : "target/dist");
        Path index = dir.resolve("index.html");
        try {
            String html = Files.readString(index, StandardCharsets.UTF_8);
            Matcher source = SOURCE.matcher(html);
            Matcher lang = LANG.matcher(html);
            if (!source.find() || !lang.find()) {
                err.println("prerender: " + index + " has no <html lang> or <main id=\"trackside\" data-src>");
                return 2;
            }
            String src = source.group(1);
            Path file = src.contains(":") || src.startsWith("/") ? null
                    : dir.resolve(URLDecoder.decode(src, StandardCharsets.UTF_8)).normalize();
            if (file == null || !file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
                err.println("prerender: data-src \"" + src + "\" is not a file in " + dir + " (the first screen is"
                        + " written from a schedule beside the page); " + index + " is unchanged");
                return 2;
            }
            String text = ReadOptions.decode(Files.readAllBytes(file));
            Schedule schedule = Schedules.read(text, JavaTimeZones.INSTANCE).schedule();
            FirstScreen first = new FirstScreen(schedule, lang.group(1));
            Map<String, String> slots = new LinkedHashMap<>();
            String css = "";
            if (!first.isEmpty()) {
                DayGrid day = first.firstDay();
                long[] span = first.span();
                slots.put("head", "<meta name=\"trackside-first\" content=\"" + span[0] + " " + span[1]
                        + "\" data-key=\"" + FirstScreen.escape("trackside:" + schedule.conference().id() + ":tz")
                        + "\" data-wasm=\"" + WasmEngine.reading(text) + "\">"
                        + "<link rel=\"stylesheet\" href=\"first.css\"><script src=\"first.js\"></script>");
                slots.put("title", "<span class=\"c-first\">" + first.title() + "</span>");
                slots.put("about", "<span class=\"c-first\">" + first.about() + "</span>");
                slots.put("zone", "<span class=\"c-first\">" + first.zone() + "</span>");
                ListBuckets list = new ListBuckets(schedule);
                slots.put("count", "<span class=\"c-first c-first-grid\">" + first.count(day) + "</span>"
                        + "<span class=\"c-first c-first-list\">" + first.listCount(list) + "</span>");
                slots.put("help", "<summary>" + FirstScreen.escape(first.messages().text(Msg.SEARCH_HELP))
                        + "</summary>");
                slots.put("tabs", first.tabs());
                slots.put("sessions", first.grid(day) + first.list(list));
                css = stylesheet(src, first.positions());
            }
            String plain = fill(html, Map.of());
            html = slots.isEmpty() ? plain : fill(html, slots);
            Files.writeString(index, html, StandardCharsets.UTF_8);
            // The markup without the first screen, for embeds (trackside-embed.js): 2 KB gzip less to fetch.
            Files.writeString(dir.resolve("viewer.html"), plain, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("first.css"), css, StandardCharsets.UTF_8);
            out.println("prerender: " + index + ": the first screen of " + src + " (" + schedule.sessions().size()
                    + " sessions)");
            return 0;
        } catch (ScheduleException e) {
            err.println("prerender: " + e.getMessage());
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            err.println("prerender: " + e);
            return 2;
        }
    }

    /** Each slot's new content (an empty one where {@code slots} has none). */
    static String fill(String html, Map<String, String> slots) {
        Matcher slot = SLOT.matcher(html);
        StringBuilder result = new StringBuilder();
        while (slot.find()) {
            String name = slot.group(1);
            slot.appendReplacement(result, Matcher.quoteReplacement(
                    "<!--first:" + name + "-->" + slots.getOrDefault(name, "") + "<!--/first:" + name + "-->"));
        }
        slot.appendTail(result);
        return result.toString();
    }

    /**
     * The positions, and what shows the first screen only while first.js allows it ({@code html.ts-first}, which
     * the engine takes away when it draws) and the page still names the schedule it was written for.
     */
    static String stylesheet(String src, String positions) {
        String main = "main[data-src=\"" + src.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        return "/* Written by `trackside prerender` for " + src.replace("*/", "* /") + ": the page's first screen. */\n"
                // style.css hides it without html.ts-first; here, also where the page names another schedule.
                + "main:not(" + main.substring(4) + ") .c-first,\n"
                + "html.ts-first " + main + " .c-first-not { display: none !important; }\n"
                // The grid from 700 px on, the list below (ScheduleViewer.NARROW_PX); first.js says which on <html>.
                + "@media (max-width: 699.98px) { .c-first-grid { display: none !important; } }\n"
                + "@media (min-width: 700px) { .c-first-list { display: none !important; } }\n"
                // What the viewer shows at once: as wide as its grid, the views, Now, the search tips and the days.
                + "html.ts-first[data-ts-view=\"grid\"] " + main + " { max-width: none; }\n"
                + "html.ts-first " + main + " .c-views[hidden] { display: flex !important; }\n"
                + "html.ts-first " + main + " :is(.c-days, .c-help)[hidden] { display: block !important; }\n"
                + "html.ts-first " + main + " .c-button--now[hidden] { display: inline-block !important; }\n"
                // "Loading…" (style.css says it without html.ts-first) while the page names another schedule.
                + ".c-trackside:not(" + main.substring(4) + ")[data-state=\"loading\"] [data-role=\"sessions\"]"
                + ":not(:has(> :not(.c-first)))::before {\n"
                + "  content: \"Loading…\"; display: block; padding: 2rem 0; color: var(--sched-clr-muted);\n}\n"
                + positions;
    }
}

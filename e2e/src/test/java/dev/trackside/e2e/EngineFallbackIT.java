package dev.trackside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wasm module that cannot be compiled must not cost the visitor the schedule: boot.js falls back to JS. Both wasm
 * engines are broken here (the demo would take trackside-own.wasm, EnginesIT breaks that one alone).
 */
class EngineFallbackIT {
    /** Only its browser is used: each test serves its own broken copy of the site. */
    @RegisterExtension
    static final SiteAndBrowsers web = new SiteAndBrowsers();

    /** Copies the built site into {@code copy}, leaving out the files named {@code left}. */
    static void copySite(Path copy, String... left) throws IOException {
        try (Stream<Path> files = Files.walk(Site.DIST)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = copy.resolve(Site.DIST.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else if (!List.of(left).contains(from.getFileName().toString())) {
                    Files.copy(from, to);
                }
            }
        }
    }

    @Test
    void brokenWasmModuleFallsBackToJavaScript(@TempDir Path copy) throws IOException {
        copySite(copy, "trackside.wasm", "trackside-own.wasm");
        Files.write(copy.resolve("trackside.wasm"), "not a wasm module".getBytes());
        Files.write(copy.resolve("trackside-own.wasm"), "not a wasm module".getBytes());
        try (Site site = Site.serve(copy)) {
            SchedulePage page = new SchedulePage(web.browser(Engine.WASM).driver()).open(site.url("index.html"));
            assertEquals("ready", page.state());
            assertEquals("js", page.engine());
            assertEquals(page.resultCount(), page.visibleSessionIds().size());
        }
    }

    @Test
    void missingWasmModuleFallsBackToJavaScript(@TempDir Path copy) throws IOException {
        copySite(copy, "trackside.wasm", "trackside-own.wasm");
        try (Site site = Site.serve(copy)) {
            SchedulePage page = new SchedulePage(web.browser(Engine.WASM).driver()).open(site.url("index.html"));
            assertEquals("ready", page.state());
            assertEquals("js", page.engine());
        }
    }
}

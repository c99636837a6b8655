package dev.trackside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticServerTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesFilesWithTheirContentType(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("trackside.wasm"), "x");
        try (StaticServer server = StaticServer.start(dir, 0)) {
            HttpResponse<String> response = get(server.url() + "trackside.wasm", null);
            assertEquals(200, response.statusCode());
            assertEquals("application/wasm", response.headers().firstValue("Content-Type").orElse(""));
        }
    }

    @Test
    void aRevalidatedFileAnswersNotModifiedUntilItChanges(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("schedule.json");
        Files.writeString(file, "{}");
        try (StaticServer server = StaticServer.start(dir, 0)) {
            HttpResponse<String> first = get(server.url() + "schedule.json", null);
            String tag = first.headers().firstValue("ETag").orElse(null);
            assertNotNull(tag);
            assertEquals(304, get(server.url() + "schedule.json", tag).statusCode());
            Files.writeString(file, "{\"changed\": true}");
            HttpResponse<String> changed = get(server.url() + "schedule.json", tag);
            assertEquals(200, changed.statusCode());
            assertEquals("{\"changed\": true}", changed.body());
        }
    }

    @Test
    void aPathOutsideTheFolderIsNotFound(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "a");
        try (StaticServer server = StaticServer.start(dir, 0)) {
            assertEquals(404, get(server.url() + "../etc/passwd", null).statusCode());
        }
    }

    @Test
    void extraHeadersGoWithEveryResponse(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.html"), "<p>");
        try (StaticServer server = StaticServer.start(dir, 0).header("Content-Security-Policy", "default-src 'self'")) {
            for (String path : new String[] {"", "missing.js"}) {
                assertEquals("default-src 'self'", get(server.url() + path, null).headers()
                        .firstValue("Content-Security-Policy").orElse(""), path);
            }
        }
    }
}

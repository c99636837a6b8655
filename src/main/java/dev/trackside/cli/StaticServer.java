package dev.trackside.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * Serves a folder over HTTP on the loopback interface with the content types browsers insist on ({@code .wasm}
 * must be {@code application/wasm}). Used by {@code serve} and by the browser tests.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"));

    private final HttpServer server;
    private final Path root;
    private final Map<String, String> headers = new ConcurrentHashMap<>();

    private StaticServer(HttpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    /** Starts serving {@code dir} on 127.0.0.1; port 0 picks a free one. */
    public static StaticServer start(Path dir, int port) throws IOException {
        // Headers and body leave in separate writes; with Nagle's algorithm on, each response waits ~40 ms for
        // the browser's delayed ACK, which would dominate every page-load measurement.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        StaticServer server = new StaticServer(http, dir.toAbsolutePath().normalize());
        http.createContext("/", exchange -> server.handle(exchange, server.root, ""));
        // Browsers fetch a page's files in parallel; the default single thread would serialise them.
        http.setExecutor(Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "trackside-serve");
            thread.setDaemon(true);
            return thread;
        }));
        http.start();
        return server;
    }

    /** Also serves {@code dir} under {@code /prefix/}, e.g. test fixtures beside the built site. */
    public StaticServer mount(String prefix, Path dir) {
        Path base = dir.toAbsolutePath().normalize();
        server.createContext("/" + prefix + "/", exchange -> handle(exchange, base, "/" + prefix));
        return this;
    }

    /** Sends {@code name: value} with every response from now on, e.g. a Content-Security-Policy to test under. */
    public StaticServer header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange, Path base, String prefix) throws IOException {
        try (exchange) {
            headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method Not Allowed".getBytes());
                return;
            }
            Path file = resolve(base, exchange.getRequestURI().getPath().substring(prefix.length()));
            if (file == null || !Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain; charset=utf-8", "Not Found".getBytes());
                return;
            }
            // Validators as any static host sends them: a reload revalidates (304) instead of downloading again,
            // and the browser keeps what it attached to the cached response, such as compiled WebAssembly.
            String tag = "\"" + Long.toHexString(Files.size(file)) + "-"
                    + Long.toHexString(Files.getLastModifiedTime(file).toMillis()) + "\"";
            exchange.getResponseHeaders().set("ETag", tag);
            if (tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, contentType(file), Files.readAllBytes(file));
        }
    }

    /** The file a request names, or {@code null} when it would leave the served folder. */
    private static Path resolve(Path base, String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.html";
        }
        Path file = base.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        return file.startsWith(base) ? file : null;
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        // Local development and tests want the newest build on every reload.
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.trackside.e2e;

import dev.trackside.cli.StaticServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The built site (target/dist) served over HTTP on loopback, with the test fixtures under /fixtures/. */
final class Site implements AutoCloseable {
    static final Path DIST = Path.of(System.getProperty("dist.dir", "target/dist"));
    static final Path FIXTURES = Path.of(System.getProperty("e2e.fixtures", "e2e/fixtures"));
    static final Path CORPUS = Path.of(System.getProperty("schedule.corpus", "../shared/data/real"));

    private final StaticServer server;

    private Site(StaticServer server) {
        this.server = server;
    }

    /** Serves {@code dist}, with {@code fixtures} under /fixtures/ instead of the test fixtures. */
    Site(Path dist, Path fixtures) throws IOException {
        this(start(dist, fixtures));
    }

    static Site serve(Path dist) {
        if (!Files.isRegularFile(dist.resolve("index.html"))) {
            throw new IllegalStateException(dist + " has no index.html: run the browser tests with `mvn verify`, "
                    + "which builds the site first");
        }
        try {
            return new Site(start(dist, FIXTURES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StaticServer start(Path dist, Path fixtures) throws IOException {
        StaticServer server = StaticServer.start(dist, 0).mount("fixtures", fixtures);
        if (Files.isDirectory(CORPUS)) {
            server.mount("corpus", CORPUS); // real schedules, read in place: never copied into the site
        }
        return server;
    }

    static Site serve() {
        return serve(DIST);
    }

    /** Sends {@code name: value} with every response from now on (CspIT: a Content-Security-Policy). */
    Site header(String name, String value) {
        server.header(name, value);
        return this;
    }

    /** Absolute URL of a path relative to the site root, e.g. {@code index.html?src=...}. */
    String url(String path) {
        return server.url() + path;
    }

    @Override
    public void close() {
        server.close();
    }
}

package dev.trackside.e2e;

import java.util.EnumMap;
import java.util.Map;

/** One browser per engine for a test class: starting Chromium costs a second or two. */
final class Browsers implements AutoCloseable {
    private final Map<Engine, Browser> browsers = new EnumMap<>(Engine.class);

    Browser get(Engine engine) {
        return browsers.computeIfAbsent(engine, e -> Browser.start(e));
    }

    @Override
    public void close() {
        browsers.values().forEach(Browser::close);
        browsers.clear();
    }
}

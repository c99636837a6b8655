package dev.trackside.e2e;

/** The two ways the viewer runs; JS is forced the way a browser without WebAssembly would force it. */
enum Engine {
    WASM("wasm", false),
    JS("js", true);

    final String attribute;
    final boolean removeWebAssembly;

    Engine(String attribute, boolean removeWebAssembly) {
        this.attribute = attribute;
        this.removeWebAssembly = removeWebAssembly;
    }
}

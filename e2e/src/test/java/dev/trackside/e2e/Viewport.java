package dev.trackside.e2e;

/** A CSS viewport the tests render at; below 600 px wide it is emulated as a phone (mobile viewport rules). */
record Viewport(int width, int height) {
    /** Every browser starts here. */
    static final Viewport DESKTOP = new Viewport(1400, 900);
    /** A current phone held upright. */
    static final Viewport PHONE = new Viewport(390, 844);

    boolean mobile() {
        return width < 600;
    }
}

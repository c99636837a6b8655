package dev.trackside.parse;

/**
 * Which formats of other tools a read tries, in order, on a document without our "format" field. Made by methods,
 * not held in constants, so that a build calling only {@link #none()} (the browser's engine for our own format)
 * contains none of their readers: about 15 KB gzip of WebAssembly.
 */
public final class OtherFormats {
    final TreeFormat[] formats;

    private OtherFormats(TreeFormat... formats) {
        this.formats = formats;
    }

    /** c3voc/frab, the pretalx widget's JSON and Sessionize: what {@link Schedules#read} tries by default. */
    public static OtherFormats all() {
        return new OtherFormats(FrabFormat.INSTANCE, new PretalxWidgetFormat(), new SessionizeFormat());
    }

    /** None: our own format only. */
    public static OtherFormats none() {
        return new OtherFormats();
    }
}

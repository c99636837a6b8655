package dev.trackside.parse;

import dev.trackside.model.Schedule;

/**
 * A quick read of a schedule's first day ({@link Schedules#readFirstDay}), for a first screen, and the check that
 * the whole schedule shows a day exactly as it does, so that a viewer which drew that day from it can keep what it
 * drew.
 *
 * <pre>
 * FirstDay first = Schedules.readFirstDay(tree, zones, null, OtherFormats.all());    // null: no quick read
 * draw(first.read().schedule());
 * Schedule whole = Schedules.read(text, zones, null, OtherFormats.all(), tree).schedule();
 * first.drawnAlike(whole, 0)   // true: keep the drawn day; false: draw it again
 * </pre>
 *
 * <p>Alike means: the same conference and days; the first read's rooms and tracks begin the whole one's (so the
 * day's columns come in the same order); its sessions are the whole one's first ones, field by field, on the same
 * days (so a position, which the drawn cards and the search's results go by, names the same session); and no later
 * session of the whole schedule falls on that day. A frab file breaks it when, say, a session listed under the
 * second day starts on the first, or a later day adds a day the first read did not know.
 *
 * <p>An interface, and its class ({@code FirstDayRead}) made only by the formats with such a read: so a build
 * without them (the engine for our own format) leaves the check out, which a call to a final class's method would
 * keep (0.7 KB gzip of WebAssembly, measured).
 */
public interface FirstDay {
    /** The quick read; its warnings are not the document's (show the whole read's). */
    ScheduleRead read();

    /** Whether {@code whole} shows the day at index {@code day} as this read does, with the same positions. */
    boolean drawnAlike(Schedule whole, int day);
}

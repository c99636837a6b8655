package dev.trackside.browser;

import dev.trackside.model.CivilDate;
import dev.trackside.model.ZonedTime;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Dates and clock times in the page's language through the browser's {@code Intl}. Times are formatted as wall
 * clocks: the instant plus its offset, printed in UTC, so the zone (conference's or visitor's) is chosen in Java by
 * the offset, not by Intl. Results are cached: a grid day prints a few dozen distinct times many times.
 */
final class Intl {
    private final String language;
    private final JSObject clockFormat;
    private final JSObject tabFormat;
    private final JSObject longFormat;
    private final Map<Integer, String> clocks = new HashMap<>();

    Intl(String language) {
        this.language = language;
        clockFormat = format(language, "{\"hour\":\"numeric\",\"minute\":\"2-digit\",\"timeZone\":\"UTC\"}");
        tabFormat = format(language, "{\"weekday\":\"short\",\"day\":\"numeric\",\"month\":\"short\",\"timeZone\":\"UTC\"}");
        longFormat = format(language,
                "{\"weekday\":\"long\",\"day\":\"numeric\",\"month\":\"long\",\"year\":\"numeric\",\"timeZone\":\"UTC\"}");
    }

    String language() {
        return language;
    }

    /** {@code 10:30} (de) or {@code 10:30 AM} (en). */
    String clock(ZonedTime time) {
        int minutes = time.minuteOfDay();
        String text = clocks.get(minutes);
        if (text == null) {
            text = formatMillis(clockFormat, minutes * 60_000.0);
            clocks.put(minutes, text);
        }
        return text;
    }

    /** {@code 10:30–11:15}; a session without length shows its start only. */
    String range(ZonedTime start, ZonedTime end) {
        return start.equals(end) ? clock(start) : clock(start) + "\u2013" + clock(end);
    }

    /** {@code Mon, Sep 23} (en) or {@code Mo., 23. Sept.} (de). */
    String tab(CivilDate date) {
        return formatMillis(tabFormat, date.epochDay() * 86_400_000.0);
    }

    /** {@code Monday, September 23, 2019}. */
    String longDate(CivilDate date) {
        return formatMillis(longFormat, date.epochDay() * 86_400_000.0);
    }

    @JSBody(params = {"language", "options"}, script = "try { return new Intl.DateTimeFormat(language, "
            + "JSON.parse(options)); } catch (e) { return new Intl.DateTimeFormat('en', JSON.parse(options)); }")
    private static native JSObject format(String language, String options);

    @JSBody(params = {"format", "ms"}, script = "return format.format(new Date(ms));")
    private static native String formatMillis(JSObject format, double ms);

    /** The visitor's own IANA zone, or null where the browser does not say. */
    @JSBody(script = "try { return Intl.DateTimeFormat().resolvedOptions().timeZone || null; } catch (e) { return null; }")
    static native String visitorZone();
}

package dev.trackside.browser;

import dev.trackside.model.TimeZones;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Time-zone rules from the browser's {@code Intl}, which knows every IANA zone; one formatter per zone. */
final class IntlTimeZones implements TimeZones {
    private final Map<String, JSObject> formatters = new HashMap<>();

    @Override
    public int offsetMinutes(String zone, long epochSecond) {
        if (!formatters.containsKey(zone)) {
            formatters.put(zone, formatter(zone));
        }
        JSObject formatter = formatters.get(zone);
        return formatter == null ? UNKNOWN : offset(formatter, epochSecond * 1000.0);
    }

    /** A formatter that prints the zone's offset ("GMT+01:00"), or null for a zone the browser does not know. */
    @JSBody(params = "zone", script = "try { return new Intl.DateTimeFormat('en-US', "
            + "{timeZone: zone, timeZoneName: 'longOffset'}); } catch (e) { return null; }")
    private static native JSObject formatter(String zone);

    @JSBody(params = {"formatter", "ms"}, script = "var parts = formatter.formatToParts(new Date(ms));"
            + "for (var i = 0; i < parts.length; i++) {"
            + "  if (parts[i].type !== 'timeZoneName') continue;"
            + "  var v = parts[i].value;"
            + "  if (v === 'GMT') return 0;"
            + "  var sign = v.charAt(3) === '-' || v.charAt(3) === '\\u2212' ? -1 : 1;"
            + "  return sign * (parseInt(v.substr(4, 2), 10) * 60 + (parseInt(v.substr(7, 2), 10) || 0));"
            + "}"
            + "return -2147483648;")
    private static native int offset(JSObject formatter, double ms);
}

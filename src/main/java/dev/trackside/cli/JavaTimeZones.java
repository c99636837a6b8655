package dev.trackside.cli;

import dev.trackside.model.TimeZones;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/** Time-zone rules from java.time, for the command-line tool and the JVM tests. */
public final class JavaTimeZones implements TimeZones {
    public static final JavaTimeZones INSTANCE = new JavaTimeZones();

    private JavaTimeZones() {
    }

    @Override
    public int offsetMinutes(String zone, long epochSecond) {
        try {
            return ZoneId.of(zone).getRules().getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds() / 60;
        } catch (DateTimeException e) {
            return UNKNOWN;
        }
    }
}

package dev.trackside.parse;

import dev.trackside.model.Schedule;
import java.util.List;

/** A schedule as read, with the name of the format it came in and every warning the reader raised. */
public final class ScheduleRead {
    private final Schedule schedule;
    private final String format;
    private final List<Warning> warnings;

    ScheduleRead(Schedule schedule, String format, List<Warning> warnings) {
        this.schedule = schedule;
        this.format = format;
        this.warnings = List.copyOf(warnings);
    }

    public Schedule schedule() {
        return schedule;
    }

    /** Human name of the detected format, e.g. "c3voc/frab schedule.json". */
    public String format() {
        return format;
    }

    public List<Warning> warnings() {
        return warnings;
    }

    /** How many warnings carry {@code code}. */
    public int count(WarningCode code) {
        int n = 0;
        for (Warning warning : warnings) {
            if (warning.code() == code) {
                n++;
            }
        }
        return n;
    }

    /** How many items were left out. */
    public int skipped() {
        int n = 0;
        for (Warning warning : warnings) {
            if (warning.code().skips()) {
                n++;
            }
        }
        return n;
    }
}

package dev.trackside.cli;

import dev.trackside.model.Schedule;
import dev.trackside.parse.ScheduleException;
import dev.trackside.parse.Schedules;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code validate FILE...}: reads each file with the same parser as the browser and reports the outcome; frab
 * schedule.xml (which the browser does not read) through {@link FrabXml}.
 */
final class ValidateCommand {
    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] files) {
        if (files.length == 0) {
            err.println("validate: name at least one schedule file");
            return 2;
        }
        int exit = 0;
        for (String file : files) {
            String text;
            try {
                text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                exit = 2;
                continue;
            }
            try {
                Schedule schedule = FrabXml.looksLikeXml(text) ? FrabXml.read(text, JavaTimeZones.INSTANCE).schedule()
                        : Schedules.parse(text);
                out.println(file + ": ok, " + schedule.sessions().size() + " sessions, " + schedule.rooms().size()
                        + " rooms, " + schedule.days().size() + " days");
            } catch (ScheduleException e) {
                err.println(file + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : "") + ": error: "
                        + e.getMessage());
                exit = 2;
            }
        }
        return exit;
    }
}

package dev.trackside.cli;

import dev.trackside.model.Schedule;
import dev.trackside.parse.ScheduleException;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Warning;
import java.io.PrintStream;

/**
 * {@code validate FILE...}: reads each file with the same parser as the browser and prints every warning and
 * error with its JSON path (and line:column where known); frab schedule.xml too. Exit code: 0 clean, 1 warnings,
 * 2 errors.
 */
final class ValidateCommand {
    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        ReadOptions options = ReadOptions.parse(args, err);
        if (options == null) {
            return 2;
        }
        if (options.files().isEmpty()) {
            err.println("validate: name at least one schedule file");
            return 2;
        }
        int exit = 0;
        for (String file : options.files()) {
            try {
                ScheduleRead read = options.read(file);
                Schedule schedule = read.schedule();
                for (Warning warning : read.warnings()) {
                    out.println(ReadOptions.warningLine(file, warning));
                }
                out.println(file + ": " + read.format() + ", " + count(schedule.sessions().size(), "session") + ", "
                        + count(schedule.rooms().size(), "room") + ", " + count(schedule.days().size(), "day") + ", "
                        + read.skipped() + " skipped, " + count(read.warnings().size(), "warning"));
                exit = Math.max(exit, read.warnings().isEmpty() ? 0 : 1);
            } catch (ScheduleException e) {
                err.println(ReadOptions.errorLine(file, e));
                exit = 2;
            } catch (java.io.IOException e) {
                err.println(file + ": error: cannot read: " + e.getMessage());
                exit = 2;
            }
        }
        return exit;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

package dev.trackside.cli;

import dev.trackside.parse.ScheduleException;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.TracksideWriter;
import dev.trackside.parse.Warning;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code convert FILE --to trackside [-o OUT]}: any format we read, written as the Trackside format. */
final class ConvertCommand {
    private final PrintStream out;
    private final PrintStream err;

    ConvertCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        ReadOptions options = ReadOptions.parseOne("convert", args, err);
        if (options == null) {
            return 2;
        }
        String to = options.option("--to");
        if (!"trackside".equals(to)) {
            err.println("convert: --to trackside is the only output format" + (to == null ? " (and it is required)"
                    : ", not " + to));
            return 2;
        }
        String file = options.files().get(0);
        try {
            ScheduleRead read = options.read(file);
            for (Warning warning : read.warnings()) {
                err.println(ReadOptions.warningLine(file, warning));
            }
            String json = TracksideWriter.write(read.schedule());
            String target = options.output();
            if (target == null) {
                out.println(json);
            } else {
                Files.writeString(Path.of(target), json + "\n", StandardCharsets.UTF_8);
                err.println("wrote " + target + ": " + read.schedule().sessions().size() + " sessions");
            }
            return 0;
        } catch (ScheduleException e) {
            err.println(ReadOptions.errorLine(file, e));
            return 2;
        } catch (IllegalArgumentException | IOException e) {
            err.println(file + ": error: " + e.getMessage());
            return 2;
        }
    }
}

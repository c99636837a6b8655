package dev.trackside.cli;

import dev.trackside.parse.ScheduleException;
import dev.trackside.parse.ScheduleRead;
import dev.trackside.parse.Schedules;
import dev.trackside.parse.Warning;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options every command that reads schedules shares, and the reading itself (JSON or frab XML). */
final class ReadOptions {
    private final List<String> files = new ArrayList<>();
    private final List<String[]> extra = new ArrayList<>();

    private ReadOptions() {
    }

    /**
     * Splits {@code args} into files and {@code --name value} (or {@code -o value}) pairs; returns null (after saying why on
     * {@code err}) when an option lacks its value.
     */
    static ReadOptions parse(String[] args, PrintStream err) {
        ReadOptions options = new ReadOptions();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("-") && args[i].length() > 1) {
                if (i + 1 >= args.length) {
                    err.println("option " + args[i] + " needs a value");
                    return null;
                }
                options.extra.add(new String[] {args[i], args[++i]});
            } else {
                options.files.add(args[i]);
            }
        }
        return options;
    }

    /**
     * {@link #parse} for a command that reads exactly one schedule file; null (after saying why on {@code err},
     * naming {@code command}) otherwise.
     */
    static ReadOptions parseOne(String command, String[] args, PrintStream err) {
        ReadOptions options = parse(args, err);
        if (options != null && options.files.size() != 1) {
            err.println(command + ": name exactly one schedule file");
            return null;
        }
        return options;
    }

    List<String> files() {
        return files;
    }

    /** The value of {@code --name}, or {@code null}. */
    String option(String name) {
        for (String[] pair : extra) {
            if (pair[0].equals(name)) {
                return pair[1];
            }
        }
        return null;
    }

    /** Where to write: {@code -o} or {@code --output}, or {@code null} for standard output or a default. */
    String output() {
        return option("-o") != null ? option("-o") : option("--output");
    }

    ScheduleRead read(String file) throws IOException {
        String text = decode(Files.readAllBytes(Path.of(file)));
        // frab/pentabarf XML is read here only: the browser build has no XML parser to spare.
        if (FrabXml.looksLikeXml(text)) {
            return FrabXml.read(text, JavaTimeZones.INSTANCE, option("--tz"));
        }
        return Schedules.read(text, JavaTimeZones.INSTANCE, option("--tz"));
    }

    /**
     * The text of a file as the browser gets it from {@code fetch().text()}: UTF-8, whatever is not valid UTF-8
     * becoming U+FFFD, a leading byte order mark dropped. Files.readString would instead fail the whole file with
     * "Input length = 1" for one stray Latin-1 byte, where the browser shows the schedule.
     */
    static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8); // replaces malformed input, never throws
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** How every command reports a schedule it cannot read: {@code FILE:LINE:COLUMN: error: …}, like a compiler. */
    static String errorLine(String file, ScheduleException e) {
        return file + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : "") + ": error: " + e.getMessage();
    }

    static String warningLine(String file, Warning warning) {
        return file + ": warning: " + warning;
    }
}

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

/**
 * {@code bundle FILE [-o OUT.html] [--tz ZONE] [--site DIR]}: one HTML file that shows the schedule with nothing
 * else, opened from disk without a network ({@link Bundle}). The schedule is read first, so a file the page could
 * not show is refused here; JSON goes in as written (the page reads it exactly as it would on a server), frab XML
 * (which the page cannot read) as the Trackside format.
 */
final class BundleCommand {
    private final PrintStream out;
    private final PrintStream err;

    BundleCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        ReadOptions options = ReadOptions.parseOne("bundle", args, err);
        if (options == null) {
            return 2;
        }
        String file = options.files().get(0);
        Bundle.Site site = site(options.option("--site"));
        if (site == null) {
            return 2;
        }
        try {
            ScheduleRead read = options.read(file);
            for (Warning warning : read.warnings()) {
                err.println(ReadOptions.warningLine(file, warning));
            }
            String name = Path.of(file).getFileName().toString();
            String text = ReadOptions.decode(Files.readAllBytes(Path.of(file))); // as the page would fetch it
            if (FrabXml.looksLikeXml(text)) {
                text = TracksideWriter.write(read.schedule()) + "\n";
                name = stem(name) + ".json";
            }
            String page = Bundle.write(site, name, text, options.option("--tz"));
            String target = options.output();
            Path output = Path.of(target != null ? target : stem(name) + ".html");
            Files.writeString(output, page, StandardCharsets.UTF_8);
            out.println("wrote " + output + ": " + read.schedule().sessions().size() + " sessions, "
                    + Files.size(output) + " bytes");
            return 0;
        } catch (ScheduleException e) {
            err.println(ReadOptions.errorLine(file, e));
            return 2;
        } catch (IllegalArgumentException | IOException e) {
            err.println("bundle: " + file + ": " + e.getMessage());
            return 2;
        }
    }

    /** The built site: --site, else the files in this jar, else target/dist (a build run from the source tree). */
    private Bundle.Site site(String option) {
        Path dir = option != null ? Path.of(option) : null;
        if (dir == null) {
            Bundle.Site jar = Bundle.Site.jar();
            if (jar != null) {
                return jar;
            }
            dir = Path.of("target", "dist");
        }
        for (String name : Bundle.FILES) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                err.println("bundle: " + dir.resolve(name) + " is missing: --site names a built site (target/dist;"
                        + " build it with: mvn package -DskipTests)");
                return null;
            }
        }
        return Bundle.Site.folder(dir);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

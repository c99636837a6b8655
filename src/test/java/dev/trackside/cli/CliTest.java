package dev.trackside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.parse.Schedules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool's contract: output a person can act on, and exit codes a CI script can branch on. */
class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"validate", "convert", "serve", "bundle"}) {
            assertTrue(out().contains("  " + command), out());
        }
    }

    @Test
    void unknownCommandExitsWithTwo() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("unknown command \"frobnicate\""), err());
    }

    @Test
    void validateCleanFileExitsZeroAndSummarises() {
        assertEquals(0, run("validate", "web/demo/djangocon-us-2019.json"));
        assertTrue(out().contains("djangocon-us-2019.json: Trackside schedule format, 98 sessions, 11 rooms, 6 days"),
                out());
    }

    @Test
    void validateBrokenFileExitsTwoWithLineAndColumn() {
        assertEquals(2, run("validate", "e2e/fixtures/malformed.json", "web/demo/pycon-us-2017.json"));
        assertTrue(err().contains("e2e/fixtures/malformed.json:4:47: error: JSON syntax error at line 4, column 47"),
                err());
        assertTrue(out().contains("pycon-us-2017.json: Trackside schedule format, 183 sessions"), "goes on: " + out());
    }

    @Test
    void validateInvalidFieldNamesItsPath() {
        assertEquals(2, run("validate", "e2e/fixtures/invalid-start.json"));
        assertTrue(err().contains("$.sessions[1].start: expected an ISO-8601 date-time"), err());
    }

    @Test
    void validateMissingFileExitsTwo() {
        assertEquals(2, run("validate", "no/such/file.json"));
        assertTrue(err().contains("no/such/file.json: error: cannot read"), err());
    }

    @Test
    void convertWritesAScheduleThatReadsBack(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.json");
        assertEquals(0, run("convert", "web/demo/pycon-us-2017.json", "--to", "trackside", "-o", target.toString()));
        assertEquals(183, Schedules.parse(Files.readString(target)).sessions().size());
    }

    @Test
    void convertNeedsTheTargetFormat() {
        assertEquals(2, run("convert", "web/demo/pycon-us-2017.json"));
        assertTrue(err().contains("--to trackside"), err());
    }
}

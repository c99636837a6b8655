package dev.trackside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate reads frab XML through FrabXml, the one XML reader, and reports like any other format. */
class ValidateCommandTest {
    @Test
    void frabXmlIsValidatedThroughFrabXml(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("schedule.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<schedule><conference><title>FOSDEM 2020</title>"
                + "</conference><day index=\"1\" date=\"2020-02-01\"><room name=\"Janson\"><event id=\"9025\">"
                + "<start>09:30</start><duration>00:25</duration><room>Janson</room><title>Welcome</title></event>"
                + "</room></day></schedule>", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new ValidateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {file.toString()});
        // No offset and no zone in this FOSDEM-like file: readable, with a floating-times warning, so exit 1.
        assertEquals(1, exit, err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains(": warning: "), printed);
        assertTrue(printed.contains("floating-times"), printed);
        assertTrue(printed.endsWith(file + ": frab schedule.xml, 1 session, 1 room, 1 day, 0 skipped, 1 warning\n"),
                printed);
    }
}

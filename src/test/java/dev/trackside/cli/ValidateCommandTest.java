package dev.trackside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertEquals(file + ": ok, 1 sessions, 1 rooms, 1 days\n", out.toString(StandardCharsets.UTF_8));
    }
}

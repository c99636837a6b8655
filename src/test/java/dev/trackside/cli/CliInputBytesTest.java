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

/**
 * Bytes that are not UTF-8 text. The CLI decodes a file as the browser's {@code fetch().text()} does: invalid UTF-8
 * becomes U+FFFD and a byte order mark is dropped, so validate and convert judge the same text as the page.
 */
class CliInputBytesTest {
    private static final String DOC = "{\"format\": \"trackside-schedule\", \"version\": 1, \"conference\": {\"id\": "
            + "\"c\", \"name\": \"C\", \"timeZone\": \"UTC\"},\n\"sessions\": [{\"id\": \"s\", \"title\": \"TITLE\", "
            + "\"start\": \"2026-01-01T10:00Z\", \"duration\": 30}]}";

    @Test
    void invalidUtf8InAStringReadsWithReplacementCharacters(@TempDir Path dir) throws IOException {
        // Latin-1 "é", a lone continuation byte, a truncated 3-byte sequence, an overlong "/", 0xFF.
        byte[] junk = {(byte) 0xE9, ' ', (byte) 0x80, ' ', (byte) 0xE2, (byte) 0x82, ' ', (byte) 0xC0, (byte) 0xAF,
            ' ', (byte) 0xFF};
        Path file = write(dir, DOC.replace("TITLE", "\u0001").getBytes(StandardCharsets.UTF_8), junk);
        Run run = validate(file);
        assertEquals(0, run.exit, run.err); // was 2: "cannot read: Input length = 1"
        assertTrue(run.out.endsWith(": Trackside schedule format, 1 session, 0 rooms, 1 day, 0 skipped, 0 warnings\n"),
                run.out);
        Run converted = run(file, "convert", "--to", "trackside");
        assertEquals(0, converted.exit, converted.err);
        assertTrue(converted.out.contains("\"title\": \"\uFFFD \uFFFD \uFFFD \uFFFD\uFFFD \uFFFD\""), converted.out);
    }

    @Test
    void invalidUtf8OutsideStringsIsASyntaxErrorWithItsPlace(@TempDir Path dir) throws IOException {
        byte[] doc = DOC.getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[doc.length + 1];
        int at = DOC.indexOf("\"sessions\"");
        System.arraycopy(doc, 0, broken, 0, at);
        broken[at] = (byte) 0xFE;
        System.arraycopy(doc, at, broken, at + 1, doc.length - at);
        Run run = validate(Files.write(dir.resolve("s.json"), broken));
        assertEquals(2, run.exit);
        assertTrue(run.err.contains("s.json:2:2: error: JSON syntax error at line 2, column 2"), run.err);
    }

    @Test
    void aByteOrderMarkIsDropped(@TempDir Path dir) throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = dir.resolve("bom.json");
        byte[] doc = DOC.replace("TITLE", "T").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + doc.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(doc, 0, all, 3, doc.length);
        Files.write(file, all);
        assertEquals(0, validate(file).exit);
        Path xml = dir.resolve("bom.xml");
        byte[] text = ("<?xml version=\"1.0\"?>\n<schedule><conference><title>X</title></conference></schedule>")
                .getBytes(StandardCharsets.UTF_8);
        all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        Files.write(xml, all);
        Run run = validate(xml);
        assertTrue(run.out.contains("frab schedule.xml, 0 sessions"), run.out + run.err);
    }

    @Test
    void nulBytesAndEmptyFilesAreErrorsThatSayWhere(@TempDir Path dir) throws IOException {
        Run nulInString = validate(write(dir, DOC.replace("TITLE", "a\u0000b").getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, nulInString.exit);
        assertTrue(nulInString.err.contains(":2:36: error: JSON syntax error at line 2, column 36: a control "
                + "character"), nulInString.err);
        for (byte[] bytes : new byte[][] {{}, {0, 0, 0, 0}, {' ', '\n'}}) {
            Run empty = validate(Files.write(dir.resolve("empty.json"), bytes));
            assertEquals(2, empty.exit);
            assertTrue(empty.err.endsWith("empty.json: error: the document is empty\n"), empty.err);
        }
    }

    private static Path write(Path dir, byte[] doc, byte[] title) throws IOException {
        String text = new String(doc, StandardCharsets.UTF_8);
        int at = text.indexOf('\u0001');
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at + 1).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + title.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(title, 0, all, head.length, title.length);
        System.arraycopy(tail, 0, all, head.length + title.length, tail.length);
        return Files.write(dir.resolve("schedule.json"), all);
    }

    private static Path write(Path dir, byte[] doc) throws IOException {
        return Files.write(dir.resolve("schedule.json"), doc);
    }

    private static Run validate(Path file) {
        return run(file, "validate");
    }

    private static Run run(Path file, String command, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        String[] args = new String[options.length + 1];
        args[0] = file.toString();
        System.arraycopy(options, 0, args, 1, options.length);
        int exit = command.equals("validate") ? new ValidateCommand(o, e).run(args) : new ConvertCommand(o, e).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final class Run {
        final int exit;
        final String out;
        final String err;

        Run(int exit, String out, String err) {
            this.exit = exit;
            this.out = out;
            this.err = err;
        }
    }
}

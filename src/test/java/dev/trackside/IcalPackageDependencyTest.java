package dev.trackside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * dev.trackside.ical is core code meant for the browser build: it depends on the model, text and query packages only,
 * and stays clear of what costs kilobytes in TeaVM output or is missing there (regular expressions, String.format,
 * streams and lambdas, Character's Unicode tables, case mapping, java.time, charsets and getBytes). Scans code only,
 * with {@link CoreDependencyTest#codeOnly}.
 */
class IcalPackageDependencyTest {
    private static final Path ICAL = Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
            "src", "main", "java", "dev", "trackside", "ical");

    private static final String FORBIDDEN = "org\\.teavm|dev\\.trackside\\.(browser|cli|parse|view)"
            + "|com\\.google\\.gson|java\\.io|java\\.nio|java\\.net|java\\.lang\\.reflect|java\\.time"
            + "|java\\.util\\.regex|java\\.util\\.stream|java\\.util\\.function|String\\.format|\\.formatted\\("
            + "|\\.split\\(|\\.replaceAll\\(|\\.replaceFirst\\(|\\.matches\\(|\\.toLowerCase\\(|\\.toUpperCase\\("
            + "|equalsIgnoreCase|regionMatches|\\.stream\\(|\\bCharacter\\.|\\bPattern\\b|\\bMatcher\\b"
            + "|\\.chars\\(\\)|\\.codePoints\\(\\)|\\.getBytes\\(|StandardCharsets|\\bCharset\\b|->|::";

    @Test
    void icalPackageUsesOnlyCorePackagesAndCheapJdkParts() throws IOException {
        List<Path> files = sources();
        assertTrue(files.size() >= 2, "only " + files.size() + " sources under " + ICAL);
        List<String> violations = new ArrayList<>();
        for (Path file : files) {
            String code = CoreDependencyTest.codeOnly(Files.readString(file, StandardCharsets.UTF_8));
            for (String hit : find(code)) {
                violations.add(file.getFileName() + ":" + hit);
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        String code = CoreDependencyTest.codeOnly("class X { // s.getBytes()\n"
                + "  byte[] a = s.getBytes(StandardCharsets.UTF_8); Runnable r = () -> { };\n"
                + "  Object e = java.time.Instant.now(); }");
        assertEquals(List.of("2: .getBytes(", "2: StandardCharsets", "2: ->", "3: java.time"), find(code));
    }

    private static List<String> find(String code) {
        List<String> hits = new ArrayList<>();
        Matcher m = Pattern.compile(FORBIDDEN).matcher(code);
        while (m.find()) {
            int line = 1;
            for (int i = 0; i < m.start(); i++) {
                line += code.charAt(i) == '\n' ? 1 : 0;
            }
            hits.add(line + ": " + m.group());
        }
        return hits;
    }

    private static List<Path> sources() throws IOException {
        if (!Files.isDirectory(ICAL)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(ICAL)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }
}

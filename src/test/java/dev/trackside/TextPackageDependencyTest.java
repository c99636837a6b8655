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
 * dev.trackside.text is core code for the browser build like model/parse/query/view: it depends on the model only
 * and stays clear of the JDK parts that cost kilobytes in TeaVM output (regular expressions, String.format, streams,
 * Character's Unicode tables, case mapping). Scans code only, with {@link CoreDependencyTest#codeOnly}.
 */
class TextPackageDependencyTest {
    private static final Path TEXT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
            "src", "main", "java", "dev", "trackside", "text");

    private static final String FORBIDDEN = "org\\.teavm|dev\\.trackside\\.(browser|cli|parse|query|view)"
            + "|com\\.google\\.gson|java\\.io|java\\.nio|java\\.lang\\.reflect|java\\.time|java\\.util\\.regex"
            + "|java\\.util\\.stream|String\\.format|\\.formatted\\(|\\.split\\(|\\.replaceAll\\(|\\.replaceFirst\\("
            + "|\\.matches\\(|\\.toLowerCase\\(|\\.toUpperCase\\(|equalsIgnoreCase|regionMatches|\\.stream\\("
            + "|\\bCharacter\\.|\\bPattern\\b|\\bMatcher\\b|\\.chars\\(\\)|\\.codePoints\\(\\)";

    @Test
    void textPackageUsesOnlyTheModelAndCheapJdkParts() throws IOException {
        List<Path> files = sources();
        assertTrue(files.size() >= 5, "only " + files.size() + " sources under " + TEXT);
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
        String code = CoreDependencyTest.codeOnly("class X { // s.split(\",\")\n"
                + "  String a = s.toLowerCase(); boolean b = Character.isLetter(c); String d = \"x.split(y)\";\n"
                + "  Object e = java.util.regex.Pattern.compile(\"x\"); }");
        assertEquals(List.of("2: .toLowerCase(", "2: Character.", "3: java.util.regex", "3: Pattern"), find(code));
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
        if (!Files.isDirectory(TEXT)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(TEXT)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }
}

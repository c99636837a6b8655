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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Core packages written for the browser build depend on the core packages they name only, and stay clear of the JDK
 * parts that cost kilobytes in TeaVM output or are missing there (regular expressions, String.format, streams,
 * Character's Unicode tables, case mapping, java.time). Scans code only, with {@link CoreDependencyTest#codeOnly}.
 */
class BrowserPackageRulesTest {
    private static final Path MAIN = Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
            "src", "main", "java", "dev", "trackside");

    /** What no browser-core package uses. */
    private static final String CHEAP_JDK_ONLY = "org\\.teavm|com\\.google\\.gson|java\\.io|java\\.nio"
            + "|java\\.lang\\.reflect|java\\.time|java\\.util\\.regex|java\\.util\\.stream|String\\.format"
            + "|\\.formatted\\(|\\.split\\(|\\.replaceAll\\(|\\.replaceFirst\\(|\\.matches\\(|\\.toLowerCase\\("
            + "|\\.toUpperCase\\(|equalsIgnoreCase|regionMatches|\\.stream\\(|\\bCharacter\\.|\\bPattern\\b"
            + "|\\bMatcher\\b|\\.chars\\(\\)|\\.codePoints\\(\\)";

    /**
     * Per package: the trackside packages it must not use, the extra JDK parts it must not use (ical: lambdas,
     * charsets and the network, which it never needed), and how many sources at least (an empty scan passes nothing).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "text; browser|cli|parse|query|view; ; 5",
        "ical; browser|cli|parse|view; |java\\.net|java\\.util\\.function|\\.getBytes\\(|StandardCharsets|\\bCharset\\b|->|::; 2"
    })
    void usesOnlyTheCorePackagesItNamesAndCheapJdkParts(String pkg, String forbiddenPackages, String extra, int least)
            throws IOException {
        Pattern forbidden = Pattern.compile("dev\\.trackside\\.(" + forbiddenPackages + ")|" + CHEAP_JDK_ONLY
                + (extra == null ? "" : extra));
        List<Path> files = sources(MAIN.resolve(pkg));
        assertTrue(files.size() >= least, "only " + files.size() + " sources in dev.trackside." + pkg);
        List<String> violations = new ArrayList<>();
        for (Path file : files) {
            String code = CoreDependencyTest.codeOnly(Files.readString(file, StandardCharsets.UTF_8));
            for (String hit : find(forbidden, code)) {
                violations.add(file.getFileName() + ":" + hit);
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void theScanFindsWhatItLooksForOutsideCommentsAndStrings() {
        String code = CoreDependencyTest.codeOnly("class X { // s.split(\",\")\n"
                + "  String a = s.toLowerCase(); boolean b = Character.isLetter(c); String d = \"x.split(y)\";\n"
                + "  Object e = java.util.regex.Pattern.compile(\"x\"); Runnable r = () -> { }; }");
        assertEquals(List.of("2: .toLowerCase(", "2: Character.", "3: java.util.regex", "3: Pattern", "3: ->"),
                find(Pattern.compile(CHEAP_JDK_ONLY + "|->"), code));
    }

    private static List<String> find(Pattern forbidden, String code) {
        List<String> hits = new ArrayList<>();
        Matcher m = forbidden.matcher(code);
        while (m.find()) {
            int line = 1;
            for (int i = 0; i < m.start(); i++) {
                line += code.charAt(i) == '\n' ? 1 : 0;
            }
            hits.add(line + ": " + m.group());
        }
        return hits;
    }

    private static List<Path> sources(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }
}

package dev.trackside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * The core (model, parse, query, view) is compiled by TeaVM for the browser, so it must stay small and portable:
 * no TeaVM or browser code, no file system or reflection, no java.time (about 0.6 MB in the browser build). Also pins
 * the layering the package-info files describe. Scans source text, code only (comments and strings blanked).
 */
class CoreDependencyTest {
    private static final String FORBIDDEN_EVERYWHERE = "org\\.teavm|dev\\.trackside\\.browser|dev\\.trackside\\.cli"
            + "|java\\.io\\.File\\w*|java\\.nio\\.file|java\\.lang\\.reflect|java\\.time";

    private static final Path MAIN = Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
            "src", "main", "java", "dev", "trackside");

    @Test
    void coreUsesNothingTheBrowserBuildCannotAfford() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : List.of("model", "parse", "query", "view")) {
            violations.addAll(scan(pkg, FORBIDDEN_EVERYWHERE));
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void modelDependsOnNothingElseOfOursNorOnGson() throws IOException {
        assertNoReferences("model", "dev\\.trackside\\.(parse|query|view)|com\\.google\\.gson");
    }

    @Test
    void onlyTheParserUsesGson() throws IOException {
        assertNoReferences("query", "com\\.google\\.gson");
        assertNoReferences("view", "com\\.google\\.gson");
    }

    @Test
    void parserDependsOnTheModelOnly() throws IOException {
        assertNoReferences("parse", "dev\\.trackside\\.(query|view)");
    }

    @Test
    void queryDependsOnTheModelOnly() throws IOException {
        assertNoReferences("query", "dev\\.trackside\\.(parse|view)");
    }

    @Test
    void viewDoesNotParse() throws IOException {
        assertNoReferences("view", "dev\\.trackside\\.parse");
    }

    @Test
    void everyCorePackageHasSourcesToScan() throws IOException {
        // Guards the scan itself: a wrong base directory would make every test above pass vacuously.
        int total = 0;
        for (String pkg : List.of("model", "parse", "query", "view")) {
            int count = sources(pkg).size();
            assertTrue(count >= 2, pkg + " has " + count + " source files under " + MAIN);
            total += count;
        }
        assertTrue(total >= 20, "only " + total + " core source files under " + MAIN);
    }

    @Test
    void scannerFindsReferencesInCodeButNotInCommentsOrStrings() {
        String source = String.join("\n",
                "package dev.trackside.model;",
                "import java.util.List; // not java.time.LocalDate",
                "/* java.lang.reflect.Method */",
                "class X {",
                "  String s = \"java.nio.file.Path \\\" org.teavm\";",
                "  char c = '\"';",
                "  String t = \"\"\"",
                "      java.time in a text block",
                "      \"\"\";",
                "  java.time.Instant now;",
                "  Object f = new java.io.FileReader(\"x\");",
                "}");
        String code = codeOnly(source);
        assertEquals(List.of("10: java.time", "11: java.io.FileReader"), find(code, FORBIDDEN_EVERYWHERE));
        assertEquals(source.split("\n", -1).length, code.split("\n", -1).length);
    }

    private static void assertNoReferences(String pkg, String forbidden) throws IOException {
        List<String> violations = scan(pkg, forbidden);
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    private static List<String> scan(String pkg, String forbidden) throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> files = sources(pkg);
        if (files.isEmpty()) {
            fail("no sources in " + MAIN.resolve(pkg));
        }
        for (Path file : files) {
            String code = codeOnly(Files.readString(file, StandardCharsets.UTF_8));
            for (String hit : find(code, forbidden)) {
                violations.add(MAIN.relativize(file) + ":" + hit);
            }
        }
        return violations;
    }

    private static List<Path> sources(String pkg) throws IOException {
        Path dir = MAIN.resolve(pkg);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    /** "line: match" for each match of {@code forbidden} as a whole name (so java.time, not java.timer). */
    private static List<String> find(String code, String forbidden) {
        List<String> hits = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\w.])(" + forbidden + ")(?![\\w])").matcher(code);
        while (m.find()) {
            int line = 1;
            for (int i = 0; i < m.start(); i++) {
                if (code.charAt(i) == '\n') {
                    line++;
                }
            }
            hits.add(line + ": " + m.group(1));
        }
        return hits;
    }

    /** The source with comments, string and char literals and text blocks blanked; line breaks are kept. */
    static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int open;
            String close;
            if (source.startsWith("//", i)) {
                open = 2;
                close = "\n";
            } else if (source.startsWith("/*", i)) {
                open = 2;
                close = "*/";
            } else if (source.startsWith("\"\"\"", i)) {
                open = 3;
                close = "\"\"\"";
            } else if (c == '"' || c == '\'') {
                open = 1;
                close = String.valueOf(c);
            } else {
                out.append(c);
                i++;
                continue;
            }
            boolean escapes = open != 2; // literals have backslash escapes, comments do not
            int j = i + open;
            while (j < source.length() && !source.startsWith(close, j)) {
                j += escapes && source.charAt(j) == '\\' ? 2 : 1;
            }
            j = Math.min(source.length(), close.equals("\n") ? j : j + close.length());
            for (int k = i; k < j; k++) {
                out.append(source.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = j;
        }
        return out.toString();
    }
}

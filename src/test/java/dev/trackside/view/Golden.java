package dev.trackside.view;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: {@code src/test/resources/golden/NAME} holds the exact expected text. When it is missing or differs,
 * the test fails and the actual text is written to {@code target/golden-actual/NAME}. To accept a change, read it
 * first, then copy it over:
 *
 * <pre>
 * diff src/test/resources/golden/NAME target/golden-actual/NAME
 * cp target/golden-actual/NAME src/test/resources/golden/NAME
 * </pre>
 *
 * (or {@code cp target/golden-actual/* src/test/resources/golden/} after a run that changed several). Read from the
 * source tree, not the class path, so that the file the message names is the one compared.
 */
final class Golden {
    private static final Path BASE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    static final Path EXPECTED = BASE.resolve("src/test/resources/golden");
    static final Path ACTUAL = BASE.resolve("target/golden-actual");

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        Path expectedFile = EXPECTED.resolve(name);
        try {
            String expected = Files.exists(expectedFile)
                    ? Files.readString(expectedFile, StandardCharsets.UTF_8) : null;
            if (actual.equals(expected)) {
                return;
            }
            Files.createDirectories(ACTUAL);
            Path actualFile = ACTUAL.resolve(name);
            Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
            String why = expected == null ? "golden file " + expectedFile + " is missing"
                    : "output differs from golden file " + expectedFile + " at line "
                            + firstDifference(expected, actual);
            fail(why + "; the actual output is in " + actualFile + ". If it is right: cp " + BASE.relativize(actualFile)
                    + " " + BASE.relativize(expectedFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        return i + 1;
    }
}

package dev.trackside;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real-schedule corpus is: {@code -Dschedule.corpus=PATH}, by default ../shared/data/real. Missing, it
 * fails the test with instructions; only outside CI and when asked with {@code -Dschedule.corpus.skip=true} may the
 * tests that need it be skipped.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("schedule.corpus", "../shared/data/real"));
        if (Files.isDirectory(root)) {
            return root;
        }
        boolean ci = System.getenv("CI") != null;
        boolean skip = Boolean.getBoolean("schedule.corpus.skip");
        assumeTrue(!skip || ci, "schedule corpus not found at " + root.toAbsolutePath() + "; skipped as asked");
        throw new IllegalStateException("The real-schedule corpus is not at " + root.toAbsolutePath()
                + ". Put ../shared beside the checkout, pass -Dschedule.corpus=PATH, or (outside CI only) "
                + "-Dschedule.corpus.skip=true to skip the tests that read it.");
    }
}

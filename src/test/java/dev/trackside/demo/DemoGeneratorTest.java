package dev.trackside.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.trackside.Corpus;

/** The demo schedules in web/demo are exactly what tools/DemoSchedules.java makes of the corpus: reproducible. */
class DemoGeneratorTest {
    @Test
    void committedDemosAreWhatTheGeneratorProduces(@TempDir Path out) throws IOException, InterruptedException {
        Path corpus = Corpus.root();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "tools/DemoSchedules.java", corpus.toString(),
                out.toString()).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes());
        process.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), log);
        for (String name : new String[] {"djangocon-us-2019.json", "pycon-us-2017.json"}) {
            assertEquals(Files.readString(Path.of("web", "demo", name)), Files.readString(out.resolve(name)),
                    "web/demo/" + name + " differs from a fresh run of tools/DemoSchedules.java: regenerate it");
        }
    }
}

package dev.trackside.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every warning code a person can meet is explained in docs/warnings.md under its own heading (its anchor). */
class WarningDocsTest {
    @Test
    void everyCodeHasASectionInTheDocs() throws IOException {
        String docs = Files.readString(Path.of("docs", "warnings.md"));
        for (WarningCode code : WarningCode.values()) {
            assertTrue(docs.contains("\n### " + code.id() + "\n"), "docs/warnings.md lacks ### " + code.id());
        }
    }
}

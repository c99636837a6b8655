package dev.trackside.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.query.Query.Field;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/search.md names every field and shows each problem as the page says it. */
class SearchDocsTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));

    @Test
    void everyFieldIsDocumented() throws IOException {
        String docs = docs();
        for (Field field : Field.values()) {
            assertTrue(docs.contains("| `" + field.key() + ":"), field.key());
        }
    }

    @Test
    void everyProblemIsDocumentedWithItsMessage() throws IOException {
        String docs = docs();
        for (String example : new String[] {"\"async views", "foo:bar", "speaker:"}) {
            Query.Problem problem = Query.parse(example).errors().get(0);
            assertTrue(docs.contains("| `" + example + "` | " + problem.message() + " |"), example);
        }
    }

    private static String docs() throws IOException {
        return Files.readString(BASE.resolve("docs/search.md"), StandardCharsets.UTF_8);
    }
}

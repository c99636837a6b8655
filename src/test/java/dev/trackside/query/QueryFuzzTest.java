package dev.trackside.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trackside.model.Schedule;
import dev.trackside.parse.Schedules;
import dev.trackside.query.Query.Field;
import dev.trackside.query.Query.Problem;
import dev.trackside.query.Query.Term;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random input, built mostly from the syntax's own chars: parsing, searching and highlighting never throw. */
class QueryFuzzTest {
    private static final String[] PIECES = {"\"", "\u201c", "\u201d", "\u201e", "-", ":", " ", "  ", "\t", "\n",
        "\u00a0", "speaker", "Room", "kind", "day", "lang", "level", "tag", "track", "foo", "a", "e", "ß", "Æ", "é",
        "e\u0301", "\u0301", "2", "19", "2019-09-23", "\uD83D\uDE00", "\uD83D", "\u3000", "django", "\\", "'", "*",
        "\u0000", "\uFFFF", "ſ"};

    @Test
    void parseNeverThrowsAndItsResultIsConsistent() {
        Random random = new Random(42);
        for (int run = 0; run < 20_000; run++) {
            String text = randomText(random);
            Query query = Query.parse(text);
            for (Term term : query.terms()) {
                assertFalse(term.text().isEmpty(), text);
                assertFalse(term.text().startsWith(" ") || term.text().endsWith(" ") || term.text().contains("  "),
                        text);
                assertTrue(0 <= term.start() && term.start() < term.end() && term.end() <= text.length(), text);
            }
            int previous = 0;
            for (Term term : query.terms()) {
                assertTrue(term.start() >= previous, text);
                previous = term.end();
            }
            for (Problem problem : query.errors()) {
                assertTrue(0 <= problem.start() && problem.start() < problem.end() && problem.end() <= text.length(),
                        text);
                assertFalse(problem.message().isEmpty());
            }
            String normal = query.toString();
            Query again = Query.parse(normal);
            assertEquals(normal, again.toString(), text);
            assertEquals(query.words(), again.words(), text);
            assertEquals(query.terms().size(), again.terms().size(), text);
        }
    }

    @Test
    void highlightNeverThrowsAndGivesOrderedRangesInsideTheText() {
        Random random = new Random(7);
        Field[] fields = Field.values();
        for (int run = 0; run < 5_000; run++) {
            Query query = Query.parse(randomText(random));
            String text = randomText(random);
            Field field = random.nextInt(3) == 0 ? null : fields[random.nextInt(fields.length)];
            int[] ranges = query.highlight(text, field);
            assertEquals(0, ranges.length % 2);
            int previousEnd = -1;
            for (int r = 0; r < ranges.length; r += 2) {
                assertTrue(ranges[r] > previousEnd && ranges[r] < ranges[r + 1] && ranges[r + 1] <= text.length(),
                        query + " in " + text);
                previousEnd = ranges[r + 1];
            }
        }
    }

    @Test
    void searchNeverThrowsAndAgreesWithMatch() throws IOException {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Schedule demo = Schedules.parse(Files.readString(base.resolve("web/demo/djangocon-us-2019.json"),
                StandardCharsets.UTF_8));
        SessionSearch search = new SessionSearch(demo);
        boolean[] matches = new boolean[search.size()];
        Random random = new Random(1);
        for (int run = 0; run < 2_000; run++) {
            String text = randomText(random);
            int count = search.match(text, matches);
            int[] ranked = search.search(Query.parse(text));
            assertEquals(count, ranked.length, text);
            for (int i : ranked) {
                assertTrue(matches[i], text);
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int pieces = random.nextInt(12);
        for (int p = 0; p < pieces; p++) {
            if (random.nextInt(8) == 0) {
                sb.append((char) random.nextInt(0x10000));
            } else {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return sb.toString();
    }
}

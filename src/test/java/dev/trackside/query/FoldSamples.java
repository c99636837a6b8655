package dev.trackside.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic sample strings for comparing {@link TextFold} across engines: the same {@code n} strings for the same
 * seed on every JVM ({@link Random} is specified to the bit), so that a Selenium test can fold them in the wasm and
 * JavaScript builds and compare with {@code TextFold.fold} on the JVM. Mixes the ranges the fold treats specially
 * (ASCII, Latin-1, Latin Extended-A and -B, combining accents, Greek and Cyrillic, no-break space, typographic
 * apostrophes) with characters it keeps (CJK, symbols, emoji as surrogate pairs). Well-formed UTF-16 only: a lone
 * surrogate need not survive the trip into a browser engine and back.
 */
public final class FoldSamples {
    /** Ranges of chars, inclusive, with how often each is drawn. */
    private static final int[][] RANGES = {
        {'A', 'Z', 6}, {'a', 'z', 6}, {' ', '@', 3}, {0x00A0, 0x00FF, 5}, {0x0100, 0x017F, 5}, {0x0180, 0x024F, 3},
        {0x0300, 0x036F, 2}, {0x0370, 0x03FF, 3}, {0x0400, 0x04FF, 3}, {0x2018, 0x2019, 1}, {0x2000, 0x206F, 1},
        {0x3040, 0x30FF, 1}, {0x4E00, 0x4E80, 1}, {0xE000, 0xE010, 1}, {0xFB00, 0xFB06, 1}, {0xFF21, 0xFF5A, 1},
    };
    private static final int EMOJI_WEIGHT = 2;

    private FoldSamples() {
    }

    /** {@code n} strings of 0 to 40 chars drawn from {@code seed}. */
    public static List<String> strings(int n, long seed) {
        Random random = new Random(seed);
        int total = EMOJI_WEIGHT;
        for (int[] range : RANGES) {
            total += range[2];
        }
        List<String> samples = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int length = random.nextInt(41);
            StringBuilder sb = new StringBuilder(length + 1);
            while (sb.length() < length) {
                int pick = random.nextInt(total);
                if (pick < EMOJI_WEIGHT) {
                    sb.appendCodePoint(0x1F300 + random.nextInt(0x300));
                    continue;
                }
                pick -= EMOJI_WEIGHT;
                for (int[] range : RANGES) {
                    if (pick < range[2]) {
                        sb.append((char) (range[0] + random.nextInt(range[1] - range[0] + 1)));
                        break;
                    }
                    pick -= range[2];
                }
            }
            samples.add(sb.toString());
        }
        return samples;
    }
}

package dev.trackside;

import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.Reporter;

/**
 * How the property tests run QuickTheories: a fixed seed, so that CI is deterministic and a failure can be replayed,
 * and a number of examples chosen per property to keep the whole suite quick. For a deeper search, e.g. before a
 * release: {@code mvn test -Dtest='*PropertyTest' -Dtrackside.seed=$RANDOM -Dtrackside.tries=20}.
 */
public final class Props {
    /** The seed every property uses unless {@code -Dtrackside.seed} says otherwise. */
    public static final long SEED = 20_260_607L;

    private Props() {
    }

    /** {@code text} with every char outside printable ASCII as {@code \\uXXXX}, for failure messages. */
    public static String visible(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                sb.append(c);
            } else {
                String hex = Integer.toHexString(c);
                sb.append("\\u").append("0000", hex.length(), 4).append(hex);
            }
        }
        return sb.append('"').toString();
    }

    /** A theory with {@code examples} examples (times {@code -Dtrackside.tries}), seeded. */
    public static QuickTheory qt(int examples) {
        long seed = Long.getLong("trackside.seed", SEED);
        int factor = Math.max(1, Integer.getInteger("trackside.tries", 1));
        return QuickTheory.qt().withFixedSeed(seed).withExamples(examples * factor).withShrinkCycles(200)
                .withGenerateAttempts(100).withReporter(new Explaining());
    }

    /** QuickTheories' report, plus what failed: its own names only the values, not the assertion or exception. */
    private static final class Explaining implements Reporter {
        private final Reporter plain = new ExceptionReporter();

        @Override
        public void falisification(long seed, int examples, Object smallest, Throwable cause, List<Object> others,
                AsString<Object> toString) {
            throw new AssertionError("property falsified after " + examples + " example(s), seed " + seed
                    + "; the smallest input found:\n" + toString.asString(smallest) + "\nfails with: " + cause, cause);
        }

        @Override
        public void falisification(long seed, int examples, Object smallest, List<Object> others,
                AsString<Object> toString) {
            plain.falisification(seed, examples, smallest, others, toString);
        }

        @Override
        public void valuesExhausted(int examples) {
            plain.valuesExhausted(examples);
        }
    }
}

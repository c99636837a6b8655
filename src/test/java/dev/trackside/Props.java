package dev.trackside;

import org.quicktheories.QuickTheory;

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

    /** A theory with {@code examples} examples (times {@code -Dtrackside.tries}), seeded. */
    public static QuickTheory qt(int examples) {
        long seed = Long.getLong("trackside.seed", SEED);
        int factor = Math.max(1, Integer.getInteger("trackside.tries", 1));
        return QuickTheory.qt().withFixedSeed(seed).withExamples(examples * factor).withShrinkCycles(200)
                .withGenerateAttempts(100);
    }
}

package io.revblueprint.metrics;

import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** Pearson's chi-square test of independence, without continuity correction. */
public final class ChiSquare {

    /** Groups with fewer cases than this are pooled into one by {@link #ratesDifferPValue}. */
    public static final int MIN_CASES_PER_GROUP = 5;

    private static final ChiSquareTest TEST = new ChiSquareTest();

    private ChiSquare() {
    }

    /**
     * Returns the p-value for a groups × outcomes table (rows = groups, columns = won, lost); rows with no
     * observations are ignored; empty when fewer than 2 rows remain or a column sums to 0.
     */
    public static OptionalDouble independencePValue(long[][] observed) {
        // A group without deals has no expected counts (0/0); it says nothing about independence.
        long[][] groups = Arrays.stream(observed).filter(row -> LongStream.of(row).sum() > 0).toArray(long[][]::new);
        if (groups.length < 2 || hasEmptyColumn(groups)) {
            return OptionalDouble.empty();
        }
        double statistic = TEST.chiSquare(groups);
        double degreesOfFreedom = (groups.length - 1.0) * (groups[0].length - 1.0);
        // The upper tail Q(df/2, x/2) directly: 1 - CDF loses every digit below 1e-16 to cancellation.
        return OptionalDouble.of(Gamma.regularizedGammaQ(degreesOfFreedom / 2, statistic / 2));
    }

    /**
     * Whether rates differ across groups beyond chance: the p-value over each group's {successes, trials}, groups of
     * fewer than {@value #MIN_CASES_PER_GROUP} cases pooled into one (too few for the test's approximation alone).
     */
    public static OptionalDouble ratesDifferPValue(List<long[]> successesOfTrials) {
        long[] pooled = new long[2];
        List<long[]> groups = new ArrayList<>();
        successesOfTrials.forEach(group -> {
            long[] successesAndFailures = {group[0], group[1] - group[0]};
            if (group[1] >= MIN_CASES_PER_GROUP) {
                groups.add(successesAndFailures);
            } else {
                pooled[0] += successesAndFailures[0];
                pooled[1] += successesAndFailures[1];
            }
        });
        if (pooled[0] + pooled[1] > 0) {
            groups.add(pooled);
        }
        return independencePValue(groups.toArray(long[][]::new));
    }

    private static boolean hasEmptyColumn(long[][] rows) {
        return IntStream.range(0, rows[0].length)
                .anyMatch(column -> Arrays.stream(rows).mapToLong(row -> row[column]).sum() == 0);
    }
}

package io.revblueprint.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.OptionalDouble;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PercentilesTest {

    private static final double[] FOUR = {4, 1, 3, 2};
    private static final double[] FIVE = {5, 1, 4, 2, 3};
    private static final double[] TENS = {70, 10, 100, 40, 20, 90, 30, 60, 80, 50};

    @ParameterizedTest
    @CsvSource({
        "0.5,  2", // rank ceil(2.0) = 2: the lower middle value
        "0.75, 3", // rank ceil(3.0) = 3
        "0.9,  4", // rank ceil(3.6) = 4
        "0.25, 1",
        "0.0,  1", // rank at least 1
        "1.0,  4",
    })
    void evenCount(double p, double expected) {
        assertEquals(OptionalDouble.of(expected), Percentiles.nearestRank(FOUR, p));
    }

    @ParameterizedTest
    @CsvSource({"0.5, 3", "0.75, 4", "0.9, 5", "0.2, 1"})
    void oddCount(double p, double expected) {
        assertEquals(OptionalDouble.of(expected), Percentiles.nearestRank(FIVE, p));
    }

    @ParameterizedTest
    @CsvSource({"0.5, 50", "0.75, 80", "0.9, 90", "0.91, 100"})
    void tenValues(double p, double expected) {
        assertEquals(OptionalDouble.of(expected), Percentiles.nearestRank(TENS, p));
    }

    @Test
    void rankIsComputedInDoubleArithmetic() {
        double[] oneToHundred = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();
        // 0.07 * 100 is 7.000000000000001 in double, so the rank is 8.
        assertEquals(OptionalDouble.of(8), Percentiles.nearestRank(oneToHundred, 0.07));
    }

    @Test
    void singleValue() {
        assertEquals(OptionalDouble.of(7.5), Percentiles.nearestRank(new double[] {7.5}, 0.5));
    }

    @Test
    void emptyHasNoPercentile() {
        assertEquals(OptionalDouble.empty(), Percentiles.nearestRank(new double[0], 0.5));
    }

    @Test
    void leavesTheCallersArrayAlone() {
        double[] values = {3, 1, 2};
        Percentiles.nearestRank(values, 0.5);
        assertArrayEquals(new double[] {3, 1, 2}, values);
    }

    /** Ranks from the binomial tables: n = 20 gives the 6th and 15th values for the median (as printed tables do). */
    @ParameterizedTest
    @CsvSource({
        "20, 0.5,  10, 6, 15",
        "10, 0.5,  5,  2, 9",
        "40, 0.75, 30, 24, 36",
        "100, 0.9, 90, 84, 96",
    })
    void anIntervalIsTwoOfTheValuesByTheirBinomialRanks(int n, double p, double value, double low, double high) {
        double[] oneToN = IntStream.rangeClosed(1, n).map(i -> n + 1 - i).asDoubleStream().toArray();
        PercentileEstimate estimate = Percentiles.estimate(oneToN, p).orElseThrow();
        assertEquals(new PercentileEstimate(value, low, high, n), estimate);
    }

    /** Five values cannot hold a median with 95 % confidence (at best 94 %); twenty cannot bound a 90th percentile. */
    @ParameterizedTest
    @CsvSource({"5, 0.5", "20, 0.9"})
    void tooFewValuesHaveNoInterval(int n, double p) {
        PercentileEstimate estimate = Percentiles.estimate(IntStream.rangeClosed(1, n).asDoubleStream().toArray(), p)
                .orElseThrow();
        assertNull(estimate.ciLow());
        assertNull(estimate.ciHigh());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.1, Double.NaN})
    void rejectsPOutsideZeroToOne(double p) {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(FOUR, p));
    }
}

package io.revblueprint.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateEstimateTest {

    private static final double Z = 1.959963984540054;

    /** Closed-form Wilson score interval, independent of Commons Math. */
    private static double[] wilson(long k, long n) {
        double p = (double) k / n;
        double denominator = 1 + Z * Z / n;
        double centre = (p + Z * Z / (2.0 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n));
        return new double[] {centre - half, centre + half};
    }

    @Test
    void sevenOfTwenty() {
        RateEstimate rate = RateEstimate.of(7, 20).orElseThrow();
        assertEquals(7, rate.numerator());
        assertEquals(20, rate.denominator());
        assertEquals(0.35, rate.value(), 1e-15);
        assertEquals(0.1812, rate.ciLow(), 1e-4);
        assertEquals(0.5671, rate.ciHigh(), 1e-4);
    }

    @ParameterizedTest
    @CsvSource({"7, 20", "0, 20", "20, 20", "1, 1", "0, 1", "3, 1000", "999, 1000", "123456, 1000000"})
    void matchesTheClosedForm(long k, long n) {
        RateEstimate rate = RateEstimate.of(k, n).orElseThrow();
        double[] expected = wilson(k, n);
        assertEquals(expected[0], rate.ciLow(), 1e-12);
        assertEquals(expected[1], rate.ciHigh(), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"0, 20", "20, 20", "0, 1", "1, 1", "0, 1000000", "1000000, 1000000"})
    void boundsStayWithinZeroAndOne(long k, long n) {
        RateEstimate rate = RateEstimate.of(k, n).orElseThrow();
        assertTrue(0.0 <= rate.ciLow() && rate.ciLow() <= rate.value(), "low " + rate.ciLow());
        assertTrue(rate.value() <= rate.ciHigh() && rate.ciHigh() <= 1.0, "high " + rate.ciHigh());
    }

    @Test
    void extremesEndExactlyAtZeroAndOne() {
        // Commons Math gives 1.2e-17 and 0.9999999999999999 for 0/20 and 20/20, and 1.0000000000000002 for
        // 1000000/1000000: rounding past the estimate or past 1 is clamped.
        assertEquals(0.0, RateEstimate.of(0, 20).orElseThrow().ciLow());
        assertEquals(1.0, RateEstimate.of(20, 20).orElseThrow().ciHigh());
        assertEquals(1.0, RateEstimate.of(1_000_000, 1_000_000).orElseThrow().ciHigh());
    }

    @Test
    void isEmptyOverAZeroDenominator() {
        assertEquals(Optional.empty(), RateEstimate.of(0, 0));
    }

    @ParameterizedTest
    @CsvSource({"-1, 10", "11, 10", "1, 0", "0, -1"})
    void rejectsImpossibleCounts(long k, long n) {
        assertThrows(IllegalArgumentException.class, () -> RateEstimate.of(k, n));
    }
}

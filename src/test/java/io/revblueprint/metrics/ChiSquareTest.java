package io.revblueprint.metrics;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChiSquareTest {

    private static double pValue(double statistic, int degreesOfFreedom) {
        return 1 - new ChiSquaredDistribution(degreesOfFreedom).cumulativeProbability(statistic);
    }

    @Test
    void twoByTwo() {
        // Rows 30, 70; columns 40, 60; n = 100; expected 12, 18 / 28, 42; every cell is off by 2.
        long[][] observed = {{10, 20}, {30, 40}};
        double statistic = 4 / 12.0 + 4 / 18.0 + 4 / 28.0 + 4 / 42.0;
        assertEquals(pValue(statistic, 1), ChiSquare.independencePValue(observed).orElseThrow(), 1e-12);
    }

    @Test
    void threeByTwo() {
        // Rows 20 each; columns 26, 34; n = 60; expected 26/3 won and 34/3 lost per row.
        long[][] observed = {{12, 8}, {5, 15}, {9, 11}};
        double won = 26 / 3.0;
        double lost = 34 / 3.0;
        double squaredDeviations = Math.pow(12 - won, 2) + Math.pow(5 - won, 2) + Math.pow(9 - won, 2);
        double statistic = squaredDeviations / won + squaredDeviations / lost; // lost deviations mirror won ones
        double p = ChiSquare.independencePValue(observed).orElseThrow();
        assertEquals(pValue(statistic, 2), p, 1e-12);
        assertEquals(Math.exp(-statistic / 2), p, 1e-9); // with 2 degrees of freedom p = e^(-x/2)
    }

    @Test
    void emptyWithFewerThanTwoGroups() {
        assertEquals(OptionalDouble.empty(), ChiSquare.independencePValue(new long[][] {{3, 4}}));
        assertEquals(OptionalDouble.empty(), ChiSquare.independencePValue(new long[][] {{3, 4}, {0, 0}}));
    }

    @Test
    void emptyWhenNothingWasWonOrNothingLost() {
        assertEquals(OptionalDouble.empty(), ChiSquare.independencePValue(new long[][] {{0, 4}, {0, 6}}));
        assertEquals(OptionalDouble.empty(), ChiSquare.independencePValue(new long[][] {{3, 0}, {5, 0}}));
    }

    @Test
    void ignoresAGroupWithoutDeals() {
        long[][] withEmptyGroup = {{10, 20}, {0, 0}, {30, 40}};
        assertEquals(ChiSquare.independencePValue(new long[][] {{10, 20}, {30, 40}}),
                ChiSquare.independencePValue(withEmptyGroup));
    }

    @Test
    void ratesOfGroupsUnderFiveCasesArePooled() {
        // {successes, trials}: 10 of 30 and 30 of 70 stand alone; 1 of 3 and 2 of 4 pool into 3 of 7.
        OptionalDouble pooled = ChiSquare.ratesDifferPValue(List.of(new long[] {10, 30}, new long[] {30, 70},
                new long[] {1, 3}, new long[] {2, 4}));

        assertEquals(ChiSquare.independencePValue(new long[][] {{10, 20}, {30, 40}, {3, 4}}), pooled);
    }
}

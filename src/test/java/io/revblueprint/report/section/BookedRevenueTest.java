package io.revblueprint.report.section;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class BookedRevenueTest {

    private static final String NBSP = "\u00A0";

    @Test
    void aStakeIsAShareOfTheBookingsInWholePercent() {
        assertThat(new BookedRevenue(new BigDecimal("1000000"), 40).shareOf(new BigDecimal("214000")))
                .contains("21" + NBSP + "%");
    }

    /** TCRM's € 32K of € 23.5M booked read "0 % of its bookings". */
    @Test
    void aStakeThatRoundsToNoShareIsUnderOnePercent() {
        assertThat(new BookedRevenue(new BigDecimal("23500000"), 95).shareOf(new BigDecimal("32000")))
                .contains("under 1" + NBSP + "%");
    }

    @Test
    void bookingsOfFewWonDealsAreNoMeasureOfAStake() {
        assertThat(new BookedRevenue(new BigDecimal("400000"), 2).shareOf(new BigDecimal("190000"))).isEmpty();
    }
}

package io.revblueprint.metrics;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.revblueprint.metrics.Cases.BER;
import static io.revblueprint.metrics.Cases.NYC;
import static io.revblueprint.metrics.Cases.UNASSIGNED;
import static io.revblueprint.metrics.Cases.berlin;
import static io.revblueprint.metrics.Cases.fraction;
import static io.revblueprint.metrics.Cases.lead;
import static io.revblueprint.metrics.Cases.newYork;
import static io.revblueprint.metrics.Cases.row;
import static org.assertj.core.api.Assertions.assertThat;

/** The SLA metrics on hand-computed cases, in business hours of each lead's own team calendar. */
class SlaMetricsTest {

    private static final String RESPONSE = "response_sla_compliance";
    private static final String ACCEPT_REJECT = "accept_reject_sla_compliance";

    /** One MQL of T-BER judged alone: its response status as "met/decided" of the team's rate. */
    private static String response(Cases.LeadBuilder lead, Instant firstTouch) {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptMql(lead.of(BER, firstTouch));
        return fraction(calculator.results(), BER, RESPONSE, "");
    }

    @Test
    void touchExactlyAtTheTargetIsMetOneSecondLaterBreached() {
        // Wed 14 Oct 10:00 -> 14:00 is 4 business hours, the standard target.
        assertThat(response(lead("L-1"), berlin("2026-10-14T14:00"))).isEqualTo("1/1");
        assertThat(response(lead("L-1"), berlin("2026-10-14T14:00:01"))).isEqualTo("0/1");
    }

    @Test
    void highIntentMeansAScoreAbove85AndATwoHourTarget() {
        assertThat(response(lead("L-1").score(86), berlin("2026-10-14T12:00"))).isEqualTo("1/1");
        assertThat(response(lead("L-1").score(86), berlin("2026-10-14T12:00:01"))).isEqualTo("0/1");
        assertThat(response(lead("L-1").score(85), berlin("2026-10-14T14:00"))).isEqualTo("1/1");
        assertThat(response(lead("L-1").score(null), berlin("2026-10-14T14:00"))).isEqualTo("1/1");
    }

    @Test
    void withoutATouchPendingUntilAsOfIsPastTheTarget() {
        Instant mql = berlin("2026-10-14T10:00");
        MetricsCalculator exactlyAtTarget = Cases.calculator(Cases.Q4, berlin("2026-10-14T14:00"));
        exactlyAtTarget.acceptMql(lead("L-1").mql(mql).of(BER, null));
        assertThat(fraction(exactlyAtTarget.results(), BER, RESPONSE, "")).isEqualTo("absent");

        MetricsCalculator pastTarget = Cases.calculator(Cases.Q4, berlin("2026-10-14T14:00:01"));
        pastTarget.acceptMql(lead("L-1").mql(mql).of(BER, null));
        assertThat(fraction(pastTarget.results(), BER, RESPONSE, "")).isEqualTo("0/1");
    }

    @Test
    void aTouchOnAHolidayComesAfterNoBusinessTime() {
        // Thu 24 Dec 16:00; Fri 25 Dec is the team's holiday: 1 hour by a touch on the holiday, 2 by Monday 10:00.
        Cases.LeadBuilder christmas = lead("L-1").score(90).mql(berlin("2026-12-24T16:00"));
        assertThat(response(christmas, berlin("2026-12-25T11:00"))).isEqualTo("1/1");
        assertThat(response(christmas, berlin("2026-12-28T10:00"))).isEqualTo("1/1");
        assertThat(response(christmas, berlin("2026-12-28T10:00:01"))).isEqualTo("0/1");
    }

    @Test
    void aMondayToThursdayTeamDoesNotCountFriday() {
        // Thu 15 Oct 16:00 -> Mon 19 Oct 11:00 in New York: 1 + 2 = 3 hours (11 if Friday counted).
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptMql(lead("L-1").mql(newYork("2026-10-15T16:00")).of(NYC, newYork("2026-10-19T11:00")));
        MetricResults results = calculator.results();
        assertThat(fraction(results, NYC, RESPONSE, "")).isEqualTo("1/1");
        assertThat(row(results, NYC, "lead_response_hours_median", "").orElseThrow().value()).isEqualTo(3.0);
    }

    @Test
    void berlinFallBackOnSunday25October() {
        // Fri 16:00 CEST (14:00Z) -> Mon 10:00 CET (09:00Z): 1 + 1 = 2 hours, exactly the high-intent target;
        // a fixed +02:00 offset would read Monday 11:00 and breach it.
        Cases.LeadBuilder friday = lead("L-1").score(90).mql(berlin("2026-10-23T16:00"));
        assertThat(berlin("2026-10-26T10:00")).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
        assertThat(response(friday, Instant.parse("2026-10-26T09:00:00Z"))).isEqualTo("1/1");
        assertThat(response(friday, Instant.parse("2026-10-26T09:00:01Z"))).isEqualTo("0/1");
    }

    @Test
    void newYorkFallBackOnSunday1November() {
        // MON-THU: Thu 29 Oct 16:00 EDT (20:00Z) -> Mon 2 Nov 10:00 EST (15:00Z) is 1 + 1 = 2 hours.
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptMql(lead("L-1").score(90).mql(newYork("2026-10-29T16:00"))
                .of(NYC, Instant.parse("2026-11-02T15:00:00Z")));
        calculator.acceptMql(lead("L-2").score(90).mql(newYork("2026-10-29T16:00"))
                .of(NYC, Instant.parse("2026-11-02T15:00:01Z")));
        MetricResults results = calculator.results();
        assertThat(fraction(results, NYC, RESPONSE, "tier=HIGH_INTENT")).isEqualTo("1/2");
        assertThat(row(results, NYC, "lead_response_hours_median", "").orElseThrow().value()).isEqualTo(2.0);
    }

    @Test
    void unassignedLeadsUseTheCompanyCalendarWithoutTeamHolidays() {
        // The company calendar has no holidays: Thu 24 Dec 16:00 -> Mon 28 Dec 10:00 is 1 + 8 + 1 = 10 hours.
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptMql(lead("L-1").owner(null).mql(berlin("2026-12-24T16:00"))
                .of(UNASSIGNED, berlin("2026-12-28T10:00")));
        MetricResults results = calculator.results();
        assertThat(fraction(results, UNASSIGNED, RESPONSE, "")).isEqualTo("0/1");
        assertThat(row(results, UNASSIGNED, "lead_response_hours_median", "").orElseThrow().value()).isEqualTo(10.0);
    }

    @Test
    void tiersAndAllCountEveryDecidedMqlOnce() {
        MetricsCalculator calculator = Cases.calculator(Cases.Q4, berlin("2026-10-14T11:00"));
        calculator.acceptMql(lead("L-1").score(90).of(BER, berlin("2026-10-14T10:30")));
        calculator.acceptMql(lead("L-2").of(NYC, null)); // pending: not part of any rate
        calculator.acceptMql(lead("L-3").mql(berlin("2026-10-13T09:00")).of(UNASSIGNED, berlin("2026-10-14T09:00")));
        MetricResults results = calculator.results();
        assertThat(fraction(results, "ALL", RESPONSE, "")).isEqualTo("1/2");
        assertThat(fraction(results, "ALL", RESPONSE, "tier=HIGH_INTENT")).isEqualTo("1/1");
        assertThat(fraction(results, "ALL", RESPONSE, "tier=STANDARD")).isEqualTo("0/1");
        assertThat(fraction(results, NYC, RESPONSE, "")).isEqualTo("absent");
    }

    @Test
    void responseHoursMedianOfAnEvenCountIsTheLowerMiddleAndP90TheRankCeiling() {
        MetricsCalculator calculator = Cases.calculator();
        String[] touches = {"2026-10-14T13:00", "2026-10-14T11:00", "2026-10-14T14:00", "2026-10-14T12:00"};
        for (int i = 0; i < touches.length; i++) {
            calculator.acceptMql(lead("L-" + i).of(BER, berlin(touches[i])));
        }
        calculator.acceptMql(lead("L-untouched").of(BER, null)); // no touch: not a response time
        MetricResults results = calculator.results();
        MetricValue median = row(results, BER, "lead_response_hours_median", "").orElseThrow();
        assertThat(median.value()).isEqualTo(2.0); // ranks 1..4 are 1, 2, 3, 4 hours; ⌈0.5·4⌉ = 2
        assertThat(median.denominator()).isEqualTo(4L);
        assertThat(median.numerator()).isNull();
        assertThat(median.ciLow()).isNull();
        assertThat(median.unit().csv()).isEqualTo("hours");
        assertThat(row(results, BER, "lead_response_hours_p90", "").orElseThrow().value()).isEqualTo(4.0); // ⌈3.6⌉
    }

    @Test
    void acceptRejectIsJudgedOnTheEarlierDecision() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptMql(lead("L-1").accepted(berlin("2026-10-14T14:00")).of(BER, null)); // exactly 4 h: met
        calculator.acceptMql(lead("L-2").accepted(berlin("2026-10-14T14:00:01")).of(BER, null));
        calculator.acceptMql(lead("L-3").accepted(berlin("2026-10-15T14:00"))
                .rejected(berlin("2026-10-14T11:00"), "NOT_ICP").of(BER, null)); // the rejection came first
        assertThat(fraction(calculator.results(), BER, ACCEPT_REJECT, "")).isEqualTo("2/3");
    }

    @Test
    void noDecisionYetIsPendingUntilTheTargetHasPassed() {
        MetricsCalculator calculator = Cases.calculator(Cases.Q4, berlin("2026-10-14T14:00"));
        calculator.acceptMql(lead("L-1").of(BER, null));
        calculator.acceptMql(lead("L-2").mql(berlin("2026-10-14T09:59:59")).of(BER, null));
        assertThat(fraction(calculator.results(), BER, ACCEPT_REJECT, "")).isEqualTo("0/1");
    }

    @Test
    void followUpNeedsEightTouchesOverFourteenDays() {
        MetricsCalculator calculator = Cases.calculator();
        Instant mql = berlin("2026-10-01T10:00");
        calculator.acceptDisposition(lead("L-1").mql(mql)
                .disqualified(berlin("2026-10-15T10:00"), "UNRESPONSIVE").disposition(BER, 8)); // exactly 14 days
        calculator.acceptDisposition(lead("L-2").mql(mql)
                .disqualified(berlin("2026-10-15T09:59:59"), "UNRESPONSIVE").disposition(BER, 12));
        calculator.acceptDisposition(lead("L-3").mql(mql)
                .disqualified(berlin("2026-11-15T10:00"), "UNRESPONSIVE").disposition(BER, 7));
        calculator.acceptDisposition(lead("L-4").mql(mql)
                .disqualified(berlin("2026-11-15T10:00"), "NO_BUDGET").disposition(BER, 0)); // not UNRESPONSIVE
        assertThat(fraction(calculator.results(), BER, "follow_up_compliance", "")).isEqualTo("1/3");
    }

    @Test
    void followUpOfALeadThatNeverWasAnMqlStartsAtItsCreation() {
        MetricsCalculator calculator = Cases.calculator();
        // 14 days across the Berlin clock change are 14 × 24 h of elapsed time: 09:00 CEST -> 08:00 CET.
        calculator.acceptDisposition(lead("L-1").notMql().created(berlin("2026-10-20T09:00"))
                .disqualified(berlin("2026-11-03T08:00"), "UNRESPONSIVE").disposition(BER, 9));
        calculator.acceptDisposition(lead("L-2").notMql().created(berlin("2026-10-20T09:00"))
                .disqualified(berlin("2026-11-03T08:59"), "UNRESPONSIVE").disposition(NYC, 9));
        MetricResults results = calculator.results();
        assertThat(fraction(results, BER, "follow_up_compliance", "")).isEqualTo("1/1");
        assertThat(fraction(results, "ALL", "follow_up_compliance", "")).isEqualTo("2/2");
    }

    @Test
    void reasonCoverageCountsEachRejectedOrDisqualifiedLeadOnce() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptDisposition(lead("L-1").rejected(berlin("2026-10-14T11:00"), "NOT_ICP").disposition(BER, 0));
        calculator.acceptDisposition(lead("L-2").rejected(berlin("2026-10-14T11:00"), null)
                .disqualified(berlin("2026-10-20T11:00"), "Bad fit").disposition(BER, 0)); // both in the period, once
        calculator.acceptDisposition(lead("L-3").mql(berlin("2026-09-14T10:00"))
                .rejected(berlin("2026-09-14T11:00"), null).disqualified(berlin("2026-10-20T11:00"), "UNRESPONSIVE")
                .disposition(BER, 0));
        calculator.acceptDisposition(lead("L-4").disqualified(berlin("2026-10-20T11:00"), null).disposition(BER, 0));
        calculator.acceptDisposition(lead("L-5").disqualified(berlin("2026-10-20T11:00"), "no_budget").disposition(BER, 0));
        assertThat(fraction(calculator.results(), BER, "disqualification_reason_coverage", "")).isEqualTo("2/5");
    }

    @Test
    void aDispositionOutsideThePeriodCountsForNothing() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptDisposition(lead("L-1").mql(berlin("2026-09-01T10:00"))
                .disqualified(berlin("2026-09-30T23:59:59"), "UNRESPONSIVE").disposition(BER, 20));
        MetricResults results = calculator.results();
        assertThat(fraction(results, BER, "follow_up_compliance", "")).isEqualTo("absent");
        assertThat(fraction(results, BER, "disqualification_reason_coverage", "")).isEqualTo("absent");
    }
}

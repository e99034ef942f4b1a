package io.revblueprint.plan;

import io.revblueprint.benchmark.Benchmark;
import io.revblueprint.benchmark.BenchmarkAge;
import io.revblueprint.benchmark.BenchmarkTable;
import io.revblueprint.benchmark.PeerComparison;
import io.revblueprint.crm.Segment;
import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Unit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.revblueprint.plan.Rows.figure;
import static io.revblueprint.plan.Rows.rate;
import static org.assertj.core.api.Assertions.assertThat;

class LeakJudgeTest {

    static final Threshold AT_LEAST_25 = new Threshold(0.25, true, Threshold.Kind.TARGET, "target");
    static final Threshold AT_MOST_4_HOURS = new Threshold(4, false, Threshold.Kind.TARGET, "target");

    static final BenchmarkTable WIN_RATES = BenchmarkTable.of(List.of(
            winRate(Segment.MID_MARKET, 0.30), winRate(Segment.ENTERPRISE, 0.20), winRate(Segment.SMB, 0.35)));

    static final BenchmarkAge IN_2026 = new BenchmarkAge(2026, 5);

    final LeakJudge judge = new LeakJudge(
            new Targets(Map.of("mql_to_sql_rate", 0.25, "lead_response_hours_median", 4.0), Map.of()).forTeam(Rows.TEAM),
            List.of(), WIN_RATES, IN_2026, Segment.MID_MARKET, 20);

    @Test
    void aMissWhoseWholeIntervalIsBelowTheTargetIsConfirmed() {
        assertThat(LeakJudge.verdict(rate("mql_to_sql_rate", 0.15, 0.08, 0.2499, 40), AT_LEAST_25, 20))
                .isEqualTo(Verdict.CONFIRMED_LEAK);
    }

    @Test
    void anIntervalThatReachesTheTargetMakesTheMissOnlyPossible() {
        assertThat(LeakJudge.verdict(rate("mql_to_sql_rate", 0.15, 0.08, 0.25, 40), AT_LEAST_25, 20))
                .isEqualTo(Verdict.POSSIBLE_LEAK);
        assertThat(LeakJudge.verdict(rate("mql_to_sql_rate", 0.2499, 0.15, 0.36, 40), AT_LEAST_25, 20))
                .isEqualTo(Verdict.POSSIBLE_LEAK);
    }

    /**
     * The demo's Berlin in September: 33 of 190 MQLs sales-qualified (17 %, Wilson 13–23 %) was a confirmed leak,
     * ranked first and priced, though 96 of them were under 30 days old and undecided.
     */
    @Test
    void aMissItsYoungCasesCouldStillCloseIsOnlyPossible() {
        List<MetricValue> september = List.of(rate("mql_to_sql_rate", 33, 190));

        assertThat(judge.judge(september, Map.of())).extracting(Judgement::verdict)
                .containsExactly(Verdict.CONFIRMED_LEAK);
        assertThat(judge.judge(september, Map.of(), Map.of(Metric.MQL_TO_SQL_RATE, 96L)))
                .extracting(Judgement::verdict).containsExactly(Verdict.POSSIBLE_LEAK);
        // (33 + 14) / 190 = 24.7 %: even if every young MQL qualified, the rate stays below 25 %.
        assertThat(judge.judge(september, Map.of(), Map.of(Metric.MQL_TO_SQL_RATE, 14L)))
                .extracting(Judgement::verdict).containsExactly(Verdict.CONFIRMED_LEAK);
    }

    @Test
    void aFigureExactlyOnTheTargetMeetsIt() {
        assertThat(LeakJudge.verdict(rate("mql_to_sql_rate", 0.25, 0.14, 0.40, 40), AT_LEAST_25, 20))
                .isEqualTo(Verdict.ON_TARGET);
    }

    @Test
    void fewerCasesThanTheMinimumAreInsufficientDataWhetherTheyMissOrNot() {
        assertThat(LeakJudge.verdict(rate("mql_to_sql_rate", 0, 19), AT_LEAST_25, 20)).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(LeakJudge.verdict(rate("mql_to_sql_rate", 19, 19), AT_LEAST_25, 20)).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(LeakJudge.verdict(rate("mql_to_sql_rate", 0, 20), AT_LEAST_25, 20)).isEqualTo(Verdict.CONFIRMED_LEAK);
    }

    @Test
    void lowerIsBetterMetricsAreConfirmedWhenTheWholeIntervalIsAbove() {
        MetricValue slow = new MetricValue(Rows.TEAM, Metric.LEAD_RESPONSE_HOURS_MEDIAN, Dimension.OVERALL, 6, 4.01, 8.0, null, 50L,
                Unit.HOURS);
        MetricValue touching = new MetricValue(Rows.TEAM, Metric.LEAD_RESPONSE_HOURS_MEDIAN, Dimension.OVERALL, 6, 4.0, 8.0, null,
                50L, Unit.HOURS);

        assertThat(LeakJudge.verdict(slow, AT_MOST_4_HOURS, 20)).isEqualTo(Verdict.CONFIRMED_LEAK);
        assertThat(LeakJudge.verdict(touching, AT_MOST_4_HOURS, 20)).isEqualTo(Verdict.POSSIBLE_LEAK);
        assertThat(LeakJudge.verdict(figure("lead_response_hours_median", 3.9, "hours"), AT_MOST_4_HOURS, 20))
                .isEqualTo(Verdict.ON_TARGET);
    }

    @Test
    void aMissWithoutAnIntervalCannotBeConfirmed() {
        assertThat(LeakJudge.verdict(figure("lead_response_hours_median", 9.5, "hours"), AT_MOST_4_HOURS, 20))
                .isEqualTo(Verdict.POSSIBLE_LEAK);
    }

    @Test
    void judgesAgainstTheTargetElseTheSegmentsBenchmarkMedianElseNotAtAll() {
        List<Judgement> judgements = judge.judge(List.of(
                rate("mql_to_sql_rate", 10, 100),
                rate("win_rate", 20, 100),
                rate("win_rate", "segment=ENTERPRISE", 2, 50),
                rate("win_rate", "segment=SMB", 15, 50),
                rate("win_rate", "owner=U-7", 1, 30),
                rate("sql_to_opportunity_rate", 5, 50),
                figure("mql_count", 100, "count")), Map.of());

        assertThat(judgements).extracting(judgement -> judgement.value().metric() + " " + judgement.value().dimension()
                        + " vs " + judgement.threshold().level() + " " + judgement.threshold().kind())
                .containsExactly(
                        "mql_to_sql_rate  vs 0.25 TARGET",
                        "win_rate  vs 0.3 BENCHMARK_MEDIAN",
                        "win_rate segment=ENTERPRISE vs 0.2 BENCHMARK_MEDIAN");
        assertThat(judgements.get(1).threshold().source()).isEqualTo("Test Publisher, Win rates (2024)");
        assertThat(judgements.get(1).verdict()).isEqualTo(Verdict.CONFIRMED_LEAK);
        assertThat(judgements.get(2).verdict()).isEqualTo(Verdict.CONFIRMED_LEAK);
    }

    @Test
    void aSourcesWinRateIsALeakWhenItsIntervalMissesOrTheChiSquareSaysSourcesDiffer() {
        List<MetricValue> rows = List.of(rate("win_rate", 20, 100), rate("win_rate", "source=Events", 5, 30),
                rate("win_rate", "source=Webinar", 1, 40));
        MetricValue differ = new MetricValue(Rows.TEAM, Metric.WIN_RATE_SOURCE_CHI2_P, Dimension.OVERALL, 0.01, null,
                null, null, 70L, Unit.P_VALUE);

        // Events at 17 % (7–33 %) straddles the 30 % line: no leak on its own, one when the sources differ.
        assertThat(judge.judge(rows, Map.of())).extracting(judgement -> judgement.value().dimension().csv())
                .containsExactly("", "source=Webinar");
        List<MetricValue> withTest = new ArrayList<>(rows);
        withTest.add(differ);
        assertThat(judge.judge(withTest, Map.of())).extracting(judgement -> judgement.value().dimension().csv())
                .containsExactly("", "source=Events", "source=Webinar");
    }

    @Test
    void aHundredPercentTargetIsMetWhenTheIntervalReachesIt() {
        Threshold all = new Threshold(1.0, true, Threshold.Kind.TARGET, "target");

        assertThat(LeakJudge.verdict(rate("attribution_coverage", 128, 129), all, 20)).isEqualTo(Verdict.ON_TARGET);
        assertThat(LeakJudge.verdict(rate("attribution_coverage", 120, 129), all, 20))
                .isEqualTo(Verdict.CONFIRMED_LEAK);
    }

    @Test
    void aTeamTargetOverridesTheCompanys() {
        Targets targets = new Targets(Map.of("mql_to_sql_rate", 0.25), Map.of("T-ENT", Map.of("mql_to_sql_rate", 0.08)));
        LeakJudge enterprise = new LeakJudge(targets.forTeam("T-ENT"), List.of(), WIN_RATES, IN_2026,
                Segment.ENTERPRISE, 20);

        assertThat(enterprise.judge(List.of(rate("mql_to_sql_rate", 10, 100)), Map.of()))
                .singleElement().satisfies(judgement -> {
                    assertThat(judgement.threshold().level()).isEqualTo(0.08);
                    assertThat(judgement.verdict()).isEqualTo(Verdict.ON_TARGET);
                });
    }

    @Test
    void withoutATargetAFigureBelowItsPeersMedianIsHeldToTheirBestQuartileAndSaysSo() {
        assertThat(amongPeers(rate("win_rate", 18, 100), 0.2, 0.3, 3)).satisfies(judgement -> {
            assertThat(judgement.threshold().kind()).isEqualTo(Threshold.Kind.PEER_BEST_QUARTILE);
            assertThat(judgement.threshold().level()).isEqualTo(0.3);
            assertThat(judgement.threshold().source()).isEqualTo("best quartile of 3 mid-market teams");
            assertThat(judgement.verdict()).isEqualTo(Verdict.CONFIRMED_LEAK);
        });
    }

    /** Maven's Central, best of three teams at twice the published win rate, had a "possible leak" of $ 149K. */
    @Test
    void aFigureAtOrBetterThanItsPeersMedianIsNoLeakThoughBelowTheirBestQuartile() {
        assertThat(amongPeers(rate("win_rate", 25, 100), 0.25, 0.325, 2)).satisfies(judgement -> {
            assertThat(judgement.threshold().kind()).isEqualTo(Threshold.Kind.PEER_MEDIAN);
            assertThat(judgement.threshold().level()).isEqualTo(0.25);
            assertThat(judgement.threshold().source()).isEqualTo("median of 3 mid-market teams");
            assertThat(judgement.verdict()).isEqualTo(Verdict.ON_TARGET);
        });
    }

    /**
     * The team's win rate judged without a target among three mid-market teams: Beta at 40 %, Gamma at 20 % and the
     * team, whose median and best quartile are given (R-7 of the three figures).
     */
    private static Judgement amongPeers(MetricValue ours, double median, double bestQuartile, int rank) {
        PeerComparison peers = new PeerComparison(Rows.TEAM, Metric.WIN_RATE, Segment.MID_MARKET, Stream.of(
                        new PeerComparison.Peer("T-B", "Beta", rate("win_rate", 40, 100)),
                        new PeerComparison.Peer("T-C", "Gamma", rate("win_rate", 20, 100)),
                        new PeerComparison.Peer(Rows.TEAM, "Alpha", ours))
                .sorted(Comparator.comparingDouble((PeerComparison.Peer peer) -> peer.value().value()).reversed())
                .toList(), median, bestQuartile, rank);
        LeakJudge judge = new LeakJudge(Map.of(), List.of(peers), WIN_RATES, IN_2026, Segment.MID_MARKET, 20);
        List<Judgement> judgements = judge.judge(List.of(ours), Map.of());
        assertThat(judgements).hasSize(1);
        return judgements.get(0);
    }

    @Test
    void peersOfOtherSegmentsSetNoLineForAWinRateButDoForAResponseSla() {
        // An enterprise team among SMB and mid-market teams: their win rates say nothing about its market.
        MetricValue ours = rate("win_rate", 20, 100);
        PeerComparison mixed = new PeerComparison(Rows.TEAM, Metric.WIN_RATE, null,
                List.of(new PeerComparison.Peer("T-B", "Beta", rate("win_rate", 40, 100)),
                        new PeerComparison.Peer(Rows.TEAM, "Alpha", ours),
                        new PeerComparison.Peer("T-C", "Gamma", rate("win_rate", 15, 100))), 0.2, 0.3, 2);
        MetricValue sla = rate("response_sla_compliance", 50, 100);
        PeerComparison mixedSla = new PeerComparison(Rows.TEAM, Metric.RESPONSE_SLA_COMPLIANCE, null,
                List.of(new PeerComparison.Peer("T-B", "Beta", rate("response_sla_compliance", 80, 100)),
                        new PeerComparison.Peer(Rows.TEAM, "Alpha", sla),
                        new PeerComparison.Peer("T-C", "Gamma", rate("response_sla_compliance", 70, 100))), 0.7, 0.75, 3);
        LeakJudge judge = new LeakJudge(Map.of(), List.of(mixed, mixedSla), WIN_RATES, IN_2026, Segment.ENTERPRISE, 20);

        assertThat(judge.judge(List.of(ours, sla), Map.of())).extracting(judgement -> judgement.value().metric()
                        + " " + judgement.threshold().kind() + " " + judgement.threshold().level())
                .containsExactly("win_rate BENCHMARK_MEDIAN 0.2", "response_sla_compliance PEER_BEST_QUARTILE 0.75");
    }

    @Test
    void aDatedPublishedFigureNeverJudgesOnItsOwn() {
        MetricValue ours = rate("win_rate", 20, 100);
        LeakJudge in2031 = new LeakJudge(Map.of(), List.of(), WIN_RATES, new BenchmarkAge(2031, 5),
                Segment.MID_MARKET, 20);
        LeakJudge in2029 = new LeakJudge(Map.of(), List.of(), WIN_RATES, new BenchmarkAge(2029, 5),
                Segment.MID_MARKET, 20);

        assertThat(in2031.judge(List.of(ours), Map.of())).as("a 2024 figure in 2031").isEmpty();
        assertThat(in2029.judge(List.of(ours), Map.of())).singleElement()
                .satisfies(judgement -> assertThat(judgement.threshold().kind()).isEqualTo(Threshold.Kind.BENCHMARK_MEDIAN));
    }

    @Test
    void aSegmentBreakdownIsHeldToThatSegmentsCurrentPublishedFigure() {
        MetricValue enterprise = rate("win_rate", "segment=ENTERPRISE", 2, 60);
        PeerComparison peers = new PeerComparison(Rows.TEAM, Metric.WIN_RATE, null, List.of(), 0.25, 0.3, 1);
        LeakJudge judge = new LeakJudge(Map.of(), List.of(peers), WIN_RATES, IN_2026, Segment.MID_MARKET, 20);

        assertThat(judge.judge(List.of(enterprise), Map.of())).singleElement().satisfies(judgement -> {
            assertThat(judgement.threshold().kind()).isEqualTo(Threshold.Kind.BENCHMARK_MEDIAN);
            assertThat(judgement.threshold().level()).isEqualTo(0.20);
        });
    }

    static Benchmark winRate(Segment segment, double median) {
        return new Benchmark(Metric.WIN_RATE, segment, null, null, median, null, "Test Publisher", "Win rates",
                2024, "https://example.org/win-rates", "B", "test figure", false);
    }
}

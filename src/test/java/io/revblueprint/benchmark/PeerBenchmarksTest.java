package io.revblueprint.benchmark;

import io.revblueprint.crm.Segment;
import io.revblueprint.crm.Team;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.crm.WorkCalendar;
import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Unit;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Peer statistics computed by hand, as a spreadsheet's PERCENTILE.INC gives them. */
class PeerBenchmarksTest {

    private final List<Team> teams = new ArrayList<>();
    private final List<MetricValue> metrics = new ArrayList<>();

    @Test
    void medianAndBestQuartileOfFiveTeams() {
        // Win rates 10, 20, 30, 40, 50 %: median the 3rd, best quartile at rank (5 − 1) × 0.75 = 3 → 40 %.
        for (int i = 1; i <= 5; i++) {
            team("T-" + i, Segment.MID_MARKET, Metric.WIN_RATE, i / 10.0, 100L);
        }

        PeerComparison second = peers().compare("T-2", Metric.WIN_RATE).orElseThrow();

        assertThat(second.median()).isCloseTo(0.30, within(1e-12));
        assertThat(second.bestQuartile()).isCloseTo(0.40, within(1e-12));
        assertThat(second.rank()).isEqualTo(4);
        assertThat(second.best().teamName()).isEqualTo("Team T-5");
        assertThat(second.segment()).isEqualTo(Segment.MID_MARKET);
        assertThat(second.atOrBetterThanMedian()).isFalse();
    }

    @Test
    void betweenRanksTheFiguresAreInterpolated() {
        // 10, 20, 30, 50 %: median at rank 1.5 → 25 %; best quartile at rank 2.25 → 30 + 0.25 × 20 = 35 %.
        double[] rates = {0.1, 0.2, 0.3, 0.5};
        for (int i = 0; i < rates.length; i++) {
            team("T-" + i, Segment.SMB, Metric.WIN_RATE, rates[i], 50L);
        }

        PeerComparison comparison = peers().compare("T-3", Metric.WIN_RATE).orElseThrow();

        assertThat(comparison.median()).isCloseTo(0.25, within(1e-12));
        assertThat(comparison.bestQuartile()).isCloseTo(0.35, within(1e-12));
        assertThat(comparison.rank()).isEqualTo(1);
    }

    @Test
    void forHoursTheBestQuartileIsTheLowOne() {
        // 1, 2, 3, 4, 5 h: the best quartile of a lower-is-better figure is the 25th percentile, rank 1 → 2 h.
        for (int i = 1; i <= 5; i++) {
            team("T-" + i, Segment.MID_MARKET, Metric.LEAD_RESPONSE_HOURS_MEDIAN, i, 40L);
        }

        PeerComparison fastest = peers().compare("T-1", Metric.LEAD_RESPONSE_HOURS_MEDIAN).orElseThrow();

        assertThat(fastest.bestQuartile()).isCloseTo(2.0, within(1e-12));
        assertThat(fastest.median()).isCloseTo(3.0, within(1e-12));
        assertThat(fastest.rank()).isEqualTo(1);
        assertThat(fastest.atOrBetterThanMedian()).isTrue();
    }

    @Test
    void withFewerThanThreeTeamsInTheSegmentAllSalesTeamsAreThePeers() {
        team("T-ENT1", Segment.ENTERPRISE, Metric.WIN_RATE, 0.2, 60L);
        team("T-ENT2", Segment.ENTERPRISE, Metric.WIN_RATE, 0.3, 60L);
        team("T-MID1", Segment.MID_MARKET, Metric.WIN_RATE, 0.4, 60L);
        team("T-MID2", Segment.MID_MARKET, Metric.WIN_RATE, 0.5, 60L);

        PeerComparison comparison = peers().compare("T-ENT1", Metric.WIN_RATE).orElseThrow();

        assertThat(comparison.segment()).isNull();
        assertThat(comparison.peers()).hasSize(4);
        assertThat(comparison.rank()).isEqualTo(4);
    }

    @Test
    void tiedTeamsShareARank() {
        team("T-A", Segment.SMB, Metric.MQL_TO_SQL_RATE, 0.3, 100L);
        team("T-B", Segment.SMB, Metric.MQL_TO_SQL_RATE, 0.3, 100L);
        team("T-C", Segment.SMB, Metric.MQL_TO_SQL_RATE, 0.2, 100L);

        assertThat(peers().compare("T-A", Metric.MQL_TO_SQL_RATE).orElseThrow().rank()).isEqualTo(1);
        assertThat(peers().compare("T-B", Metric.MQL_TO_SQL_RATE).orElseThrow().rank()).isEqualTo(1);
        assertThat(peers().compare("T-C", Metric.MQL_TO_SQL_RATE).orElseThrow().rank()).isEqualTo(3);
    }

    @Test
    void peersThatAllShowTheSameFigureAreNoComparison() {
        // No team records a loss reason: 0 % everywhere would make each "best of 3" and "on target".
        for (int i = 1; i <= 3; i++) {
            team("T-" + i, Segment.MID_MARKET, Metric.CRM_COMPLETENESS_OPPORTUNITIES, 0.0, 200L);
        }

        assertThat(peers().compare("T-1", Metric.CRM_COMPLETENESS_OPPORTUNITIES)).isEmpty();
        assertThat(peers().forTeam("T-2")).isEmpty();
    }

    @Test
    void aFigureOnTooFewCasesIsNoPeerAndTooFewPeersMakeNoComparison() {
        team("T-A", Segment.SMB, Metric.WIN_RATE, 0.3, 100L);
        team("T-B", Segment.SMB, Metric.WIN_RATE, 0.2, 100L);
        team("T-SMALL", Segment.SMB, Metric.WIN_RATE, 0.9, 5L);

        PeerBenchmarks peers = peers();

        assertThat(peers.compare("T-A", Metric.WIN_RATE)).isEmpty();
        assertThat(peers.compare("T-SMALL", Metric.WIN_RATE)).isEmpty();
        assertThat(peers.forTeam("T-A")).isEmpty();
    }

    @Test
    void moneyIsNotRankedAndNonSalesTeamsAreNoPeers() {
        for (int i = 1; i <= 3; i++) {
            team("T-" + i, Segment.SMB, Metric.WIN_RATE, i / 10.0, 100L);
        }
        metrics.add(new MetricValue("T-1", Metric.AVG_WON_DEAL_SIZE, Dimension.OVERALL, 1000, null, null, null, 30L,
                Unit.money("EUR")));
        teams.add(new Team("T-MKT", "Marketing", TeamFunction.MARKETING, Segment.SMB, calendar(), null));
        metrics.add(rate("T-MKT", Metric.WIN_RATE, 0.9, 100L));

        assertThat(peers().forTeam("T-1")).extracting(PeerComparison::metric).containsExactly(Metric.WIN_RATE);
        assertThat(peers().compare("T-1", Metric.WIN_RATE).orElseThrow().peers()).hasSize(3);
    }

    private PeerBenchmarks peers() {
        return PeerBenchmarks.of(teams, metrics, 20);
    }

    private void team(String id, Segment segment, Metric metric, double value, long n) {
        teams.add(new Team(id, "Team " + id, TeamFunction.SALES, segment, calendar(), null));
        metrics.add(metric.isRate() ? rate(id, metric, value, n)
                : new MetricValue(id, metric, Dimension.OVERALL, value, null, null, null, n, Unit.of(metric.unit())));
    }

    private static MetricValue rate(String scope, Metric metric, double value, long n) {
        long k = Math.round(value * n);
        return new MetricValue(scope, metric, Dimension.OVERALL, value, Math.max(0, value - 0.05),
                Math.min(1, value + 0.05), k, n, Unit.RATIO);
    }

    private static WorkCalendar calendar() {
        return new WorkCalendar(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0), WorkCalendar.MON_FRI, Set.of());
    }
}

package io.revblueprint.report.section;

import io.revblueprint.benchmark.PeerComparison;
import io.revblueprint.crm.Segment;
import io.revblueprint.crm.Team;
import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.LossReasons;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.RecordedInputs;
import io.revblueprint.metrics.RecordedInput;
import io.revblueprint.metrics.Unit;
import io.revblueprint.plan.EarlierFix;
import io.revblueprint.plan.Fix;
import io.revblueprint.report.csv.FixesCsv;
import io.revblueprint.plan.FixProgress;
import io.revblueprint.plan.Phrase;
import io.revblueprint.plan.Judgement;
import io.revblueprint.plan.ProgressStatus;
import io.revblueprint.plan.RevenueEstimate;
import io.revblueprint.plan.TeamPlan;
import io.revblueprint.plan.Threshold;
import io.revblueprint.plan.Verdict;
import io.revblueprint.report.RenderedPdf;
import io.revblueprint.report.SampleBlueprints;
import io.revblueprint.report.SharedRenderer;
import io.revblueprint.report.chart.BenchmarkChart;
import io.revblueprint.report.document.DataHealth;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.RevenueAtStake;
import io.revblueprint.report.document.ScopeMetrics;
import io.revblueprint.report.document.RunContext;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.document.TeamRanking;
import io.revblueprint.report.layout.PaperSize;
import io.revblueprint.report.text.MetricSentence;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentences that open the sections, on small hand-computed cases (non-breaking spaces shown as spaces). */
class FindingsTest {

    private static final Threshold TARGET_90 = new Threshold(0.9, true, Threshold.Kind.TARGET, "target");

    @Test
    void aFigureWithoutAnEarlierPeriodIsStatedWithItsMarginAndGap() {
        MetricValue sla = rate("response_sla_compliance", null, 0.61, 0.55, 0.67, 110, 180);
        assertThat(plain(MetricSentence.describe(sla, Optional.empty(), Optional.of(TARGET_90))))
                .isEqualTo("Response SLA compliance is 61 % (±6 pts), 29 pts below target");
    }

    /** 12 of 14: the interval runs 24 pts below and 10 above, which "±17 pts" would misstate. */
    @Test
    void aLopsidedIntervalOfARateIsGivenByItsEnds() {
        MetricValue nearAll = rate("mql_acceptance_rate", null, 0.857, 0.601, 0.960, 12, 14);
        assertThat(plain(MetricSentence.describe(nearAll, Optional.empty(), Optional.empty())))
                .isEqualTo("MQL acceptance rate is 86 % (95 % CI 60–96 %), on only 14 cases");
        MetricValue nearNone = rate("mql_to_sql_rate", null, 0.014, 0.006, 0.034, 7, 500);
        assertThat(plain(MetricSentence.describe(nearNone, Optional.empty(), Optional.empty())))
                .isEqualTo("MQL → SQL rate is 1 % (95 % CI 1–3 %)");
    }

    @Test
    void aFigureThatRoundsToTheSameWholePercentHeld() {
        MetricValue now = rate("mql_to_sql_rate", null, 0.2167, 0.1637, 0.2808, 39, 180);
        MetricValue before = rate("mql_to_sql_rate", null, 0.2201, 0.17, 0.28, 44, 200);
        assertThat(plain(MetricSentence.describe(now, Optional.of(before), Optional.empty())))
                .isEqualTo("MQL → SQL rate held at 22 % (±6 pts)");
    }

    /** 68 % → 74 % "rose" beside the progress table's "No clear change": 74 % lies inside 68 %'s interval. */
    @Test
    void aMoveInsideTheEarlierIntervalIsNoClearChangeAndOneOutsideItRoseOrFell() {
        MetricValue before = rate("follow_up_compliance", null, 0.68, 0.61, 0.75, 136, 200);
        MetricValue within = rate("follow_up_compliance", null, 0.74, 0.67, 0.80, 148, 200);
        assertThat(plain(MetricSentence.describe(within, Optional.of(before), Optional.of(TARGET_90))))
                .isEqualTo("Follow-up compliance went from 68 % to 74 % (±7 pts), no clear change (earlier 95 % interval "
                        + "61–75 %), 16 pts below target");
        MetricValue beyond = rate("follow_up_compliance", null, 0.80, 0.74, 0.85, 160, 200);
        assertThat(plain(MetricSentence.describe(beyond, Optional.of(before), Optional.empty())))
                .isEqualTo("Follow-up compliance rose from 68 % to 80 % (±5 pts)");
        MetricValue medianBefore = new MetricValue("t-ent", Metric.LEAD_RESPONSE_HOURS_MEDIAN, Dimension.OVERALL,
                8.0, 6.5, 9.5, null, 400L, Unit.HOURS);
        MetricValue medianNow = new MetricValue("t-ent", Metric.LEAD_RESPONSE_HOURS_MEDIAN, Dimension.OVERALL,
                9.32, 7.0, 11.2, null, 400L, Unit.HOURS);
        assertThat(plain(MetricSentence.describe(medianNow, Optional.of(medianBefore), Optional.empty())))
                .isEqualTo("Median lead response went from 8.0 h to 9.3 h (95 % CI 7.0–11.2 h), no clear change "
                        + "(earlier 95 % interval 6.5–9.5 h)");
    }

    @Test
    void aTileSaysHowSureItsFigureIsInOneLine() {
        MetricValue firm = new MetricValue("t-ent", Metric.SALES_CYCLE_DAYS_MEDIAN, Dimension.OVERALL, 41.5, 39.0,
                45.0, null, 27L, Unit.DAYS);
        MetricValue thin = new MetricValue("t-ent", Metric.SALES_CYCLE_DAYS_MEDIAN, Dimension.OVERALL, 90.1, 60.0,
                120.0, null, 19L, Unit.DAYS);
        assertThat(plain(HeadlineTiles.tile(firm, HeadlineTiles.shortSureness(firm), "75 % within 63.0 days")
                .note()))
                .isEqualTo("95 % CI 39.0–45.0 days\n75 % within 63.0 days");
        assertThat(HeadlineTiles.shortSureness(thin)).isEqualTo("n = 19, too few to judge");
        assertThat(HeadlineTiles.tile(number("sales_cycle_days_median", 41.5, "days"), "", "creation to close").note())
                .isEqualTo("creation to close");
    }

    /** The executive summary's "high-intent leads are the worst at 67 %" beside standard leads at 68 %. */
    @Test
    void theWeakestOfABreakdownIsNamedOnlyWhenItClearlyTrailsTheBest() {
        MetricValue high = rate("response_sla_compliance", "tier=HIGH", 0.67, 0.61, 0.72, 201, 300);
        MetricValue close = rate("response_sla_compliance", "tier=STANDARD", 0.681, 0.64, 0.72, 409, 600);
        MetricValue far = rate("response_sla_compliance", "tier=STANDARD", 0.80, 0.77, 0.83, 480, 600);
        assertThat(MetricSentence.weakest(List.of(high, close), true, value -> "High intent")).isEmpty();
        assertThat(MetricSentence.weakest(List.of(high, far), true, value -> "High intent").map(FindingsTest::plain))
                .contains("high-intent leads are the worst at 67 %");
        assertThat(MetricSentence.weakest(List.of(high), true, value -> "High intent")).isEmpty();
    }

    @Test
    void hoursAreComparedInHoursAndSmallSamplesSaySo() {
        MetricValue hours = number("lead_response_hours_median", 5.25, "hours");
        Threshold fourHours = new Threshold(4, false, Threshold.Kind.TARGET, "target");
        assertThat(plain(MetricSentence.describe(hours, Optional.empty(), Optional.of(fourHours))))
                .isEqualTo("Median lead response is 5.3 h, 1.3 h over target");
        MetricValue followUp = rate("follow_up_compliance", null, 0.5, 0.25, 0.75, 6, 12);
        Threshold median = new Threshold(0.8, true, Threshold.Kind.BENCHMARK_MEDIAN, "Example (2024)");
        assertThat(plain(MetricSentence.describe(followUp, Optional.empty(), Optional.of(median))))
                .isEqualTo("Follow-up compliance is 50 % (±25 pts), on only 12 cases, 30 pts below the published benchmark");
    }

    @Test
    void aMediansIntervalIsStatedWithBothEndsInItsUnit() {
        MetricValue median = new MetricValue("t-ent", Metric.LEAD_RESPONSE_HOURS_MEDIAN, Dimension.OVERALL, 9.32, 7.0,
                11.2, null, 400L, Unit.HOURS);
        Threshold fourHours = new Threshold(4, false, Threshold.Kind.TARGET, "target");
        assertThat(plain(MetricSentence.describe(median, Optional.empty(), Optional.of(fourHours))))
                .isEqualTo("Median lead response is 9.3 h (95 % CI 7.0–11.2 h), 5.3 h over target");
    }

    /** A fivefold miss of the peers' best quartile is still second to a miss of the agreed target. */
    @Test
    void aMissedTargetLeadsBeforeALargerMissOfThePeersQuartile() {
        MetricValue sla = rate("response_sla_compliance", null, 0.61, 0.55, 0.67, 110, 180);
        MetricValue p90 = new MetricValue("t-ent", Metric.LEAD_RESPONSE_HOURS_P90, Dimension.OVERALL, 24.3, 22.8, 26.6,
                null, 400L, Unit.HOURS);
        Scorecard scorecard = scorecard(List.of(sla, p90), List.of(
                judged(sla, TARGET_90, Verdict.CONFIRMED_LEAK),
                judged(p90, new Threshold(4.8, false, Threshold.Kind.PEER_BEST_QUARTILE, "peers"), Verdict.CONFIRMED_LEAK)));
        assertThat(scorecard.missed()).contains(Metric.RESPONSE_SLA_COMPLIANCE);
    }

    /** Page 1: the funnel's finding states the acceptance rate, so the scorecard's line names the next miss. */
    @Test
    void besideTheFunnelsFindingTheScorecardNamesItsNextMiss() {
        MetricValue accepted = rate("mql_acceptance_rate", null, 0.44, 0.39, 0.49, 152, 343);
        MetricValue sla = rate("response_sla_compliance", null, 0.726, 0.676, 0.77, 249, 343);
        Scorecard scorecard = scorecard(List.of(accepted, sla), List.of(
                judged(accepted, new Threshold(0.7, true, Threshold.Kind.TARGET, "target"), Verdict.CONFIRMED_LEAK),
                judged(sla, TARGET_90, Verdict.CONFIRMED_LEAK)));
        assertThat(scorecard.missed()).contains(Metric.MQL_ACCEPTANCE_RATE);
        assertThat(scorecard.missBeside(FunnelSection::judgesInItsFinding).map(FindingsTest::plain))
                .contains("Response SLA compliance is 73 % (±5 pts), 17 pts below target.");
        assertThat(scorecard.missBeside(metric -> true)).isEmpty();
    }

    @Test
    void aScorecardWithoutMissesLeadsWithTheResponseSla() {
        MetricValue sla = rate("response_sla_compliance", null, 0.95, 0.93, 0.97, 190, 200);
        Scorecard scorecard = scorecard(List.of(sla), List.of(judged(sla, TARGET_90, Verdict.ON_TARGET)));
        assertThat(plain(scorecard.finding("Berlin", "2026-Q3"))).isEqualTo(
                "The one SLA or conversion figure with a target meets it; response SLA compliance is 95 % (±2 pts), "
                        + "5 pts above target.");
        assertThat(scorecard.missed()).isEmpty();
        assertThat(scorecard.subject()).contains(Metric.RESPONSE_SLA_COMPLIANCE);

        MetricValue sql = rate("mql_to_sql_rate", null, 0.30, 0.26, 0.34, 60, 200);
        Scorecard both = scorecard(List.of(sla, sql), List.of(judged(sla, TARGET_90, Verdict.ON_TARGET),
                judged(sql, new Threshold(0.25, true, Threshold.Kind.TARGET, "target"), Verdict.ON_TARGET)));
        assertThat(plain(both.finding("Berlin", "2026-Q3"))).startsWith(
                "Every SLA and conversion figure with a target meets it; response SLA compliance is 95 %");
    }

    /** Data Cloud's 2024-Q1: "Every … figure with a target meets it" of one figure, four not measurable. */
    @Test
    void anAllClearOnOneFigureSaysTheOthersCannotBeMeasured() {
        MetricValue sql = rate("mql_to_sql_rate", null, 0.615, 0.459, 0.751, 24, 39);
        MetricValue acceptance = rate("mql_acceptance_rate", null, 1.0, 0.91, 1.0, 39, 39);
        MetricValue sla = rate("response_sla_compliance", null, 0.0, 0.0, 0.09, 0, 39);
        ScopeMetrics blind = new ScopeMetrics(List.of(sql, acceptance, sla), List.of(),
                new RecordedInputs(Arrays.stream(RecordedInput.values()).collect(Collectors.toMap(Function.identity(),
                        input -> input == RecordedInput.DECISIONS || input == RecordedInput.ACCEPTANCES
                                || input == RecordedInput.HUMAN_TOUCHES ? 0L : 1L))));
        Scorecard scorecard = new Scorecard(blind, Assessments.ofJudgements(List.of(
                judged(sql, new Threshold(0.25, true, Threshold.Kind.TARGET, "target"), Verdict.ON_TARGET))));

        assertThat(plain(scorecard.finding("Sales", "2024-Q1"))).startsWith("The one SLA or conversion figure with a"
                + " target meets it, and 2 others cannot be measured; MQL → SQL rate is 62 %");
    }

    /** The demo's Berlin two days into 2026-Q4: "every … meets it" and "No leak needs a fix" of 3 and 5 cases. */
    @Test
    void figuresOnTooFewCasesMakeNoAllClear() {
        MetricValue followUp = rate("follow_up_compliance", null, 1.0, 0.44, 1.0, 3, 3);
        MetricValue sla = rate("response_sla_compliance", null, 0.95, 0.93, 0.97, 190, 200);
        Judgement thin = judged(followUp, TARGET_90, Verdict.INSUFFICIENT_DATA);

        assertThat(plain(scorecard(List.of(followUp), List.of(thin)).finding("Berlin", "2026-Q4"))).startsWith(
                "No SLA or conversion figure with a target has enough cases to be judged yet; follow-up compliance"
                        + " is 100 %");
        assertThat(plain(scorecard(List.of(sla, followUp), List.of(judged(sla, TARGET_90, Verdict.ON_TARGET), thin))
                .finding("Berlin", "2026-Q4"))).startsWith("The one SLA or conversion figure with a target and enough"
                + " cases meets it; response SLA compliance is 95 %");

        TeamBlueprint nothingJudged = withJudgements(List.of(thin));
        assertThat(VerdictLine.forTeam(nothingJudged)).isEqualTo("Nothing at Enterprise Sales could be judged in "
                + nothingJudged.run().periodLabel() + ": every figure with a target or benchmark rests on too few"
                + " cases, and none misses its line so far.");
        assertThat(Answer.of(nothingJudged).figures().get(0)).extracting(Tile::value, Tile::note)
                .containsExactly("—", "nothing could be judged");
        TeamBlueprint allClear = withJudgements(List.of(judged(sla, TARGET_90, Verdict.ON_TARGET), thin));
        assertThat(VerdictLine.forTeam(allClear)).startsWith("No leak needs a fix at Enterprise Sales");
        assertThat(plain(Answer.of(allClear).figures().get(0).note())).isEqualTo("no leak to fix");

        ExecutiveSummary summary = new ExecutiveSummary(nothingJudged.run(), metrics(), List.of(
                new TeamRanking("t-ent", "Enterprise Sales", nothingJudged.plan(), metrics())), List.of(),
                new DataHealth(0, Map.of()), null);
        assertThat(VerdictLine.forCompany(summary)).isEqualTo("No team's figures could be judged in "
                + summary.run().periodLabel() + ": too few cases, or no target or benchmark to hold them to.");
        assertThat(Answer.of(summary).teams()).containsExactly("Enterprise Sales: nothing could be judged");
        ExecutiveSummary mixed = new ExecutiveSummary(nothingJudged.run(), metrics(), List.of(
                new TeamRanking("t-ent", "Enterprise Sales", nothingJudged.plan(), metrics()),
                new TeamRanking("t-smb", "SMB Inbound", allClear.plan(), metrics())), List.of(),
                new DataHealth(0, Map.of()), null);
        assertThat(VerdictLine.forCompany(mixed)).isEqualTo("No team has a leak that needs a fix in "
                + summary.run().periodLabel() + "; 1 team's figures could not be judged (too few cases, or no target"
                + " or benchmark to hold them to).");
    }

    private static TeamBlueprint withJudgements(List<Judgement> judgements) {
        TeamPlan plan = new TeamPlan("t-ent", judgements, List.of(), List.of(), List.of(), List.of(), Map.of(), null);
        return new TeamBlueprint(SampleBlueprints.run(PaperSize.A4), SampleBlueprints.team("t-ent", "Enterprise Sales"),
                SampleBlueprints.members("t-ent"), metrics(), List.of(), plan, new DataHealth(0, Map.of()));
    }

    /** A miss whose whole interval lies below the line is possible only because its young cases may still convert. */
    @Test
    void aPossibleLeakOfASettlingRateSaysItsCasesAreRecent() {
        MetricValue sql = rate("mql_to_sql_rate", null, 0.174, 0.126, 0.234, 33, 190);
        Scorecard scorecard = scorecard(List.of(sql), List.of(
                judged(sql, new Threshold(0.25, true, Threshold.Kind.TARGET, "target"), Verdict.POSSIBLE_LEAK)));
        assertThat(plain(scorecard.finding("Berlin", "2026-09"))).startsWith("Possible leak: MQL → SQL rate is 17 %")
                .endsWith(", but too many of its cases are recent to confirm it: the rate may still rise.");
    }

    @Test
    void aPossibleLeakIsLabelledAsSuch() {
        MetricValue sql = rate("mql_to_sql_rate", null, 0.22, 0.17, 0.28, 40, 180);
        MetricValue sla = rate("response_sla_compliance", null, 0.95, 0.92, 0.97, 190, 200);
        Scorecard scorecard = scorecard(List.of(sql, sla), List.of(
                judged(sql, new Threshold(0.25, true, Threshold.Kind.TARGET, "target"), Verdict.POSSIBLE_LEAK),
                judged(sla, TARGET_90, Verdict.ON_TARGET)));
        assertThat(plain(scorecard.finding("Berlin", "2026-Q3"))).isEqualTo(
                "Possible leak: MQL → SQL rate is 22 % (±6 pts), 3 pts below target, but its 95 % interval still "
                        + "reaches the line.");
        // The funnel's finding judges it too: page 1 leaves the scorecard's sentence out rather than say it twice.
        assertThat(scorecard.missed()).contains(Metric.MQL_TO_SQL_RATE);
        assertThat(FunnelSection.judgesInItsFinding(Metric.MQL_TO_SQL_RATE)).isTrue();
        assertThat(FunnelSection.judgesInItsFinding(Metric.RESPONSE_SLA_COMPLIANCE)).isFalse();
    }

    @Test
    void leadVelocitySaysTheSqlsOfBothMonths() {
        assertThat(plain(FunnelSection.leadVelocity(metrics(velocity(13, 41)))))
                .isEqualTo("Lead velocity: 54 new SQLs in the period's last full month, 32 % more than the month"
                        + " before (41).");
        assertThat(plain(FunnelSection.leadVelocity(metrics(velocity(-3, 40)))))
                .isEqualTo("Lead velocity: 37 new SQLs in the period's last full month, 8 % fewer than the month"
                        + " before (40).");
        // Not "0 % up on the month before".
        assertThat(plain(FunnelSection.leadVelocity(metrics(velocity(0, 59)))))
                .isEqualTo("Lead velocity: 59 new SQLs in the period's last full month, as many as the month"
                        + " before.");
    }

    @Test
    void theChiSquareResultIsSaidInWords() {
        assertThat(WinLossSection.chiSquare(metrics(number("win_rate_source_chi2_p", 0.41, "p-value"))))
                .isEqualTo("no evidence that win rates differ by source beyond chance (p = 0.410)");
        assertThat(WinLossSection.chiSquare(metrics(number("win_rate_source_chi2_p", 0.0004, "p-value"))))
                .isEqualTo("win rates differ by source more than chance would explain (p < 0.001)");
    }

    /** Maven's teams took the default mid-market while most of their deals were enterprise. */
    @Test
    void aTeamWhoseDealsAreMostlyOfAnotherSegmentIsToldSo() {
        MetricValue enterprise = rate("win_rate", "segment=ENTERPRISE", 0.58, 0.54, 0.62, 252, 434);
        MetricValue midMarket = rate("win_rate", "segment=MID_MARKET", 0.6, 0.5, 0.7, 61, 102);
        TeamBlueprint mostlyEnterprise = new TeamBlueprint(SampleBlueprints.run(PaperSize.A4),
                SampleBlueprints.team("t-east", "East"), SampleBlueprints.members("t-east"),
                metrics(enterprise, midMarket), List.of(), SampleBlueprints.emptyPlan("t-east"),
                new DataHealth(0, Map.of()));

        assertThat(BenchmarkSection.dealsOfAnotherSegment(mostlyEnterprise)).isEqualTo(", though most of its closed"
                + " deals are enterprise (434 of 536): if that is its market, give the team that segment (teams.csv,"
                + " or the mapping file)");
        TeamBlueprint mostlyItsOwn = new TeamBlueprint(SampleBlueprints.run(PaperSize.A4),
                SampleBlueprints.team("t-east", "East"), SampleBlueprints.members("t-east"),
                metrics(midMarket, rate("win_rate", "segment=ENTERPRISE", 0.5, 0.3, 0.7, 20, 40)), List.of(),
                SampleBlueprints.emptyPlan("t-east"), new DataHealth(0, Map.of()));
        assertThat(BenchmarkSection.dealsOfAnotherSegment(mostlyItsOwn)).isEmpty();
    }

    /** Maven's closed deals all have the source UNKNOWN: "it needs two source groups" left that unsaid. */
    @Test
    void anUntestedChiSquareSaysWhy() {
        String untested = "whether win rates differ by source was not tested this period (";
        MetricValue overall = rate("win_rate", null, 0.6, 0.58, 0.62, 1196, 1985);
        assertThat(WinLossSection.chiSquare(metrics(overall,
                rate("win_rate", "source=UNKNOWN", 0.6, 0.58, 0.62, 1196, 1985))))
                .isEqualTo(untested + "no closed deal has a source recorded)");
        assertThat(WinLossSection.chiSquare(metrics(overall, rate("win_rate", "source=Webinar", 0.6, 0.58, 0.62,
                1196, 1985)))).isEqualTo(untested + "every closed deal came from one source, Webinar)");
        MetricValue twoOfFour = rate("win_rate", null, 0.5, 0.15, 0.85, 2, 4);
        assertThat(WinLossSection.chiSquare(metrics(twoOfFour, rate("win_rate", "source=Webinar", 0.5, 0.1, 0.9, 1, 2),
                rate("win_rate", "source=Referral", 0.5, 0.1, 0.9, 1, 2))))
                .isEqualTo(untested + "no source has 5 closed deals or more)");
        assertThat(WinLossSection.chiSquare(metrics(rate("win_rate", null, 1.0, 0.9, 1.0, 40, 40),
                rate("win_rate", "source=Webinar", 1.0, 0.8, 1.0, 20, 20),
                rate("win_rate", "source=Referral", 1.0, 0.8, 1.0, 20, 20))))
                .isEqualTo(untested + "every closed deal was won)");
    }

    /** The chart showed Price at 19 % where metrics.csv said 12.7 %: the note says what was counted together. */
    @Test
    void lossReasonsCountedTogetherAreNamedWithTheirRecordedWording() {
        assertThat(WinLossSection.lossGrouping(new LossReasons(Map.of()).merge(List.of(
                lossShare("Price", 10), lossShare("Price, too expensive per seat", 5), lossShare("Timing", 8),
                lossShare("Lost to competitor\nwent with a vendor already in their stack for years", 5),
                lossShare("UNKNOWN", 9)))))
                .isEqualTo("Reasons that differ only in wording are counted together here; metrics.csv lists them as"
                        + " recorded, with their lost deals: Price includes “Price, too expensive per seat” (5); No"
                        + " reason recorded is listed as “UNKNOWN” (9); Lost to competitor includes “Lost to competitor"
                        + " / went with a vendor …” (5).");
        assertThat(WinLossSection.lossGrouping(new LossReasons(Map.of()).merge(List.of(lossShare("Price", 10)))))
                .isEmpty();
    }

    private static MetricValue lossShare(String reason, long lost) {
        return new MetricValue("T-1", Metric.LOSS_REASON_SHARE, Dimension.of(Dimension.Kind.LOSS_REASON, reason),
                lost / 37.0, null, null, lost, 37L, Unit.RATIO);
    }

    @Test
    void lossReasonsNameTheFewThatCauseMostLosses() {
        assertThat(plain(WinLossSection.lossFinding(List.of(new LossReasons.Share("No budget", 52, 84),
                new LossReasons.Share("No reason recorded", 32, 84)))))
                .isEqualTo("No budget accounts for 62 % of the 84 lost deals.");
        assertThat(plain(WinLossSection.lossFinding(List.of(new LossReasons.Share("No reason recorded", 60, 84),
                new LossReasons.Share("Price", 14, 84), new LossReasons.Share("Timing", 10, 84)))))
                .isEqualTo("No reason is recorded for 71 % of the 84 lost deals; the most common recorded reasons"
                        + " are Price (17 %) and Timing (12 %).");
        assertThat(WinLossSection.lossFinding(List.of()))
                .isEqualTo("This period's figures hold no breakdown of lost deals by reason.");
    }

    @Test
    void aRoadmapWithoutEstimatesStillNamesTheFirstFix() {
        Fix first = SampleBlueprints.winRateFix("t-ent", "Low win rate", "Review lost deals weekly", null, null,
                LocalDate.of(2026, 10, 23));
        TeamBlueprint blueprint = blueprint(List.of(first));
        assertThat(RoadmapSection.finding(blueprint, new FixRows(blueprint))).isEqualTo(
                "1 fix, by priority; the first, “Low win rate”, has no owner yet (Sales manager to be named) and is due 23 Oct 2026.");
    }

    /** A fix on a figure the scorecard calls "Too few cases" must not read like a judged leak. */
    @Test
    void aFixTitleSaysWhenItsFigureWasJudgedPossibleOrRestsOnTooFewCases() {
        Fix judged = lowWinRate(null, null, LocalDate.of(2026, 10, 23));
        assertThat(FixRows.title(judged)).isEqualTo("Low win rate");
        assertThat(FixRows.title(withVerdict(judged, Verdict.POSSIBLE_LEAK))).isEqualTo("Low win rate (possible)");
        assertThat(FixRows.title(withVerdict(judged, Verdict.INSUFFICIENT_DATA)))
                .isEqualTo("Low win rate (too few cases)");
    }

    /** Enterprise Sales' "Low win rate" fix, which most findings here are read from. */
    private static Fix lowWinRate(String revenue, String owner, LocalDate due) {
        return SampleBlueprints.winRateFix("t-ent", "Low win rate", "Review", revenue, owner, due);
    }

    private static Fix withVerdict(Fix fix, Verdict verdict) {
        return judgedBy(fix, fix.judgement().threshold(), verdict);
    }

    private static Fix judgedBy(Fix fix, Threshold line, Verdict verdict) {
        Judgement judgement = new Judgement(fix.judgement().value(), line, verdict, null);
        return new Fix(fix.scope(), fix.rank(), judgement, null, fix.play(), fix.revenue(), fix.benchmark(),
                fix.ownerId(), fix.ownerName(), fix.ownerRole(), fix.startDate(), fix.dueDate());
    }

    /** A win rate's earlier fix followed up: 20 % of 100 closed deals then, 27 % of 111 now. */
    private static final MetricValue WIN_RATE_THEN = rate("win_rate", null, 0.2, 0.15, 0.26, 20, 100);
    private static final MetricValue WIN_RATE_NOW = rate("win_rate", null, 0.27, 0.2, 0.35, 30, 111);

    private static EarlierFix earlierWinRateFix(LocalDate start) {
        return new EarlierFix("t-ent", 1, Metric.WIN_RATE, Dimension.OVERALL, "Review lost deals", null, start);
    }

    @Test
    void progressCountsEachOutcome() {
        EarlierFix earlier = earlierWinRateFix(LocalDate.of(2026, 7, 6));
        List<FixProgress> progress = List.of(
                new FixProgress(earlier, "2026-Q2", WIN_RATE_THEN, WIN_RATE_NOW, ProgressStatus.IMPROVED),
                new FixProgress(earlier, "2026-Q2", WIN_RATE_THEN, WIN_RATE_NOW, ProgressStatus.IMPROVED),
                new FixProgress(earlier, "2026-Q2", WIN_RATE_THEN, null, ProgressStatus.NO_DATA));
        assertThat(plain(ProgressSection.finding(blueprint(List.of()), progress))).isEqualTo(
                "Of the 3 fixes from 2026-Q2, 2 improved and 1 has no figure this period; win rate rose from 20 % "
                        + "to 27 % (±7 pts).");
    }

    @Test
    void theRoadmapSaysHowOldTheDataAreOnlyWhenTheyAreOld() {
        // The sample run's data are as of 1 Oct 2026.
        assertThat(RoadmapSection.sprintStartsWhen(blueprint(List.of()), LocalDate.of(2026, 10, 5)))
                .isEqualTo("The sprint starts on 5 Oct 2026, the Monday after this run.");
        assertThat(plain(RoadmapSection.sprintStartsWhen(blueprint(List.of()), LocalDate.of(2026, 11, 2))))
                .isEqualTo("The sprint starts on 2 Nov 2026, the Monday after this run; the data are as of 1 Oct 2026,"
                        + " 32 days before it.");
        // A plan made for a date before its data (the demo's 2026-Q2, a period rerun on a newer snapshot).
        assertThat(plain(RoadmapSection.sprintStartsWhen(blueprint(List.of()), LocalDate.of(2026, 7, 6))))
                .isEqualTo("The sprint starts on 6 Jul 2026, the Monday after the date this plan is made for; the data"
                        + " are as of 1 Oct 2026, later, as when a period is rerun on a newer snapshot.");
    }

    @Test
    void aProgressRowMarksAFigureOnTooFewCasesAsTheScorecardDoes() {
        EarlierFix earlier = earlierWinRateFix(LocalDate.of(2026, 7, 6));
        ProgressRow row = ProgressSection.row(new FixProgress(earlier, "2026-Q2",
                rate("win_rate", null, 0.1, 0.02, 0.4, 1, 10), rate("win_rate", null, 0.194, 0.13, 0.28, 19, 98),
                ProgressStatus.TOO_FEW_CASES));
        assertThat(plain(row.then())).isEqualTo("10.0 % *");
        assertThat(plain(row.now())).isEqualTo("19.4 %");
    }

    @Test
    void aFigureThatMovedWithinItsEarlierMarginShowsNoClearChangeNotHeld() {
        EarlierFix earlier = new EarlierFix("t-ent", 1, Metric.RESPONSE_SLA_COMPLIANCE, Dimension.OVERALL, "Route", null,
                LocalDate.of(2026, 7, 6));
        MetricValue then = rate("response_sla_compliance", null, 0.366, 0.33, 0.40, 183, 500);
        MetricValue now = rate("response_sla_compliance", null, 0.342, 0.30, 0.38, 171, 500);
        assertThat(plain(ProgressSection.finding(blueprint(List.of()),
                List.of(new FixProgress(earlier, "2026-Q2", then, now, ProgressStatus.HELD))))).isEqualTo(
                "The fix from 2026-Q2: response SLA compliance went from 37 % to 34 % (±4 pts), no clear change "
                        + "(earlier 95 % interval 33–40 %).");
    }

    @Test
    void fixesThatStartedAfterThePeriodClaimNoEffect() {
        EarlierFix december = earlierWinRateFix(LocalDate.of(2026, 12, 7));
        FixProgress notStarted = new FixProgress(december, "2026-Q2", WIN_RATE_THEN, WIN_RATE_NOW,
                ProgressStatus.NOT_STARTED);
        FixProgress noData = new FixProgress(december, "2026-Q2", WIN_RATE_THEN, null, ProgressStatus.NO_DATA);

        assertThat(plain(ProgressSection.finding(blueprint(List.of()), List.of(notStarted, notStarted)))).isEqualTo(
                "None of the 2 fixes from 2026-Q2 had started when 2026-Q3 ended (the first was planned from"
                        + " 7 Dec 2026), so their figures cannot show their effect; win rate rose from 20 % to 27 %"
                        + " (±7 pts).");
        assertThat(plain(ProgressSection.finding(blueprint(List.of()), List.of(notStarted, noData)))).isEqualTo(
                "Of the 2 fixes from 2026-Q2, 1 has no figure this period and 1 had not started when 2026-Q3 ended;"
                        + " win rate rose from 20 % to 27 % (±7 pts).");
    }

    @Test
    void dataHealthSaysWhenNothingWasRejected() {
        ScopeMetrics metrics = metrics(rate("crm_completeness_leads", null, 0.97, 0.95, 0.98, 970, 1000));
        assertThat(plain(AppendixSection.finding(metrics, new DataHealth(5000, Map.of()))))
                .isEqualTo("Lead records are 97 % complete; no input row was rejected.");
        DataHealth skipping = new DataHealth(5000, Map.of(), List.of(
                DataHealth.SourceNote.skipped("sales_pipeline.csv", "prospecting deal without a date", 500),
                new DataHealth.SourceNote("sales_pipeline.csv", "close date taken from the last stage change", 20)));
        assertThat(plain(AppendixSection.finding(metrics, skipping))).isEqualTo("Lead records are 97 % complete; no"
                + " input row was rejected; 500 source records were skipped by the mapping, with the reasons under"
                + " Data issues.");
    }

    @Test
    void dataHealthLeavesOutACompletenessWhoseFieldTheCrmNeverRecords() {
        MetricValue leads = rate("crm_completeness_leads", null, 0.0, 0.0, 0.03, 0, 148);
        MetricValue deals = rate("crm_completeness_opportunities", null, 0.2, 0.17, 0.24, 95, 478);
        ScopeMetrics noScores = new ScopeMetrics(List.of(leads, deals), List.of(),
                new RecordedInputs(Arrays.stream(RecordedInput.values()).collect(Collectors.toMap(Function.identity(),
                        input -> input == RecordedInput.LEAD_SCORES ? 0L : 1L))));
        // Not "Lead records are 0 % complete": no lead has a score field at all (a data fix says so).
        assertThat(plain(AppendixSection.finding(noScores, new DataHealth(5000, Map.of()))))
                .isEqualTo("Opportunity records are 20 % complete; no input row was rejected.");
    }

    @Test
    void aFirstFixWhoseRoleNobodyHoldsIsNotCountedAsOwned() {
        Fix owned = SampleBlueprints.winRateFix("t-ent", "Low win rate", "Review lost deals weekly", "100000",
                "Jürgen Müller", LocalDate.of(2026, 10, 23));
        Fix unowned = SampleBlueprints.winRateFix("t-smb", "Low win rate", "Review lost deals weekly", "50000", null,
                LocalDate.of(2026, 10, 30));
        assertThat(RankingSection.finding(company(List.of(owned), List.of(unowned)))).isEqualTo("1 of 2 teams have a first fix with an owner and a due"
                + " date; 1 has a first fix that no user can own yet; the earliest first fix is due 23 Oct 2026 (Enterprise Sales,"
                + " Jürgen Müller).");
    }

    @Test
    void firstFixesAllOwnedAndDueTheSameDayAreSaidSoWithoutAnEarliest() {
        LocalDate due = LocalDate.of(2026, 12, 31);
        Fix ent = lowWinRate("100000", "Jürgen Müller", due);
        Fix smb = SampleBlueprints.winRateFix("t-smb", "Low win rate", "Review", "50000", "Ana Souza", due);
        assertThat(RankingSection.finding(company(List.of(ent), List.of(smb)))).isEqualTo("Every team has a first"
                + " fix with an owner and a due date; all are due 31 Dec 2026.");
    }

    /** A VP challenging the summary's money found no formula in it. */
    @Test
    void theRankingSaysWhereEachStakesFormulaIs() {
        Fix ent = lowWinRate("100000", "Jürgen Müller", LocalDate.of(2026, 12, 31));
        Fix unestimated = lowWinRate(null, "Jürgen Müller", LocalDate.of(2026, 12, 31));

        assertThat(RankingSection.of(company(List.of(ent), List.of(ent))).finding()).endsWith(" Each stake is the sum"
                + " of the team's fixes; its blueprint's appendix gives each one's formula and inputs, and “up to” marks"
                + " an upper bound.");
        assertThat(RankingSection.of(company(List.of(unestimated), List.of(unestimated))).finding())
                .doesNotContain("Each stake");
    }

    @Test
    void aSingleTeamsUnownedFirstFixSaysItsDueDateBeforeWhyNobodyOwnsIt() {
        Fix unowned = lowWinRate("50000", null, LocalDate.of(2026, 12, 24));
        ExecutiveSummary oneTeam = company(SampleBlueprints.ranking("t-ent", "Enterprise Sales",
                SampleBlueprints.planOf("t-ent", List.of(unowned))));
        assertThat(RankingSection.finding(oneTeam)).isEqualTo("The first fix of Enterprise Sales is due 24 Dec 2026"
                + " and has no owner yet: no user holds the role it needs (Sales manager).");
    }

    @Test
    void aFixJudgedAgainstItsPeersNamesTheLineBeforeTheFigureNow() {
        Fix fix = lowWinRate("100000", "Jürgen Müller", LocalDate.of(2026, 10, 23));
        Fix judgedByPeers = judgedBy(fix, new Threshold(0.3, true, Threshold.Kind.PEER_BEST_QUARTILE,
                "best quartile of 4 mid-market teams"), Verdict.CONFIRMED_LEAK);
        assertThat(plain(FixRows.doneWhen(judgedByPeers))).startsWith("Done when Win rate ≥ 30.0 % (the peers' best"
                + " quartile; now 20.0 %)");
    }

    /** "Confidence 100 %" beside an average won deal of 19 deals read as certainty of the amount. */
    @Test
    void aFixsConfidenceSaysItWeighsHowSureTheLeakIs() {
        Fix fix = lowWinRate("100000", "Jürgen Müller", LocalDate.of(2026, 10, 23));
        Fix possible = judgedBy(fix, fix.judgement().threshold(), Verdict.POSSIBLE_LEAK);

        assertThat(AppendixSection.formulas(blueprint(List.of(possible)))).extracting(row -> plain(row.text()))
                .anySatisfy(text -> assertThat(text).contains("Confidence 50 % (a possible leak), effort"))
                .first().asString().contains("confidence is how sure the leak is, not its amount (100 % confirmed,"
                        + " 50 % possible, 25 % too few cases to judge)");
    }

    /** New York's page 1 led with its median response, 5.3 h over target, and no fix named that figure. */
    @Test
    void aFixNamesTheOtherFiguresOfItsLeakTypeItAnswers() {
        Fix fix = lowWinRate("100000", "Jürgen Müller", LocalDate.of(2026, 10, 23));
        Judgement marketingSourced = judged(SampleBlueprints.rate("t-ent", "marketing_sourced_win_rate", null, 0.12, 0.08,
                0.18, 24, 200), new Threshold(0.2, true, Threshold.Kind.TARGET, "target"), Verdict.CONFIRMED_LEAK);
        Fix answeringBoth = new Fix(fix.scope(), fix.rank(), fix.judgement(), null, fix.play(), fix.revenue(),
                fix.benchmark(), fix.ownerId(), fix.ownerName(), fix.ownerRole(), fix.startDate(), fix.dueDate(),
                List.of(marketingSourced));

        assertThat(plain(FixRows.doneWhen(answeringBoth))).endsWith("; it also answers marketing-sourced win rate"
                + " (12.0 %, line ≥ 20.0 %)");
        assertThat(FixRows.doneWhen(fix)).doesNotContain("also answers");
    }

    @Test
    void atOrAboveThePeersMedianYetJudgedALeakSaysTheLineIsTheirBestQuartile() {
        // 27.5 % among 31, 28, 27.5 and 22 %: behind the median (27.75 %), a weakness the sentence already names; with
        // a median of 26 % it would be above it, and still short of the best quartile (28.75 %) it is judged by.
        MetricValue own = SampleBlueprints.rate("t-ent", "win_rate", null, 0.275, 0.2, 0.35, 55, 200);
        PeerComparison peers = new PeerComparison("t-ent", Metric.WIN_RATE, Segment.MID_MARKET, List.of(
                new PeerComparison.Peer("t-1", "One", SampleBlueprints.rate("t-1", "win_rate", null, 0.31, 0.25, 0.37, 62, 200)),
                new PeerComparison.Peer("t-2", "Two", SampleBlueprints.rate("t-2", "win_rate", null, 0.28, 0.21, 0.36, 42, 150)),
                new PeerComparison.Peer("t-ent", "Enterprise Sales", own),
                new PeerComparison.Peer("t-3", "Three", SampleBlueprints.rate("t-3", "win_rate", null, 0.22, 0.15, 0.31, 22, 100))),
                0.2775, 0.2875, 3);
        Judgement possible = judged(own, new Threshold(0.2875, true, Threshold.Kind.PEER_BEST_QUARTILE,
                "best quartile"), Verdict.POSSIBLE_LEAK);
        List<BenchmarkSection.Yardsticks> winRate = List.of(new BenchmarkSection.Yardsticks(Metric.WIN_RATE,
                Optional.of(peers), Optional.empty(), Optional.of(possible), Optional.empty(), Optional.empty()));

        assertThat(BenchmarkSection.finding(blueprint(List.of()), winRate)).isEqualTo("Among its peers, Enterprise"
                + " Sales is behind their median on win rate.");
        PeerComparison aboveMedian = new PeerComparison("t-ent", Metric.WIN_RATE, Segment.MID_MARKET, peers.peers(),
                0.26, 0.2875, 3);
        assertThat(BenchmarkSection.finding(blueprint(List.of()), List.of(new BenchmarkSection.Yardsticks(
                Metric.WIN_RATE, Optional.of(aboveMedian), Optional.empty(), Optional.of(possible), Optional.empty(), Optional.empty()))))
                .isEqualTo("Among its peers, Enterprise Sales is at or better than their median on its one figure, but short"
                        + " of their best quartile, the line it is judged by, on win rate.");
        PeerComparison otherSegments = new PeerComparison("t-ent", Metric.WIN_RATE, null, peers.peers(), 0.2775,
                0.2875, 3);
        assertThat(BenchmarkSection.finding(blueprint(List.of()), List.of(new BenchmarkSection.Yardsticks(
                Metric.WIN_RATE, Optional.of(otherSegments), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))))
                .isEqualTo("No figure of Enterprise Sales is ranked: its peers in this run are teams of other"
                        + " segments, context only for win rate.");
        BenchmarkSection.Yardsticks contextOnly = new BenchmarkSection.Yardsticks(Metric.WIN_RATE,
                Optional.of(otherSegments), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        PeerComparison responseAmongAll = new PeerComparison("t-ent", Metric.RESPONSE_SLA_COMPLIANCE, null,
                peers.peers(), 0.2775, 0.2875, 3);
        assertThat(BenchmarkSection.finding(blueprint(List.of()), List.of(new BenchmarkSection.Yardsticks(
                Metric.RESPONSE_SLA_COMPLIANCE, Optional.of(responseAmongAll), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), contextOnly))).isEqualTo("Among all 4 sales teams (too few share its segment), Enterprise Sales is behind their median"
                + " on response SLA compliance; 1 figure compared with teams of other segments is context only.");
        assertThat(plain(contextOnly.sentence(false))).endsWith("; not judged (no target, its peers are teams of"
                + " other segments and no published figure).");
        // 27.5 % (20–35 %) holds the peers' median of 27.75 %: a tie within chance takes no side in the chart.
        assertThat(new BenchmarkSection.Yardsticks(Metric.WIN_RATE, Optional.of(otherSegments), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(own)).chartRow().standing())
                .isEqualTo(BenchmarkChart.Standing.IN_DOUBT);
        MetricValue clearlyWorse = SampleBlueprints.rate("t-ent", "win_rate", null, 0.2, 0.15, 0.26, 40, 200);
        assertThat(new BenchmarkSection.Yardsticks(Metric.WIN_RATE, Optional.of(otherSegments), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(clearlyWorse)).chartRow().standing())
                .isEqualTo(BenchmarkChart.Standing.WORSE);
        MetricValue fewCases = SampleBlueprints.rate("t-ent", "win_rate", null, 0.1, 0.03, 0.3, 1, 10);
        assertThat(new BenchmarkSection.Yardsticks(Metric.WIN_RATE, Optional.of(otherSegments), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(fewCases)).chartRow().standing())
                .isEqualTo(BenchmarkChart.Standing.IN_DOUBT);
        assertThat(contextOnly.chartRow().peers().bestQuartile()).as("no line among other segments").isNull();
        // A figure the data casts doubt on takes no side in the chart.
        Optional<Phrase> doubt = Optional.of(new Phrase("creation dates may be load dates", List.of()));
        assertThat(new BenchmarkSection.Yardsticks(Metric.WIN_RATE, Optional.of(otherSegments), Optional.empty(),
                Optional.empty(), doubt, Optional.empty()).chartRow().standing()).isEqualTo(BenchmarkChart.Standing.IN_DOUBT);
    }

    @Test
    void aFixNobodyCanOwnSaysWhatToDoInTheCrmNotOnlyInUsersCsv() throws Exception {
        Fix unowned = SampleBlueprints.winRateFix("t-ent", "Low win rate", "Review lost deals weekly", "50000", null,
                LocalDate.of(2026, 10, 30));

        try (RenderedPdf pdf = new RenderedPdf(SharedRenderer.RENDERER.renderTeam(blueprint(List.of(unowned))))) {
            assertThat(pdf.prose()).contains("Owner of fix #1 nobody: no active user holds the role Sales manager,"
                    + " manages the team, or works in RevOps or as an executive; give a user that role in the CRM"
                    + " (users.csv, or the export's user roles)");
        }
    }

    @Test
    void fixesNobodyCanOwnForTheSameRoleShareOneRow() {
        Fix first = lowWinRate("50000", null, LocalDate.of(2026, 10, 30));
        Fix second = new Fix(first.scope(), 2, first.judgement(), null, first.play(), first.revenue(), first.benchmark(),
                null, null, first.ownerRole(), first.startDate(), first.dueDate());

        assertThat(AppendixSection.dataIssues(blueprint(List.of(first, second))))
                .filteredOn(row -> row.term().startsWith("Owner"))
                .extracting(TermRow::term).containsExactly("Owner of fixes #1 and #2");
    }

    @Test
    void theCompanysListIsTheLargestFixesOnlyWhenEachHasAnEstimate() {
        List<Fix> estimated = List.of(
                lowWinRate("90000", "Jürgen Müller", LocalDate.of(2026, 10, 23)),
                lowWinRate("80000", "Jürgen Müller", LocalDate.of(2026, 10, 23)));
        List<Fix> unestimated = List.of(
                SampleBlueprints.winRateFix("t-smb", "Low win rate", "Review", null, "Ana Souza", LocalDate.of(2026, 10, 30)),
                SampleBlueprints.winRateFix("t-smb", "Low win rate", "Review", null, "Ana Souza", LocalDate.of(2026, 10, 30)));

        assertThat(Answer.of(company(estimated, estimated)).topLeaksTitle()).isEqualTo("The 3 largest of 4 fixes");
        assertThat(Answer.of(company(estimated, unestimated)).topLeaksTitle()).isEqualTo("The first 3 of 4 fixes");
    }

    private static ExecutiveSummary company(List<Fix> enterprise, List<Fix> smb) {
        return company(
                SampleBlueprints.ranking("t-ent", "Enterprise Sales", SampleBlueprints.planOf("t-ent", enterprise)),
                SampleBlueprints.ranking("t-smb", "SMB Inbound", SampleBlueprints.planOf("t-smb", smb)));
    }

    private static ExecutiveSummary company(TeamRanking... teams) {
        return new ExecutiveSummary(SampleBlueprints.run(PaperSize.A4),
                new ScopeMetrics(List.of(), List.of(), SampleBlueprints.ALL_RECORDED), List.of(teams), List.of(),
                new DataHealth(0, Map.of()), null);
    }

    @Test
    void theWinLossFindingSaysWhatCastsDoubtOnTheSalesCycleItShows() {
        MetricValue winRate = SampleBlueprints.rate("t-ent", "win_rate", null, 0.2, 0.15, 0.26, 20, 100);
        Phrase sameDay = new Phrase("creation dates may be the dates records were loaded", List.of());
        TeamPlan plan = new TeamPlan("t-ent", List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(Metric.SALES_CYCLE_DAYS_MEDIAN, sameDay, Metric.SALES_CYCLE_DAYS_P75, sameDay), null);
        TeamBlueprint blueprint = new TeamBlueprint(SampleBlueprints.run(PaperSize.A4),
                SampleBlueprints.team("t-ent", "Enterprise Sales"), SampleBlueprints.members("t-ent"),
                metrics(winRate), List.of(), plan, new DataHealth(0, Map.of()));

        assertThat(WinLossSection.finding(blueprint, Assessments.of(blueprint)))
                .endsWith(" Caveat: creation dates may be the dates records were loaded.");
    }

    @Test
    void aTileOfADoubtedFigureIsGreyAndSaysSo() {
        MetricValue cycle = SampleBlueprints.number("t-ent", "sales_cycle_days_median", 0.0, "days");
        MetricValue winRate = SampleBlueprints.rate("t-ent", "win_rate", null, 0.2, 0.15, 0.26, 20, 100);

        assertThat(WinLossSection.tiles(metrics(winRate, cycle), java.util.Set.of(Metric.SALES_CYCLE_DAYS_MEDIAN)))
                .extracting(tile -> tile.label() + " [" + tile.tone() + "]: " + tile.note().lines().reduce((a, b) -> b).orElse(""))
                .containsExactly("Win rate []: n = 100", "Median sales cycle [neutral]: in doubt: see the caveat");
    }

    /** A team's deals won in dollars were in no figure of its euro blueprint, and nothing said so. */
    @Test
    void theDealSizeTileCountsTheDealsWonInAnotherCurrency() {
        MetricValue euros = new MetricValue("t-ent", Metric.AVG_WON_DEAL_SIZE, Dimension.OVERALL, 16000, null, null,
                null, 25L, Unit.money("EUR"));
        MetricValue dollars = new MetricValue("t-ent", Metric.AVG_WON_DEAL_SIZE, Dimension.parse("currency=USD"), 20000,
                null, null, null, 3L, Unit.money("USD"));
        MetricValue pounds = new MetricValue("t-ent", Metric.AVG_WON_DEAL_SIZE, Dimension.parse("currency=GBP"), 9000,
                null, null, null, 2L, Unit.money("GBP"));

        assertThat(WinLossSection.tiles(metrics(euros), Set.of())).singleElement()
                .satisfies(tile -> assertThat(tile.note()).endsWith("mean of won deals"));
        assertThat(WinLossSection.tiles(metrics(euros, dollars), Set.of())).singleElement()
                .satisfies(tile -> assertThat(tile.note().replace('\u00A0', ' '))
                        .endsWith("+ 3 in USD, mean $ 20K"));
        assertThat(WinLossSection.tiles(metrics(euros, dollars, pounds), Set.of())).singleElement()
                .satisfies(tile -> assertThat(tile.note()).endsWith("+ 5 in other currencies"));
    }

    /** TCRM's page 1 read "100 % of SQLs became opportunities" on 2 of them. */
    @Test
    void theFunnelSentenceSaysWhenARateRestsOnFewSqls() {
        ScopeMetrics metrics = metrics(SampleBlueprints.number("t-ent", "mql_count", 148, "count"),
                rate("mql_to_sql_rate", null, 0.0135, 0.004, 0.05, 2, 148),
                rate("sql_to_opportunity_rate", null, 1.0, 0.34, 1.0, 2, 2));
        TeamBlueprint blueprint = new TeamBlueprint(SampleBlueprints.run(PaperSize.A4),
                SampleBlueprints.team("t-ent", "Enterprise Sales"), SampleBlueprints.members("t-ent"), metrics,
                List.of(), SampleBlueprints.emptyPlan("t-ent"), new DataHealth(0, Map.of()));

        assertThat(plain(FunnelSection.finding(blueprint, Assessments.of(blueprint))))
                .contains("; 100 % of only 2 SQLs became opportunities.");
    }

    /** Sydney's page 1 named its best and worst source by MQL→SQL (45 % and 21 %) on a difference within chance. */
    @Test
    void theFunnelSentenceNamesTheBestAndWorstSourceOnlyBeyondChance() {
        MetricValue mqls = SampleBlueprints.number("t-ent", "mql_count", 200, "count");
        MetricValue overall = rate("mql_to_sql_rate", null, 0.3, 0.24, 0.37, 60, 200);

        assertThat(funnelFinding(mqls, overall, rate("mql_to_sql_rate", "source=Referral", 0.45, 0.3, 0.6, 9, 20),
                rate("mql_to_sql_rate", "source=Partner", 0.21, 0.1, 0.4, 5, 24)))
                .contains("no evidence that sources differ in conversion to SQL beyond chance (p = 0.087)")
                .doesNotContain("converts best");
        assertThat(funnelFinding(mqls, overall, rate("mql_to_sql_rate", "source=Webinar", 0.4, 0.3, 0.5, 40, 100),
                rate("mql_to_sql_rate", "source=Content Download", 0.05, 0.02, 0.12, 5, 100)))
                .contains("Webinar converts best to SQL (40 %) and Content Download worst (5 %; p < 0.001)");
    }

    /** TCRM's 32 of 34 SQLs had reached SQL weeks before the export: its page 1 read "6 % of SQLs" as settled. */
    @Test
    void theFunnelSentenceSaysARateMayStillRise() {
        Phrase young = new Phrase("32 of the 34 SQLs are under 30 days old", List.of());
        TeamPlan plan = new TeamPlan("t-ent", List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(Metric.SQL_TO_OPPORTUNITY_RATE, young), null);
        TeamBlueprint blueprint = new TeamBlueprint(SampleBlueprints.run(PaperSize.A4),
                SampleBlueprints.team("t-ent", "Enterprise Sales"), SampleBlueprints.members("t-ent"),
                metrics(SampleBlueprints.number("t-ent", "mql_count", 180, "count"),
                        rate("sql_to_opportunity_rate", null, 0.059, 0.016, 0.19, 2, 34)),
                List.of(), plan, new DataHealth(0, Map.of()));

        assertThat(plain(FunnelSection.finding(blueprint, Assessments.of(blueprint))))
                .endsWith(" Caveat: 32 of the 34 SQLs are under 30 days old.");
    }

    /** Data Cloud's 2023-Q4: "No MQLs entered the funnel" read as if marketing had produced nothing. */
    @Test
    void aPeriodWithoutAnyMqlInASnapshotWithLeadsSaysWhenTheMqlsAre() {
        Period january = Period.parse("2024-01-02..2024-01-23", ZoneId.of("Europe/Berlin"));

        assertThat(emptyFunnelFinding(january)).isEqualTo("No MQLs entered the funnel of Enterprise Sales in 2026-Q3,"
                + " nor any in the company: the snapshot's MQLs are dated 2 Jan 2024 to 23 Jan 2024.");
    }

    @Test
    void aSnapshotWithoutAnyMqlSaysSo() {
        assertThat(emptyFunnelFinding(null)).isEqualTo("No MQLs entered the funnel of Enterprise Sales in 2026-Q3,"
                + " nor any in the company: no lead of the snapshot became an MQL.");
    }

    private static String emptyFunnelFinding(Period snapshotMqlDays) {
        MetricValue none = SampleBlueprints.number("t-ent", "mql_count", 0, "count");
        TeamBlueprint blueprint = new TeamBlueprint(SampleBlueprints.run(PaperSize.A4, snapshotMqlDays),
                SampleBlueprints.team("t-ent", "Enterprise Sales"), SampleBlueprints.members("t-ent"), metrics(none),
                List.of(SampleBlueprints.number("ALL", "mql_count", 0, "count")), SampleBlueprints.emptyPlan("t-ent"),
                new DataHealth(0, Map.of()));
        return plain(FunnelSection.finding(blueprint, Assessments.of(blueprint)));
    }

    private static String funnelFinding(MetricValue... values) {
        TeamBlueprint blueprint = new TeamBlueprint(SampleBlueprints.run(PaperSize.A4),
                SampleBlueprints.team("t-ent", "Enterprise Sales"), SampleBlueprints.members("t-ent"), metrics(values),
                List.of(), SampleBlueprints.emptyPlan("t-ent"), new DataHealth(0, Map.of()));
        return plain(FunnelSection.finding(blueprint, Assessments.of(blueprint)));
    }

    /** TCRM's company tile read "Misses target" in red beside its one team's "Possible leak" of the same 18.9 %. */
    @Test
    void aCompanyFigureWhoseIntervalReachesItsTargetMayMissIt() {
        Assessments targets = Assessments.ofCompany(company(SampleBlueprints.ranking("t-ent", "Enterprise Sales",
                SampleBlueprints.emptyPlan("t-ent"))));

        assertThat(targets.status(rate("mql_to_sql_rate", null, 0.189, 0.138, 0.252, 34, 180)))
                .extracting(Assessments.Status::label, Assessments.Status::tone).containsExactly("May miss target", Tone.WARN);
        assertThat(targets.status(rate("mql_to_sql_rate", null, 0.10, 0.07, 0.14, 18, 180)))
                .extracting(Assessments.Status::label, Assessments.Status::tone).containsExactly("Misses target", Tone.BAD);
    }

    /**
     * September's company MQL → SQL read "Misses target" above a table of teams all "in doubt" (recent MQLs); then
     * "In doubt at every team" beside TCRM's one team's "Possible leak" of the same figure.
     */
    @Test
    void aCompanyFigureInDoubtAtEveryTeamMayMissItsTargetAsTheTeamsMay() {
        TeamPlan doubted = new TeamPlan("t-ent", List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(Metric.MQL_TO_SQL_RATE, new Phrase("most MQLs are too recent to tell", List.of())), null);
        MetricValue missed = rate("mql_to_sql_rate", null, 0.10, 0.07, 0.14, 18, 180);

        assertThat(Assessments.ofCompany(company(SampleBlueprints.ranking("t-ent", "Enterprise Sales", doubted),
                SampleBlueprints.ranking("t-smb", "SMB Inbound", doubted))).status(missed))
                .extracting(Assessments.Status::label, Assessments.Status::tone)
                .containsExactly("May miss target", Tone.WARN);
        assertThat(Assessments.ofCompany(company(SampleBlueprints.ranking("t-ent", "Enterprise Sales", doubted),
                SampleBlueprints.ranking("t-smb", "SMB Inbound", SampleBlueprints.emptyPlan("t-smb")))).status(missed))
                .extracting(Assessments.Status::label, Assessments.Status::tone)
                .containsExactly("Misses target", Tone.BAD);
    }

    /** TCRM's executive summary showed its 0.0-day cycle from load dates with no word of doubt. */
    @Test
    void theHeatMapShowsADoubtedFigureAsInDoubt() {
        Phrase sameDay = new Phrase("creation dates may be the dates records were loaded", List.of());
        TeamPlan plan = new TeamPlan("t-ent", List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(Metric.SALES_CYCLE_DAYS_MEDIAN, sameDay), null);

        assertThat(HeatMaps.of(company(SampleBlueprints.ranking("t-ent", "Enterprise Sales", plan))).rows())
                .singleElement().satisfies(row -> assertThat(row.cells()).extracting(cell -> cell.text())
                        .contains("in doubt").doesNotContain("41.5 days"));
    }

    @Test
    void revenueThatWasNotEstimatedIsNeverShownAsZero() {
        Fix fix = SampleBlueprints.winRateFix("t-ent", "Low win rate", "Review lost deals weekly", null, "Jürgen Müller",
                LocalDate.of(2026, 10, 23));
        ExecutiveSummary summary = new ExecutiveSummary(SampleBlueprints.run(PaperSize.A4),
                new ScopeMetrics(List.of(), List.of(), SampleBlueprints.ALL_RECORDED),
                List.of(SampleBlueprints.ranking("t-ent", "Enterprise Sales", SampleBlueprints.planOf("t-ent", List.of(fix))),
                        SampleBlueprints.ranking("t-smb", "SMB Inbound", SampleBlueprints.emptyPlan("t-smb"))),
                List.of(), new DataHealth(0, Map.of()), null);
        assertThat(RevenueAtStake.ofTeams(summary.teams()).amount()).isNull();
        assertThat(VerdictLine.forCompany(summary)).isEqualTo("1 team has 1 fix in its roadmap; revenue at stake "
                + "is not estimated, so teams are ranked by their number of fixes.");
        assertThat(RankingRow.of(summary.teams(), List.of("Partner Sales"), "EUR"))
                .extracting(row -> row.rank() + " " + row.team() + ": " + row.topLeak())
                .containsExactly("1 Enterprise Sales: Low win rate", "2 SMB Inbound: No fix needed this period",
                        " Partner Sales: Not in this run (left out by --teams)");
        // HubSpot's read "1 team has 11 fixes" above two rows: the team's fixes and those of the leads nobody owns.
        Fix unownedFix = SampleBlueprints.winRateFix(Team.UNASSIGNED, "Accept dates are not recorded", "Record them",
                null, "Rita Ops", LocalDate.of(2026, 10, 23));
        ExecutiveSummary withUnowned = new ExecutiveSummary(summary.run(), summary.company(), List.of(
                summary.teams().get(0), SampleBlueprints.ranking(Team.UNASSIGNED, "Unowned leads and deals",
                        SampleBlueprints.planOf(Team.UNASSIGNED, List.of(unownedFix)))),
                List.of(), new DataHealth(0, Map.of()), null);
        assertThat(VerdictLine.forCompany(withUnowned)).isEqualTo("1 team and the leads no team owns have 2 fixes in"
                + " their roadmaps; revenue at stake is not estimated, so teams are ranked by their number of fixes.");
        ExecutiveSummary oneTeam = new ExecutiveSummary(summary.run(), summary.company(),
                summary.teams().subList(0, 1), List.of(), new DataHealth(0, Map.of()), null);
        assertThat(VerdictLine.forCompany(oneTeam)).isEqualTo("Enterprise Sales has 1 fix in its roadmap; revenue at"
                + " stake is not estimated (its blueprint's appendix says why).");
        Fix priced = SampleBlueprints.winRateFix("t-ent", "Low win rate", "Review lost deals weekly", "32000",
                "Jürgen Müller", LocalDate.of(2026, 10, 23));
        ExecutiveSummary onePricedTeam = new ExecutiveSummary(summary.run(), summary.company(),
                List.of(SampleBlueprints.ranking("t-ent", "Enterprise Sales", SampleBlueprints.planOf("t-ent",
                        List.of(priced)))), List.of(), new DataHealth(0, Map.of()), null);
        assertThat(plain(VerdictLine.forCompany(onePricedTeam))).isEqualTo("€ 32K a year is at stake at Enterprise"
                + " Sales; the first fix is “Low win rate” (Jürgen Müller, due 23 Oct 2026).");
        TeamBlueprint blueprint = blueprint(List.of(fix));
        assertThat(VerdictLine.forTeam(blueprint)).isEqualTo("1 leak at Enterprise Sales needs a fix; revenue at stake"
                + " is not estimated; start with “Low win rate” (Jürgen Müller, due 23 Oct 2026).");
    }

    /** The demo's follow-up stake, € 1.3M of New York's € 1.4M, assumes every lead worked to the SLA converts. */
    @Test
    void anUpperBoundIsShownAsUpToWhereverItCounts() {
        Fix bounded = withStake(lowWinRate("96000", "Jürgen Müller", LocalDate.of(2026, 10, 23)),
                RevenueEstimate.Kind.AT_MOST);
        Fix firm = lowWinRate("4000", "Jürgen Müller", LocalDate.of(2026, 10, 30));
        TeamBlueprint blueprint = blueprint(List.of(bounded, firm));

        assertThat(plain(VerdictLine.forTeam(blueprint))).startsWith("Fixing 2 leaks is worth up to € 100K a year");
        Answer answer = Answer.of(blueprint);
        assertThat(plain(answer.figures().get(0).value())).isEqualTo("up to € 100K");
        assertThat(answer.topLeaks()).extracting(row -> plain(row.amount())).containsExactly("up to € 96K", "€ 4K");
        assertThat(plain(RoadmapSection.finding(blueprint, new FixRows(blueprint)))).startsWith("2 fixes put up to € 100K");
        assertThat(plain(Answer.of(company(List.of(bounded), List.of(firm))).verdict())).startsWith("Up to € 100K a year");
    }

    /** New York's "Fixing 5 leaks is worth up to € 1.3M" was its first fix's amount alone. */
    @Test
    void theVerdictSaysHowManyLeaksTheAmountComesFrom() {
        Fix priced = lowWinRate("96000", "Jürgen Müller", LocalDate.of(2026, 10, 23));
        Fix measuredNothing = lowWinRate("0", "Jürgen Müller", LocalDate.of(2026, 10, 30));
        Fix unestimated = lowWinRate(null, "Jürgen Müller", LocalDate.of(2026, 11, 6));

        assertThat(plain(VerdictLine.forTeam(blueprint(List.of(priced, measuredNothing, unestimated)))))
                .startsWith("Fixing 3 leaks is worth € 96K a year to Enterprise Sales (from 1 of them); start with");
        assertThat(plain(VerdictLine.forTeam(booked(priced, 40)))).startsWith("Fixing 1 leak is worth € 96K a year to"
                + " Enterprise Sales (22 % of its bookings); start with");
    }

    /** The summary's win rate tile, grey beside three judged ones, read as on target. */
    @Test
    void aHeadlineTileWithoutALineSaysItHasNoTarget() {
        RunContext run = SampleBlueprints.run(PaperSize.A4);
        RunContext untargeted = new RunContext(run.company(), run.period(), run.dataUntil(), run.asOf(), run.runId(),
                run.currency(), run.sla(), Map.of(), run.lossReasons(), run.benchmarkRules(), run.paperSize(),
                run.snapshotMqlDays());
        TeamBlueprint blueprint = new TeamBlueprint(untargeted, SampleBlueprints.team("t-ent", "Enterprise Sales"),
                SampleBlueprints.members("t-ent"), metrics(SampleBlueprints.rate("t-ent", "win_rate", null, 0.24,
                0.2, 0.28, 106, 442)), List.of(), SampleBlueprints.planOf("t-ent", List.of()), new DataHealth(0, Map.of()));

        assertThat(Answer.of(blueprint).figures()).filteredOn(tile -> tile.label().equals("Win rate")).singleElement()
                .satisfies(tile -> assertThat(tile.note().replace('\u00A0', ' '))
                        .isEqualTo("95 % CI 20.0–28.0 %\nn = 442 · no target"));
    }

    /** The demo's New York in 2026-Q2: the verdict said "not estimated" above a tile of € 0. */
    @Test
    void aTotalOfNothingEstimatedAboveZeroIsNotShownAsZero() {
        Fix measuredNothing = lowWinRate("0", "Jürgen Müller", LocalDate.of(2026, 10, 23));
        Fix unestimated = lowWinRate(null, "Jürgen Müller", LocalDate.of(2026, 10, 30));
        TeamBlueprint blueprint = blueprint(List.of(unestimated, measuredNothing));

        assertThat(VerdictLine.forTeam(blueprint)).contains("; revenue at stake is not estimated;");
        assertThat(Answer.of(blueprint).figures().get(0)).extracting(Tile::value, Tile::note)
                .containsExactly("n/a", "not estimated: see the appendix");
        // The executive summary ranked it last, below the teams whose stakes were not estimated, at "€ 0".
        List<TeamRanking> teams = List.of(
                SampleBlueprints.ranking("t-ent", "Enterprise Sales", SampleBlueprints.planOf("t-ent", List.of(measuredNothing))),
                SampleBlueprints.ranking("t-smb", "SMB Inbound", SampleBlueprints.planOf("t-smb", List.of(unestimated))));
        assertThat(RankingRow.of(teams, List.of(), "EUR")).extracting(row -> row.team() + ": " + row.revenueAtStake())
                .containsExactly("Enterprise Sales: not estimated", "SMB Inbound: not estimated");
    }

    /** The demo's Berlin in 2026-Q2: € 190K was "44 % of its bookings", bookings of 2 won deals. */
    @Test
    void aStakeIsAShareOfBookingsOnlyWhereTheyRestOnEnoughWonDeals() {
        Fix fix = lowWinRate("190000", "Jürgen Müller", LocalDate.of(2026, 10, 23));

        assertThat(plain(VerdictLine.forTeam(booked(fix, 2)))).startsWith("Fixing 1 leak is worth € 190K a year to"
                + " Enterprise Sales; start with");
        assertThat(Answer.of(booked(fix, 2)).figures().get(0).note()).isEqualTo("bookings rest on only 2 won deals");
        assertThat(plain(VerdictLine.forTeam(booked(fix, 40)))).startsWith("Fixing 1 leak is worth € 190K a year to"
                + " Enterprise Sales (44 % of its bookings); start with");
        assertThat(plain(Answer.of(booked(fix, 40)).figures().get(0).note())).isEqualTo("44 % of € 432K booked a year");
    }

    private static TeamBlueprint booked(Fix fix, long wonDeals) {
        MetricValue winRate = SampleBlueprints.rate("t-ent", "win_rate", null, 0.2, 0.15, 0.26, wonDeals, wonDeals * 5);
        TeamPlan plan = new TeamPlan("t-ent", List.of(), List.of(fix), List.of(), List.of(), List.of(), Map.of(),
                new BigDecimal("432000"));
        return new TeamBlueprint(SampleBlueprints.run(PaperSize.A4), SampleBlueprints.team("t-ent", "Enterprise Sales"),
                SampleBlueprints.members("t-ent"), metrics(winRate), List.of(), plan, new DataHealth(0, Map.of()));
    }

    /** A US org's export without CurrencyIsoCode showed its dollars as "amounts in EUR" with nothing on page 1. */
    @Test
    void page1NamesTheCurrencyItsAmountsAreInAndWhetherItWasAssumed() {
        assertThat(AnswerSection.facts("Northwind", SampleBlueprints.run(PaperSize.A4), "Berlin (T-BER)",
                new DataHealth(0, Map.of()))).endsWith(" · for Berlin (T-BER) · amounts in EUR");
        DataHealth noCurrency = new DataHealth(4833, Map.of(), List.of(new DataHealth.SourceNote(
                "opportunities.csv ← Opportunity.csv", "deals without a CurrencyIsoCode (a single-currency org): "
                + DataHealth.CURRENCY_ASSUMED + " (another is set with --blueprint.currency=USD, say)", 4833)));
        assertThat(AnswerSection.facts("Northwind", SampleBlueprints.run(PaperSize.A4), "Berlin (T-BER)", noCurrency))
                .endsWith(" · amounts in EUR (assumed: the export names no currency)");
    }

    /** New York's "€ 0" beside the company's worst response time read as "nothing at stake". */
    @Test
    void aStakeOfNothingSaysWhyOnPage1AndInTheRoadmap() {
        Fix noGain = withStake(lowWinRate("0", "Jürgen Müller", LocalDate.of(2026, 10, 23)),
                RevenueEstimate.Kind.NO_GAIN_MEASURED);
        Fix covered = withStake(lowWinRate("0", "Jürgen Müller", LocalDate.of(2026, 10, 30)),
                RevenueEstimate.Kind.COVERED_ABOVE);
        TeamBlueprint blueprint = blueprint(List.of(noGain, covered));

        assertThat(Answer.of(blueprint).topLeaks()).extracting(row -> plain(row.amount()))
                .containsExactly("not estimated: no gain measured", "€ 0, covered by the fixes above");
        assertThat(new FixRows(blueprint).rows(2)).extracting(row -> plain(row.revenueAtStake()))
                .containsExactly("not estimated: no gain measured", "€ 0, covered by the fixes above");
        // fixes.csv's "0" read as "nothing at stake" too: no amount, as for any stake not estimated.
        assertThat(new String(FixesCsv.toBytes(List.of(noGain, covered)), StandardCharsets.UTF_8).lines().skip(1)
                .map(line -> line.split(",")[6])).containsExactly("", "0");
        assertThat(AppendixSection.formulas(blueprint).get(1).text())
                .startsWith("Not estimated: no gain measured. ").doesNotContain("€ 0");
    }

    /** W38's three were all Berlin's, one on too few cases, before New York's confirmed leaks; no fix had a stake. */
    @Test
    void withoutStakesTheCompanysFirstFixesAreEachTeamsFirstTheSurestFirst() {
        LocalDate due = LocalDate.of(2026, 12, 18);
        TeamPlan berlin = SampleBlueprints.planOf("t-ber", List.of(
                ranked(lowWinRate(null, "Jürgen Müller", due), 1, Verdict.POSSIBLE_LEAK),
                ranked(lowWinRate(null, "Jürgen Müller", due), 2, Verdict.INSUFFICIENT_DATA),
                ranked(lowWinRate(null, "Jürgen Müller", due), 3, Verdict.POSSIBLE_LEAK)));
        TeamPlan newYork = SampleBlueprints.planOf("t-nyc", List.of(
                ranked(lowWinRate(null, "Michael O'Brien", due), 1, Verdict.CONFIRMED_LEAK),
                ranked(lowWinRate(null, "Michael O'Brien", due), 2, Verdict.CONFIRMED_LEAK)));
        ExecutiveSummary summary = company(new TeamRanking("t-ber", "Berlin", berlin, metrics()),
                new TeamRanking("t-nyc", "New York", newYork, metrics()));

        assertThat(Answer.of(summary).topLeaks()).extracting(row -> plain(row.title()) + " · " + row.owner())
                .containsExactly("New York: Low win rate · Michael O'Brien",
                        "Berlin: Low win rate (possible) · Jürgen Müller", "New York: Low win rate · Michael O'Brien");
        assertThat(RankingSection.of(summary).title()).isEqualTo("Teams ranked by their number of fixes");
        assertThat(RankingSection.of(SampleBlueprints.company(PaperSize.A4)).title())
                .isEqualTo("Teams ranked by revenue at stake");
    }

    /** TCRM's one team: its summary listed ranks 2 to 4 (data fixes), leaving out the team's first, a possible leak. */
    @Test
    void withoutStakesOneTeamsFixesKeepTheTeamsOwnOrder() {
        LocalDate due = LocalDate.of(2026, 12, 18);
        TeamPlan sales = SampleBlueprints.planOf("sales", List.of(
                ranked(lowWinRate(null, "Ann", due), 1, Verdict.POSSIBLE_LEAK),
                ranked(lowWinRate(null, "Bob", due), 2, Verdict.CONFIRMED_LEAK),
                ranked(lowWinRate(null, "Cy", due), 3, Verdict.CONFIRMED_LEAK),
                ranked(lowWinRate(null, "Di", due), 4, Verdict.CONFIRMED_LEAK)));
        assertThat(Answer.of(company(new TeamRanking("sales", "Sales", sales, metrics()))).topLeaks()).extracting(LeakRow::owner).containsExactly("Ann", "Bob", "Cy");
    }

    private static Fix ranked(Fix fix, int rank, Verdict verdict) {
        Fix judged = withVerdict(fix, verdict);
        return new Fix(judged.scope(), rank, judged.judgement(), null, judged.play(), judged.revenue(),
                judged.benchmark(), judged.ownerId(), judged.ownerName(), judged.ownerRole(), judged.startDate(),
                judged.dueDate());
    }

    private static Fix withStake(Fix fix, RevenueEstimate.Kind kind) {
        RevenueEstimate stake = fix.revenue();
        return new Fix(fix.scope(), fix.rank(), fix.judgement(), null, fix.play(), new RevenueEstimate(
                stake.annualAmount(), stake.currency(), stake.formula(), stake.inputs(), stake.basis(), kind),
                fix.benchmark(), fix.ownerId(), fix.ownerName(), fix.ownerRole(), fix.startDate(), fix.dueDate());
    }

    @Test
    void aFixOnTooFewCasesIsNotCountedAsALeak() {
        Fix priced = lowWinRate("96000", "Jürgen Müller", LocalDate.of(2026, 10, 23));
        Fix unjudged = withVerdict(SampleBlueprints.winRateFix("t-ent", "Untraced deals", "Trace", null, "Jürgen Müller",
                LocalDate.of(2026, 11, 6)), Verdict.INSUFFICIENT_DATA);
        assertThat(plain(VerdictLine.forTeam(blueprint(List.of(priced, unjudged))))).isEqualTo("Fixing 1 leak is worth € 96K a"
                + " year to Enterprise Sales, and 1 figure on too few cases to judge needs a closer look; start with"
                + " “Low win rate” (Jürgen Müller, due 23 Oct 2026).");
        assertThat(VerdictLine.forTeam(blueprint(List.of(unjudged)))).isEqualTo("No leak could be judged at Enterprise"
                + " Sales on what the CRM records: 1 figure on too few cases to judge needs a closer look; start with"
                + " “Untraced deals (too few cases)” (Jürgen Müller, due 6 Nov 2026).");
    }

    private static Judgement judged(MetricValue value, Threshold line, Verdict verdict) {
        return new Judgement(value, line, verdict, null);
    }

    private static Scorecard scorecard(List<MetricValue> rows, List<Judgement> judgements) {
        return new Scorecard(new ScopeMetrics(rows, List.of(), SampleBlueprints.ALL_RECORDED), Assessments.ofJudgements(judgements));
    }

    private static TeamBlueprint blueprint(List<Fix> fixes) {
        return new TeamBlueprint(SampleBlueprints.run(PaperSize.A4), SampleBlueprints.team("t-ent", "Enterprise Sales"),
                SampleBlueprints.members("t-ent"), new ScopeMetrics(List.of(), List.of(), SampleBlueprints.ALL_RECORDED), List.of(),
                SampleBlueprints.planOf("t-ent", fixes), new DataHealth(0, Map.of()));
    }

    private static ScopeMetrics metrics(MetricValue... rows) {
        return new ScopeMetrics(List.of(rows), List.of(), SampleBlueprints.ALL_RECORDED);
    }

    private static MetricValue rate(String metric, String dimension, double value, double low, double high,
                                    long numerator, long denominator) {
        return SampleBlueprints.rate("t-ent", metric, dimension, value, low, high, numerator, denominator);
    }

    /** {@code change} new SQLs on {@code before} the month before. */
    private static MetricValue velocity(long change, long before) {
        return rate("lead_velocity_rate", null, (double) change / before, 0, 0, change, before);
    }

    private static MetricValue number(String metric, double value, String unit) {
        return SampleBlueprints.number("t-ent", metric, value, unit);
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }
}

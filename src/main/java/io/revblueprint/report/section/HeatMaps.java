package io.revblueprint.report.section;

import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.report.chart.HeatMapChart;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.TeamRanking;
import io.revblueprint.report.text.Figures;

import java.util.List;
import java.util.Optional;

/** The executive summary's team × metric heat map: each team, most at stake first, its figures colored by status. */
final class HeatMaps {

    private static final List<Metric> METRICS = Metric.shownIn(Metric.Panel.HEAT_MAP);

    private HeatMaps() {
    }

    /** Null when no team is in the run. */
    static HeatMapChart of(ExecutiveSummary summary) {
        if (summary.teams().isEmpty()) {
            return null;
        }
        String currency = summary.run().currency();
        return new HeatMapChart(METRICS.stream().map(Metric::label).toList(), summary.teams().stream()
                .sorted(RankingRow.MOST_AT_STAKE_FIRST)
                .map(team -> new HeatMapChart.Row(team.teamName(), team.fixCount() == 0 ? "no fix"
                        : team.stake().isEstimated() ? Figures.compactMoney(team.stake(), currency)
                        : RankingRow.NOT_ESTIMATED,
                        METRICS.stream().map(metric -> cell(team, metric)).toList()))
                .toList());
    }

    private static HeatMapChart.Cell cell(TeamRanking team, Metric metric) {
        if (!team.metrics().notRecordedFor(metric).isEmpty()) {
            return new HeatMapChart.Cell("n/a", HeatMapChart.Status.NONE);
        }
        Optional<MetricValue> value = team.metrics().overall(metric);
        if (value.isEmpty()) {
            return new HeatMapChart.Cell(Figures.NONE, HeatMapChart.Status.NONE);
        }
        // TCRM's 0.0-day cycle from load dates stood here uncoloured but unexplained; its team PDF gives the caveat.
        if (team.plan().caveats().containsKey(metric)) {
            return new HeatMapChart.Cell("in doubt", HeatMapChart.Status.NONE);
        }
        Assessments assessments = Assessments.ofJudgements(team.plan().judgements());
        HeatMapChart.Status status = switch (assessments.status(value.get()).tone()) {
            case GOOD -> HeatMapChart.Status.GOOD;
            case WARN -> HeatMapChart.Status.WARN;
            case BAD -> HeatMapChart.Status.BAD;
            case NEUTRAL -> HeatMapChart.Status.NONE;
        };
        return new HeatMapChart.Cell(Figures.metric(value.get()), status);
    }
}

package io.revblueprint.report.section;

import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Threshold;
import io.revblueprint.report.chart.TrendChart;
import io.revblueprint.report.document.PeriodMetrics;
import io.revblueprint.report.document.ScopeMetrics;
import io.revblueprint.report.text.Figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The headline metrics across the periods that have a run, as trend panels; none before a second period exists. */
final class TrendPanels {

    static final List<Metric> METRICS = Metric.shownIn(Metric.Panel.TREND);

    static final String FIRST_PERIOD_NOTE = "Trends appear here from the second period on: no earlier period has a run yet.";
    static final String LEGEND = "Each panel shows the figure per period (oldest left) with its 95 % interval; the dashed line is the target.";

    private TrendPanels() {
    }

    /** The trend chart, or null when no metric has a figure in two periods. */
    static TrendChart chart(ScopeMetrics metrics, Assessments assessments, String periodLabel) {
        List<TrendChart.Panel> panels = new ArrayList<>();
        for (Metric metric : METRICS) {
            metrics.overall(metric)
                    .flatMap(current -> panel(metrics, current, periodLabel, assessments.threshold(current)))
                    .ifPresent(panels::add);
        }
        return panels.isEmpty() ? null : new TrendChart(panels);
    }

    static String note(TrendChart chart) {
        return chart == null ? FIRST_PERIOD_NOTE : LEGEND;
    }

    private static Optional<TrendChart.Panel> panel(ScopeMetrics metrics, MetricValue current, String periodLabel,
                                                    Optional<Threshold> threshold) {
        List<TrendChart.Point> points = new ArrayList<>();
        for (int i = metrics.earlier().size() - 1; i >= 0; i--) {
            PeriodMetrics period = metrics.earlier().get(i);
            ScopeMetrics.overall(period.rows(), current.metric())
                    .ifPresent(value -> points.add(point(period.periodLabel(), value)));
        }
        if (points.isEmpty()) {
            return Optional.empty();
        }
        points.add(point(periodLabel, current));
        return Optional.of(new TrendChart.Panel(current.metric().label(), points,
                threshold.map(Threshold::level).orElse(null), Figures.metric(current)));
    }

    private static TrendChart.Point point(String period, MetricValue value) {
        return new TrendChart.Point(period, value.value(), value.ciLow(), value.ciHigh());
    }
}

package io.revblueprint.report.section;

import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.report.document.ScopeMetrics;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.MetricLabels;
import io.revblueprint.report.text.MetricSentence;
import io.revblueprint.report.text.SmallSample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Rows of headline figures: revenue at stake first, then the funnel's three vital rates where measured. */
final class HeadlineTiles {

    private static final List<Metric> HEADLINE_METRICS = Metric.shownIn(Metric.Panel.HEADLINE);

    private HeadlineTiles() {
    }

    static List<Tile> of(BigDecimal revenueAtStake, String currency, String stakeNote, ScopeMetrics metrics) {
        List<Tile> tiles = new ArrayList<>();
        tiles.add(new Tile("Revenue at stake per year", Figures.compactMoney(revenueAtStake, currency), stakeNote));
        for (Metric metric : HEADLINE_METRICS) {
            if (!metrics.notRecordedFor(metric).isEmpty()) {
                tiles.add(new Tile(metric.label(), "n/a", "not measurable: "
                        + MetricSentence.notRecorded(metrics.notRecordedFor(metric))));
            }
            metrics.overall(metric).map(HeadlineTiles::tile).ifPresent(tiles::add);
        }
        return tiles;
    }

    /** A figure with how sure it is: its 95 % interval and n, or only n. */
    static Tile tile(MetricValue value) {
        String interval = Figures.percentInterval(value.ciLow(), value.ciHigh());
        String n = value.denominator() == null ? "" : "n = " + Figures.count(value.denominator())
                + (SmallSample.isSmall(value) ? ", too few to judge" : "");
        return tile(value, interval.isEmpty() ? n : "95 % CI " + interval + (n.isEmpty() ? "" : "\n" + n));
    }

    static Tile tile(MetricValue value, String note) {
        return new Tile(MetricLabels.label(value), Figures.metric(value), note);
    }
}

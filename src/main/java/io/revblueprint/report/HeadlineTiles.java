package io.revblueprint.report;

import io.revblueprint.metrics.MetricValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The row of headline figures: revenue at stake first, then the funnel's three vital rates where measured. */
final class HeadlineTiles {

    private static final List<String> HEADLINE_METRICS = List.of("response_sla_compliance", "mql_to_sql_rate", "win_rate");

    private HeadlineTiles() {
    }

    static List<Tile> of(BigDecimal revenueAtStake, String currency, String stakeNote, List<MetricValue> metrics) {
        List<Tile> tiles = new ArrayList<>();
        tiles.add(new Tile("Revenue at stake per year", Figures.compactMoney(revenueAtStake, currency), stakeNote));
        for (String metric : HEADLINE_METRICS) {
            overall(metrics, metric).map(HeadlineTiles::tile).ifPresent(tiles::add);
        }
        return tiles;
    }

    private static Optional<MetricValue> overall(List<MetricValue> metrics, String metric) {
        return metrics.stream().filter(value -> value.metric().equals(metric) && value.isOverall()).findFirst();
    }

    private static Tile tile(MetricValue value) {
        return new Tile(MetricLabels.label(value.metric(), null), Figures.metric(value), note(value));
    }

    private static String note(MetricValue value) {
        String interval = Figures.percentInterval(value.ciLow(), value.ciHigh());
        String n = value.denominator() == null ? "" : "n = " + Figures.count(value.denominator());
        return interval.isEmpty() ? n : "95 % CI " + interval + (n.isEmpty() ? "" : "\n" + n);
    }
}

package io.revblueprint.report.text;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.MetricValue;

/** Reader-facing names of metric rows: the catalogue's label with the breakdown in words. */
public final class MetricLabels {

    private MetricLabels() {
    }

    /** "Win rate · source: Webinar" for win_rate by source=Webinar; the bare label for the overall figure. */
    public static String label(MetricValue value) {
        Dimension dimension = value.dimension();
        return dimension.isOverall() ? value.metric().label()
                : value.metric().label() + " · " + dimension.kind().words() + ": " + dimension.valueInWords();
    }

}

package io.revblueprint.report.email;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Fix;
import io.revblueprint.report.section.FixRows;
import io.revblueprint.report.text.Figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The lines an email body shows: three headline figures and the top 3 fixes, worded like the PDF. */
public final class EmailDigest {

    private static final List<Metric> HEADLINE_METRICS = Metric.shownIn(Metric.Panel.HEADLINE);

    private EmailDigest() {
    }

    /** "Response within SLA: 61.0 % (95 % CI 55.0–67.0 %, n = 180)" for each headline metric the scope has. */
    public static List<String> headlines(String scope, List<MetricValue> metrics) {
        List<String> lines = new ArrayList<>();
        for (Metric metric : HEADLINE_METRICS) {
            metrics.stream()
                    .filter(value -> value.scope().equals(scope) && value.is(metric, Dimension.OVERALL))
                    .findFirst()
                    .ifPresent(value -> lines.add(metric.label() + ": " + Figures.percent(value.value())
                            + " (95 % CI " + Figures.percentInterval(value.ciLow(), value.ciHigh())
                            + ", n = " + Figures.count(value.denominator()) + ")"));
        }
        return lines;
    }

    /** "Route every new MQL … — Jürgen Müller, due 2026-12-11" for the three best-ranked fixes. */
    public static List<String> topFixes(List<Fix> fixes) {
        return fixes.stream()
                .sorted(Comparator.comparingInt(Fix::rank))
                .limit(3)
                .map(fix -> fix.action() + " — " + FixRows.owner(fix)
                        + ", due " + Figures.date(fix.dueDate()))
                .toList();
    }
}

package io.revblueprint.report.section;

import io.revblueprint.benchmark.Benchmark;
import io.revblueprint.benchmark.BenchmarkComparison.Position;
import io.revblueprint.benchmark.BenchmarkComparison;
import io.revblueprint.crm.Segment;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.report.chart.BenchmarkChart;
import io.revblueprint.report.document.ScopeMetrics;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.layout.RecordDataSource;
import io.revblueprint.report.layout.Section;
import io.revblueprint.report.layout.SectionTemplate;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.Prose;
import net.sf.jasperreports.engine.JRDataSource;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The benchmark section: the team against the published band of its own segment, with each source named. */
public record BenchmarkSection(String finding, BenchmarkChart chart, JRDataSource rows, String note) implements Section {

    static final SectionTemplate TEMPLATE = new SectionTemplate("Benchmarks", "templates/sections/benchmarks.jrxml", SectionTemplate.Table.BENCHMARKS);


    /** The positions furthest from the middle are reported first. */
    private static final Map<Position, Integer> SALIENCE = Map.of(
            Position.BELOW_P25, 0, Position.ABOVE_P75, 1, Position.BELOW_MEDIAN, 2, Position.AT_OR_ABOVE_MEDIAN, 3,
            Position.P25_TO_MEDIAN, 4, Position.MEDIAN_TO_P75, 5);

    static BenchmarkSection of(TeamBlueprint blueprint) {
        List<BenchmarkComparison> comparisons = blueprint.plan().benchmarks();
        return new BenchmarkSection(
                finding(blueprint, comparisons),
                comparisons.isEmpty() ? null : new BenchmarkChart(comparisons.stream()
                        .map(comparison -> chartRow(comparison, blueprint.companyMetrics())).toList()),
                new RecordDataSource(comparisons.stream().map(BenchmarkSection::row).toList()),
                "Benchmarks are context, not the verdict: the team's targets and its own trend decide what is a leak. "
                        + "Each band is the published spread for the team's segment (" + segment(blueprint.team().segment())
                        + ") unless the source gives no segment split, as marked. The ring is the company's own figure "
                        + "for all teams together.");
    }

    static String finding(TeamBlueprint blueprint, List<BenchmarkComparison> comparisons) {
        if (comparisons.isEmpty()) {
            return "No published benchmark covers the metrics of " + blueprint.teamName() + " for its segment ("
                    + segment(blueprint.team().segment()) + "), so this period has no outside comparison.";
        }
        List<String> placements = comparisons.stream()
                .sorted(Comparator.comparing((BenchmarkComparison comparison) -> SALIENCE.get(comparison.position())))
                .limit(2)
                .map(BenchmarkSection::placement)
                .toList();
        return "Against published benchmarks, " + blueprint.teamName() + " sits " + Prose.list(placements) + ".";
    }

    /** "below the 25th percentile on MQL → SQL rate (27 % vs. 30–40 %)". */
    private static String placement(BenchmarkComparison comparison) {
        Benchmark benchmark = comparison.benchmark();
        return position(comparison) + " on " + Prose.lowerFirst(comparison.metric().label()) + " ("
                + inWords(comparison.actual(), benchmark) + " vs. " + bandInWords(benchmark) + ")";
    }

    /** Where the team sits; for a lower-is-better metric (hours, days) also which side that is. */
    static String position(BenchmarkComparison comparison) {
        String where = where(comparison.position());
        if (comparison.higherIsBetter()) {
            return where;
        }
        return where + switch (comparison.position()) {
            case BELOW_P25, BELOW_MEDIAN -> " (better: lower is better)";
            case ABOVE_P75, AT_OR_ABOVE_MEDIAN -> " (worse: lower is better)";
            case P25_TO_MEDIAN, MEDIAN_TO_P75 -> " (lower is better)";
        };
    }

    private static String where(Position position) {
        return switch (position) {
            case BELOW_P25 -> "below the 25th percentile";
            case P25_TO_MEDIAN -> "between the 25th percentile and the median";
            case MEDIAN_TO_P75 -> "between the median and the 75th percentile";
            case ABOVE_P75 -> "above the 75th percentile";
            case BELOW_MEDIAN -> "below the published figure";
            case AT_OR_ABOVE_MEDIAN -> "at or above the published figure";
        };
    }

    private static BenchmarkRow row(BenchmarkComparison comparison) {
        Benchmark benchmark = comparison.benchmark();
        return new BenchmarkRow(
                comparison.metric().label(),
                value(comparison.actual(), benchmark),
                hasBand(benchmark) ? band(benchmark) : Figures.NONE,
                value(benchmark.median(), benchmark),
                Prose.upperFirst(position(comparison)),
                benchmark.citation() + (benchmark.allSegments() ? " · all segments: the source has no segment split"
                        : " · " + segment(benchmark.segment())));
    }

    private static BenchmarkChart.Row chartRow(BenchmarkComparison comparison, List<MetricValue> company) {
        Benchmark benchmark = comparison.benchmark();
        return new BenchmarkChart.Row(
                comparison.metric().label(),
                benchmark.p25(), benchmark.median(), benchmark.p75(), comparison.actual(),
                ScopeMetrics.overall(company, comparison.metric()).map(MetricValue::value).orElse(null),
                isRate(benchmark),
                benchmark.p25() == null ? "" : value(benchmark.p25(), benchmark),
                value(benchmark.median(), benchmark),
                benchmark.p75() == null ? "" : value(benchmark.p75(), benchmark),
                value(comparison.actual(), benchmark));
    }

    /** "30.0–40.0 %", or the single published value. */
    private static String band(Benchmark benchmark) {
        if (!hasBand(benchmark)) {
            return value(benchmark.median(), benchmark);
        }
        return isRate(benchmark) ? Figures.percentInterval(benchmark.p25(), benchmark.p75())
                : value(benchmark.p25(), benchmark) + "–" + value(benchmark.p75(), benchmark);
    }

    private static boolean hasBand(Benchmark benchmark) {
        return benchmark.p25() != null && benchmark.p75() != null;
    }

    /** "30–40 %" in a sentence, or the single published value. */
    private static String bandInWords(Benchmark benchmark) {
        if (!hasBand(benchmark)) {
            return inWords(benchmark.median(), benchmark);
        }
        return isRate(benchmark) ? Figures.wholePercentInterval(benchmark.p25(), benchmark.p75())
                : value(benchmark.p25(), benchmark) + "–" + value(benchmark.p75(), benchmark);
    }

    /** A value as a sentence says it: rates to the whole percent. */
    private static String inWords(double number, Benchmark benchmark) {
        return isRate(benchmark) ? Figures.wholePercent(number) : value(number, benchmark);
    }

    private static boolean isRate(Benchmark benchmark) {
        return benchmark.metric().isRate();
    }

    private static String value(double number, Benchmark benchmark) {
        return Figures.inUnit(number, benchmark.unit());
    }

    static String segment(Segment segment) {
        if (segment == null) {
            return "not set";
        }
        return switch (segment) {
            case SMB -> "SMB";
            case MID_MARKET -> "mid-market";
            case ENTERPRISE -> "enterprise";
        };
    }

    @Override
    public SectionTemplate template() {
        return TEMPLATE;
    }
}

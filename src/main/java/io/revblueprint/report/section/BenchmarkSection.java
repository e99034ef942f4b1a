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
        return "Against published benchmarks, " + blueprint.teamName() + " is " + Prose.list(placements) + ".";
    }

    /** "worse than three in four companies on MQL → SQL rate (27 % vs. 30–40 %)". */
    private static String placement(BenchmarkComparison comparison) {
        Benchmark benchmark = comparison.benchmark();
        return position(comparison) + " on " + Prose.lowerFirst(comparison.metric().label()) + " ("
                + inWords(comparison.actual(), benchmark) + " vs. " + bandInWords(benchmark) + ")";
    }

    /**
     * Where the team sits, said as better or worse whichever way the metric points: "worse than three in four
     * companies", "better than the median company", "better than the published figure".
     */
    static String position(BenchmarkComparison comparison) {
        boolean higher = comparison.higherIsBetter();
        return switch (comparison.position()) {
            case BELOW_P25 -> higher ? "worse than three in four companies" : "better than three in four companies";
            case P25_TO_MEDIAN -> higher ? "worse than the median company" : "better than the median company";
            case MEDIAN_TO_P75 -> higher ? "better than the median company" : "worse than the median company";
            case ABOVE_P75 -> higher ? "better than three in four companies" : "worse than three in four companies";
            case BELOW_MEDIAN -> higher ? "worse than the published figure" : "better than the published figure";
            case AT_OR_ABOVE_MEDIAN -> higher ? "at or better than the published figure"
                    : "at or worse than the published figure";
        };
    }

    /** Whether the team is at least as good as the benchmark's median. */
    static boolean better(BenchmarkComparison comparison) {
        double actual = comparison.actual();
        double median = comparison.benchmark().median();
        return comparison.higherIsBetter() ? actual >= median : actual <= median;
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
                better(comparison),
                number -> value(number, benchmark));
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

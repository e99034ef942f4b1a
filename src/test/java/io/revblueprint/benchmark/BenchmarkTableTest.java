package io.revblueprint.benchmark;

import io.revblueprint.crm.Segment;
import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Unit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkTableTest {

    static final String HEADER = String.join(",", BenchmarkTable.COLUMNS) + "\n";
    static final String WIN_RATE = "win_rate,ALL,,,0.30,,ratio,Implisit,Predictors of closed-won,2014,"
            + "https://example.org/implisit,B,\"21,000 opportunities\"\n";
    static final String CYCLE = "sales_cycle_days_median,ENTERPRISE,Series B,45,60,90,days,Bridge Group,AE Metrics,2017,"
            + "https://example.org/bridge,A,n=384\n";

    @Test
    void theShippedFiguresLoadEachWithItsSource() throws IOException {
        BenchmarkTable table = BenchmarkTable.parse(Files.readString(Path.of("benchmarks-data/benchmarks.csv")),
                "benchmarks.csv");

        assertThat(table.all()).isNotEmpty().allSatisfy(figure -> {
            assertThat(figure.publisher()).isNotBlank();
            assertThat(figure.page()).startsWith("http");
            assertThat(figure.trust()).isIn("A", "B");
        });
        assertThat(table.find(Metric.WIN_RATE, Segment.MID_MARKET)).hasValueSatisfying(figure -> {
            assertThat(figure.median()).isEqualTo(0.30);
            assertThat(figure.allSegments()).isTrue();
            assertThat(figure.citation()).isEqualTo(
                    "Implisit (published on Salesforce's blog), Infographic: 7 powerful predictors of a closed-won opportunity (2014)");
        });
        assertThat(table.find(Metric.WIN_RATE, Segment.ENTERPRISE)).hasValueSatisfying(figure -> {
            assertThat(figure.median()).isEqualTo(0.17);
            assertThat(figure.year()).isEqualTo(2023);
            assertThat(figure.allSegments()).isFalse();
        });
        assertThat(table.find(Metric.MQL_ACCEPTANCE_RATE, Segment.SMB).orElseThrow().citation()).endsWith("(undated)");
        assertThat(table.find(Metric.LEAD_RESPONSE_HOURS_MEDIAN, Segment.SMB).orElseThrow().median()).isEqualTo(3.133);
        assertThat(table.find(Metric.MQL_TO_SQL_RATE, Segment.SMB)).isEmpty();
    }

    @Test
    void aFigureWithoutSegmentSplitIsStoredForEverySegmentAndSaysSo() {
        BenchmarkTable table = BenchmarkTable.parse(HEADER + WIN_RATE + CYCLE, "b.csv");

        assertThat(table.all()).extracting(figure -> figure.metric() + " " + figure.segment() + " " + figure.allSegments())
                .containsExactly("win_rate SMB true", "win_rate MID_MARKET true", "win_rate ENTERPRISE true",
                        "sales_cycle_days_median ENTERPRISE false");
        assertThat(table.find(Metric.SALES_CYCLE_DAYS_MEDIAN, Segment.SMB)).isEmpty();
        assertThat(table.find(Metric.SALES_CYCLE_DAYS_MEDIAN, Segment.ENTERPRISE).orElseThrow())
                .extracting(Benchmark::p25, Benchmark::p75, Benchmark::growthStage, Benchmark::year)
                .containsExactly(45.0, 90.0, "Series B", 2017);
    }

    @Test
    void placesTheTeamInItsSegmentsBandAndLeavesOutMetricsWithoutABenchmark() {
        BenchmarkTable table = BenchmarkTable.parse(HEADER + WIN_RATE + CYCLE, "b.csv");
        List<MetricValue> metrics = List.of(
                value("win_rate", "", 0.24), value("win_rate", "source=Webinar", 0.5),
                value("sales_cycle_days_median", "", 95), value("mql_to_sql_rate", "", 0.2),
                new MetricValue("T-OTHER", Metric.WIN_RATE, Dimension.OVERALL, 0.4, null, null, null, null, Unit.RATIO));

        assertThat(table.compare("T-ENT", Segment.ENTERPRISE, metrics, new BenchmarkAge(2026, 5)))
                .extracting(c -> c.metric() + " " + c.actual() + " " + c.position() + " " + c.higherIsBetter())
                .containsExactly("sales_cycle_days_median 95.0 ABOVE_P75 false", "win_rate 0.24 BELOW_MEDIAN true");
        assertThat(table.compare("T-ENT", Segment.SMB, metrics, new BenchmarkAge(2026, 5))).extracting(BenchmarkComparison::metric)
                .containsExactly(Metric.WIN_RATE);
    }

    @Test
    void positionsInTheBand() {
        Benchmark band = BenchmarkTable.parse(HEADER + CYCLE, "b.csv").all().get(0);

        assertThat(List.of(44.9, 45.0, 59.9, 60.0, 90.0, 90.1)).extracting(days -> BenchmarkComparison.Position.of(days, band))
                .containsExactly(BenchmarkComparison.Position.BELOW_P25, BenchmarkComparison.Position.P25_TO_MEDIAN,
                        BenchmarkComparison.Position.P25_TO_MEDIAN, BenchmarkComparison.Position.MEDIAN_TO_P75,
                        BenchmarkComparison.Position.MEDIAN_TO_P75, BenchmarkComparison.Position.ABOVE_P75);
    }

    @Test
    void anUnknownMetricNamesFileLineAndField() {
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + CYCLE + WIN_RATE.replace("win_rate", "close_rate"), "b.csv"))
                .hasMessageStartingWith("b.csv line 3, metric: unknown metric 'close_rate'");
    }

    @Test
    void aBadNumberOrARateInPercentIsRefused() {
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + WIN_RATE.replace("0.30", "30%"), "b.csv"))
                .hasMessage("b.csv line 2, median: '30%' is not a number; write decimals with a dot (rates as fractions 0..1)");
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + WIN_RATE.replace("0.30", "30"), "b.csv"))
                .hasMessageStartingWith("b.csv line 2, median: 30 is out of range; rates are fractions from 0 to 1");
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + WIN_RATE.replace(",0.30,", ",,"), "b.csv"))
                .hasMessage("b.csv line 2, median: is empty; give the published value");
    }

    @Test
    void aFigureWithoutItsSourceDoesNotShip() {
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + WIN_RATE.replace("Implisit", ""), "b.csv"))
                .hasMessage("b.csv line 2, publisher: is empty; a figure without its public source does not ship");
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + WIN_RATE.replace("https://example.org/implisit", "Salesforce blog"), "b.csv"))
                .hasMessageStartingWith("b.csv line 2, page: 'Salesforce blog' is not a web address");
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + WIN_RATE.replace("2014", "c. 2014"), "b.csv"))
                .hasMessageStartingWith("b.csv line 2, year: 'c. 2014' is not a year");
    }

    @Test
    void aBandOutOfOrderIsRefused() {
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + CYCLE.replace(",45,", ",65,"), "b.csv"))
                .hasMessage("b.csv line 2, p25: 65.0 is above the median 60.0");
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + CYCLE.replace(",90,", ",55,"), "b.csv"))
                .hasMessage("b.csv line 2, p75: 55.0 is below the median 60.0");
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + CYCLE.replace(",90,", ",,"), "b.csv"))
                .hasMessageStartingWith("b.csv line 2, p75: give both p25 and p75");
    }

    @Test
    void trustDecidesWhatShips() {
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + WIN_RATE.replace(",B,", ",X,"), "b.csv"))
                .hasMessage("b.csv line 2, trust: trust X figures are never shipped; remove the row");
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + WIN_RATE.replace(",B,", ",C,"), "b.csv"))
                .hasMessageStartingWith("b.csv line 2, note: a trust C figure ships only with its chain of custody");
        assertThat(BenchmarkTable.parse(HEADER + WIN_RATE.replace(",B,\"21,000 opportunities\"",
                ",C,HubSpot survey as quoted by protensd.co.uk"), "b.csv").all()).hasSize(3);
    }

    @Test
    void theUnitMustBeTheMetricsOwn() {
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + CYCLE.replace(",days,", ",months,"), "b.csv"))
                .hasMessageStartingWith("b.csv line 2, unit: 'months' is not the unit of sales_cycle_days_median");
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + "avg_won_deal_size,ALL,,,4000,,USD,HubSpot,State of Sales,"
                + "2023,https://example.org/h,B,survey\n", "b.csv"))
                .hasMessageStartingWith("b.csv line 2, metric: avg_won_deal_size is stated in the deals' currency");
    }

    @Test
    void oneFigurePerMetricAndSegment() {
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + CYCLE + CYCLE, "b.csv"))
                .hasMessage("b.csv line 3, segment: sales_cycle_days_median already has a figure for ENTERPRISE on line 2"
                        + "; keep one figure per metric and segment");
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + WIN_RATE + WIN_RATE, "b.csv"))
                .hasMessage("b.csv line 3, segment: win_rate already has a figure for ALL on line 2"
                        + "; keep one figure per metric and segment");
    }

    @Test
    void aSegmentsOwnFigureStandsBeforeTheFigureForAllSegments() {
        BenchmarkTable either = BenchmarkTable.parse(HEADER + CYCLE + CYCLE.replace("ENTERPRISE", "ALL")
                .replace(",45,60,90,", ",,70,,"), "b.csv");

        assertThat(either.find(Metric.SALES_CYCLE_DAYS_MEDIAN, Segment.ENTERPRISE).orElseThrow().median()).isEqualTo(60);
        assertThat(either.find(Metric.SALES_CYCLE_DAYS_MEDIAN, Segment.SMB).orElseThrow().median()).isEqualTo(70);
    }

    @Test
    void aCompanysOwnFileAddsFiguresAndStandsBeforeTheShippedOnes() {
        BenchmarkTable shipped = BenchmarkTable.parse(HEADER + WIN_RATE + CYCLE, "benchmarks.csv");
        BenchmarkTable own = BenchmarkTable.parseOwn(HEADER + "win_rate,MID_MARKET,,0.22,0.27,0.33,ratio,"
                + "Acme Analyst Group,Licensed win-rate study,2025,\"Report AG-1187, p. 14\",A,licensed figure\n"
                + "mql_to_sql_rate,ALL,,,0.21,,ratio,Our company,Board pack FY2025,2025,internal,B,our own\n",
                "our-benchmarks.csv");

        BenchmarkTable table = shipped.withOwn(own);

        assertThat(table.find(Metric.WIN_RATE, Segment.MID_MARKET).orElseThrow().publisher()).isEqualTo("Acme Analyst Group");
        assertThat(table.find(Metric.WIN_RATE, Segment.SMB).orElseThrow().publisher()).isEqualTo("Implisit");
        assertThat(table.find(Metric.MQL_TO_SQL_RATE, Segment.ENTERPRISE).orElseThrow().median()).isEqualTo(0.21);
        assertThat(table.find(Metric.SALES_CYCLE_DAYS_MEDIAN, Segment.ENTERPRISE)).isPresent();
        assertThatThrownBy(() -> BenchmarkTable.parseOwn(HEADER + WIN_RATE.replace("0.30", "30%"), "ours.csv"))
                .hasMessageStartingWith("ours.csv line 2, median: '30%' is not a number");
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + WIN_RATE.replace("https://example.org/implisit",
                "internal"), "benchmarks.csv")).hasMessageStartingWith("benchmarks.csv line 2, page:");
    }

    @Test
    void aFigureOlderThanTheAgeOrUndatedIsDated() {
        BenchmarkAge age = new BenchmarkAge(2026, 5);
        Benchmark figure = BenchmarkTable.parse(HEADER + CYCLE, "b.csv").all().get(0);

        assertThat(age.isDated(figure)).as("2017 in 2026").isTrue();
        assertThat(new BenchmarkAge(2022, 5).isDated(figure)).as("2017 in 2022").isFalse();
        assertThat(age.isDated(BenchmarkTable.parse(HEADER + CYCLE.replace("2017", "2021"), "b.csv").all().get(0)))
                .as("2021 in 2026: exactly five years").isFalse();
        assertThat(age.isDated(BenchmarkTable.parse(HEADER + CYCLE.replace("2017", "n/d"), "b.csv").all().get(0)))
                .as("undated").isTrue();
    }

    @Test
    void aMissingColumnOrAShortRowIsNamed() {
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER.replace(",note", "") + WIN_RATE, "b.csv"))
                .hasMessageStartingWith("b.csv line 1: missing column note");
        assertThatThrownBy(() -> BenchmarkTable.parse(HEADER + "win_rate,ALL,,,0.3\n", "b.csv"))
                .hasMessageStartingWith("b.csv line 2, row: has 5 fields, the header has 13");
    }

    private static MetricValue value(String metric, String dimension, double value) {
        Metric parsed = Metric.fromKey(metric);
        return new MetricValue("T-ENT", parsed, Dimension.parse(dimension), value, null, null, null, null,
                Unit.of(parsed.unit()));
    }
}

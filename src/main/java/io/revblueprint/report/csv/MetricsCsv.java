package io.revblueprint.report.csv;

import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Unit;

import java.io.IOException;
import java.util.List;

/** The one definition of metrics.csv: the job writes the file with it and the PDFs embed the same bytes. */
public final class MetricsCsv {

    public static final List<String> HEADER = List.of(
            "scope", "metric", "dimension", "value", "ci_low", "ci_high", "numerator", "denominator", "unit");

    private static final CsvTable<MetricValue> TABLE = new CsvTable<>(HEADER, MetricsCsv::cells);

    private MetricsCsv() {
    }

    public static void write(List<MetricValue> rows, Appendable out) throws IOException {
        TABLE.write(rows, out);
    }

    public static byte[] toBytes(List<MetricValue> rows) {
        return TABLE.toBytes(rows);
    }

    /**
     * The contract's ci_low and ci_high hold a rate's Wilson interval; a percentile's interval and the lead velocity
     * rate's (a growth, not a share) are the PDF's alone.
     */
    private static Double contractInterval(MetricValue row, Double bound) {
        return row.unit().kind() == Unit.Kind.RATIO && row.metric() != Metric.LEAD_VELOCITY_RATE ? bound : null;
    }

    private static List<String> cells(MetricValue row) {
        return List.of(
                CsvCells.text(row.scope()),
                CsvCells.text(row.metric()),
                CsvCells.text(row.dimension()),
                CsvCells.number(row.value()),
                CsvCells.number(contractInterval(row, row.ciLow())),
                CsvCells.number(contractInterval(row, row.ciHigh())),
                CsvCells.count(row.numerator()),
                CsvCells.count(row.denominator()),
                CsvCells.text(row.unit()));
    }
}

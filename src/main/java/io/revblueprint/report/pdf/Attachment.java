package io.revblueprint.report.pdf;

import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Fix;
import io.revblueprint.report.csv.FixesCsv;
import io.revblueprint.report.csv.MetricsCsv;

import java.util.List;

/** A file embedded in a PDF. */
public record Attachment(String name, String description, String mimeType, byte[] content) {

    public static List<Attachment> csvFiles(List<MetricValue> metrics, List<Fix> fixes) {
        return List.of(
                new Attachment("metrics.csv", "The metrics shown in this document", "text/csv", MetricsCsv.toBytes(metrics)),
                new Attachment("fixes.csv", "The fixes shown in this document", "text/csv", FixesCsv.toBytes(fixes)));
    }
}

package io.revblueprint.report;

import io.revblueprint.metrics.MetricValue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the company's executive summary shows: the company-wide metric rows (scope ALL) and every team's
 * revenue at stake with its top fix. {@code currency} is the ISO code revenue at stake is counted in.
 */
public record ExecutiveSummary(
        String company,
        String periodLabel,
        Instant asOf,
        String runId,
        String currency,
        List<MetricValue> companyMetrics,
        List<TeamRanking> teams,
        PaperSize paperSize) {

    public ExecutiveSummary {
        Objects.requireNonNull(periodLabel, "periodLabel");
        Objects.requireNonNull(asOf, "asOf");
        companyMetrics = List.copyOf(companyMetrics);
        teams = List.copyOf(teams);
        paperSize = paperSize == null ? PaperSize.A4 : paperSize;
    }
}

package io.revblueprint.report;

import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Fix;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one team's Revenue Growth Blueprint shows: the team's metric rows and its prioritized fixes for a period.
 * {@code currency} is the ISO code revenue at stake is counted in (e.g. "EUR").
 */
public record TeamBlueprint(
        String company,
        String teamId,
        String teamName,
        String periodLabel,
        Instant asOf,
        String runId,
        String currency,
        List<MetricValue> metrics,
        List<Fix> fixes,
        PaperSize paperSize) {

    public TeamBlueprint {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(teamName, "teamName");
        Objects.requireNonNull(periodLabel, "periodLabel");
        Objects.requireNonNull(asOf, "asOf");
        metrics = List.copyOf(metrics);
        fixes = List.copyOf(fixes);
        paperSize = paperSize == null ? PaperSize.A4 : paperSize;
    }
}

package io.revblueprint.snapshot;

import io.revblueprint.crm.Team;
import io.revblueprint.crm.WorkCalendar;
import io.revblueprint.metrics.MetricResults;
import io.revblueprint.metrics.MetricsCalculator;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.SlaPolicy;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Streams a published snapshot's cohorts through the metrics calculator: one pass, no per-row queries, two cohorts
 * read at a time ({@link ConcurrentReads}).
 */
@Service
public class SnapshotMetrics {

    private final SnapshotReader reader;

    public SnapshotMetrics(SnapshotReader reader) {
        this.reader = reader;
    }

    /** Every metric of the period for every team and ALL, plus the planner's evidence; {@code currency}: the company's. */
    public MetricResults compute(long snapshotId, Period period, SlaPolicy policy, String currency) {
        PublishedSnapshot snapshot = reader.snapshot(snapshotId);
        Map<String, WorkCalendar> calendars = reader.teams(snapshotId).stream()
                .collect(Collectors.toMap(Team::teamId, Team::calendar));
        MetricsCalculator calculator = new MetricsCalculator(period, snapshot.asOf(), policy, currency, calendars,
                WorkCalendar.standard(snapshot.zone()));
        Period lastFullMonth = period.lastFullMonth();
        // Longest first, so the two big cohorts start together.
        ConcurrentReads.run("metrics-read-", List.of(
                () -> reader.dispositions(snapshotId, period.start(), period.end(), calculator::acceptDisposition),
                () -> reader.mqlCohort(snapshotId, period.start(), period.end(), calculator::acceptMql),
                () -> reader.closedCohort(snapshotId, period.start(), period.end(), calculator::acceptClosed),
                () -> reader.leadTotals(snapshotId, lastFullMonth, lastFullMonth.previousMonth(),
                        calculator::acceptLeadTotals),
                () -> reader.openOpportunities(snapshotId, calculator::acceptOpenOpportunities)));
        return calculator.results();
    }
}

package io.revblueprint.snapshot;

import io.revblueprint.crm.Team;
import io.revblueprint.crm.WorkCalendar;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.MetricsCalculator;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.SlaPolicy;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Streams a published snapshot's cohorts through the metrics calculator: one pass, no per-row queries. */
@Service
public class SnapshotMetrics {

    private final SnapshotReader reader;

    public SnapshotMetrics(SnapshotReader reader) {
        this.reader = reader;
    }

    public List<MetricValue> compute(long snapshotId, Period period, SlaPolicy policy) {
        PublishedSnapshot snapshot = reader.snapshot(snapshotId);
        Map<String, WorkCalendar> calendars = reader.teams(snapshotId).stream()
                .collect(Collectors.toMap(Team::teamId, Team::calendar));
        MetricsCalculator calculator = new MetricsCalculator(period, snapshot.asOf(), policy, calendars,
                WorkCalendar.standard(snapshot.zone()));
        reader.mqlCohort(snapshotId, period.start(), period.end(), calculator::acceptLead);
        reader.closedCohort(snapshotId, period.start(), period.end(), calculator::acceptOpportunity);
        return calculator.results();
    }
}

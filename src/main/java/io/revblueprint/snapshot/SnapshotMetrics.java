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
 * read at a time. Facts of different cohorts feed different counters, so only each cohort's own order matters.
 */
@Service
public class SnapshotMetrics {

    /** Two: the MQL cohort and the dispositions cost about the same, and the other three little. */
    private static final int READERS = 2;

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
        // Longest first, so the two big cohorts start together; the calculator takes one fact at a time.
        ConcurrentReads.run("metrics-read-", READERS, List.of(
                () -> reader.dispositions(snapshotId, period.start(), period.end(),
                        facts -> oneAtATime(calculator, () -> calculator.acceptDisposition(facts))),
                () -> reader.mqlCohort(snapshotId, period.start(), period.end(),
                        facts -> oneAtATime(calculator, () -> calculator.acceptMql(facts))),
                () -> reader.closedCohort(snapshotId, period.start(), period.end(),
                        facts -> oneAtATime(calculator, () -> calculator.acceptClosed(facts))),
                () -> reader.leadTotals(snapshotId, lastFullMonth, lastFullMonth.previousMonth(),
                        totals -> oneAtATime(calculator, () -> calculator.acceptLeadTotals(totals))),
                () -> reader.openOpportunities(snapshotId, (team, open) ->
                        oneAtATime(calculator, () -> calculator.acceptOpenOpportunities(team, open)))));
        return calculator.results();
    }

    private static void oneAtATime(MetricsCalculator calculator, Runnable accept) {
        synchronized (calculator) {
            accept.run();
        }
    }
}

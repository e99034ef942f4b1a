package io.revblueprint.report;

import io.revblueprint.crm.Team;
import io.revblueprint.history.MetricHistory;
import io.revblueprint.history.PlanHistory;
import io.revblueprint.metrics.Period;
import io.revblueprint.report.document.DataHealth;
import io.revblueprint.report.document.PeriodMetrics;
import io.revblueprint.snapshot.SnapshotReader;
import io.revblueprint.snapshot.SnapshotRepository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads what a run stored into the {@link RunRecords} its documents are assembled from, in a few queries. */
@Component
public class BlueprintAssembler {

    /** How many periods before the run's period the trends look back, where runs exist. */
    static final int EARLIER_PERIODS = 4;

    private final MetricHistory metricHistory;
    private final PlanHistory planHistory;
    private final SnapshotReader snapshots;
    private final SnapshotRepository snapshotRepository;

    public BlueprintAssembler(MetricHistory metricHistory, PlanHistory planHistory, SnapshotReader snapshots,
                              SnapshotRepository snapshotRepository) {
        this.metricHistory = metricHistory;
        this.planHistory = planHistory;
        this.snapshots = snapshots;
        this.snapshotRepository = snapshotRepository;
    }

    public RunRecords load(BlueprintRun run) {
        var snapshot = snapshots.snapshot(run.snapshotId());
        return new RunRecords(run, snapshot,
                snapshots.teams(run.snapshotId()).stream().collect(Collectors.toMap(Team::teamId, Function.identity())),
                snapshots.users(run.snapshotId()), metricHistory.ofRun(run.runId()), earlier(run),
                planHistory.plansOf(run.runId()),
                new DataHealth(snapshot.inputRows(), snapshotRepository.badRowsByFile(run.snapshotId()),
                        sourceNotes(run.snapshotId())));
    }

    /** Per source file: the records skipped and why, and the values derived rather than read. */
    private List<DataHealth.SourceNote> sourceNotes(long snapshotId) {
        List<DataHealth.SourceNote> notes = new ArrayList<>();
        snapshotRepository.tallies(snapshotId).values().stream().flatMap(List::stream).forEach(tally -> {
            tally.skipped().forEach((reason, rows) -> notes.add(DataHealth.SourceNote.skipped(tally.sourceFile(),
                    reason, rows)));
            tally.notes().forEach((note, rows) -> notes.add(new DataHealth.SourceNote(tally.sourceFile(), note, rows)));
        });
        return notes;
    }

    /** Every scope's rows of the periods before, newest first, back to the first period without a run. */
    private List<PeriodMetrics> earlier(BlueprintRun run) {
        List<PeriodMetrics> earlier = new ArrayList<>();
        Period period = run.period();
        for (int i = 0; i < EARLIER_PERIODS; i++) {
            period = period.previous();
            Optional<Long> earlierRun = metricHistory.latestRunOf(period.label(), run.runId());
            if (earlierRun.isEmpty()) {
                break;
            }
            earlier.add(new PeriodMetrics(period.label(), metricHistory.ofRun(earlierRun.get())));
        }
        return earlier;
    }
}

package io.revblueprint.snapshot;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.util.List;

/**
 * Spring Batch reader over the canonical rows a {@link SnapshotSource} gives for one file; restartable by row count
 * (a source yields its rows in the same order every time). When the step completes it stores what each source file
 * gave, for the import summary.
 */
public class SourceItemReader extends AbstractItemCountingItemStreamItemReader<CsvRow> implements StepExecutionListener {

    private final SnapshotSource source;
    private final SnapshotFormat<?> format;
    private final RowContext context;
    private final SnapshotRepository repository;
    private final long snapshotId;
    private SourceRows rows;
    private List<SourceTally> tallies = List.of();

    public SourceItemReader(SnapshotSource source, SnapshotFormat<?> format, RowContext context,
                            SnapshotRepository repository, long snapshotId) {
        this.source = source;
        this.format = format;
        this.context = context;
        this.repository = repository;
        this.snapshotId = snapshotId;
        setName(format.fileName());
    }

    @Override
    protected void doOpen() {
        rows = source.rows(format, context);
    }

    @Override
    protected CsvRow doRead() {
        return rows.next();
    }

    @Override
    protected void doClose() {
        if (rows != null) {
            tallies = rows.tallies();
            rows.close();
            rows = null;
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            repository.saveTallies(snapshotId, format.fileName(), rows != null ? rows.tallies() : tallies);
        }
        return null;
    }
}

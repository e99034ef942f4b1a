package io.revblueprint.snapshot;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Spring Batch reader over the canonical rows a {@link SnapshotSource} gives for one file, parsed by the file's
 * format on a thread of their own ({@link ReadAheadRows}); a restarted step starts the file over, after removing
 * the rows an earlier attempt stored. When the step completes it stores what each source file gave, for the import
 * summary.
 */
public class SourceItemReader extends AbstractItemCountingItemStreamItemReader<ParsedRow<Object>>
        implements StepExecutionListener {

    /** Parsed chunks that may wait for the step. */
    private static final int CHUNKS_AHEAD = 2;

    private final SnapshotSource source;
    private final SnapshotFormat<?> format;
    private final RowContext context;
    private final int blockSize;
    private final UnaryOperator<List<ParsedRow<?>>> lookAhead;
    private final SnapshotRepository repository;
    private final long snapshotId;
    private SourceRows rows;
    private ReadAheadRows parsed;
    private List<SourceTally> tallies = List.of();

    /**
     * {@code chunkSize}: the step's; two chunks of parsed rows may wait for it, and {@code lookAhead} runs on the
     * reading thread for each chunk's worth before it is handed over ({@link ReferenceCheck#resolve}).
     */
    public SourceItemReader(SnapshotSource source, SnapshotFormat<?> format, RowContext context, int chunkSize,
                            UnaryOperator<List<ParsedRow<?>>> lookAhead, SnapshotRepository repository, long snapshotId) {
        this.source = source;
        this.format = format;
        this.context = context;
        this.blockSize = chunkSize;
        this.lookAhead = lookAhead;
        this.repository = repository;
        this.snapshotId = snapshotId;
        setName(format.fileName());
        // A restarted step reads the file again from its first row; the step removed what an earlier attempt stored.
        setSaveState(false);
    }

    @Override
    protected void doOpen() {
        rows = source.rows(format, context);
        parsed = new ReadAheadRows(rows, format, context, CHUNKS_AHEAD, blockSize, lookAhead);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected ParsedRow<Object> doRead() {
        return (ParsedRow<Object>) parsed.next();
    }

    @Override
    protected void doClose() {
        if (rows != null) {
            parsed.close();
            tallies = rows.tallies();
            rows.close();
            rows = null;
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            repository.saveTallies(snapshotId, format.fileName(), rows != null ? tallies() : tallies);
        }
        return null;
    }

    /** While open, the tallies once the reading thread has stopped. */
    private List<SourceTally> tallies() {
        parsed.close();
        return rows.tallies();
    }
}

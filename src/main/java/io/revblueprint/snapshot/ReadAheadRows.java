package io.revblueprint.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.UnaryOperator;

/**
 * A file's rows read and parsed on a thread of their own, a bounded number ahead of the import step, so one core
 * parses the next chunk while the database stores the last (one after the other, each waited for the other). Rows
 * pass between the threads a block at a time (one hand-over per block, not per row). A failure while reading is
 * thrown to the step, where it happened in the file's order.
 */
final class ReadAheadRows implements AutoCloseable {

    /** What the reading thread hands over: a block of parsed rows, the end of the file, or what stopped it. */
    private sealed interface Item permits Block, End, Failure {
    }

    private record Block(List<ParsedRow<?>> rows) implements Item {
    }

    private record End() implements Item {
    }

    private record Failure(Throwable cause) implements Item {
    }

    private final BlockingQueue<Item> queue;
    private final int blockSize;
    private final UnaryOperator<List<ParsedRow<?>>> lookAhead;
    private final Thread reader;
    private Iterator<ParsedRow<?>> current = Collections.emptyIterator();
    private Item last;

    /**
     * {@code blocksAhead}: blocks that may wait for the step; {@code lookAhead} runs on the
     * reading thread for every {@code blockSize} rows, and what it returns is handed over (the rows with their
     * references checked while the step works).
     */
    ReadAheadRows(SourceRows rows, SnapshotFormat<?> format, RowContext context, int blocksAhead, int blockSize,
                  UnaryOperator<List<ParsedRow<?>>> lookAhead) {
        this.queue = new ArrayBlockingQueue<>(blocksAhead);
        this.blockSize = blockSize;
        this.lookAhead = lookAhead;
        this.reader = new Thread(() -> read(rows, format, context), "read-ahead " + format.fileName());
        reader.setDaemon(true);
        reader.start();
    }

    private void read(SourceRows rows, SnapshotFormat<?> format, RowContext context) {
        try {
            Item stop = null;
            while (stop == null) {
                List<ParsedRow<?>> block = new ArrayList<>(blockSize);
                stop = fill(block, rows, format, context);
                Item failure = handOver(block);
                if (failure != null) {
                    stop = failure;
                }
            }
            queue.put(stop);
        } catch (InterruptedException e) {
            // closed before the end: the step stopped reading
        }
    }

    /** Reads and parses rows into the block until it is full (null), or the end or a failure stops it (that item). */
    private Item fill(List<ParsedRow<?>> block, SourceRows rows, SnapshotFormat<?> format, RowContext context) {
        try {
            while (block.size() < blockSize) {
                CsvRow row = rows.next();
                if (row == null) {
                    return new End();
                }
                block.add(format.read(row, context));
            }
            return null;
        } catch (RuntimeException | Error e) {
            return new Failure(e);
        }
    }

    /** Hands the block over as the look-ahead returns it; what stopped the look-ahead instead, or null. */
    private Item handOver(List<ParsedRow<?>> block) throws InterruptedException {
        if (block.isEmpty()) {
            return null;
        }
        try {
            queue.put(new Block(lookAhead.apply(block)));
            return null;
        } catch (RuntimeException e) {
            return new Failure(e); // the block's rows are not handed over unchecked
        }
    }

    /** The next row in file order, or null at the end. */
    ParsedRow<?> next() {
        while (!current.hasNext()) {
            if (last != null && !(last instanceof Block)) {
                return finish();
            }
            try {
                last = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the snapshot", e);
            }
            if (last instanceof Block block) {
                current = block.rows().iterator();
            }
        }
        return current.next();
    }

    private ParsedRow<?> finish() {
        if (last instanceof Failure failure) {
            if (failure.cause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure.cause();
        }
        return null;
    }

    /** Stops the reading thread and waits for it, so the rows can be closed and their tallies read. */
    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

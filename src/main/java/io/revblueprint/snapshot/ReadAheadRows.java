package io.revblueprint.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * A file's rows read and parsed on a thread of their own, a bounded number ahead of the import step, so one core
 * parses the next chunk while the database stores the last (one after the other, each waited for the other). A
 * failure while reading is thrown to the step, where it happened in the file's order.
 */
final class ReadAheadRows implements AutoCloseable {

    /** What the reading thread hands over: a parsed row, the end of the file, or what stopped it. */
    private sealed interface Item permits Row, End, Failure {
    }

    private record Row(ParsedRow<?> row) implements Item {
    }

    private record End() implements Item {
    }

    private record Failure(Throwable cause) implements Item {
    }

    private final BlockingQueue<Item> queue;
    private final int blockSize;
    private final Consumer<List<ParsedRow<?>>> lookAhead;
    private final Thread reader;
    private Item last;

    /**
     * {@code capacity}: rows that may wait for the step; {@code lookAhead} runs on the reading thread for every
     * {@code blockSize} rows before they are handed over (to look up what they reference while the step works).
     */
    ReadAheadRows(SourceRows rows, SnapshotFormat<?> format, RowContext context, int capacity, int blockSize,
                  Consumer<List<ParsedRow<?>>> lookAhead) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.blockSize = blockSize;
        this.lookAhead = lookAhead;
        this.reader = new Thread(() -> read(rows, format, context), "read-ahead " + format.fileName());
        reader.setDaemon(true);
        reader.start();
    }

    private void read(SourceRows rows, SnapshotFormat<?> format, RowContext context) {
        List<ParsedRow<?>> block = new ArrayList<>(blockSize);
        try {
            while (true) {
                Item item = nextItem(rows, format, context);
                if (item instanceof Row row) {
                    block.add(row.row());
                }
                if (!(item instanceof Row) || block.size() == blockSize) {
                    Item failure = handOver(block);
                    if (failure != null || !(item instanceof Row)) {
                        queue.put(failure != null ? failure : item);
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            // closed before the end: the step stopped reading
        }
    }

    /** Runs the look-ahead over the block and hands its rows over; what stopped the look-ahead, or null. */
    private Item handOver(List<ParsedRow<?>> block) throws InterruptedException {
        Item failure = null;
        if (!block.isEmpty()) {
            try {
                lookAhead.accept(block);
            } catch (RuntimeException e) {
                failure = new Failure(e);
            }
        }
        for (ParsedRow<?> row : block) {
            queue.put(new Row(row));
        }
        block.clear();
        return failure;
    }

    private static Item nextItem(SourceRows rows, SnapshotFormat<?> format, RowContext context) {
        try {
            CsvRow row = rows.next();
            return row == null ? new End() : new Row(format.read(row, context));
        } catch (RuntimeException | Error e) {
            return new Failure(e);
        }
    }

    /** The next row in file order, or null at the end. */
    ParsedRow<?> next() {
        if (!(last instanceof Row) && last != null) {
            return finish();
        }
        try {
            last = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the snapshot", e);
        }
        return last instanceof Row row ? row.row() : finish();
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

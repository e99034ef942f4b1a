package io.revblueprint.snapshot;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

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
    private final Thread reader;
    private Item last;

    ReadAheadRows(SourceRows rows, SnapshotFormat<?> format, RowContext context, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.reader = new Thread(() -> read(rows, format, context), "read-ahead " + format.fileName());
        reader.setDaemon(true);
        reader.start();
    }

    private void read(SourceRows rows, SnapshotFormat<?> format, RowContext context) {
        try {
            Item item;
            do {
                item = nextItem(rows, format, context);
                queue.put(item);
            } while (item instanceof Row);
        } catch (InterruptedException e) {
            // closed before the end: the step stopped reading
        }
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

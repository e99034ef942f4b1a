package io.revblueprint.snapshot;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds out, on the reading thread and its own connection, which of the ids a block of rows references exist,
 * while the step is still storing the block before; the checks then ask the database only about the other ids.
 * Only ids found count, and only for the last few blocks: an id missing here (stored since, or in a block long
 * passed) is simply looked up again by the checks, never judged missing here.
 */
public final class ReferencePrefetch {

    /** Blocks kept: the step is at most two chunks behind the reading thread, plus the one it is checking. */
    private static final int BLOCKS_KEPT = 4;

    private final SnapshotFormat<?> format;
    private final RowChecks.StoredIds stored;
    private final Deque<Map<String, Set<String>>> recent = new ArrayDeque<>();

    public ReferencePrefetch(SnapshotFormat<?> format, SnapshotRepository repository, long snapshotId) {
        this(format, repository.storedIds(snapshotId));
    }

    ReferencePrefetch(SnapshotFormat<?> format, RowChecks.StoredIds stored) {
        this.format = format;
        this.stored = stored;
    }

    /** Looks up the block's references to other tables and keeps what they hold (called on the reading thread). */
    public void lookUp(List<ParsedRow<?>> block) {
        Map<String, Set<String>> found = found(format, block);
        synchronized (recent) {
            recent.addLast(found);
            if (recent.size() > BLOCKS_KEPT) {
                recent.removeFirst();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T> Map<String, Set<String>> found(SnapshotFormat<T> format, List<ParsedRow<?>> block) {
        Map<String, Set<String>> found = new HashMap<>();
        for (Reference<T> reference : format.references()) {
            Set<String> named = RowChecks.idsNamed((List<ParsedRow<T>>) (List<?>) block, reference.value());
            if (!named.isEmpty()) {
                found.computeIfAbsent(reference.table(), table -> new HashSet<>())
                        .addAll(stored.among(reference.table(), reference.idColumn(), named));
            }
        }
        return found;
    }

    /** Whether a recent block's lookup found the id in the table. */
    boolean holds(String table, String id) {
        synchronized (recent) {
            for (Map<String, Set<String>> block : recent) {
                if (block.getOrDefault(table, Set.of()).contains(id)) {
                    return true;
                }
            }
            return false;
        }
    }
}

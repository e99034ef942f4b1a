package io.revblueprint.snapshot;

import io.revblueprint.crm.Activity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows parsed on their own thread reach the step in file order, and so does what stopped the reading. */
class ReadAheadRowsTest {

    private static final ActivitiesFormat ACTIVITIES = new ActivitiesFormat();

    @Test
    void givesEveryRowParsedInFileOrderThenTheEnd() {
        List<String> ids = new ArrayList<>();
        try (ReadAheadRows rows = new ReadAheadRows(source(50, -1), ACTIVITIES, TestRow.CONTEXT, 1, 3, block -> block)) {
            for (ParsedRow<?> row = rows.next(); row != null; row = rows.next()) {
                ids.add(((Activity) row.value()).activityId());
            }
            assertThat(rows.next()).isNull();
        }

        assertThat(ids).containsExactlyElementsOf(IntStream.range(0, 50).mapToObj(i -> "A" + i).toList());
    }

    @Test
    void aFailureWhileReadingIsThrownAfterTheRowsBeforeIt() {
        try (ReadAheadRows rows = new ReadAheadRows(source(10, 3), ACTIVITIES, TestRow.CONTEXT, 1, 3, block -> block)) {
            for (int i = 0; i < 3; i++) {
                assertThat(rows.next()).isNotNull();
            }
            assertThatThrownBy(rows::next).isInstanceOf(SnapshotFileException.class).hasMessage("line 5 is broken");
            assertThatThrownBy(rows::next).hasMessage("line 5 is broken");
        }
    }

    @Test
    void eachBlockIsLookedAheadBeforeItsRowsAreHandedOver() {
        List<Integer> blocks = new ArrayList<>();
        try (ReadAheadRows rows = new ReadAheadRows(source(7, -1), ACTIVITIES, TestRow.CONTEXT, 3, 3,
                block -> {
                    blocks.add(block.size());
                    return block;
                })) {
            int handedOver = 0;
            while (rows.next() != null) {
                handedOver++;
                assertThat(blocks.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(handedOver);
            }
        }

        assertThat(blocks).containsExactly(3, 3, 1);
    }

    @Test
    void aFailedLookAheadIsThrownInsteadOfItsBlock() {
        List<Integer> blocks = new ArrayList<>();
        try (ReadAheadRows rows = new ReadAheadRows(source(10, -1), ACTIVITIES, TestRow.CONTEXT, 2, 4, block -> {
            blocks.add(block.size());
            if (blocks.size() == 2) {
                throw new IllegalStateException("database gone");
            }
            return block;
        })) {
            for (int i = 0; i < 4; i++) {
                assertThat(rows.next()).isNotNull();
            }
            assertThatThrownBy(rows::next).hasMessage("database gone");
        }
    }

    @Test
    void handsOverTheRowsTheLookAheadReturns() {
        try (ReadAheadRows rows = new ReadAheadRows(source(2, -1), ACTIVITIES, TestRow.CONTEXT, 2, 4,
                block -> block.stream().<ParsedRow<?>>map(row -> row.unresolved("lead_id", "unknown lead L1: not in leads.csv, or quarantined there")).toList())) {
            assertThat(rows.next().reason()).isEqualTo("unknown lead L1: not in leads.csv, or quarantined there");
            assertThat(rows.next().reason()).isEqualTo("unknown lead L1: not in leads.csv, or quarantined there");
            assertThat(rows.next()).isNull();
        }
    }

    @Test
    void closingBeforeTheEndStopsTheReadingThread() {
        ReadAheadRows rows = new ReadAheadRows(source(1_000, -1), ACTIVITIES, TestRow.CONTEXT, 1, 3, block -> block);
        rows.next();

        rows.close();

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread ->
                thread.getName().equals("read-ahead activities.csv") && thread.isAlive());
    }

    /** {@code count} activity rows; the row at {@code brokenAt} (if any) cannot be read. */
    private static SourceRows source(int count, int brokenAt) {
        Iterator<Integer> next = IntStream.range(0, count).iterator();
        return new SourceRows() {
            @Override
            public CsvRow next() {
                if (!next.hasNext()) {
                    return null;
                }
                int i = next.next();
                if (i == brokenAt) {
                    throw new SnapshotFileException("line " + (i + 2) + " is broken");
                }
                return new CsvRow("activities.csv", i + 2, Map.of("activity_id", "A" + i, "lead_id", "L1",
                        "owner_id", "U1", "type", "CALL", "occurred_at", "2026-09-02T08:15:00Z"), () -> "A" + i, null);
            }

            @Override
            public List<SourceTally> tallies() {
                return List.of();
            }

            @Override
            public void close() {
            }
        };
    }
}

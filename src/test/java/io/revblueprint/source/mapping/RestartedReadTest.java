package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.ParsedRow;
import io.revblueprint.snapshot.RowContext;
import io.revblueprint.snapshot.SnapshotFormat;
import io.revblueprint.snapshot.SnapshotFormats;
import io.revblueprint.snapshot.SourceItemReader;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restarted import step reads its file from the first row again, whatever count an interrupted attempt saved: a
 * SIGTERM mid-file saved 0 after two chunks, and resuming by count stored those chunks twice. (The step removes what
 * the earlier attempt stored.)
 */
class RestartedReadTest {

    private static final Path EXPORT = Path.of("src/test/resources/exports/maven-look-alike");
    private static final Path MAPPING = Path.of("examples/mappings/maven-crm-sales-opportunities.yaml");
    private static final RowContext CONTEXT = new RowContext(ZoneOffset.UTC, Instant.parse("2017-07-02T00:00:00Z"), "USD");
    private static final SnapshotFormat<?> OPPORTUNITIES = SnapshotFormats.IN_IMPORT_ORDER.stream()
            .filter(format -> format.fileName().equals("opportunities.csv")).findFirst().orElseThrow();

    @Test
    void aReaderOpenedWithTheCountOfACommittedChunkStartsAtTheFirstRow() throws Exception {
        List<CsvRow> all = new ArrayList<>();
        SourceItemReader whole = reader();
        whole.open(new ExecutionContext());
        for (ParsedRow<Object> row; (row = whole.read()) != null; ) {
            all.add(row.row());
        }
        whole.close();

        SourceItemReader first = reader();
        ExecutionContext committed = new ExecutionContext();
        first.open(committed);
        for (int i = 0; i < 5; i++) {
            first.read();
        }
        first.update(committed);
        first.close();
        SourceItemReader restarted = reader();
        restarted.open(committed);

        assertThat(all).hasSize(12);
        assertThat(committed.entrySet()).as("no count saved to resume by")
                .noneMatch(entry -> entry.getKey().endsWith("read.count"));
        assertThat(restarted.read().row()).isEqualTo(all.get(0));
        restarted.close();
    }

    private static SourceItemReader reader() {
        return new SourceItemReader(MappingSource.mapped(MAPPING, EXPORT, ZoneOffset.UTC, null, null), OPPORTUNITIES,
                CONTEXT, 2, block -> block, null, 1);
    }
}

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

/** A mapped source gives its rows in the same order every time, so a restarted import step resumes at its next row. */
class RestartedReadTest {

    private static final Path EXPORT = Path.of("src/test/resources/exports/maven-look-alike");
    private static final Path MAPPING = Path.of("examples/mappings/maven-crm-sales-opportunities.yaml");
    private static final RowContext CONTEXT = new RowContext(ZoneOffset.UTC, Instant.parse("2017-07-02T00:00:00Z"), "USD");
    private static final SnapshotFormat<?> OPPORTUNITIES = SnapshotFormats.IN_IMPORT_ORDER.stream()
            .filter(format -> format.fileName().equals("opportunities.csv")).findFirst().orElseThrow();

    @Test
    void aReaderOpenedWithTheCountOfACommittedChunkResumesAtTheNextRow() throws Exception {
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
        assertThat(restarted.read().row()).isEqualTo(all.get(5));
        assertThat(all.get(5).sourceLine()).as("the sixth record of sales_pipeline.csv").isEqualTo(7);
        restarted.close();
    }

    private static SourceItemReader reader() {
        return new SourceItemReader(MappingSource.mapped(MAPPING, EXPORT, ZoneOffset.UTC, null, null), OPPORTUNITIES,
                CONTEXT, 2, block -> block, null, 1);
    }
}

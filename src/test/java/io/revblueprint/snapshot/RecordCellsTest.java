package io.revblueprint.snapshot;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A record's cells read through the header's positions hold what a map filled column by column would. */
class RecordCellsTest {

    private final RecordCells.Columns columns = new RecordCells.Columns(List.of("lead_id", "", "score", "", "lead_id"));

    @Test
    void aNameMeansItsFirstColumn() {
        Map<String, String> cells = columns.of(new String[] {"L-1", "x", "72", "y", "L-2"});

        assertThat(cells.get("lead_id")).isEqualTo("L-1");
        assertThat(cells.get("")).isEqualTo("x");
        assertThat(cells.get("score")).isEqualTo("72");
        assertThat(cells.get("owner_id")).isNull();
        assertThat(cells.containsKey("owner_id")).isFalse();
    }

    @Test
    void aColumnTheRecordLacksIsAbsent() {
        Map<String, String> cells = columns.of(new String[] {"L-1", ""});

        assertThat(cells.containsKey("lead_id")).isTrue();
        assertThat(cells.containsKey("score")).isFalse();
        assertThat(cells.get("score")).isNull();
        assertThat(cells).hasSize(2);
    }

    @Test
    void iteratesEachNameOnceInHeaderOrderAndEqualsTheSameCellsInAMap() {
        Map<String, String> cells = columns.of(new String[] {"L-1", "x", "72", "y", "L-2", "extra"});
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("lead_id", "L-1");
        expected.put("", "x");
        expected.put("score", "72");

        assertThat(cells.entrySet()).containsExactlyElementsOf(expected.entrySet());
        assertThat(cells).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(expected).isEqualTo(cells);
    }
}

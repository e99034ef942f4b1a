package io.revblueprint.snapshot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which character an export's header separates its columns with. */
class ExportSeparatorTest {

    @Test
    void aCommaWinsThenASemicolonOrATabOfAHeaderWithoutOne() {
        assertThat(ExportSeparator.of("\"Record ID\",\"Deal Stage\"")).isEqualTo(',');
        assertThat(ExportSeparator.of("\"Record ID\";\"Deal Stage\";\"Amount, net\"")).isEqualTo(';');
        assertThat(ExportSeparator.of("Record ID\tDeal Stage\tAmount")).isEqualTo('\t');
        assertThat(ExportSeparator.of("\"Label; with semicolon\",Other")).isEqualTo(',');
        assertThat(ExportSeparator.of("Record ID")).isEqualTo(',');
    }
}

package io.revblueprint.snapshot;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LoadDataLinesTest {

    @Test
    void oneTabSeparatedLinePerRowWithSnapshotAndLineFirst() throws SQLException {
        LoadDataLines lines = new LoadDataLines();
        lines.row(7, 2).text("L-1").instant(Instant.ofEpochMilli(1234)).integer(90).bool(true);
        lines.row(7, 3).text("L-2").instant(null).integer(null).bool(false);

        assertThat(text(lines)).isEqualTo("7\t2\tL-1\t1234\t90\t1\n7\t3\tL-2\t\\N\t\\N\t0");
    }

    @Test
    void escapesWhatWouldEndAFieldOrLineAndKeepsTextThatLooksLikeNull() throws SQLException {
        LoadDataLines lines = new LoadDataLines();
        lines.row(1, 2).text("a\tb\nc\rd\\e").text("\\N").text(null).text("ä € 😀");

        assertThat(text(lines)).isEqualTo("1\t2\ta\\tb\\nc\\rd\\\\e\t\\\\N\t\\N\tä € 😀");
    }

    @Test
    void escapesACharacterAloneInAnOtherwisePlainValue() throws SQLException {
        LoadDataLines lines = new LoadDataLines();
        lines.row(1, 2).text("x\0").text("\\").text("y\t").text("plain");

        assertThat(text(lines)).isEqualTo("1\t2\tx\\0\t\\\\\ty\\t\tplain");
    }

    @Test
    void decimalsPlainDatesIsoEnumsByName() throws SQLException {
        LoadDataLines lines = new LoadDataLines();
        lines.row(1, 2).decimal(new BigDecimal("1E+3")).date(LocalDate.of(2026, 12, 25)).name(Thread.State.NEW);

        assertThat(text(lines)).isEqualTo("1\t2\t1000\t2026-12-25\tNEW");
    }

    private static String text(LoadDataLines lines) {
        return new String(lines.bytes(), StandardCharsets.UTF_8);
    }
}

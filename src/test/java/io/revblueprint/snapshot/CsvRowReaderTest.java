package io.revblueprint.snapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRowReaderTest {

    @TempDir
    Path temp;

    @Test
    void tracksTheLineEachRecordStartsOnAcrossQuotedLineBreaksAndBlankLines() throws IOException {
        List<CsvRow> rows = read("\uFEFFId,Note\r\n1,\"two\r\nlines\"\r\n\r\n2,\"a \"\"quote\"\", and a comma\"\n3,last");

        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 5L, 6L);
        assertThat(rows.get(0).get("note")).isEqualTo("two\r\nlines");
        assertThat(rows.get(1).get("note")).isEqualTo("a \"quote\", and a comma");
        assertThat(rows.get(0).get("id")).as("BOM stripped from the first header").isEqualTo("1");
    }

    @Test
    void keepsTheRecordAsCsvTextForTheQuarantine() throws IOException {
        List<CsvRow> rows = read("id,note\n1,\"x, y\"\n");

        assertThat(rows.get(0).raw()).isEqualTo("1,\"x, y\"");
    }

    @Test
    void flagsARowWhoseFieldCountDiffersFromTheHeader() throws IOException {
        List<CsvRow> rows = read("a,b,c\n1,2\n1,2,3\n");

        assertThat(rows.get(0).shapeProblem()).isEqualTo("has 2 fields, the header has 3");
        assertThat(rows.get(1).shapeProblem()).isNull();
    }

    @Test
    void emptyCellsAndMissingColumnsReadAsNull() throws IOException {
        CsvRow row = read("a,b\n  ,x\n").get(0);

        assertThat(row.get("a")).isNull();
        assertThat(row.get("nope")).isNull();
        assertThat(row.get("b")).isEqualTo("x");
    }

    @Test
    void anUnterminatedQuoteFailsNamingFileAndLine() throws IOException {
        Path file = write("id,note\n1,ok\n2,\"never closed\n3,x\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> drain(file)).isInstanceOf(SnapshotFileException.class)
                .hasMessageStartingWith("leads.csv line 3:").hasMessageContaining("fix the file");
    }

    @Test
    void aQuoteLeftOpenAtTheEndFailsEvenWhenItEndsInAnEscapedQuote() throws IOException {
        Path file = write("id,note\n1,ok\n2,\"half \"\"quoted\"\"".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> drain(file)).isInstanceOf(SnapshotFileException.class)
                .hasMessageStartingWith("leads.csv line 3: a quoted field opened on this line is never closed");
    }

    @Test
    void aClosedQuoteOnTheLastLineWithoutALineBreakIsRead() throws IOException {
        List<CsvRow> rows = read("id,note\n1,\"a \"\"b\"\"\"");

        assertThat(rows).extracting(row -> row.get("note")).containsExactly("a \"b\"");
    }

    @Test
    void aNulCellIsDataNotTheEndOfTheFile() throws IOException {
        List<CsvRow> rows = read("id,note\n1,\u0000\n2,x\n");

        assertThat(rows).extracting(row -> row.cells().get("note")).containsExactly("\u0000", "x");
    }

    @Test
    void askedAgainAfterTheEndItStaysAtTheEnd() throws IOException {
        try (CsvRowReader reader = CsvRowReader.open(write("id\n1\n".getBytes(StandardCharsets.UTF_8)))) {
            assertThat(reader.next().get("id")).isEqualTo("1");
            assertThat(reader.next()).isNull();
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aHeaderAloneHasNoRowsAndAnEmptyFileFails() throws IOException {
        assertThat(read("id,note\r\n")).isEmpty();
        Path empty = write(new byte[0]);

        assertThatThrownBy(() -> drain(empty)).isInstanceOf(SnapshotFileException.class)
                .hasMessage("leads.csv is empty: it needs at least a header row");
    }

    @Test
    void textAfterAClosingQuoteFailsNamingFileAndLine() throws IOException {
        Path file = write("id,note\n1,ok\n2,\"x\"y\n3,z\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> drain(file)).isInstanceOf(SnapshotFileException.class)
                .hasMessageStartingWith("leads.csv line 3: Unexpected character after closing quote")
                .hasMessageContaining("fix the file");
    }

    @Test
    void aLineOfTensOfThousandsOfFieldsFailsInsteadOfFillingTheHeap() throws IOException {
        Path file = write(("id\n1\n" + ",".repeat(20_000) + "\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> drain(file)).isInstanceOf(SnapshotFileException.class)
                .hasMessageStartingWith("leads.csv line 3: the record has more than 16384 fields");
    }

    @Test
    void aRecordLongerThanTheParsersBufferFailsNamingFileAndLine() throws IOException {
        Path file = write(("id,note\n1,ok\n2," + "x".repeat(17_000_000) + "\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> drain(file)).isInstanceOf(SnapshotFileException.class)
                .hasMessageStartingWith("leads.csv line 3: The maximum buffer size of 16777216 is insufficient")
                .hasMessageContaining("fix the file");
    }

    @Test
    void invalidUtf8FailsNamingTheFileAndLine() throws IOException {
        Path file = write(new byte[] {'i', 'd', '\n', 'a', '\n', 'b', '\n', (byte) 0xC3, (byte) 0x28, '\n'});

        assertThatThrownBy(() -> drain(file)).isInstanceOf(SnapshotFileException.class)
                .hasMessageStartingWith("leads.csv line 4 is not valid UTF-8");
    }

    @Test
    void findsTheLineOfTheFirstBytesAnEncodingCannotRead() throws IOException {
        byte[] windows1252 = "id,name\n1,M\u00fcller\n2,\u20ac\n".getBytes(TextEncoding.WINDOWS_1252);
        Path file = write(windows1252);

        assertThat(TextEncoding.firstUndecodableLine(file, StandardCharsets.UTF_8)).isEqualTo(2);
        assertThat(TextEncoding.firstUndecodableLine(file, TextEncoding.WINDOWS_1252)).isEqualTo(-1);
        assertThat(TextEncoding.detect(file)).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(TextEncoding.detect(write("id\n\u00fc\n".getBytes(StandardCharsets.UTF_8)))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aFileRewrittenToTheSameSizeIsDetectedAgain() throws IOException {
        Path file = write("a\n\u00fc\n".getBytes(StandardCharsets.UTF_8));
        assertThat(TextEncoding.detect(file)).isEqualTo(StandardCharsets.UTF_8);
        FileTime detected = Files.getLastModifiedTime(file);

        write("a\n\u00fcb\n".getBytes(TextEncoding.WINDOWS_1252));
        Files.setLastModifiedTime(file, FileTime.fromMillis(detected.toMillis() + 1000));

        assertThat(Files.size(file)).isEqualTo(5);
        assertThat(TextEncoding.detect(file)).isEqualTo(TextEncoding.WINDOWS_1252);
    }

    private List<CsvRow> read(String content) throws IOException {
        return drain(write(content.getBytes(StandardCharsets.UTF_8)));
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(temp.resolve("leads.csv"), content);
    }

    private static List<CsvRow> drain(Path file) {
        List<CsvRow> rows = new ArrayList<>();
        try (CsvRowReader reader = CsvRowReader.open(file)) {
            for (CsvRow row; (row = reader.next()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }
}

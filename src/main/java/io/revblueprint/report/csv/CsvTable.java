package io.revblueprint.report.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** A CSV layout: a fixed header and how one row becomes its cells. */
final class CsvTable<T> {

    private final CSVFormat format;
    private final Function<T, List<String>> cells;

    CsvTable(List<String> header, Function<T, List<String>> cells) {
        this.format = CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new))
                .setRecordSeparator('\n')
                .get();
        this.cells = cells;
    }

    /** Writes the header and the rows; leaves {@code out} open because the caller owns it. */
    void write(List<T> rows, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, format);
        for (T row : rows) {
            printer.printRecord(cells.apply(row));
        }
        printer.flush();
    }

    byte[] toBytes(List<T> rows) {
        StringBuilder csv = new StringBuilder();
        try {
            write(rows, csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}

package io.revblueprint.demo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Appends the rows collected in tables to their files and forgets them, so a snapshot of any size needs little memory. */
final class CsvTableStream implements Closeable {

    private final Map<CsvTable, CSVPrinter> printers = new LinkedHashMap<>();
    private final Map<String, Integer> rowCounts = new LinkedHashMap<>();

    CsvTableStream(Path folder, List<CsvTable> tables) throws IOException {
        for (CsvTable table : tables) {
            BufferedWriter writer = Files.newBufferedWriter(folder.resolve(table.file()), StandardCharsets.UTF_8);
            if (table.byteOrderMark()) {
                writer.write('\uFEFF');
            }
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(table.columns());
            printers.put(table, printer);
            rowCounts.put(table.file(), 0);
        }
    }

    /** Writes every table's pending rows. */
    void drain() {
        try {
            for (Map.Entry<CsvTable, CSVPrinter> entry : printers.entrySet()) {
                CsvTable table = entry.getKey();
                for (CsvRow row : table.rows()) {
                    entry.getValue().printRecord(row.values());
                }
                rowCounts.merge(table.file(), table.rows().size(), Integer::sum);
                table.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data rows written per file, in writing order. */
    Map<String, Integer> rowCounts() {
        return rowCounts;
    }

    @Override
    public void close() throws IOException {
        drain();
        List<IOException> failures = new ArrayList<>();
        for (CSVPrinter printer : printers.values()) {
            try {
                printer.close();
            } catch (IOException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}

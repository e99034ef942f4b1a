package io.revblueprint.demo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a table as RFC-4180 CSV and reports the physical line where each planted row starts. */
final class CsvTableWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvTableWriter() {
    }

    static Written write(CsvTable table, Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        if (table.byteOrderMark()) {
            text.append(BYTE_ORDER_MARK);
        }
        List<PlantedBadRow> planted = new ArrayList<>();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord(table.columns());
            long line = 2;
            for (CsvRow row : table.rows()) {
                int start = text.length();
                printer.printRecord(row.values());
                if (row.fault() != null) {
                    planted.add(new PlantedBadRow(table.file(), line, row.fault().column(), row.fault().reason()));
                }
                // Quoted fields may hold line breaks, so the next record starts after every newline written.
                line += text.substring(start).chars().filter(c -> c == '\n').count();
            }
        }
        Files.writeString(folder.resolve(table.file()), text, StandardCharsets.UTF_8);
        return new Written(table.rows().size(), planted);
    }

    /** How many data rows went into the file and which of them were planted bad. */
    record Written(int rows, List<PlantedBadRow> planted) {
    }
}

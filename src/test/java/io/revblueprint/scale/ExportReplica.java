package io.revblueprint.scale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A large CRM export made from a small one, to time the mapped import at scale: every CSV but User.csv is written
 * {@code copies} times, and in copy n (n > 0) each value that is the Id of one of the export's records gets the
 * suffix "Rn", so each copy is a new set of leads, accounts, opportunities and activities that reference each other
 * as the original's do. The owners (User.csv) are shared; other files are copied.
 */
final class ExportReplica {

    private static final String SHARED = "User.csv";

    private ExportReplica() {
    }

    /** One export file as read: its header and records. */
    private record Table(Path file, List<String> header, List<CSVRecord> records) {

        boolean shared() {
            return file.getFileName().toString().equals(SHARED);
        }
    }

    /** Writes the replica into {@code target}; returns the source rows written. */
    static long write(Path source, Path target, int copies) throws IOException {
        Files.createDirectories(target);
        List<Table> tables = new ArrayList<>();
        for (Path file : csvFiles(source)) {
            tables.add(read(file));
        }
        Set<String> ids = new HashSet<>();
        tables.stream().filter(table -> !table.shared())
                .forEach(table -> table.records().forEach(record -> ids.add(record.get("Id"))));
        long rows = 0;
        for (Table table : tables) {
            rows += write(table, target.resolve(table.file().getFileName()), table.shared() ? 1 : copies, ids);
        }
        try (Stream<Path> others = Files.list(source)) {
            for (Path other : others.filter(path -> !path.toString().endsWith(".csv")).toList()) {
                Files.copy(other, target.resolve(other.getFileName()));
            }
        }
        return rows;
    }

    private static long write(Table table, Path to, int copies, Set<String> ids) throws IOException {
        try (Writer out = Files.newBufferedWriter(to, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(table.header());
            for (int copy = 0; copy < copies; copy++) {
                String suffix = copy == 0 ? "" : "R" + copy;
                for (CSVRecord record : table.records()) {
                    List<String> values = new ArrayList<>(record.size());
                    record.forEach(value -> values.add(ids.contains(value) ? value + suffix : value));
                    printer.printRecord(values);
                }
            }
        }
        return (long) table.records().size() * copies;
    }

    private static Table read(Path file) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(reader(file))) {
            return new Table(file, parser.getHeaderNames(), parser.getRecords());
        }
    }

    private static Reader reader(Path file) throws IOException {
        return new InputStreamReader(BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get(),
                StandardCharsets.UTF_8);
    }

    private static List<Path> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.toString().endsWith(".csv")).sorted().toList();
        }
    }
}

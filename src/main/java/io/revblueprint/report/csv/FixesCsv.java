package io.revblueprint.report.csv;

import io.revblueprint.plan.Fix;

import java.io.IOException;
import java.util.List;

/** The one definition of fixes.csv: the job writes the file with it and the PDFs embed the same bytes. */
public final class FixesCsv {

    public static final List<String> HEADER = List.of(
            "scope", "rank", "metric", "current", "target", "benchmark", "revenue_at_stake",
            "action", "owner_name", "owner_role", "start_date", "due_date");

    private static final CsvTable<Fix> TABLE = new CsvTable<>(HEADER, FixesCsv::cells);

    private FixesCsv() {
    }

    public static void write(List<Fix> rows, Appendable out) throws IOException {
        TABLE.write(rows, out);
    }

    public static byte[] toBytes(List<Fix> rows) {
        return TABLE.toBytes(rows);
    }

    private static List<String> cells(Fix row) {
        return List.of(
                CsvCells.text(row.scope()),
                Integer.toString(row.rank()),
                CsvCells.text(row.metric()),
                CsvCells.number(row.current()),
                CsvCells.number(row.target()),
                CsvCells.number(row.benchmark()),
                CsvCells.number(row.estimatedStake()),
                CsvCells.text(row.action()),
                CsvCells.text(row.ownerName()),
                CsvCells.text(row.ownerRole()),
                CsvCells.text(row.startDate()),
                CsvCells.text(row.dueDate()));
    }
}

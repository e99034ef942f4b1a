package io.revblueprint.snapshot;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Why rows were quarantined, grouped by kind of reason (values and ids left out), most frequent first. */
@Component
public class QuarantineReasons {

    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern NAMED_ID = Pattern.compile(
            "^((?:duplicate|unknown) \\S+) .+?(: .*)?$");

    private final JdbcTemplate jdbc;

    public QuarantineReasons(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One kind of reason: how many rows, and the first of them in source order. */
    public record Reason(String column, String kind, long rows, String firstSourceFile, long firstSourceLine) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s%s (%,d, first %s line %d)", column == null ? "" : column + ": ",
                    kind, rows, firstSourceFile, firstSourceLine);
        }
    }

    public List<Reason> top(long snapshotId, int limit) {
        Map<String, Reason> reasons = new LinkedHashMap<>();
        jdbc.query("SELECT column_name, reason, source_file, source_line FROM quarantine WHERE snapshot_id = ?"
                + " ORDER BY source_file, source_line", rs -> {
                    String column = rs.getString("column_name");
                    String kind = kindOf(rs.getString("reason"));
                    reasons.merge(column + "\u0000" + kind, new Reason(column, kind, 1, rs.getString("source_file"),
                            rs.getLong("source_line")), (first, next) -> new Reason(first.column(), first.kind(),
                            first.rows() + 1, first.firstSourceFile(), first.firstSourceLine()));
                }, snapshotId);
        return reasons.values().stream().sorted(Comparator.comparingLong(Reason::rows).reversed()).limit(limit).toList();
    }

    /**
     * Why a row of {@code file} holding {@code id} as one of its cells was quarantined, where it came from: "teams.csv
     * line 4, timezone: unknown time zone 'Mars/Olympus'"; empty when no such row was.
     */
    public Optional<String> ofRowHolding(long snapshotId, String file, String id) {
        return jdbc.query("SELECT COALESCE(source_file, file_name) AS source_file, COALESCE(source_line, line_no) AS"
                        + " source_line, column_name, reason, raw_row FROM quarantine WHERE snapshot_id = ? AND"
                        + " file_name = ? ORDER BY line_no", (rs, row) -> Map.entry(cells(rs.getString("raw_row")),
                        rs.getString("source_file") + " line " + rs.getLong("source_line")
                                + (rs.getString("column_name") == null ? "" : ", " + rs.getString("column_name")) + ": "
                                + rs.getString("reason")), snapshotId, file).stream()
                .filter(row -> row.getKey().contains(id)).map(Map.Entry::getValue).findFirst();
    }

    private static List<String> cells(String raw) {
        if (raw == null) {
            return List.of();
        }
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(raw)) {
            return reader.stream().findFirst().map(CsvRecord::getFields).orElse(List.of());
        } catch (IOException | UncheckedIOException | CsvParseException unreadable) {
            return List.of();
        }
    }

    /**
     * The reason with its value (the first quoted part) and ids left out: "unknown user U-7" and "unknown user U-9"
     * are one kind.
     */
    static String kindOf(String reason) {
        return NAMED_ID.matcher(QUOTED.matcher(reason).replaceFirst("'…'")).replaceAll("$1 …$2");
    }
}

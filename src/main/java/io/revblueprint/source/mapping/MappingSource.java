package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvHeader;
import io.revblueprint.snapshot.RowContext;
import io.revblueprint.snapshot.SnapshotFileException;
import io.revblueprint.snapshot.SnapshotFormat;
import io.revblueprint.snapshot.SnapshotFormats;
import io.revblueprint.snapshot.SnapshotManifest;
import io.revblueprint.snapshot.SnapshotSource;
import io.revblueprint.snapshot.SourceRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder of CRM export files read through a {@link Mapping} into canonical rows: a Salesforce or HubSpot export
 * through its preset, a replica's tables pulled to files, any CSV through a mapping file.
 */
public final class MappingSource implements SnapshotSource {

    private static final Logger log = LoggerFactory.getLogger(MappingSource.class);

    private final Mapping mapping;
    private final Path folder;
    private final ZoneId configuredZone;
    private final Instant asOfOverride;
    private DayMonthOrder.Reading dates;

    private MappingSource(Mapping mapping, Path folder, ZoneId configuredZone, Instant asOfOverride) {
        this.mapping = mapping;
        this.folder = folder;
        this.configuredZone = configuredZone;
        this.asOfOverride = asOfOverride;
    }

    /**
     * A folder read by a preset, adjusted by a profile (null: none). {@code encoding}: null, or the encoding every
     * file is read in; {@code asOf}: null, or the cutoff to use instead of the mapping's.
     */
    public static MappingSource preset(String preset, Path profile, Path folder, ZoneId configuredZone, String encoding,
                                       Instant asOf) {
        return new MappingSource(withEncoding(MappingLoader.preset(preset, profile), encoding), folder, configuredZone, asOf);
    }

    /** A folder read by a mapping file (which may extend a preset). */
    public static MappingSource mapped(Path mappingFile, Path folder, ZoneId configuredZone, String encoding, Instant asOf) {
        return new MappingSource(withEncoding(MappingLoader.load(mappingFile), encoding), folder, configuredZone, asOf);
    }

    /** The preset a mapping file extends, or null. */
    public static String presetOf(Path mappingFile) {
        return MappingLoader.extendedPreset(mappingFile);
    }

    private static Mapping withEncoding(Mapping mapping, String encoding) {
        return encoding == null ? mapping : new Mapping(mapping.name(), mapping.system(), mapping.company(),
                mapping.timezone(), mapping.asOf(), mapping.read().withEncoding(encoding), mapping.files(),
                mapping.canonical(), mapping.ownColumns());
    }

    @Override
    public SnapshotManifest manifest() {
        ZoneId zone = zone();
        Instant asOf = asOfOverride != null ? asOfOverride : mapping.asOf().fixed() != null ? mapping.asOf().fixed()
                : latest(zone);
        return new SnapshotManifest(asOf, mapping.system(), mapping.company(), mapping.timezone());
    }

    private ZoneId zone() {
        return mapping.timezone() != null ? mapping.timezone() : configuredZone;
    }

    private Instant latest(ZoneId zone) {
        if (mapping.asOf().latestOf().isEmpty()) {
            throw new SnapshotFileException(mapping.name() + " names no as_of: add as_of (an instant, or {latest: ["
                    + "file.column]}) to the mapping, or give --blueprint.source.as-of=2026-11-21T02:00:00Z");
        }
        SourceTimes times = times(zone);
        SourceFiles files = files();
        Instant[] latest = {null};
        String[] unread = {null};
        for (Mapping.FileColumn column : mapping.asOf().latestOf()) {
            files.forEach(column.alias(), record -> {
                String value = record.get(SourceColumns.key(column.column()));
                Instant through = value == null ? null : times.through(value);
                if (through != null && (latest[0] == null || through.isAfter(latest[0]))) {
                    latest[0] = through;
                }
                if (value != null && through == null && unread[0] == null) {
                    unread[0] = new SourceCell(record.row().file(), record.row().line(), value).describe();
                }
            });
        }
        if (latest[0] == null) {
            String columns = mapping.asOf().latestOf().stream().map(column -> column.alias() + "." + column.column())
                    .collect(Collectors.joining(", "));
            // A dotted German date read "no [FileColumn[alias=contacts, …]] value is set" with every value set.
            throw new SnapshotFileException(mapping.name() + ": no " + columns + (unread[0] == null
                    ? " value is set, so the snapshot's as_of is unknown; give"
                    : " value is a date or time it reads (" + unread[0] + "): name its form in read.date_formats,"
                    + " e.g. \"dd.MM.yyyy HH:mm\", or give") + " --blueprint.source.as-of=…");
        }
        return latest[0];
    }

    /** Fails naming the file, or the file and column, that a required part of the mapping needs. */
    @Override
    public void check() {
        SourceFiles files = files();
        List<String> absent = new ArrayList<>();
        for (FileSpec spec : mapping.files().values()) {
            Optional<Path> file = spec.locate(folder);
            if (file.isEmpty()) {
                if (spec.required()) {
                    throw new SnapshotFileException(spec.describe() + " is missing in " + folder + "; " + mapping.name()
                            + " needs it");
                }
                if (!spec.names().isEmpty()) {
                    absent.add(spec.describe());
                }
                continue;
            }
            try (SourceFiles.Records records = files.open(spec.alias()).orElseThrow()) {
                checkColumns(spec, records.header());
            }
        }
        if (!absent.isEmpty()) {
            log.info("{}: optional files not in {}: {}", mapping.name(), folder, String.join(", ", absent));
        }
        tellDayMonthOrder();
    }

    private void checkColumns(FileSpec spec, CsvHeader header) {
        Set<String> present = Set.copyOf(header.names());
        Map<String, String> required = new LinkedHashMap<>();
        spec.requiredColumns().forEach(column -> required.put(column, "the mapping lists it under files." + spec.alias()));
        Set<String> named = new LinkedHashSet<>();
        List<List<String>> copiedColumns = new ArrayList<>();
        mapping.canonical().forEach((canonicalFile, sources) -> {
            SnapshotFormat<?> format = format(canonicalFile);
            for (RowSource source : sources) {
                if (source.origin() instanceof RowSource.FromFile from && from.alias().equals(spec.alias())) {
                    source.readKeys(mapping.read()).forEach(named::add);
                    copiedColumns.addAll(copies(source));
                    requiredBy(source, format, present).forEach((column, use) -> required.putIfAbsent(column, use));
                }
                copiedColumns.addAll(joinedColumns(source, spec.alias()));
            }
        });
        required.forEach((column, use) -> {
            if (!present.contains(SourceColumns.key(column))) {
                throw new SnapshotFileException(header.file() + ": required column '" + column
                        + "' is missing from the header (" + use + "); export it, or change " + mapping.name());
            }
        });
        if (mapping.ownColumns()) {
            requireCopiedColumns(copiedColumns, header);
        }
        List<String> absent = named.stream().filter(key -> !present.contains(key)).toList();
        if (!absent.isEmpty()) {
            log.debug("{}: columns the mapping can use but the file lacks (read as empty): {}", header.file(), absent);
        }
    }

    /**
     * A column its own mapping copies but the file lacks (none of its alternative names) is a typo or a renamed
     * export: "amount: close_valu" left every amount empty, priced no fix and asked each manager to record amounts,
     * with exit 0. So is one shaped with a default: "is_won: {column: Stauts, map: ..., default: ...}" made every deal
     * open. One of several alternatives (first:) may be absent.
     */
    private void requireCopiedColumns(List<List<String>> copiedColumns, CsvHeader header) {
        Set<String> present = Set.copyOf(header.names());
        List<String> missing = copiedColumns.stream()
                .filter(names -> names.stream().noneMatch(name -> present.contains(SourceColumns.key(name))))
                .map(names -> names.get(0)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Optional<String>> near = new LinkedHashMap<>();
        missing.forEach(name -> near.put(name, nearest(name, header)));
        List<String> told = missing.stream().map(name -> "'" + name + "'" + near.get(name)
                .map(guess -> " (did you mean " + guess + "?)").orElse("")).toList();
        // Every one at once: a newcomer fixing them one run at a time read the same error five times.
        boolean guessed = near.values().stream().allMatch(Optional::isPresent);
        throw new SnapshotFileException(header.file() + ": " + mapping.name() + " reads "
                + (missing.size() == 1 ? "column " : "columns ") + String.join(", ", told) + ", which the file does"
                + " not have" + (guessed ? "" : "; its columns are " + String.join(", ", header.labels()))
                + "; correct the mapping, or export " + (missing.size() == 1 ? "the column" : "the columns"));
    }

    /**
     * A header name near the missing one: one that starts or ends with it or it with that (close_valu, close_value;
     * deal_value, Value), ignoring case and separators.
     */
    private static Optional<String> nearest(String missing, CsvHeader header) {
        String key = SourceColumns.key(missing);
        return header.labels().stream().map(label -> Map.entry(label, SourceColumns.key(label)))
                .filter(label -> label.getValue().length() >= 3 && key.length() >= 3)
                .filter(label -> label.getValue().startsWith(key) || key.startsWith(label.getValue())
                        || label.getValue().endsWith(key) || key.endsWith(label.getValue()))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The names of each column the source copies: as is, or shaped (matched, split, mapped, with a default). */
    private static List<List<String>> copies(RowSource source) {
        List<List<String>> copies = new ArrayList<>();
        for (RowSource.Column column : source.columns()) {
            Expression expression = column.expression() instanceof ShapedValue shaped ? shaped.source()
                    : column.expression();
            if (expression instanceof ColumnValue copy && !copy.names().isEmpty()) {
                copies.add(copy.names());
            }
        }
        return copies;
    }

    /**
     * The columns of file {@code alias} that the source's joins into it read as they are (its key and the value):
     * "column: employes" for employees left every deal's segment to the default, exit 0.
     */
    private static List<List<String>> joinedColumns(RowSource source, String alias) {
        return source.lookups().stream().filter(lookup -> lookup.alias().equals(alias))
                .flatMap(lookup -> Stream.of(lookup.key(), lookup.column()))
                .filter(ColumnValue.class::isInstance).map(ColumnValue.class::cast)
                .map(ColumnValue::names).filter(names -> !names.isEmpty()).toList();
    }

    /** Source columns that a required canonical column is a plain copy of, with where they go. */
    private static Map<String, String> requiredBy(RowSource source, SnapshotFormat<?> format, Set<String> present) {
        Map<String, String> required = new LinkedHashMap<>();
        for (RowSource.Column column : source.columns()) {
            ColumnValue copy = copiedColumn(column.expression());
            if (format.requiredColumns().contains(column.name()) && copy != null
                    && copy.names().stream().noneMatch(name -> present.contains(SourceColumns.key(name)))
                    && !copy.names().isEmpty()) {
                required.put(copy.names().get(0), "it gives " + format.fileName() + " " + column.name());
            }
        }
        return required;
    }

    /**
     * The column a value copies as it is, or with a constant for its empty cells; null for any other value. An export
     * without IsWon read every deal as lost (its empty cells mean false, so the whole column defaulted), exit 0.
     */
    private static ColumnValue copiedColumn(Expression expression) {
        if (expression instanceof ShapedValue shaped && shaped.onlyFillsEmptyCells()) {
            return copiedColumn(shaped.source());
        }
        return expression instanceof ColumnValue copy ? copy : null;
    }

    private static SnapshotFormat<?> format(String canonicalFile) {
        return SnapshotFormats.IN_IMPORT_ORDER.stream().filter(format -> format.fileName().equals(canonicalFile))
                .findFirst().orElseThrow();
    }

    @Override
    public SourceRows rows(SnapshotFormat<?> format, RowContext context) {
        SourceFiles files = files();
        List<RowSource> sources = mapping.canonical().getOrDefault(format.fileName(), List.of());
        Lookups lookups = new Lookups(files, sources.stream().flatMap(source -> source.lookups().stream()).toList());
        return new MappedRows(format.fileName(), sources, files,
                new MappingContext(context.asOf(), times(context.companyZone()), lookups, context.defaultCurrency()),
                mapping.name());
    }

    /** ISO-8601, and the mapping's patterns with where another goes: a reason said "ISO-8601 expected" alone. */
    @Override
    public String timestampsExpected() {
        List<String> patterns = datePatterns();
        return (patterns.isEmpty() ? ISO_EXPECTED : "ISO-8601 or " + String.join(", ", patterns) + " expected")
                + "; name another form in read.date_formats";
    }

    private SourceFiles files() {
        return new SourceFiles(folder, mapping.files(), mapping.read());
    }

    private SourceTimes times(ZoneId companyZone) {
        ZoneId sourceZone = mapping.read().zone() != null ? mapping.read().zone() : companyZone;
        return new SourceTimes(sourceZone, companyZone, datePatterns());
    }

    /** The mapping's date patterns in the order of day and month the export's cells show, decided once. */
    private List<String> datePatterns() {
        return dates().patterns();
    }

    private DayMonthOrder.Reading dates() {
        if (dates == null) {
            dates = DayMonthOrder.reading(mapping.read().datePatterns(), files(), mapping.files().keySet());
        }
        return dates;
    }

    /**
     * Says so when the export writes day and month in the other order than the mapping's patterns, and warns when no
     * cell shows the order and the patterns read month first, as the presets do: a UK export of early-month days read
     * so has every date swapped. Day-first patterns were written by someone who knew their export.
     */
    private void tellDayMonthOrder() {
        DayMonthOrder.Evidence evidence = dates().reorderedBy();
        if (evidence != null) {
            log.info("{}: the export writes dates {} first ({}), so they are read as {}", mapping.name(),
                    evidence.dayFirst() ? "day" : "month", evidence.cell().describe(), String.join(", ", datePatterns()));
        } else if (dates().eitherWay() != null) {
            log.warn("{}: no date in the export shows whether it writes the day or the month first ({} reads either"
                    + " way), so dates are read month first, as {}; if it writes the day first, give --mapping= a"
                    + " profile (or mapping) with read: {date_formats: [{}]} (the README shows profiles)", mapping.name(),
                    dates().eitherWay().describe(), String.join(", ", datePatterns()),
                    String.join(", ", DayMonthOrder.inOtherOrder(datePatterns())));
        }
    }
}

package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.SourceTally;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row per distinct value of a key across files (owners named by records but missing from the user file,
 * the managers of a list of agents), made from the first record that has it.
 */
final class DistinctRowGenerator implements RowGenerator {

    private final RowSource source;
    private final Expression key;
    private final SourceFiles files;
    private final MappingContext context;
    private final RowMapper mapper;
    private final Deque<String> aliases;
    private final Tally tally;
    private final Set<String> seen = new HashSet<>();
    private SourceFiles.Records open;

    DistinctRowGenerator(RowSource source, RowSource.Distinct distinct, SourceFiles files, MappingContext context,
                         RowMapper mapper) {
        this.source = source;
        this.key = distinct.key();
        this.files = files;
        this.context = context;
        this.mapper = mapper;
        this.aliases = new ArrayDeque<>(distinct.aliases());
        Set<String> keyColumns = new LinkedHashSet<>();
        key.readColumns(keyColumns::add);
        String names = distinct.aliases().stream().map(files::locate).flatMap(Optional::stream)
                .map(Path::getFileName).map(Path::toString).collect(Collectors.joining(", "));
        this.tally = new Tally(names + " (each " + String.join(", ", keyColumns) + " once)", List.of());
    }

    @Override
    public CsvRow next() {
        while (true) {
            SourceRecord record = nextRecord();
            if (record == null) {
                return null;
            }
            RowScope scope = new RowScope(context, record);
            String value = record.deleted() ? null : key.value(scope);
            if (value != null && seen.add(value.strip().toLowerCase(Locale.ROOT))) {
                tally.read();
                CsvRow origin = record.row();
                CsvRow row = mapper.map(source, scope, tally, origin.file(), origin.line(), origin.raw(),
                        origin.shapeProblem());
                if (row != null) {
                    return row;
                }
            }
        }
    }

    private SourceRecord nextRecord() {
        while (true) {
            if (open != null) {
                SourceRecord record = open.next();
                if (record != null) {
                    return record;
                }
                open.close();
                open = null;
            }
            if (aliases.isEmpty()) {
                return null;
            }
            open = files.open(aliases.removeFirst()).orElse(null);
        }
    }

    @Override
    public List<SourceTally> tallies() {
        return List.of(tally.toSourceTally());
    }

    @Override
    public void close() {
        if (open != null) {
            open.close();
        }
    }
}

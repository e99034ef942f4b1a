package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.SourceRows;
import io.revblueprint.snapshot.SourceTally;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One row per distinct value of a key across files (owners named by records but missing from the user file,
 * the managers of a list of agents), made from the first record that has it.
 */
final class DistinctRowGenerator implements SourceRows {

    private final RowSource source;
    private final Expression key;
    private final Condition except;
    private final SourceFiles files;
    private final MappingContext context;
    private final RowMapper mapper;
    private final Deque<String> aliases;
    private final Tally tally = new Tally(List.of());
    private final Set<String> keyColumns = new LinkedHashSet<>();
    private final Set<String> keyColumnsFound = new LinkedHashSet<>();
    private final List<String> filesRead = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private SourceFiles.Records open;

    DistinctRowGenerator(RowSource source, RowSource.Distinct distinct, SourceFiles files, MappingContext context,
                         RowMapper mapper) {
        this.source = source;
        this.key = distinct.key();
        this.except = distinct.except();
        this.files = files;
        this.context = context;
        this.mapper = mapper;
        this.aliases = new ArrayDeque<>(distinct.aliases());
        key.readColumns(keyColumns::add);
    }

    @Override
    public CsvRow next() {
        while (true) {
            SourceRecord record = nextRecord();
            if (record == null) {
                return null;
            }
            RowScope scope = new RowScope(context, record);
            String value = record.deleted() || except != null && except.holds(scope) ? null : key.value(scope);
            if (value != null && seen.add(Lookups.normalized(value))) {
                tally.read();
                CsvRow origin = record.row();
                CsvRow row = mapper.map(source, scope, tally, origin.file(), origin.line(), origin::raw,
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
            if (open != null) {
                filesRead.add(open.header().file());
                keyColumns.stream().filter(column -> open.header().names().contains(SourceColumns.key(column)))
                        .forEach(keyColumnsFound::add);
            }
        }
    }

    /**
     * Said of the files read and the key columns they had, e.g. "Lead.csv, Task.csv (each OwnerId once)"; none when
     * no value was new.
     */
    @Override
    public List<SourceTally> tallies() {
        return tally.nothingRead() ? List.of() : List.of(tally.toSourceTally(String.join(", ", filesRead)
                + " (each " + String.join(", ", keyColumnsFound) + " once)"));
    }

    @Override
    public void close() {
        if (open != null) {
            open.close();
        }
    }
}

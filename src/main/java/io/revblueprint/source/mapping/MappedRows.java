package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.SourceRows;
import io.revblueprint.snapshot.SourceTally;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The canonical rows of one canonical file: the rows of each of its {@link RowSource}s in turn. */
final class MappedRows implements SourceRows {

    private final Deque<RowSource> sources;
    private final SourceFiles files;
    private final MappingContext context;
    private final RowMapper mapper;
    private final String mappingName;
    private final List<SourceTally> done = new ArrayList<>();
    private SourceRows current;

    MappedRows(String canonicalFile, List<RowSource> sources, SourceFiles files, MappingContext context,
               String mappingName) {
        this.sources = new ArrayDeque<>(sources);
        this.files = files;
        this.context = context;
        this.mapper = new RowMapper(canonicalFile);
        this.mappingName = mappingName;
    }

    @Override
    public CsvRow next() {
        while (true) {
            if (current == null) {
                if (sources.isEmpty()) {
                    return null;
                }
                current = generator(sources.removeFirst());
                continue;
            }
            CsvRow row = current.next();
            if (row != null) {
                return row;
            }
            finish();
        }
    }

    private SourceRows generator(RowSource source) {
        if (source.origin() instanceof RowSource.FromFile file) {
            return files.open(file.alias())
                    .<SourceRows>map(records -> new FileRowGenerator(source, records, context, mapper, files.options()))
                    .orElseGet(SourceRows::none);
        }
        if (source.origin() instanceof RowSource.Distinct distinct) {
            return new DistinctRowGenerator(source, distinct, files, context, mapper);
        }
        return new LiteralRowGenerator(source, (RowSource.Literal) source.origin(), context, mapper, mappingName);
    }

    private void finish() {
        done.addAll(current.tallies());
        current.close();
        current = null;
    }

    /** Per source file (files read by several sources summed), then each file looked up in. */
    @Override
    public List<SourceTally> tallies() {
        Map<String, SourceTally> bySource = new LinkedHashMap<>();
        List<SourceTally> all = new ArrayList<>(done);
        if (current != null) {
            all.addAll(current.tallies());
        }
        all.forEach(tally -> bySource.merge(tally.sourceFile(), tally, MappedRows::sum));
        context.lookups().recordsRead().forEach((file, read) -> {
            SourceTally lookup = SourceTally.lookup(file, read);
            bySource.putIfAbsent(lookup.sourceFile(), lookup);
        });
        return List.copyOf(bySource.values());
    }

    private static SourceTally sum(SourceTally first, SourceTally second) {
        Map<String, Long> skipped = new LinkedHashMap<>(first.skipped());
        second.skipped().forEach((reason, count) -> skipped.merge(reason, count, Long::sum));
        Map<String, Long> notes = new LinkedHashMap<>(first.notes());
        second.notes().forEach((note, count) -> notes.merge(note, count, Long::sum));
        List<String> ignored = first.ignoredColumns().stream().filter(second.ignoredColumns()::contains).toList();
        return new SourceTally(first.sourceFile(), first.read() + second.read(), first.mapped() + second.mapped(),
                skipped, ignored, notes);
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
        }
    }
}

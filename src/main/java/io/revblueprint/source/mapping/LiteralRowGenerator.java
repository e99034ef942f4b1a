package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.SourceRows;
import io.revblueprint.snapshot.SourceTally;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Rows written in the mapping itself (a default team); their source is the mapping, their line the row's number. */
final class LiteralRowGenerator implements SourceRows {

    private final RowSource source;
    private final MappingContext context;
    private final RowMapper mapper;
    private final String mappingName;
    private final Iterator<Map<String, String>> rows;
    private final Tally tally;
    private long number;

    LiteralRowGenerator(RowSource source, RowSource.Literal literal, MappingContext context, RowMapper mapper,
                        String mappingName) {
        this.source = source;
        this.context = context;
        this.mapper = mapper;
        this.mappingName = mappingName;
        this.rows = literal.rows().iterator();
        this.tally = new Tally(List.of());
    }

    @Override
    public CsvRow next() {
        while (rows.hasNext()) {
            Map<String, String> values = rows.next();
            number++;
            tally.read();
            RowScope scope = new RowScope(context, null);
            values.forEach(scope::put);
            CsvRow row = mapper.map(source, scope, tally, mappingName, number, () -> String.join(",", values.values()), null);
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    @Override
    public List<SourceTally> tallies() {
        return List.of(tally.toSourceTally(mappingName));
    }

    @Override
    public void close() {
    }
}

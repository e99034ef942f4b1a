package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvHeader;
import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.SourceRows;
import io.revblueprint.snapshot.SourceTally;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** The rows made from the records of one file: one per record, or one per matching column with a value. */
final class FileRowGenerator implements SourceRows {

    private final RowSource source;
    private final SourceFiles.Records records;
    private final MappingContext context;
    private final RowMapper mapper;
    private final Tally tally;
    private final List<Integer> eachColumns = new ArrayList<>();
    private final List<String> eachMatches = new ArrayList<>();
    private final Deque<CsvRow> pending = new ArrayDeque<>();
    private final UnreadColumns unread;
    private boolean exhausted;

    FileRowGenerator(RowSource source, SourceFiles.Records records, MappingContext context, RowMapper mapper,
                     ReadOptions options) {
        this.source = source;
        this.records = records;
        this.context = context;
        this.mapper = mapper;
        CsvHeader header = records.header();
        Set<String> read = source.readKeys(options);
        List<Integer> ignored = new ArrayList<>();
        for (int i = 0; i < header.labels().size(); i++) {
            Matcher each = source.eachColumn() == null ? null : source.eachColumn().matcher(header.labels().get(i));
            if (each != null && each.matches()) {
                eachColumns.add(i);
                eachMatches.add(each.groupCount() > 0 ? each.group(1).strip() : header.labels().get(i));
            } else if (!read.contains(header.names().get(i))) {
                ignored.add(i);
            }
        }
        this.tally = new Tally(ignored.stream().map(header.labels()::get).toList());
        this.unread = new UnreadColumns(source.columns().stream().map(RowSource.Column::name).toList(), header,
                ignored);
    }

    @Override
    public CsvRow next() {
        while (pending.isEmpty()) {
            SourceRecord record = records.next();
            if (record == null) {
                for (long line = records.takeFooterLines(); line > 0; line--) {
                    tally.read();
                    tally.skipped("lines of a report's footer (title, copyright) after the data");
                }
                exhausted = true;
                return null;
            }
            tally.read();
            if (record.deleted()) {
                tally.skipped("deleted");
                continue;
            }
            unread.observe(record);
            if (source.eachColumn() == null) {
                add(record, new RowScope(context, record));
            } else {
                for (int i = 0; i < eachColumns.size(); i++) {
                    String value = record.get(records.header().names().get(eachColumns.get(i)));
                    if (value != null) {
                        add(record, new RowScope(context, record, eachMatches.get(i), value));
                    }
                }
            }
        }
        return pending.removeFirst();
    }

    private void add(SourceRecord record, RowScope scope) {
        CsvRow origin = record.row();
        CsvRow row = mapper.map(source, scope, tally, origin.file(), origin.line(), origin::raw, origin.shapeProblem());
        if (row != null) {
            unread.mapped(row);
            pending.addLast(row);
        }
    }

    @Override
    public List<SourceTally> tallies() {
        // A column is "left empty" only once the whole file was read; a stopped read may fill it later.
        if (exhausted) {
            tally.noted(unread.notes());
            exhausted = false;
        }
        return List.of(tally.toSourceTally(records.header().file()));
    }

    @Override
    public void close() {
        records.close();
    }
}

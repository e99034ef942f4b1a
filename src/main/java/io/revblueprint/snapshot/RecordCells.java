package io.revblueprint.snapshot;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One record's cells by header name, read through the file's {@link Columns} instead of copied into a map per row
 * (millions of rows a night). A name the header repeats means its first column; a column the record lacks is absent.
 */
final class RecordCells extends AbstractMap<String, String> {

    /** Where each header name stands, worked out once per file. */
    static final class Columns {

        private final Map<String, Integer> positions = new HashMap<>();
        private final List<String> names;
        private final boolean[] named;

        Columns(List<String> names) {
            this.names = List.copyOf(names);
            this.named = new boolean[names.size()];
            for (int i = 0; i < names.size(); i++) {
                named[i] = positions.putIfAbsent(names.get(i), i) == null;
            }
        }

        RecordCells of(String[] values) {
            return new RecordCells(this, values);
        }
    }

    private final Columns columns;
    private final String[] values;

    private RecordCells(Columns columns, String[] values) {
        this.columns = columns;
        this.values = values;
    }

    @Override
    public String get(Object name) {
        int position = position(name);
        return position < 0 ? null : values[position];
    }

    @Override
    public boolean containsKey(Object name) {
        return position(name) >= 0;
    }

    private int position(Object name) {
        Integer position = columns.positions.get(name);
        return position == null || position >= values.length ? -1 : position;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Cells();
            }

            @Override
            public int size() {
                int size = 0;
                for (Iterator<Entry<String, String>> cells = iterator(); cells.hasNext(); cells.next()) {
                    size++;
                }
                return size;
            }
        };
    }

    /** The cells in header order, each name once. */
    private final class Cells implements Iterator<Entry<String, String>> {

        private int next = advance(0);

        private int advance(int from) {
            int last = Math.min(columns.names.size(), values.length);
            int position = from;
            while (position < last && !columns.named[position]) {
                position++;
            }
            return position < last ? position : -1;
        }

        @Override
        public boolean hasNext() {
            return next >= 0;
        }

        @Override
        public Entry<String, String> next() {
            if (next < 0) {
                throw new NoSuchElementException();
            }
            Entry<String, String> cell = new SimpleImmutableEntry<>(columns.names.get(next), values[next]);
            next = advance(next + 1);
            return cell;
        }
    }
}

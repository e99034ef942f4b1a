package io.revblueprint.snapshot;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;

import java.util.Arrays;

/** Takes FastCSV's fields as it parses them: each record's values and the physical line it starts on. */
final class CsvFields extends CsvCallbackHandler<CsvFields.Record> {

    /** FastCSV's own limit: a line of commas must not fill the heap with empty cells. */
    private static final int MAX_FIELDS = 16_384;

    record Record(long line, String[] values) {

        String last() {
            return values[values.length - 1];
        }
    }

    private long line;
    private String[] values = new String[32];
    private int count;
    private RecordType type = RecordType.DATA;

    /** The line of the record being parsed: where a parse error is. */
    long line() {
        return line;
    }

    @Override
    protected RecordType getRecordType() {
        return type;
    }

    @Override
    protected int getFieldCount() {
        return count;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        line = startingLineNumber;
        count = 0;
        type = RecordType.DATA;
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
        if (count == values.length) {
            if (count == MAX_FIELDS) {
                throw new CsvParseException("the record has more than " + MAX_FIELDS + " fields");
            }
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = len == 0 ? "" : new String(buf, offset, len);
    }

    /** Never called: the reader is built without a comment character. */
    @Override
    protected void setComment(char[] buf, int offset, int len) {
        throw new IllegalStateException("CSV comments are not read");
    }

    @Override
    protected void setEmpty() {
        type = RecordType.EMPTY;
        values[0] = "";
        count = 1;
    }

    @Override
    protected Record buildRecord() {
        return new Record(line, Arrays.copyOf(values, count));
    }
}

package io.revblueprint.snapshot;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Rows as MySQL's LOAD DATA reads them by default: tab-separated fields, one line per row, {@code \N} for NULL, and
 * backslash escapes for the characters that would end a field or a line.
 */
final class LoadDataLines implements RowValues {

    private final StringBuilder text = new StringBuilder();
    private boolean firstField = true;

    /** Starts the next row. */
    LoadDataLines row(long snapshotId, long line) {
        if (text.length() > 0) {
            text.append('\n');
        }
        firstField = true;
        field().append(snapshotId);
        field().append(line);
        return this;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public RowValues text(String value) {
        if (value == null) {
            field().append("\\N");
            return this;
        }
        StringBuilder out = field();
        int first = firstToEscape(value);
        out.append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                default -> out.append(c);
            }
        }
        return this;
    }

    /**
     * Where the first character to escape stands, or the length: what comes before it is appended whole, several
     * times faster than character by character, and most values hold nothing to escape.
     */
    private static int firstToEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c <= '\r' && (c == '\t' || c == '\n' || c == '\r' || c == '\0')) {
                return i;
            }
        }
        return value.length();
    }

    @Override
    public RowValues instant(Instant value) {
        if (value == null) {
            return plain(null);
        }
        field().append(value.toEpochMilli());
        return this;
    }

    @Override
    public RowValues integer(Integer value) {
        return plain(value);
    }

    @Override
    public RowValues decimal(BigDecimal value) {
        return plain(value == null ? null : value.toPlainString());
    }

    @Override
    public RowValues bool(boolean value) {
        return plain(value ? 1 : 0);
    }

    @Override
    public RowValues date(LocalDate value) {
        return plain(value);
    }

    /** A value whose text needs no escaping. */
    private RowValues plain(Object value) {
        field().append(value == null ? "\\N" : value.toString());
        return this;
    }

    private StringBuilder field() {
        if (!firstField) {
            text.append('\t');
        }
        firstField = false;
        return text;
    }
}

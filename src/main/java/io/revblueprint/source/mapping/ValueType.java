package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.InstantText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What a value is read as: a timestamp or a date (written as the contract's ISO instant), an integer (an export's
 * {@code 150.0} is 150). A value that cannot be read is kept as written, so the contract's rules reject it with
 * the value in the reason.
 */
enum ValueType {
    TIMESTAMP, DATE, INTEGER;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("([-+]?\\d+)(\\.0+)?");

    String apply(String value, SourceTimes times) {
        return switch (this) {
            case TIMESTAMP -> {
                Instant instant = times.instant(value);
                yield instant == null ? value : InstantText.format(instant);
            }
            case DATE -> {
                LocalDate date = times.date(value);
                yield date == null ? value : InstantText.format(times.startOf(date));
            }
            case INTEGER -> {
                var whole = WHOLE_NUMBER.matcher(value);
                yield whole.matches() ? whole.group(1) : value;
            }
        };
    }
}

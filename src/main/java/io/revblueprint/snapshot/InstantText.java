package io.revblueprint.snapshot;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the contract's timestamps: ISO-8601 with an offset ({@code +02:00}, {@code +0000}) or {@code Z}, optional
 * fractional seconds, {@code T} or a space between date and time; without an offset in a given zone.
 */
public final class InstantText {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private InstantText() {
    }

    /** Throws {@link DateTimeParseException} when the text is not such a timestamp (a date alone is not). */
    public static Instant parse(String text, ZoneId zoneWithoutOffset) {
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        TemporalAccessor parsed = FORMAT.parseBest(iso, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime offset ? offset.toInstant()
                : ((LocalDateTime) parsed).atZone(zoneWithoutOffset).toInstant();
    }
}

package io.revblueprint.snapshot;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads the contract's timestamps: ISO-8601 with an offset ({@code +02:00}, {@code +0000}) or {@code Z}, optional
 * fractional seconds, {@code T} or a space between date and time; without an offset in a given zone. Done by
 * rewriting the text into the form {@link OffsetDateTime#parse} reads, which is fast: every row has several.
 */
public final class InstantText {

    private static final int TIME_STARTS = 11;

    private InstantText() {
    }

    /** Throws {@link DateTimeParseException} when the text is not such a timestamp (a date alone is not). */
    public static Instant parse(String text, ZoneId zoneWithoutOffset) {
        String iso = text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(TIME_STARTS) : text;
        int offset = offsetStart(iso);
        if (offset < 0) {
            return LocalDateTime.parse(iso).atZone(zoneWithoutOffset).toInstant();
        }
        return OffsetDateTime.parse(withColon(iso, offset)).toInstant();
    }

    /** Where the offset starts ('Z', '+' or '-' after the time began), or -1. */
    private static int offsetStart(String iso) {
        for (int i = iso.length() - 1; i > TIME_STARTS; i--) {
            char c = iso.charAt(i);
            if (c == 'Z' || c == '+' || c == '-') {
                return i;
            }
        }
        return -1;
    }

    /** "+0000" as "+00:00"; any other offset as written. */
    private static String withColon(String iso, int offset) {
        boolean fourDigits = iso.length() - offset == 5 && iso.substring(offset + 1).chars().allMatch(Character::isDigit);
        return fourDigits ? iso.substring(0, offset + 3) + ':' + iso.substring(offset + 3) : iso;
    }
}

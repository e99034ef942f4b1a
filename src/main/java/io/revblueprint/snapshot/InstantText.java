package io.revblueprint.snapshot;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the contract's timestamps: ISO-8601 with an offset ({@code +02:00}, {@code +0000}) or {@code Z}, optional
 * fractional seconds, {@code T} or a space between date and time; without an offset in a given zone. Every row has
 * several, so the shapes exports write most are read digit by digit; the rest is rewritten into the form
 * {@link OffsetDateTime#parse} reads.
 */
public final class InstantText {

    private static final int TIME_STARTS = 11;
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long FIRST_FOUR_DIGIT_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long LAST_FOUR_DIGIT_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    /** Nanoseconds per unit of a fraction of seconds written with that many digits. */
    private static final int[] TENTHS = {1, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private InstantText() {
    }

    /**
     * The text {@link Instant#toString} gives, written digit by digit for years 0 to 9999 (a mapped export writes
     * several per row, and the general formatter was a seventh of a large import's mapping).
     */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
        if (day < FIRST_FOUR_DIGIT_DAY || day > LAST_FOUR_DIGIT_DAY) {
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(day);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        int nano = instant.getNano();
        char[] text = new char[20 + fractionLength(nano)];
        put(text, 0, date.getYear(), 4);
        text[4] = '-';
        put(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        put(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        put(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        put(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        put(text, 17, secondOfDay % 60, 2);
        if (nano > 0) {
            int digits = text.length - 21;
            text[19] = '.';
            put(text, 20, nano / TENTHS[digits], digits);
        }
        text[text.length - 1] = 'Z';
        return new String(text);
    }

    /** As {@link Instant#toString} writes a fraction: none, milliseconds, microseconds or nanoseconds, with its dot. */
    private static int fractionLength(int nano) {
        if (nano == 0) {
            return 0;
        }
        return nano % 1_000_000 == 0 ? 4 : nano % 1_000 == 0 ? 7 : 10;
    }

    private static void put(char[] text, int start, int value, int count) {
        for (int i = start + count - 1; i >= start; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The day an ISO date of four-digit year ({@code 2026-07-01}) names, read digit by digit; null for other text. */
    public static LocalDate plainDate(String text) {
        return text.length() == 10 ? dateAtStart(text) : null;
    }

    /** The ISO date of four-digit year the text starts with, read digit by digit; null when it starts otherwise. */
    private static LocalDate dateAtStart(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        if ((year | month | day) < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // 2026-02-30
        }
    }

    /** Throws {@link DateTimeParseException} when the text is not such a timestamp (a date alone is not). */
    public static Instant parse(String text, ZoneId zoneWithoutOffset) {
        Instant plain = plainSeconds(text);
        return plain != null ? plain : parseIso(text, zoneWithoutOffset);
    }

    /**
     * The shapes nearly every export writes, {@code 2026-07-01T08:00:30Z}, {@code 2026-07-01T10:00:30+02:00} and
     * Salesforce's {@code 2026-07-01T08:00:30.000+0000}, read digit by digit (a profile of a large import found the
     * general parser among its largest costs); null for any other text, which the general path reads.
     */
    private static Instant plainSeconds(String text) {
        if (text.length() < 20 || (text.charAt(10) != 'T' && text.charAt(10) != ' ') || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int fractionDigits = fractionDigits(text);
        ZoneOffset offset = fractionDigits < 0 ? null : offsetAt(text, fractionDigits == 0 ? 19 : 20 + fractionDigits);
        LocalDate date = offset == null ? null : dateAtStart(text);
        if (date == null) {
            return null;
        }
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int fraction = fractionDigits == 0 ? 0 : digits(text, 20, fractionDigits);
        if ((hour | minute | second | fraction) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(date, LocalTime.of(hour, minute, second, fraction * TENTHS[fractionDigits]))
                    .toInstant(offset);
        } catch (DateTimeException e) {
            return null; // out of range, like 24:00: the general parser says so in its words
        }
    }

    /** How many digits follow a '.' after the seconds (1 to 9), 0 without one, -1 for a '.' without 1 to 9 digits. */
    private static int fractionDigits(String text) {
        if (text.charAt(19) != '.') {
            return 0;
        }
        int end = 20;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        int count = end - 20;
        return count >= 1 && count <= 9 ? count : -1;
    }

    /** 'Z', {@code +02:00} or {@code +0200} from {@code start} to the end of the text, or null. */
    private static ZoneOffset offsetAt(String text, int start) {
        int length = text.length() - start;
        if (length == 1) {
            return text.charAt(start) == 'Z' ? ZoneOffset.UTC : null;
        }
        if (length == 6 && text.charAt(start + 3) == ':') {
            return hoursAndMinutes(text, start, start + 4);
        }
        return length == 5 ? hoursAndMinutes(text, start, start + 3) : null;
    }

    /** The offset signed at {@code start}, its hours after the sign and its minutes at {@code minutes}, or null. */
    private static ZoneOffset hoursAndMinutes(String text, int start, int minutes) {
        char sign = text.charAt(start);
        int hourDigits = digits(text, start + 1, 2);
        int minuteDigits = digits(text, minutes, 2);
        if ((sign != '+' && sign != '-') || (hourDigits | minuteDigits) < 0) {
            return null;
        }
        try {
            return sign == '+' ? ZoneOffset.ofHoursMinutes(hourDigits, minuteDigits)
                    : ZoneOffset.ofHoursMinutes(-hourDigits, -minuteDigits);
        } catch (DateTimeException e) {
            return null; // beyond ±18:00: the general parser says so
        }
    }

    /** The number written by {@code count} ASCII digits at {@code start}, or -1. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Instant parseIso(String text, ZoneId zoneWithoutOffset) {
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

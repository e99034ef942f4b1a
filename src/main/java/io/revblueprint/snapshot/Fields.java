package io.revblueprint.snapshot;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Typed access to one row's cells under the contract's rules; a broken rule throws with column and reason. */
final class Fields {

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    // "9:00" is as clear as "09:00"; a rejected team would take all its people with it.
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

    private final CsvRow row;
    private final RowContext context;

    Fields(CsvRow row, RowContext context) {
        this.row = row;
        this.context = context;
    }

    RowContext context() {
        return context;
    }

    String text(String column) {
        return row.get(column);
    }

    String requiredText(String column) {
        String value = row.get(column);
        if (value == null) {
            throw new RowRejectedException(column, "missing " + column);
        }
        return value;
    }

    /**
     * A person's or a team's name on one line and without the bidi controls that show text reversed (U+202E): a
     * name heads pages and subjects and is written into log lines, where a line break forged a line of its own.
     */
    String requiredName(String column) {
        String name = requiredText(column).replaceAll("[\\u202A-\\u202E\\u2066-\\u2069]", "")
                .replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        if (name.isEmpty()) {
            throw new RowRejectedException(column, "missing " + column);
        }
        return name;
    }

    /** An ISO-8601 instant; without an offset it is read in the company time zone. Later than as_of is rejected. */
    Instant instant(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        Instant instant = parseInstant(column, value);
        if (instant.isAfter(context.asOf())) {
            throw new RowRejectedException(column, "later than as_of " + context.asOf() + ": '" + value + "'");
        }
        return instant;
    }

    Instant requiredInstant(String column) {
        requiredText(column);
        return instant(column);
    }

    private Instant parseInstant(String column, String value) {
        try {
            return InstantText.parse(value, context.companyZone());
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(column, "unparseable timestamp '" + value + "' ("
                    + context.timestampsExpected() + ")");
        }
    }

    LocalDate requiredDate(String column) {
        String value = requiredText(column);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(column, "unparseable date '" + value + "' (YYYY-MM-DD expected)");
        }
    }

    boolean bool(String column, boolean defaultValue) {
        String value = row.get(column);
        if (value == null) {
            return defaultValue;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new RowRejectedException(column, "not a boolean '" + value + "'");
        };
    }

    boolean requiredBool(String column) {
        requiredText(column);
        return bool(column, false);
    }

    Integer integer(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        if (!INTEGER.matcher(value).matches()) {
            throw new RowRejectedException(column, "not an integer '" + value + "'");
        }
        return Integer.valueOf(value);
    }

    /** A plain decimal with '.', no thousands separator. */
    BigDecimal decimal(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw new RowRejectedException(column, "not a decimal '" + value + "' (a plain number with '.', like 1500.50:"
                    + " no currency symbol, no thousands separator)");
        }
        return new BigDecimal(value);
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type, E defaultValue) {
        String value = row.get(column);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowRejectedException(column, "unknown " + column + " '" + value + "'");
        }
    }

    <E extends Enum<E>> E requiredEnum(String column, Class<E> type) {
        requiredText(column);
        return enumValue(column, type, null);
    }

    ZoneId zone(String column, ZoneId defaultValue) {
        String value = row.get(column);
        if (value == null) {
            return defaultValue;
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new RowRejectedException(column, "unknown time zone '" + value + "' (IANA id expected, e.g. Europe/Berlin)");
        }
    }

    LocalTime time(String column, LocalTime defaultValue) {
        String value = row.get(column);
        if (value == null) {
            return defaultValue;
        }
        try {
            return LocalTime.parse(value, HH_MM);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(column, "not a time '" + value + "' (HH:mm expected)");
        }
    }

    Set<DayOfWeek> workdays(String column, Set<DayOfWeek> defaultValue) {
        String value = row.get(column);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Workdays.parse(value);
        } catch (IllegalArgumentException e) {
            throw new RowRejectedException(column, e.getMessage());
        }
    }

    /** An ISO 4217 code, upper-cased; the configured currency when empty. */
    String currency(String column) {
        String value = row.get(column);
        if (value == null) {
            return context.defaultCurrency();
        }
        String code = value.toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
            return code;
        } catch (IllegalArgumentException e) {
            throw new RowRejectedException(column, "unknown currency '" + value + "' (ISO 4217 code expected)");
        }
    }

    static RowRejectedException reject(String column, String reason) {
        return new RowRejectedException(column, reason);
    }
}

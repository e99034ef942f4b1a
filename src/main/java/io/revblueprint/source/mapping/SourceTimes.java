package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.InstantText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * Reads an export's dates and times: the contract's ISO forms, a date alone, and the extra patterns a mapping
 * names ({@code M/d/yyyy H:mm}). A time without offset is in the source's zone; a date starts at midnight in the
 * company's zone (a CRM's close date is a calendar day of the company).
 */
final class SourceTimes {

    private final ZoneId sourceZone;
    private final ZoneId companyZone;
    private final List<DateTimeFormatter> patterns;

    SourceTimes(ZoneId sourceZone, ZoneId companyZone, List<String> patterns) {
        this.sourceZone = sourceZone;
        this.companyZone = companyZone;
        this.patterns = patterns.stream().map(pattern -> DateTimeFormatter.ofPattern(pattern, Locale.ROOT)).toList();
    }

    /** The instant the text names, or null when it is none of the known forms. */
    Instant instant(String text) {
        LocalDate date = isoDate(text);
        return date != null ? startOf(date) : timestamp(text);
    }

    /**
     * Text that is no ISO date: the contract's timestamps, then the mapping's patterns; null for none. (A date alone
     * is read before, as InstantText would throw for it, per row.)
     */
    private Instant timestamp(String text) {
        try {
            return InstantText.parse(text, sourceZone);
        } catch (DateTimeParseException notIso) {
            for (DateTimeFormatter pattern : patterns) {
                TemporalAccessor parsed = parse(pattern, text);
                if (parsed instanceof OffsetDateTime offset) {
                    return offset.toInstant();
                }
                if (parsed instanceof LocalDateTime local) {
                    return local.atZone(sourceZone).toInstant();
                }
                if (parsed instanceof LocalDate day) {
                    return startOf(day);
                }
            }
            return null;
        }
    }

    /** The calendar day the text names (the date part of a timestamp), or null. */
    LocalDate date(String text) {
        LocalDate date = isoDate(text.length() > 10 ? text.substring(0, 10) : text);
        if (date != null) {
            return date;
        }
        for (DateTimeFormatter pattern : patterns) {
            TemporalAccessor parsed = parse(pattern, text);
            if (parsed instanceof OffsetDateTime offset) {
                return offset.toLocalDate();
            }
            if (parsed instanceof LocalDateTime local) {
                return local.toLocalDate();
            }
            if (parsed instanceof LocalDate day) {
                return day;
            }
        }
        return null;
    }

    /** The last instant the text covers: a date alone lasts until the next midnight; null when unreadable. */
    Instant through(String text) {
        LocalDate date = isoDate(text);
        return date != null ? startOf(date.plusDays(1)) : timestamp(text);
    }

    Instant startOf(LocalDate date) {
        return date.atStartOfDay(companyZone).toInstant();
    }

    private static LocalDate isoDate(String text) {
        if (!text.startsWith("+") && !text.startsWith("-")) {
            return InstantText.plainDate(text); // digit by digit, sparing each row the general parser's exception
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static TemporalAccessor parse(DateTimeFormatter pattern, String text) {
        try {
            return pattern.parseBest(text, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package io.revblueprint.source.mapping;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which of day and month an export's numeric dates write first (24/07/2025 or 07/24/2025), judged from its cells: a
 * portal exports in its user's locale, whatever a preset's patterns say. Read month first, a day-first export lost
 * every date past the 12th to the quarantine and swapped the others (1 April became 4 January), without a word.
 */
final class DayMonthOrder {

    /**
     * How an export's dates are read: the mapping's patterns, or those reordered as {@code reorderedBy} shows (null
     * when they are the mapping's); when no cell shows the order and the patterns read month first, {@code eitherWay}
     * is one that reads both ways (null when none does), so a run can say it took the month-first order on trust.
     */
    record Reading(List<String> patterns, Evidence reorderedBy, SourceCell eitherWay) {
    }

    /** A cell that can only be one order: its first number is over 12 (day first) or its second (month first). */
    record Evidence(boolean dayFirst, char separator, SourceCell cell) {
    }

    /** What a cell tells, or null when it tells nothing. */
    private interface CellTest<T> {
        T of(String value, String file, long line);
    }

    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(?:\\d{4}|\\d{2})(?:[ T]\\d{1,2}:\\d{2}.*)?");

    static final int RECORDS_PER_FILE = 10_000;

    private DayMonthOrder() {
    }

    /** The evidence the cell gives, or null when it is no numeric date or could be either order. */
    static Evidence of(String value, String file, long line) {
        DayAndMonth date = DayAndMonth.of(value);
        if (date == null) {
            return null;
        }
        boolean dayFirst = date.first() > 12 && date.first() <= 31 && date.second() >= 1 && date.second() <= 12;
        boolean monthFirst = date.second() > 12 && date.second() <= 31 && date.first() >= 1 && date.first() <= 12;
        return dayFirst || monthFirst ? new Evidence(dayFirst, date.separator(), new SourceCell(file, line, value)) : null;
    }

    /** The cell when it is a numeric date that reads as two different days (04/07/2025, not 05/05/2025), else null. */
    static SourceCell eitherWay(String value, String file, long line) {
        DayAndMonth date = DayAndMonth.of(value);
        return date != null && date.first() != date.second() && date.first() >= 1 && date.first() <= 12
                && date.second() >= 1 && date.second() <= 12 ? new SourceCell(file, line, value) : null;
    }

    /** A numeric date's first two numbers, either of which may be the day, and the separator between them. */
    private record DayAndMonth(int first, int second, char separator) {

        static DayAndMonth of(String value) {
            if (value.length() < 6 || !Character.isDigit(value.charAt(0))) {
                return null; // most cells, spared the pattern
            }
            Matcher date = NUMERIC_DATE.matcher(value);
            return date.matches() ? new DayAndMonth(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(3)),
                    date.group(2).charAt(0)) : null;
        }
    }

    /**
     * The patterns to read the files of the aliases by: the mapping's, unless a cell shows the other order (or
     * separator) and the patterns so reordered read that cell (no order reads "2025/06/30").
     */
    static Reading reading(List<String> patterns, SourceFiles files, Collection<String> aliases) {
        if (patterns.stream().allMatch(pattern -> isDayFirst(pattern) == null)) {
            return new Reading(patterns, null, null);
        }
        Evidence evidence = first(files, aliases, DayMonthOrder::of);
        if (evidence == null) {
            boolean monthFirst = patterns.stream().map(DayMonthOrder::isDayFirst).anyMatch(Boolean.FALSE::equals);
            return new Reading(patterns, null, monthFirst ? first(files, aliases, DayMonthOrder::eitherWay) : null);
        }
        List<String> ordered = inOrderOf(patterns, evidence);
        boolean reordered = !ordered.equals(patterns)
                && new SourceTimes(ZoneOffset.UTC, ZoneOffset.UTC, ordered).instant(evidence.cell().value()) != null;
        return new Reading(reordered ? ordered : patterns, reordered ? evidence : null, null);
    }

    /**
     * The first thing a cell tells, in the first {@value #RECORDS_PER_FILE} records of each file of the aliases; null
     * when none tells it (no cell shows the order with ISO dates, or every day 12 or less).
     */
    private static <T> T first(SourceFiles files, Collection<String> aliases, CellTest<T> test) {
        for (String alias : aliases) {
            Optional<SourceFiles.Records> opened = files.open(alias);
            if (opened.isEmpty()) {
                continue;
            }
            try (SourceFiles.Records records = opened.get()) {
                SourceRecord record;
                for (int read = 0; read < RECORDS_PER_FILE && (record = records.next()) != null; read++) {
                    for (String value : record.row().cells().values()) {
                        T told = value == null ? null : test.of(value, records.header().file(), record.row().line());
                        if (told != null) {
                            return told;
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * The patterns, each numeric day-and-month one in the evidence's order and with its separator (M/d/yyyy read as
     * d/M/yyyy, or as d.M.yyyy for a German portal's 30.06.2025); one in the evidence's order is kept as it is too.
     */
    static List<String> inOrderOf(List<String> patterns, Evidence evidence) {
        return patterns.stream().flatMap(pattern -> isDayFirst(pattern) == null ? Stream.of(pattern)
                : isDayFirst(pattern) == evidence.dayFirst()
                ? Stream.of(pattern, separatedBy(pattern, evidence.separator()))
                : Stream.of(separatedBy(swapped(pattern), evidence.separator()))).distinct().toList();
    }

    /** The patterns with each numeric day-and-month one in the other order: what a profile names to read them so. */
    static List<String> inOtherOrder(List<String> patterns) {
        return patterns.stream().map(pattern -> isDayFirst(pattern) == null ? pattern : swapped(pattern)).toList();
    }

    /** The pattern's date part, before its first space, with the separator. */
    private static String separatedBy(String pattern, char separator) {
        int space = pattern.indexOf(' ');
        String date = space < 0 ? pattern : pattern.substring(0, space);
        return date.replaceAll("[/.\\-]", String.valueOf(separator)) + (space < 0 ? "" : pattern.substring(space));
    }

    /** Whether a numeric pattern writes the day first; null when it writes neither first or names the month. */
    static Boolean isDayFirst(String pattern) {
        String letters = outsideQuotes(pattern);
        int day = letters.indexOf('d');
        int month = letters.indexOf('M');
        int year = letters.indexOf('y');
        boolean yearFirst = year >= 0 && year < Math.min(day, month);
        if (day < 0 || month < 0 || letters.contains("MMM") || yearFirst) {
            return null;
        }
        return day < month;
    }

    /** The pattern with each run of d and of M exchanged, quoted text kept. */
    static String swapped(String pattern) {
        StringBuilder swapped = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            swapped.append(quoted ? c : c == 'd' ? 'M' : c == 'M' ? 'd' : c);
        }
        return swapped.toString();
    }

    private static String outsideQuotes(String pattern) {
        return pattern.replaceAll("'[^']*'", "");
    }
}

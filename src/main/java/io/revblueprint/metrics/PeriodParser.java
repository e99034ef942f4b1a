package io.revblueprint.metrics;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the four textual forms of a {@link Period}. */
final class PeriodParser {

    static final String ACCEPTED_FORMS =
            "2026-Q3 (quarter), 2026-09 (month), 2026-W38 (ISO week), 2026-07-01..2026-09-30 (inclusive date range)";

    /** {@code rule} says in words what a real period of the form is, for text that has the shape but is none. */
    private record Form(Pattern pattern, BiFunction<Matcher, ZoneId, Period> build, String rule) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("(\\d{4})-Q(\\d)"), PeriodParser::quarter, "a quarter is Q1 to Q4"),
            new Form(Pattern.compile("(\\d{4})-(\\d{2})"), PeriodParser::month, "a month is 01 to 12"),
            new Form(Pattern.compile("(\\d{4})-W(\\d{2})"), PeriodParser::week, "an ISO week is W01 to W52, or W53 in a 53-week year"),
            new Form(Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})"), PeriodParser::range, "both ends must be real dates"));

    private PeriodParser() {
    }

    static Period parse(String text, ZoneId zone) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(zone, "zone");
        for (Form form : FORMS) {
            Matcher matcher = form.pattern().matcher(text);
            if (matcher.matches()) {
                return build(text, form, matcher, zone);
            }
        }
        throw invalid(text, "not a recognised form");
    }

    private static Period build(String text, Form form, Matcher matcher, ZoneId zone) {
        try {
            return form.build().apply(matcher, zone);
        } catch (DateTimeException e) {
            // The text has the right shape but names no real period (Q5, month 13, W53 of a 52-week year, ...).
            throw invalid(text, form.rule());
        } catch (IllegalArgumentException e) {
            throw invalid(text, e.getMessage());
        }
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException(
                "Invalid period \"" + text + "\" (" + reason + "); accepted forms: " + ACCEPTED_FORMS);
    }

    private static Period quarter(Matcher m, ZoneId zone) {
        LocalDate first = LocalDate.of(year(m), 1, 1).with(IsoFields.QUARTER_OF_YEAR, number(m, 2));
        return Period.startingOn(Period.Kind.QUARTER, first, zone);
    }

    private static Period month(Matcher m, ZoneId zone) {
        return Period.startingOn(Period.Kind.MONTH, YearMonth.of(year(m), number(m, 2)).atDay(1), zone);
    }

    private static Period week(Matcher m, ZoneId zone) {
        // Mid-year lies in week-based year `year`, so its range is that year's 52 or 53 weeks.
        LocalDate midYear = LocalDate.of(year(m), 7, 1);
        int week = midYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                .checkValidIntValue(number(m, 2), IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        LocalDate monday = midYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return Period.startingOn(Period.Kind.WEEK, monday, zone);
    }

    private static Period range(Matcher m, ZoneId zone) {
        LocalDate first = LocalDate.parse(m.group(1));
        LocalDate last = LocalDate.parse(m.group(2));
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
        return new Period(Period.Kind.RANGE, first, last, zone);
    }

    private static int year(Matcher m) {
        return number(m, 1);
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}

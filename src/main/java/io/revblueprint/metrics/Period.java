package io.revblueprint.metrics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * An analysis period: whole local days {@code firstDay..lastDay} (inclusive) in {@code zone}, bounded by
 * local midnights. A QUARTER, MONTH or WEEK period is exactly one calendar unit; a RANGE is any span.
 */
public record Period(Kind kind, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {

    /** The four accepted forms of {@code --period}. */
    public enum Kind {
        /** A calendar quarter, {@code 2026-Q3}. */
        QUARTER {
            @Override
            boolean startsUnit(LocalDate day) {
                return day.get(IsoFields.DAY_OF_QUARTER) == 1;
            }

            @Override
            LocalDate shift(LocalDate firstDay, LocalDate lastDay, int units) {
                return firstDay.plusMonths(3L * units);
            }

            @Override
            String label(LocalDate firstDay, LocalDate lastDay) {
                return firstDay.getYear() + "-Q" + firstDay.get(IsoFields.QUARTER_OF_YEAR);
            }
        },
        /** A calendar month, {@code 2026-09}. */
        MONTH {
            @Override
            boolean startsUnit(LocalDate day) {
                return day.getDayOfMonth() == 1;
            }

            @Override
            LocalDate shift(LocalDate firstDay, LocalDate lastDay, int units) {
                return firstDay.plusMonths(units);
            }

            @Override
            String label(LocalDate firstDay, LocalDate lastDay) {
                return YearMonth.from(firstDay).toString();
            }
        },
        /** An ISO week, Monday to Sunday, {@code 2026-W38}. */
        WEEK {
            @Override
            boolean startsUnit(LocalDate day) {
                return day.getDayOfWeek() == DayOfWeek.MONDAY;
            }

            @Override
            LocalDate shift(LocalDate firstDay, LocalDate lastDay, int units) {
                return firstDay.plusWeeks(units);
            }

            @Override
            String label(LocalDate firstDay, LocalDate lastDay) {
                // The week-based year, not the calendar year: 2025-12-29 starts 2026-W01.
                return String.format("%d-W%02d",
                        firstDay.get(IsoFields.WEEK_BASED_YEAR), firstDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
        },
        /** Any inclusive span of days, {@code 2026-07-01..2026-09-30}; its unit is its own length. */
        RANGE {
            @Override
            boolean startsUnit(LocalDate day) {
                return true;
            }

            @Override
            LocalDate shift(LocalDate firstDay, LocalDate lastDay, int units) {
                return firstDay.plusDays(units * (ChronoUnit.DAYS.between(firstDay, lastDay) + 1));
            }

            @Override
            String label(LocalDate firstDay, LocalDate lastDay) {
                return firstDay + ".." + lastDay;
            }
        };

        abstract boolean startsUnit(LocalDate day);

        /** First day of the period {@code units} periods of this kind away ({@code lastDay} matters for RANGE only). */
        abstract LocalDate shift(LocalDate firstDay, LocalDate lastDay, int units);

        abstract String label(LocalDate firstDay, LocalDate lastDay);
    }

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(zone, "zone");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("lastDay " + lastDay + " is before firstDay " + firstDay);
        }
        if (!kind.startsUnit(firstDay) || !kind.shift(firstDay, lastDay, 1).minusDays(1).equals(lastDay)) {
            throw new IllegalArgumentException(firstDay + ".." + lastDay + " is not one whole " + kind);
        }
    }

    /** Returns the period that {@code text} names (2026-Q3, 2026-09, 2026-W38, 2026-07-01..2026-09-30); never null. */
    public static Period parse(String text, ZoneId zone) {
        return PeriodParser.parse(text, zone);
    }

    /** Returns the last calendar quarter in {@code zone} that ended at or before {@code asOf}. */
    public static Period defaultFor(Instant asOf, ZoneId zone) {
        return quarterOf(LocalDate.ofInstant(asOf, zone), zone).previous();
    }

    /** Returns the calendar quarter that holds {@code day}. */
    public static Period quarterOf(LocalDate day, ZoneId zone) {
        return startingOn(Kind.QUARTER, day.with(IsoFields.DAY_OF_QUARTER, 1), zone);
    }

    /** Returns the days from the one that holds {@code first} to the one that holds {@code last}, in {@code zone}. */
    public static Period daysOf(Instant first, Instant last, ZoneId zone) {
        return new Period(Kind.RANGE, LocalDate.ofInstant(first, zone), LocalDate.ofInstant(last, zone), zone);
    }

    /** The one calendar unit of {@code kind} that starts on {@code firstDay}. */
    static Period startingOn(Kind kind, LocalDate firstDay, ZoneId zone) {
        return new Period(kind, firstDay, kind.shift(firstDay, firstDay, 1).minusDays(1), zone);
    }

    /** Returns the canonical text of this period (e.g. {@code 2026-Q3}), which names its output folder. */
    public String label() {
        return kind.label(firstDay, lastDay);
    }

    /**
     * The label of a blueprint of this period: "2026-Q4-partial" for one made before the period is over, which the
     * complete one follows, mailed and planned apart ("2026-Q4").
     */
    public String editionLabel(boolean partial) {
        return partial ? label() + "-partial" : label();
    }

    /** Returns local midnight at the start of {@code firstDay}; hot loops should hoist it rather than call it per row. */
    public Instant start() {
        return firstDay.atStartOfDay(zone).toInstant();
    }

    /** Returns local midnight after {@code lastDay}, the exclusive end; hot loops should hoist it. */
    public Instant end() {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Returns whether {@code start() <= t < end()}. */
    public boolean contains(Instant t) {
        return !t.isBefore(start()) && t.isBefore(end());
    }

    /** Returns the period of the same kind just before this one (a RANGE: as many days, ending the day before). */
    public Period previous() {
        return new Period(kind, kind.shift(firstDay, lastDay, -1), firstDay.minusDays(1), zone);
    }

    /**
     * Returns the last calendar month that ends on or before {@code lastDay}: for a quarter or month its last
     * month; for a week or short range usually the month before, which then lies (partly) outside the period.
     */
    public Period lastFullMonth() {
        // The month before the one holding the day after lastDay is the last month that ends by lastDay.
        LocalDate monthAfter = lastDay.plusDays(1).withDayOfMonth(1);
        return startingOn(Kind.MONTH, monthAfter.minusMonths(1), zone);
    }

    /** Returns the calendar month before this MONTH period; throws IllegalStateException for any other kind. */
    public Period previousMonth() {
        if (kind != Kind.MONTH) {
            throw new IllegalStateException("previousMonth() needs a MONTH period, not " + label());
        }
        return previous();
    }
}

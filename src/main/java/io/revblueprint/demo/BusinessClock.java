package io.revblueprint.demo;

import io.revblueprint.crm.WorkCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** Moves through a team's working time, so generated touches land where its business-hour metrics look. */
final class BusinessClock {

    private final WorkCalendar calendar;

    BusinessClock(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** The instant that lies the given business hours after {@code from}; 0 hours moves to the next working moment. */
    Instant plusBusinessHours(Instant from, double hours) {
        long remaining = Math.round(hours * 3600);
        ZonedDateTime cursor = from.atZone(calendar.zone());
        while (true) {
            LocalDate day = cursor.toLocalDate();
            ZonedDateTime open = day.atTime(calendar.start()).atZone(calendar.zone());
            ZonedDateTime close = day.atTime(calendar.end()).atZone(calendar.zone());
            if (calendar.isWorkingDay(day) && cursor.isBefore(close)) {
                ZonedDateTime begin = cursor.isBefore(open) ? open : cursor;
                long available = Duration.between(begin, close).getSeconds();
                if (remaining <= available) {
                    return begin.plusSeconds(remaining).toInstant();
                }
                remaining -= available;
            }
            cursor = day.plusDays(1).atStartOfDay(calendar.zone());
        }
    }

    /** A random moment within working hours of the first working day on or after {@code day}. */
    Instant momentOn(LocalDate day, Dice dice) {
        Instant midnight = day.atStartOfDay(calendar.zone()).toInstant();
        double workdayHours = Duration.between(calendar.start(), calendar.end()).getSeconds() / 3600.0;
        return plusBusinessHours(midnight, dice.between(0.0, workdayHours));
    }

    /** A random working moment some calendar days after {@code from} (days ≥ 1, so never before it). */
    Instant momentDaysAfter(Instant from, int days, Dice dice) {
        return momentOn(from.atZone(calendar.zone()).toLocalDate().plusDays(days), dice);
    }

    /** A random moment in [from, to], moved into working hours unless that would leave the range. */
    Instant momentBetween(Instant from, Instant to, Dice dice) {
        long span = Math.max(0, Duration.between(from, to).getSeconds());
        Instant raw = from.plusSeconds((long) (dice.between(0.0, 1.0) * span));
        Instant working = plusBusinessHours(raw, dice.between(0.0, 1.5));
        return working.isAfter(to) ? raw : working;
    }
}

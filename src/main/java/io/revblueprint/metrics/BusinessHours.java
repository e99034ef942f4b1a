package io.revblueprint.metrics;

import io.revblueprint.crm.WorkCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Business time bh(a, b): the overlap of [a, b] with each working day's [start, end) in the calendar's zone,
 * summed. Daylight-saving changes follow the zone rules, so a window's length is real elapsed time.
 */
public final class BusinessHours {

    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private BusinessHours() {
    }

    /** Returns bh(a, b) in hours, exact to the millisecond; 0 when {@code b <= a}. */
    public static double between(Instant a, Instant b, WorkCalendar calendar) {
        return hours(workingMillis(a, b, calendar, Double.POSITIVE_INFINITY));
    }

    /** Returns whether bh(a, b) > limitHours (equal is not exceeding), looking at no more days than needed. */
    public static boolean exceeds(Instant a, Instant b, WorkCalendar calendar, double limitHours) {
        return hours(workingMillis(a, b, calendar, limitHours)) > limitHours;
    }

    /** Working milliseconds in [a, b], or any partial sum once it exceeds {@code stopAboveHours}. */
    private static long workingMillis(Instant a, Instant b, WorkCalendar calendar, double stopAboveHours) {
        if (!b.isAfter(a)) {
            return 0;
        }
        long from = a.toEpochMilli();
        long to = b.toEpochMilli();
        ZoneId zone = calendar.zone();
        LocalDate last = LocalDate.ofInstant(b, zone);
        long total = 0;
        for (LocalDate day = LocalDate.ofInstant(a, zone); !day.isAfter(last); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                long open = Math.max(from, epochMilli(day, calendar.start(), zone));
                long close = Math.min(to, epochMilli(day, calendar.end(), zone));
                total += Math.max(0, close - open);
                if (hours(total) > stopAboveHours) {
                    return total;
                }
            }
        }
        return total;
    }

    // ZonedDateTime.of moves a time in a DST gap forward and takes the earlier offset in an overlap.
    private static long epochMilli(LocalDate day, LocalTime time, ZoneId zone) {
        ZonedDateTime local = ZonedDateTime.of(day, time, zone);
        return local.toEpochSecond() * 1000 + local.getNano() / 1_000_000;
    }

    private static double hours(long millis) {
        return millis / MILLIS_PER_HOUR;
    }
}

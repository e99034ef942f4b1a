package io.revblueprint.crm;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/** When a team works: its zone, daily hours [start, end), workdays and holidays (local dates). */
public record WorkCalendar(ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> workdays, Set<LocalDate> holidays) {

    public static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_END = LocalTime.of(17, 0);
    public static final Set<DayOfWeek> MON_FRI = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public WorkCalendar {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("workday_start " + start + " must be before workday_end " + end);
        }
        workdays = Set.copyOf(workdays);
        holidays = Set.copyOf(holidays);
    }

    /** The company calendar: used for UNASSIGNED work and as every team's default. */
    public static WorkCalendar standard(ZoneId zone) {
        return new WorkCalendar(zone, DEFAULT_START, DEFAULT_END, MON_FRI, Set.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        return workdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }
}

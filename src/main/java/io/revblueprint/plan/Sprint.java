package io.revblueprint.plan;

import io.revblueprint.crm.WorkCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * The six-week sprint a blueprint's fixes run in, from the Monday after the run. Fixes start in rank order, three
 * new ones a week, so the top fixes start in weeks 1–2; each starts on the first working day of its first week and
 * is due on the last working day of its last week, on its owner's calendar (workdays, holidays), and a long fix
 * starts early enough to end inside the sprint.
 */
public record Sprint(LocalDate firstDay) {

    public static final int WEEKS = 6;
    private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);
    private static final MonthDay CHRISTMAS = MonthDay.of(12, 25);
    static final int NEW_FIXES_PER_WEEK = 3;

    public static Sprint after(LocalDate runDate) {
        return new Sprint(runDate.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
    }

    /** The sprint's last day, the Sunday of week six. */
    public LocalDate lastDay() {
        return firstDay.plusWeeks(WEEKS).minusDays(1);
    }

    /**
     * When the fix at {@code rank} (1 first) that takes {@code effortWeeks} runs, on the owner's working days. When
     * the owner's weeks hold no working day at all (a shutdown), the fix starts and is due on the first working day
     * after them, even past the sprint: a date on a day off would be a date nobody keeps.
     */
    Slot slot(int rank, int effortWeeks, WorkCalendar calendar) {
        int startWeek = Math.min(1 + (rank - 1) / NEW_FIXES_PER_WEEK, WEEKS + 1 - effortWeeks);
        LocalDate startMonday = firstDay.plusWeeks(startWeek - 1L);
        LocalDate dueSunday = startMonday.plusWeeks(effortWeeks).minusDays(1);
        LocalDate start = nextWorkingDay(startMonday, calendar);
        if (start.isAfter(dueSunday)) {
            return new Slot(start, start);
        }
        LocalDate due = dueSunday;
        while (!isWorkingDay(due, calendar)) {
            due = due.minusDays(1);
        }
        return new Slot(start, due);
    }

    /**
     * A working day of the calendar; a calendar without any holiday (a CRM export carries none) still keeps fixes
     * off 1 January and 25 December, when nearly every business is closed.
     */
    static boolean isWorkingDay(LocalDate day, WorkCalendar calendar) {
        return calendar.isWorkingDay(day) && !(calendar.holidays().isEmpty()
                && (MonthDay.from(day).equals(NEW_YEAR) || MonthDay.from(day).equals(CHRISTMAS)));
    }

    /** The day itself when the owner works on it, else the next day they do (a calendar without any: the day). */
    private static LocalDate nextWorkingDay(LocalDate day, WorkCalendar calendar) {
        LocalDate candidate = day;
        for (int i = 0; i < 366 && !isWorkingDay(candidate, calendar); i++) {
            candidate = candidate.plusDays(1);
        }
        return isWorkingDay(candidate, calendar) ? candidate : day;
    }

    /** A fix's start and due date: the first and last working day of its weeks. */
    record Slot(LocalDate start, LocalDate due) {
    }
}

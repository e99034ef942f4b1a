package io.revblueprint.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The six-week sprint a blueprint's fixes run in, from the Monday after the run. Fixes start in rank order, three
 * new ones a week, so the top fixes start in weeks 1–2; each starts on a Monday and is due on the Friday of its
 * last week, and a long fix starts early enough to end inside the sprint.
 */
public record Sprint(LocalDate firstDay) {

    public static final int WEEKS = 6;
    static final int NEW_FIXES_PER_WEEK = 3;

    public static Sprint after(LocalDate runDate) {
        return new Sprint(runDate.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
    }

    /** The sprint's last day, the Sunday of week six. */
    public LocalDate lastDay() {
        return firstDay.plusWeeks(WEEKS).minusDays(1);
    }

    /** When the fix at {@code rank} (1 first) that takes {@code effortWeeks} runs. */
    Slot slot(int rank, int effortWeeks) {
        int startWeek = Math.min(1 + (rank - 1) / NEW_FIXES_PER_WEEK, WEEKS + 1 - effortWeeks);
        LocalDate start = firstDay.plusWeeks(startWeek - 1L);
        return new Slot(start, start.plusWeeks(effortWeeks).minusDays(3));
    }

    /** A fix's start (a Monday) and due date (a Friday). */
    record Slot(LocalDate start, LocalDate due) {
    }
}

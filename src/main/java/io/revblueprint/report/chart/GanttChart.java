package io.revblueprint.report.chart;

import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The 6-week sprint: one bar per fix from its start to its due date, week columns dated by their Monday. */
public final class GanttChart extends Chart {

    /** One fix; {@code label} like "#1 Slow first response"; {@code possible} when its leak is only possible. */
    public record Task(String label, String owner, LocalDate start, LocalDate due, boolean possible) {
    }

    static final int WEEKS = 6;

    private static final double LABEL_WIDTH = 215;
    private static final double HEADER_HEIGHT = 24;
    private static final double ROW_HEIGHT = 26;
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.US);

    private final LocalDate sprintStart;
    private final List<Task> tasks;

    public GanttChart(LocalDate sprintStart, List<Task> tasks) {
        this.sprintStart = sprintStart;
        this.tasks = List.copyOf(tasks);
    }

    @Override
    double height() {
        return HEADER_HEIGHT + ROW_HEIGHT * tasks.size();
    }

    @Override
    void draw(Canvas canvas, double width, double height) {
        double plotWidth = width - LABEL_WIDTH;
        double dayWidth = plotWidth / (WEEKS * 7);
        double bottom = HEADER_HEIGHT + ROW_HEIGHT * tasks.size();
        for (int week = 0; week < WEEKS; week++) {
            double x = LABEL_WIDTH + week * 7 * dayWidth;
            if (week % 2 == 0) {
                canvas.box(Palette.PANEL, x, 0, 7 * dayWidth, bottom);
            }
            canvas.text("Week " + (week + 1), x + 4, 10, 7.5f, true, Palette.NAVY, Canvas.Align.LEFT);
            canvas.text(DAY_MONTH.format(sprintStart.plusWeeks(week)), x + 4, 19, 7, false, Palette.MUTED, Canvas.Align.LEFT);
        }
        canvas.line(Palette.GRID, 0.6, 0, HEADER_HEIGHT, width, HEADER_HEIGHT);
        for (int i = 0; i < tasks.size(); i++) {
            drawTask(canvas, tasks.get(i), HEADER_HEIGHT + i * ROW_HEIGHT, dayWidth, width);
        }
    }

    private void drawTask(Canvas canvas, Task task, double top, double dayWidth, double width) {
        double middle = top + ROW_HEIGHT / 2;
        // A long title shrinks a step before it is cut: "#7 Won deals not traced to their lead (too few…" lost its verdict.
        float size = canvas.width(task.label(), 7.5f, true) <= LABEL_WIDTH - 8 ? 7.5f : 6.5f;
        canvas.text(canvas.fit(task.label(), LABEL_WIDTH - 8, size, true), 0, middle - 1, size, true, Palette.INK,
                Canvas.Align.LEFT);
        canvas.text(canvas.fit(task.owner(), LABEL_WIDTH - 8, 7, false), 0, middle + 8, 7, false, Palette.MUTED,
                Canvas.Align.LEFT);
        long startDay = Math.max(0, ChronoUnit.DAYS.between(sprintStart, task.start()));
        long endDay = Math.min(WEEKS * 7L, ChronoUnit.DAYS.between(sprintStart, task.due()) + 1);
        double left = LABEL_WIDTH + startDay * dayWidth;
        double right = LABEL_WIDTH + Math.max(startDay + 1, endDay) * dayWidth;
        canvas.box(task.possible() ? Palette.AMBER : Palette.TEAL, left, middle - ROW_HEIGHT * 0.28, right - left, ROW_HEIGHT * 0.56);
        String due = "due " + DAY_MONTH.format(task.due());
        if (canvas.width(due, 7, true) + 8 < right - left) {
            canvas.text(due, right - 4, middle + 2.5, 7, true, Color.WHITE, Canvas.Align.RIGHT);
        } else if (right + canvas.width(due, 7, true) + 4 < width) {
            canvas.text(due, right + 3, middle + 2.5, 7, true, Palette.INK, Canvas.Align.LEFT);
        }
        canvas.line(Palette.GRID, 0.4, 0, top + ROW_HEIGHT, width, top + ROW_HEIGHT);
    }
}

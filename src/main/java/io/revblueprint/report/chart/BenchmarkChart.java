package io.revblueprint.report.chart;

import java.awt.Color;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;

/**
 * Each metric against its published figure: the middle half of companies (p25 to p75) as a pale bar where the source
 * gives one, the median as a tick, the company as a ring where known, and the team as a diamond, green where it is
 * better than the median and red where it is worse. Every row has its own scale, drawn as an axis beneath it.
 */
public final class BenchmarkChart extends Chart {

    /** One metric; p25/p75 are null for a single published value; {@code format} prints a value in the metric's unit. */
    public record Row(String label, Double p25, double median, Double p75, double team, Double company, boolean rate,
                      boolean better, DoubleFunction<String> format) {
    }

    private static final double LABEL_WIDTH = 130;
    private static final double VALUE_WIDTH = 60;
    private static final double LEGEND_HEIGHT = 20;
    private static final double ROW_HEIGHT = 54;
    private static final int AXIS_STEPS = 4;

    private final List<Row> rows;

    public BenchmarkChart(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override
    double height() {
        return LEGEND_HEIGHT + ROW_HEIGHT * rows.size();
    }

    @Override
    void draw(Canvas canvas, double width, double height) {
        drawLegend(canvas);
        double plotWidth = width - LABEL_WIDTH - VALUE_WIDTH - 10;
        for (int i = 0; i < rows.size(); i++) {
            double top = LEGEND_HEIGHT + i * ROW_HEIGHT;
            drawRow(canvas, rows.get(i), top + 20, LABEL_WIDTH, plotWidth, width);
            if (i > 0) {
                canvas.line(Palette.GRID, 0.5, 0, top, width, top);
            }
        }
    }

    private static void drawLegend(Canvas canvas) {
        double x = 0;
        canvas.box(Palette.TEAL_LIGHT, x, 4, 18, 7);
        x = legendText(canvas, "p25–p75 of companies", x + 22);
        canvas.line(Palette.NAVY, 1.5, x + 4, 3, x + 4, 12);
        x = legendText(canvas, "median", x + 10);
        canvas.diamond(Palette.TEAL, x + 4, 7.5, 4.5);
        canvas.diamond(Palette.RED, x + 14, 7.5, 4.5);
        x = legendText(canvas, "this team: better / worse than the median", x + 22);
        canvas.ring(Palette.MUTED, x + 4, 7.5, 3);
        legendText(canvas, "all teams", x + 11);
    }

    /** Writes a legend entry and returns where the next one starts. */
    private static double legendText(Canvas canvas, String text, double x) {
        canvas.text(text, x, 10.5, 7, false, Palette.MUTED, Canvas.Align.LEFT);
        return x + canvas.width(text, 7, false) + 14;
    }

    private static void drawRow(Canvas canvas, Row row, double middle, double plotLeft, double plotWidth, double width) {
        double[] scale = scale(row);
        DoubleUnaryOperator x = value -> plotLeft + plotWidth * (value - scale[0]) / (scale[1] - scale[0]);
        Color teamColor = row.better() ? Palette.TEAL : Palette.RED;
        canvas.text(canvas.fit(row.label(), LABEL_WIDTH - 8, 8, true), 0, middle + 3, 8, true, Palette.INK,
                Canvas.Align.LEFT);
        if (row.p25() != null && row.p75() != null) {
            double p25 = x.applyAsDouble(row.p25());
            double p75 = x.applyAsDouble(row.p75());
            canvas.box(Palette.TEAL_LIGHT, p25, middle - 6, p75 - p25, 12);
        }
        drawAxis(canvas, row, scale, x, middle + 12, plotLeft, plotWidth);
        double median = x.applyAsDouble(row.median());
        canvas.line(Palette.NAVY, 1.8, median, middle - 8, median, middle + 8);
        canvas.text(row.format().apply(row.median()), median, middle - 10, 6.5f, true, Palette.NAVY,
                Canvas.Align.CENTER);
        if (row.company() != null) {
            canvas.ring(Palette.MUTED, x.applyAsDouble(row.company()), middle, 3.2);
        }
        canvas.diamond(teamColor, x.applyAsDouble(row.team()), middle, 5.5);
        canvas.text(row.format().apply(row.team()), width, middle + 3, 9, true, teamColor, Canvas.Align.RIGHT);
    }

    /** A baseline with evenly spaced ticks, each labelled in the metric's unit. */
    private static void drawAxis(Canvas canvas, Row row, double[] scale, DoubleUnaryOperator x, double y,
                                 double plotLeft, double plotWidth) {
        canvas.line(Palette.FAINT, 0.6, plotLeft, y, plotLeft + plotWidth, y);
        for (int step = 0; step <= AXIS_STEPS; step++) {
            double value = scale[0] + (scale[1] - scale[0]) * step / AXIS_STEPS;
            double tick = x.applyAsDouble(value);
            canvas.line(Palette.FAINT, 0.6, tick, y, tick, y + 3);
            canvas.text(row.format().apply(value), tick, y + 11, 6, false, Palette.MUTED, Canvas.Align.CENTER);
        }
    }

    /** From a little below the smallest to a little above the largest value shown; rates stay within 0–100 %. */
    private static double[] scale(Row row) {
        double[] values = DoubleStream.of(row.median(), row.team(),
                        row.p25() == null ? row.median() : row.p25(), row.p75() == null ? row.median() : row.p75(),
                        row.company() == null ? row.median() : row.company())
                .toArray();
        double low = DoubleStream.of(values).min().orElse(0);
        double high = DoubleStream.of(values).max().orElse(1);
        double padding = Math.max((high - low) * 0.25, Math.abs(high) * 0.1 + 1e-9);
        low -= padding;
        high += padding;
        if (row.rate()) {
            low = Math.max(0, low);
            high = Math.min(1, high);
        } else if (DoubleStream.of(values).allMatch(value -> value >= 0)) {
            low = Math.max(0, low);
        }
        return new double[] {low, high};
    }
}

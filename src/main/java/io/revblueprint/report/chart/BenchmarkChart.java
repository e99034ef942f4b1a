package io.revblueprint.report.chart;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;

/**
 * Each metric against its published band: the middle half of companies (p25 to p75) as a pale bar, the median as a
 * tick, the team as a dark diamond and, where known, the company as a ring. Every row has its own scale.
 */
public final class BenchmarkChart extends Chart {

    /** One metric; p25/p75 are null for a single published value; texts are formatted in the metric's unit. */
    public record Row(String label, Double p25, double median, Double p75, double team, Double company, boolean rate,
               String p25Text, String medianText, String p75Text, String teamText) {
    }

    private static final double LABEL_WIDTH = 130;
    private static final double VALUE_WIDTH = 60;
    private static final double LEGEND_HEIGHT = 18;
    private static final double ROW_HEIGHT = 44;

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
        double plotLeft = LABEL_WIDTH;
        double plotWidth = width - LABEL_WIDTH - VALUE_WIDTH;
        for (int i = 0; i < rows.size(); i++) {
            double top = LEGEND_HEIGHT + i * ROW_HEIGHT;
            drawRow(canvas, rows.get(i), top + ROW_HEIGHT * 0.4, plotLeft, plotWidth, width);
            if (i > 0) {
                canvas.line(Palette.GRID, 0.5, 0, top, width, top);
            }
        }
    }

    private static void drawLegend(Canvas canvas) {
        double x = LABEL_WIDTH;
        canvas.box(Palette.TEAL_LIGHT, x, 4, 18, 7);
        canvas.text("p25–p75 of companies", x + 22, 10.5, 7, false, Palette.MUTED, Canvas.Align.LEFT);
        x += 112;
        canvas.line(Palette.NAVY, 1.5, x + 4, 3, x + 4, 12);
        canvas.text("median", x + 10, 10.5, 7, false, Palette.MUTED, Canvas.Align.LEFT);
        x += 46;
        canvas.diamond(Palette.RED, x + 4, 7.5, 4.5);
        canvas.text("this team", x + 12, 10.5, 7, false, Palette.MUTED, Canvas.Align.LEFT);
        x += 54;
        canvas.ring(Palette.MUTED, x + 4, 7.5, 3);
        canvas.text("company (all teams)", x + 11, 10.5, 7, false, Palette.MUTED, Canvas.Align.LEFT);
    }

    private static void drawRow(Canvas canvas, Row row, double middle, double plotLeft, double plotWidth, double width) {
        double[] scale = scale(row);
        DoubleUnaryOperator x = value -> plotLeft + plotWidth * (value - scale[0]) / (scale[1] - scale[0]);
        canvas.text(canvas.fit(row.label(), LABEL_WIDTH - 8, 8, true), 0, middle + 3, 8, true, Palette.INK, Canvas.Align.LEFT);
        canvas.line(Palette.GRID, 0.8, plotLeft, middle, plotLeft + plotWidth, middle);
        if (row.p25() != null && row.p75() != null) {
            double p25 = x.applyAsDouble(row.p25());
            double p75 = x.applyAsDouble(row.p75());
            canvas.box(Palette.TEAL_LIGHT, p25, middle - 6, p75 - p25, 12);
            canvas.text(row.p25Text(), p25, middle + 17, 6.5f, false, Palette.MUTED, Canvas.Align.CENTER);
            canvas.text(row.p75Text(), p75, middle + 17, 6.5f, false, Palette.MUTED, Canvas.Align.CENTER);
        }
        double median = x.applyAsDouble(row.median());
        canvas.line(Palette.NAVY, 1.8, median, middle - 8, median, middle + 8);
        canvas.text(row.medianText(), median, middle - 10, 6.5f, true, Palette.NAVY, Canvas.Align.CENTER);
        if (row.company() != null) {
            canvas.ring(Palette.MUTED, x.applyAsDouble(row.company()), middle, 3.2);
        }
        canvas.diamond(Palette.RED, x.applyAsDouble(row.team()), middle, 5.5);
        canvas.text(row.teamText(), width, middle + 3, 9, true, Palette.RED, Canvas.Align.RIGHT);
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

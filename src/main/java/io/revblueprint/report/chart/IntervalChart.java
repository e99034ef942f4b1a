package io.revblueprint.report.chart;

import io.revblueprint.report.text.Figures;

import java.awt.Color;
import java.util.List;

/**
 * Rates as dots with their 95 % interval as whiskers, one row each, against a dashed reference (the team's overall
 * rate). Rows on too few cases are drawn hollow and pale, so nobody reads them as firm.
 */
public final class IntervalChart extends Chart {

    /** One rate; {@code low}/{@code high} may be null when the figure carries no interval. */
    public record Row(String label, double value, Double low, Double high, String valueText, boolean small) {
    }

    private static final double LABEL_WIDTH = 118;
    private static final double VALUE_WIDTH = 78;
    private static final double AXIS_HEIGHT = 16;
    private static final double TOP = 14;
    private static final double ROW_HEIGHT = 20;

    private final List<Row> rows;
    private final double reference;
    private final String referenceLabel;

    public IntervalChart(List<Row> rows, double reference, String referenceLabel) {
        this.rows = List.copyOf(rows);
        this.reference = reference;
        this.referenceLabel = referenceLabel;
    }

    @Override
    double height() {
        return TOP + ROW_HEIGHT * rows.size() + AXIS_HEIGHT;
    }

    @Override
    void draw(Canvas canvas, double width, double height) {
        double plotLeft = LABEL_WIDTH;
        double plotWidth = width - LABEL_WIDTH - VALUE_WIDTH;
        double maximum = axisMaximum();
        double plotBottom = TOP + ROW_HEIGHT * rows.size();
        for (int step = 0; step <= 4; step++) {
            double fraction = maximum * step / 4;
            double x = plotLeft + plotWidth * fraction / maximum;
            canvas.line(Palette.GRID, 0.5, x, TOP, x, plotBottom);
            canvas.text(Figures.wholePercent(fraction), x, plotBottom + 11, 7, false, Palette.MUTED, Canvas.Align.CENTER);
        }
        for (int i = 0; i < rows.size(); i++) {
            drawRow(canvas, rows.get(i), TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2, plotLeft, plotWidth, maximum, width);
        }
        double referenceX = plotLeft + plotWidth * reference / maximum;
        canvas.dashed(Palette.NAVY, referenceX, TOP - 2, referenceX, plotBottom);
        canvas.text(referenceLabel, referenceX, TOP - 5, 7, true, Palette.NAVY, Canvas.Align.CENTER);
    }

    private void drawRow(Canvas canvas, Row row, double middle, double plotLeft, double plotWidth, double maximum,
                         double width) {
        canvas.text(canvas.fit(row.label(), LABEL_WIDTH - 8, 8, false), 0, middle + 3, 8, false,
                row.small() ? Palette.MUTED : Palette.INK, Canvas.Align.LEFT);
        Color color = row.small() ? Palette.FAINT : Palette.TEAL;
        if (row.low() != null && row.high() != null) {
            double low = plotLeft + plotWidth * row.low() / maximum;
            double high = plotLeft + plotWidth * row.high() / maximum;
            canvas.line(color, 1.6, low, middle, high, middle);
            canvas.line(color, 1.2, low, middle - 3.5, low, middle + 3.5);
            canvas.line(color, 1.2, high, middle - 3.5, high, middle + 3.5);
        }
        double x = plotLeft + plotWidth * row.value() / maximum;
        if (row.small()) {
            canvas.ring(Palette.MUTED, x, middle, 3.2);
        } else {
            canvas.dot(Palette.NAVY, x, middle, 3.6);
        }
        canvas.text(row.valueText(), width, middle + 3, 8, !row.small(), row.small() ? Palette.MUTED : Palette.INK,
                Canvas.Align.RIGHT);
    }

    /** The axis ends at the next 20 % above every whisker, at most 100 %. */
    private double axisMaximum() {
        double highest = reference;
        for (Row row : rows) {
            highest = Math.max(highest, row.high() == null ? row.value() : row.high());
        }
        return Math.min(1.0, Math.max(0.2, Math.ceil(highest * 5 + 1e-9) / 5));
    }
}

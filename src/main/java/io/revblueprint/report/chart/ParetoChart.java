package io.revblueprint.report.chart;

import io.revblueprint.report.text.Figures;

import java.awt.Color;
import java.util.List;

/** Loss reasons as a Pareto chart: shares of lost deals as bars, largest first, with the cumulative share as a line. */
public final class ParetoChart extends Chart {

    /** One reason and its share of the lost deals (0..1). */
    public record Bar(String label, double share) {
    }

    private static final double AXIS_WIDTH = 28;
    private static final double LABEL_HEIGHT = 32;
    private static final double TOP = 20;

    private final List<Bar> bars;

    public ParetoChart(List<Bar> bars) {
        this.bars = List.copyOf(bars);
    }

    @Override
    double height() {
        return 178;
    }

    @Override
    void draw(Canvas canvas, double width, double height) {
        double plotLeft = AXIS_WIDTH;
        double plotWidth = width - 2 * AXIS_WIDTH;
        double plotBottom = height - LABEL_HEIGHT;
        double plotHeight = plotBottom - TOP;
        for (int step = 0; step <= 4; step++) {
            double y = plotBottom - plotHeight * step / 4;
            canvas.line(Palette.GRID, 0.5, plotLeft, y, plotLeft + plotWidth, y);
            canvas.text(Figures.wholePercent(step / 4.0), plotLeft - 4, y + 2.5, 7, false, Palette.MUTED, Canvas.Align.RIGHT);
            canvas.text(Figures.wholePercent(step / 4.0), plotLeft + plotWidth + 4, y + 2.5, 7, false, Palette.NAVY,
                    Canvas.Align.LEFT);
        }
        double slot = plotWidth / bars.size();
        double[] xs = new double[bars.size()];
        double[] ys = new double[bars.size()];
        double cumulative = 0;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = plotLeft + i * slot;
            double barHeight = plotHeight * bar.share();
            canvas.box(Palette.TEAL, x + slot * 0.18, plotBottom - barHeight, slot * 0.64, barHeight);
            boolean inside = barHeight > 16;
            canvas.text(Figures.wholePercent(bar.share()), x + slot / 2,
                    inside ? plotBottom - barHeight + 11 : plotBottom - barHeight - 3, 7.5f, true,
                    inside ? Color.WHITE : Palette.INK, Canvas.Align.CENTER);
            drawLabel(canvas, bar.label(), x + slot / 2, plotBottom + 10, slot - 4);
            cumulative += bar.share();
            xs[i] = x + slot / 2;
            ys[i] = plotBottom - plotHeight * Math.min(1, cumulative);
        }
        double eighty = plotBottom - plotHeight * 0.8;
        canvas.dashed(Palette.MUTED, plotLeft, eighty, plotLeft + plotWidth, eighty);
        canvas.polyline(Palette.NAVY, 1.4, xs, ys);
        for (int i = 0; i < xs.length; i++) {
            canvas.dot(Palette.NAVY, xs[i], ys[i], 2.4);
        }
        canvas.text("share of lost deals", plotLeft, TOP - 4, 7, false, Palette.MUTED, Canvas.Align.LEFT);
        canvas.text("cumulative", plotLeft + plotWidth, TOP - 4, 7, true, Palette.NAVY, Canvas.Align.RIGHT);
    }

    /** A label in at most two lines under its bar. */
    private static void drawLabel(Canvas canvas, String label, double center, double baseline, double maxWidth) {
        List<String> lines = canvas.wrap(label, maxWidth, 7, false, 3);
        for (int i = 0; i < lines.size(); i++) {
            canvas.text(lines.get(i), center, baseline + i * 8.5, 7, false, Palette.INK, Canvas.Align.CENTER);
        }
    }
}

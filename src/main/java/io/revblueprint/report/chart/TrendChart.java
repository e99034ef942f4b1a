package io.revblueprint.report.chart;

import java.util.List;

/**
 * Small multiples, one panel per headline metric: its value in each period (oldest left) with the 95 % interval as
 * whiskers and the target as a dashed line; the latest value is labelled.
 */
public final class TrendChart extends Chart {

    /** One period's figure; low/high null when it carries no interval. */
    public record Point(String period, double value, Double low, Double high) {
    }

    /** One metric's panel; {@code latestText} is the newest value formatted in its unit. */
    public record Panel(String title, List<Point> points, Double target, String latestText) {
    }

    private static final double GAP = 14;
    private static final double TITLE_HEIGHT = 22;
    private static final double AXIS_HEIGHT = 14;

    private final List<Panel> panels;

    public TrendChart(List<Panel> panels) {
        this.panels = List.copyOf(panels);
    }

    @Override
    double height() {
        return 108;
    }

    @Override
    void draw(Canvas canvas, double width, double height) {
        double panelWidth = (width - GAP * (panels.size() - 1)) / panels.size();
        for (int i = 0; i < panels.size(); i++) {
            drawPanel(canvas, panels.get(i), i * (panelWidth + GAP), panelWidth, height);
        }
    }

    private static void drawPanel(Canvas canvas, Panel panel, double left, double width, double height) {
        canvas.box(Palette.PANEL, left, 0, width, height);
        List<String> title = canvas.wrap(panel.title(), width - 12, 7.5f, true, 2);
        for (int i = 0; i < title.size(); i++) {
            canvas.text(title.get(i), left + 6, 11 + i * 9, 7.5f, true, Palette.NAVY, Canvas.Align.LEFT);
        }
        double top = TITLE_HEIGHT + 14;
        double bottom = height - AXIS_HEIGHT - 4;
        double[] range = range(panel);
        List<Point> points = panel.points();
        double inset = 22;
        double step = (width - 2 * inset) / Math.max(1, points.size() - 1);
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            xs[i] = points.size() == 1 ? left + width / 2 : left + inset + i * step;
            ys[i] = y(point.value(), range, top, bottom);
            if (point.low() != null && point.high() != null) {
                canvas.line(Palette.FAINT, 1.2, xs[i], y(point.low(), range, top, bottom), xs[i], y(point.high(), range, top, bottom));
            }
            canvas.text(point.period(), xs[i], height - 5, 6.5f, false, Palette.MUTED, Canvas.Align.CENTER);
        }
        if (panel.target() != null) {
            double target = y(panel.target(), range, top, bottom);
            canvas.dashed(Palette.RED, left + 4, target, left + width - 4, target);
            canvas.text("target", left + 5, target - 2, 6, false, Palette.RED, Canvas.Align.LEFT);
        }
        if (points.size() > 1) {
            canvas.polyline(Palette.TEAL, 1.6, xs, ys);
        }
        for (int i = 0; i < points.size(); i++) {
            canvas.dot(i == points.size() - 1 ? Palette.NAVY : Palette.TEAL, xs[i], ys[i], 2.6);
        }
        int last = points.size() - 1;
        double labelWidth = canvas.width(panel.latestText(), 8, true);
        canvas.box(Palette.PANEL, xs[last] + 4 - labelWidth - 1, ys[last] - 13, labelWidth + 2, 10);
        canvas.text(panel.latestText(), xs[last] + 4, ys[last] - 5, 8, true, Palette.NAVY, Canvas.Align.RIGHT);
    }

    private static double y(double value, double[] range, double top, double bottom) {
        return bottom - (bottom - top) * (value - range[0]) / (range[1] - range[0]);
    }

    private static double[] range(Panel panel) {
        double low = panel.target() == null ? Double.MAX_VALUE : panel.target();
        double high = panel.target() == null ? -Double.MAX_VALUE : panel.target();
        for (Point point : panel.points()) {
            low = Math.min(low, point.low() == null ? point.value() : point.low());
            high = Math.max(high, point.high() == null ? point.value() : point.high());
        }
        double padding = Math.max((high - low) * 0.1, Math.abs(high) * 0.05 + 1e-9);
        return new double[] {low - padding, high + padding};
    }
}

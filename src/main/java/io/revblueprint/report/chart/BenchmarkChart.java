package io.revblueprint.report.chart;

import java.awt.Color;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

/**
 * Each metric on its own scale, drawn as an axis: the other peer teams as grey dots, their median as a navy tick and
 * their best quartile as a teal tick; the published figure as a square with its band (p25–p75) where the source
 * gives one, hollow and grey when dated; the team as a diamond, green where it is at least as good as its peers'
 * median (or, without peers, the published median), red where it is worse and grey where the figure is in doubt.
 * It comes in strips, one metric each, so that a page can end between two metrics instead of leaving most of a page
 * blank before a chart that does not fit.
 */
public final class BenchmarkChart extends Chart {

    /**
     * One metric; {@code peers} or {@code published} may be null (not both); {@code format} prints a value in the
     * metric's unit.
     */
    public record Row(String label, double team, Standing standing, Peers peers, Published published, boolean rate,
                      DoubleFunction<String> format) {

        /** The other peer teams' figures, the peers' median and best quartile (null when it is no line). */
        public record Peers(List<Double> others, double median, Double bestQuartile) {
        }

        /**
         * A published figure: its band (p25/p75 null for a single value), a label that says its age, and whether it
         * is dated.
         */
        public record Published(Double p25, double median, Double p75, String label, boolean dated) {
        }

        DoubleStream values() {
            return Stream.of(Stream.of(team),
                            peers == null ? Stream.<Double>empty() : Stream.concat(peers.others().stream(),
                                    Stream.of(peers.median(), peers.bestQuartile())),
                            published == null ? Stream.<Double>empty() : Stream.of(published.p25(), published.median(),
                                    published.p75()))
                    .flatMap(values -> values).filter(value -> value != null).mapToDouble(Double::doubleValue);
        }
    }

    /**
     * Where the team stands against its yardstick: the diamond's colour; a figure in doubt, within chance of the
     * median or on too few cases takes no side.
     */
    public enum Standing {
        BETTER(Palette.TEAL), WORSE(Palette.RED), IN_DOUBT(Palette.MUTED);

        private final Color color;

        Standing(Color color) {
            this.color = color;
        }
    }

    private static final double LABEL_WIDTH = 130;
    private static final double VALUE_WIDTH = 60;
    private static final double LEGEND_HEIGHT = 20;
    private static final double ROW_HEIGHT = 72;
    private static final int AXIS_STEPS = 4;
    private static final Color DATED = new Color(0xB8C2CC);

    /** The first strip's metrics: Maven's two-metric chart had its second metric alone on the next page. */
    private static final int FIRST_STRIP_ROWS = 3;

    private final List<Row> rows;
    private final boolean first;

    private BenchmarkChart(List<Row> rows, boolean first) {
        this.rows = List.copyOf(rows);
        this.first = first;
    }

    /**
     * The first strip carries the legend and up to three metrics, so the section's title never ends a page with one;
     * each further metric is a strip of its own with a rule above it.
     */
    public static List<BenchmarkChart> strips(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        int together = Math.min(FIRST_STRIP_ROWS, rows.size());
        return Stream.concat(Stream.of(new BenchmarkChart(rows.subList(0, together), true)),
                rows.stream().skip(together).map(row -> new BenchmarkChart(List.of(row), false))).toList();
    }

    @Override
    double height() {
        return (first ? LEGEND_HEIGHT : 0) + ROW_HEIGHT * rows.size();
    }

    @Override
    void draw(Canvas canvas, double width, double height) {
        double top = first ? LEGEND_HEIGHT : 0;
        if (first) {
            drawLegend(canvas);
        }
        for (Row row : rows) {
            if (top > LEGEND_HEIGHT || !first) {
                canvas.line(Palette.GRID, 0.5, 0, top, width, top);
            }
            drawRow(canvas, row, top + 34, LABEL_WIDTH, width - LABEL_WIDTH - VALUE_WIDTH - 10, width);
            top += ROW_HEIGHT;
        }
    }

    private static void drawLegend(Canvas canvas) {
        double x = 0;
        canvas.dot(Palette.FAINT, x + 4, 7.5, 2.6);
        x = legendText(canvas, "other teams", x + 10);
        canvas.line(Palette.NAVY, 1.5, x + 4, 3, x + 4, 12);
        x = legendText(canvas, "peers' median", x + 10);
        canvas.line(Palette.TEAL, 1.5, x + 4, 3, x + 4, 12);
        x = legendText(canvas, "best quartile", x + 10);
        canvas.square(Palette.AMBER, x + 4, 7.5, 3.5, true);
        canvas.box(Palette.TEAL_LIGHT, x + 12, 4, 14, 7);
        x = legendText(canvas, "published figure, band (grey: dated)", x + 30);
        for (Standing standing : Standing.values()) {
            canvas.diamond(standing.color, x + 4 + 10 * standing.ordinal(), 7.5, 4.5);
        }
        legendText(canvas, "this team: better / worse / unclear", x + 32);
    }

    /** Writes a legend entry and returns where the next one starts. */
    private static double legendText(Canvas canvas, String text, double x) {
        canvas.text(text, x, 10.5, 7, false, Palette.MUTED, Canvas.Align.LEFT);
        return x + canvas.width(text, 7, false) + 9;
    }

    private static void drawRow(Canvas canvas, Row row, double middle, double plotLeft, double plotWidth, double width) {
        double[] scale = scale(row);
        DoubleUnaryOperator x = value -> plotLeft + plotWidth * (value - scale[0]) / (scale[1] - scale[0]);
        Color teamColor = row.standing().color;
        canvas.text(canvas.fit(row.label(), LABEL_WIDTH - 8, 8, true), 0, middle + 3, 8, true, Palette.INK,
                Canvas.Align.LEFT);
        if (row.published() != null) {
            drawPublished(canvas, row, row.published(), x, middle);
        }
        drawAxis(canvas, row, scale, x, middle + 12, plotLeft, plotWidth);
        if (row.peers() != null) {
            row.peers().others().forEach(other -> canvas.dot(Palette.FAINT, x.applyAsDouble(other), middle, 2.6));
            double median = x.applyAsDouble(row.peers().median());
            canvas.line(Palette.NAVY, 1.8, median, middle - 8, median, middle + 8);
            canvas.text(row.format().apply(row.peers().median()), median, middle - 10, 6.5f, true, Palette.NAVY,
                    Canvas.Align.CENTER);
            if (row.peers().bestQuartile() != null) {
                double best = x.applyAsDouble(row.peers().bestQuartile());
                canvas.line(Palette.TEAL, 1.8, best, middle - 8, best, middle + 8);
            }
        }
        canvas.diamond(teamColor, x.applyAsDouble(row.team()), middle, 5.5);
        canvas.text(row.format().apply(row.team()), width, middle + 3, 9, true, teamColor, Canvas.Align.RIGHT);
    }

    private static void drawPublished(Canvas canvas, Row row, Row.Published published, DoubleUnaryOperator x,
                                      double middle) {
        Color color = published.dated() ? DATED : Palette.AMBER;
        if (published.p25() != null && published.p75() != null) {
            double p25 = x.applyAsDouble(published.p25());
            canvas.box(published.dated() ? Palette.PANEL : Palette.TEAL_LIGHT, p25, middle - 6,
                    x.applyAsDouble(published.p75()) - p25, 12);
        }
        double median = x.applyAsDouble(published.median());
        canvas.square(color, median, middle - 15, 3.5, !published.dated());
        canvas.text(published.label() + " " + row.format().apply(published.median()),
                median, middle - 21, 6.5f, false, published.dated() ? Palette.FAINT : Palette.MUTED,
                Canvas.Align.CENTER);
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
        double low = row.values().min().orElse(0);
        double high = row.values().max().orElse(1);
        double padding = Math.max((high - low) * 0.25, Math.abs(high) * 0.1 + 1e-9);
        double from = low - padding;
        double to = high + padding;
        if (row.rate()) {
            return new double[] {Math.max(0, from), Math.min(1, to)};
        }
        return new double[] {low >= 0 ? Math.max(0, from) : from, to};
    }
}

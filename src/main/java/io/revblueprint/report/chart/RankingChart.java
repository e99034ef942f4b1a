package io.revblueprint.report.chart;

import java.util.List;

/** Teams as horizontal bars by revenue at stake a year, largest first, each labelled with its amount. */
public final class RankingChart extends Chart {

    /** One team; {@code amountText} is the amount as the table prints it. */
    public record Bar(String label, double amount, String amountText) {
    }

    private static final double LABEL_WIDTH = 130;
    private static final double AMOUNT_WIDTH = 70;
    private static final double ROW_HEIGHT = 24;

    private final List<Bar> bars;

    public RankingChart(List<Bar> bars) {
        this.bars = List.copyOf(bars);
    }

    @Override
    double height() {
        return ROW_HEIGHT * bars.size();
    }

    @Override
    void draw(Canvas canvas, double width, double height) {
        double plotWidth = width - LABEL_WIDTH - AMOUNT_WIDTH;
        double largest = bars.stream().mapToDouble(Bar::amount).max().orElse(0);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double middle = i * ROW_HEIGHT + ROW_HEIGHT / 2;
            canvas.text(canvas.fit(bar.label(), LABEL_WIDTH - 8, 8.5f, true), 0, middle + 3, 8.5f, true, Palette.INK,
                    Canvas.Align.LEFT);
            double length = largest <= 0 ? 0 : plotWidth * bar.amount() / largest;
            canvas.box(i == 0 ? Palette.RED : Palette.TEAL, LABEL_WIDTH, middle - ROW_HEIGHT * 0.3, length, ROW_HEIGHT * 0.6);
            canvas.text(bar.amountText(), LABEL_WIDTH + length + 5, middle + 3, 8.5f, true, Palette.INK, Canvas.Align.LEFT);
        }
    }
}

package io.revblueprint.report.chart;

import java.awt.Color;
import java.util.List;

/** The funnel as centered bars, widest first: each stage's count, with the rate that led into it beside its name. */
public final class FunnelChart extends Chart {

    /** One stage; {@code conversion} reads like "73 % of 551 MQLs"; {@code closedCohort} marks the won stage's other cohort. */
    public record Stage(String name, long count, String countText, String conversion, boolean closedCohort) {
    }

    private static final double LABEL_WIDTH = 150;
    private static final double ROW_HEIGHT = 34;

    private final List<Stage> stages;

    public FunnelChart(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    @Override
    double height() {
        return ROW_HEIGHT * stages.size();
    }

    @Override
    void draw(Canvas canvas, double width, double height) {
        double barArea = width - LABEL_WIDTH;
        double center = LABEL_WIDTH + barArea / 2;
        long widest = Math.max(1, stages.stream().mapToLong(Stage::count).max().orElse(1));
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            double top = i * ROW_HEIGHT;
            double barHeight = ROW_HEIGHT * 0.68;
            double barWidth = Math.max(3, barArea * stage.count() / widest);
            canvas.text(stage.name(), 0, top + barHeight / 2 - 1, 9, true, Palette.INK, Canvas.Align.LEFT);
            canvas.text(stage.conversion(), 0, top + barHeight / 2 + 10, 7.5f, false, Palette.MUTED, Canvas.Align.LEFT);
            if (stage.closedCohort() && i > 0) {
                // The won deals are not the opportunities above them: a rule keeps the eye from reading a funnel.
                double gapMiddle = top - (ROW_HEIGHT - barHeight) / 2;
                canvas.dashed(Palette.MUTED, LABEL_WIDTH, gapMiddle, width, gapMiddle);
            }
            canvas.box(stage.closedCohort() ? Palette.NAVY : Palette.TEAL, center - barWidth / 2, top, barWidth, barHeight);
            drawCount(canvas, stage, center, barWidth, top + barHeight / 2 + 3.5);
        }
    }

    private static void drawCount(Canvas canvas, Stage stage, double center, double barWidth, double baseline) {
        if (canvas.width(stage.countText(), 9.5f, true) + 10 < barWidth) {
            canvas.text(stage.countText(), center, baseline, 9.5f, true, Color.WHITE, Canvas.Align.CENTER);
        } else {
            canvas.text(stage.countText(), center + barWidth / 2 + 5, baseline, 9.5f, true, Palette.INK, Canvas.Align.LEFT);
        }
    }
}

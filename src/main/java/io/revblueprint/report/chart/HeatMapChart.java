package io.revblueprint.report.chart;

import java.awt.Color;
import java.util.List;

/**
 * Teams as rows and metrics as columns, each cell the team's figure on a color of its status (on target, possible
 * leak, leak, not judged), with each team's revenue at stake a year beside its name.
 */
public final class HeatMapChart extends Chart {

    public enum Status { GOOD, WARN, BAD, NONE }

    /** One cell: the figure as tables print it, and its status. */
    public record Cell(String text, Status status) {
    }

    /** One team: its name, its stake as printed, and a cell per column. */
    public record Row(String team, String stake, List<Cell> cells) {
    }

    private static final double TEAM_WIDTH = 150;
    private static final double STAKE_WIDTH = 62;
    private static final double HEADER_HEIGHT = 36;
    private static final double HEADER_LINE = 8.5;
    private static final double ROW_HEIGHT = 22;
    private static final double GAP = 2;
    private static final double LEGEND_HEIGHT = 18;

    private final List<String> columns;
    private final List<Row> rows;

    public HeatMapChart(List<String> columns, List<Row> rows) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    @Override
    double height() {
        return HEADER_HEIGHT + ROW_HEIGHT * rows.size() + LEGEND_HEIGHT;
    }

    @Override
    void draw(Canvas canvas, double width, double height) {
        double cellWidth = (width - TEAM_WIDTH - STAKE_WIDTH) / columns.size();
        canvas.text("Team", 0, HEADER_HEIGHT - 8, 7.5f, true, Palette.MUTED, Canvas.Align.LEFT);
        canvas.text("At stake / year", TEAM_WIDTH + STAKE_WIDTH - 6, HEADER_HEIGHT - 8, 7.5f, true, Palette.MUTED,
                Canvas.Align.RIGHT);
        for (int c = 0; c < columns.size(); c++) {
            double center = TEAM_WIDTH + STAKE_WIDTH + c * cellWidth + cellWidth / 2;
            List<String> lines = canvas.wrap(columns.get(c), cellWidth - 4, 7f, true, 3);
            for (int line = 0; line < lines.size(); line++) {
                double baseline = HEADER_HEIGHT - 8 - (lines.size() - 1 - line) * HEADER_LINE;
                canvas.text(lines.get(line), center, baseline, 7f, true, Palette.MUTED, Canvas.Align.CENTER);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double top = HEADER_HEIGHT + r * ROW_HEIGHT;
            double baseline = top + ROW_HEIGHT / 2 + 3;
            canvas.text(canvas.fit(row.team(), TEAM_WIDTH - 6, 8.5f, true), 0, baseline, 8.5f, true, Palette.INK,
                    Canvas.Align.LEFT);
            canvas.text(row.stake(), TEAM_WIDTH + STAKE_WIDTH - 6, baseline, 8.5f, true, Palette.INK,
                    Canvas.Align.RIGHT);
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                double left = TEAM_WIDTH + STAKE_WIDTH + c * cellWidth;
                canvas.box(fill(cell.status()), left + GAP / 2, top + GAP / 2, cellWidth - GAP, ROW_HEIGHT - GAP);
                canvas.text(canvas.fit(cell.text(), cellWidth - 6, 8f, false), left + cellWidth / 2, baseline, 8f,
                        cell.status() != Status.NONE, ink(cell.status()), Canvas.Align.CENTER);
            }
        }
        legend(canvas, height - 5);
    }

    private static void legend(Canvas canvas, double baseline) {
        double x = 0;
        for (Status status : Status.values()) {
            canvas.box(fill(status), x, baseline - 8, 10, 10);
            String label = switch (status) {
                case GOOD -> "on target";
                case WARN -> "possible leak";
                case BAD -> "leak";
                case NONE -> "not judged, in doubt or not measurable";
            };
            canvas.text(label, x + 14, baseline, 7.5f, false, Palette.MUTED, Canvas.Align.LEFT);
            x += 20 + label.length() * 4.2;
        }
    }

    private static Color fill(Status status) {
        return switch (status) {
            case GOOD -> new Color(0xD4EFEA);
            case WARN -> new Color(0xFCEBC9);
            case BAD -> new Color(0xF6D0CB);
            case NONE -> Palette.PANEL;
        };
    }

    private static Color ink(Status status) {
        return switch (status) {
            case GOOD -> new Color(0x1E7F73);
            case WARN -> new Color(0x9A6200);
            case BAD -> Palette.RED;
            case NONE -> Palette.MUTED;
        };
    }
}

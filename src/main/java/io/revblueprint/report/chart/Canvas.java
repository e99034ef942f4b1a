package io.revblueprint.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** The few drawing moves the charts need, in points, with chart fonts and palette colors. */
final class Canvas {

    enum Align { LEFT, CENTER, RIGHT }

    private static final String ELLIPSIS = "…";

    private final Graphics2D g;

    Canvas(Graphics2D g) {
        this.g = g;
    }

    void box(Color color, double x, double y, double width, double height) {
        g.setColor(color);
        g.fill(new Rectangle2D.Double(x, y, Math.max(0, width), Math.max(0, height)));
    }

    void line(Color color, double strokeWidth, double x1, double y1, double x2, double y2) {
        g.setColor(color);
        g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    void dashed(Color color, double x1, double y1, double x2, double y2) {
        g.setColor(color);
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 2f}, 0f));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    void polyline(Color color, double strokeWidth, double[] xs, double[] ys) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        g.setColor(color);
        g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    void dot(Color color, double centerX, double centerY, double radius) {
        g.setColor(color);
        g.fill(new Ellipse2D.Double(centerX - radius, centerY - radius, 2 * radius, 2 * radius));
    }

    /** A square centred on the point, filled or as an outline. */
    void square(Color color, double centerX, double centerY, double half, boolean filled) {
        Rectangle2D.Double square = new Rectangle2D.Double(centerX - half, centerY - half, 2 * half, 2 * half);
        g.setColor(color);
        if (filled) {
            g.fill(square);
        } else {
            g.setStroke(new BasicStroke(1.2f));
            g.draw(square);
        }
    }

    void ring(Color color, double centerX, double centerY, double radius) {
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(centerX - radius, centerY - radius, 2 * radius, 2 * radius));
        g.setColor(color);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Ellipse2D.Double(centerX - radius, centerY - radius, 2 * radius, 2 * radius));
    }

    void diamond(Color color, double centerX, double centerY, double radius) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(centerX, centerY - radius);
        path.lineTo(centerX + radius, centerY);
        path.lineTo(centerX, centerY + radius);
        path.lineTo(centerX - radius, centerY);
        path.closePath();
        g.setColor(color);
        g.fill(path);
    }

    /** Draws text with its baseline at {@code baseline}, anchored at {@code x} as aligned. */
    void text(String text, double x, double baseline, float size, boolean bold, Color color, Align align) {
        Font font = font(size, bold);
        g.setFont(font);
        g.setColor(color);
        double width = width(text, size, bold);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        g.drawString(text, (float) left, (float) baseline);
    }

    double width(String text, float size, boolean bold) {
        return font(size, bold).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    /** The text in at most {@code maxLines} lines of {@code maxWidth}, the last cut with an ellipsis if need be. */
    List<String> wrap(String text, double maxWidth, float size, boolean bold, int maxLines) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && lines.size() < maxLines - 1 && width(longer, size, bold) > maxWidth) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(fit(line, maxWidth, size, bold));
        return lines;
    }

    /** The text, cut with an ellipsis where it would be wider than {@code maxWidth}. */
    String fit(String text, double maxWidth, float size, boolean bold) {
        if (width(text, size, bold) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + ELLIPSIS, size, bold) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + ELLIPSIS;
    }

    private static Font font(float size, boolean bold) {
        return (bold ? ChartFonts.BOLD : ChartFonts.REGULAR).deriveFont(size);
    }
}

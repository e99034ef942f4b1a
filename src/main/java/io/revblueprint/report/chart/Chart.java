package io.revblueprint.report.chart;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/**
 * A chart drawn as vector graphics straight into the PDF. It is as tall as its data needs: a template shows it in an
 * image element with {@code scaleImage="RealHeight"}, which takes the chart's height. Subclasses draw from data
 * prepared in Java, in points, with the origin at the top left.
 */
abstract class Chart extends AbstractRenderer implements Graphics2DRenderable, DimensionRenderable {

    /** The width every template gives a chart: the content width of the page. */
    static final int WIDTH = 515;

    @Override
    public final Dimension getDimension(JasperReportsContext context) {
        return new Dimension(WIDTH, (int) Math.ceil(height()));
    }

    @Override
    public final void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.translate(area.getX(), area.getY());
            draw(new Canvas(g), area.getWidth(), area.getHeight());
        } finally {
            g.dispose();
        }
    }

    /** The height the chart needs for its data, in points. */
    abstract double height();

    abstract void draw(Canvas canvas, double width, double height);
}

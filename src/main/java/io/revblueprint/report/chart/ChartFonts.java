package io.revblueprint.report.chart;

import io.revblueprint.report.layout.ReportRenderingException;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * DejaVu Sans for charts, loaded from jasperreports-fonts rather than asked of the system, so a chart looks the
 * same on a machine without any fonts installed. The PDF shows chart text as text in the same embedded fonts
 * (JasperReports maps these AWT fonts to jasperreports-fonts' DejaVu families).
 */
final class ChartFonts {

    static final Font REGULAR = load("DejaVuSans.ttf");
    static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private ChartFonts() {
    }

    private static Font load(String file) {
        String resource = "net/sf/jasperreports/fonts/dejavu/" + file;
        try (InputStream font = ChartFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (font == null) {
                throw new ReportRenderingException("Font " + resource + " is missing: is jasperreports-fonts on the classpath?", null);
            }
            return Font.createFont(Font.TRUETYPE_FONT, font);
        } catch (IOException | FontFormatException e) {
            throw new ReportRenderingException("Cannot load font " + resource, e);
        }
    }
}

package io.revblueprint.report.layout;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

/** Compiles JRXML files from the classpath; a master page is compiled once per paper size. */
final class TemplateCompiler {

    JasperReport compile(String resource) {
        return compile(resource, load(resource));
    }

    /** Same layout, page resized: the content width stays, the side margins absorb the difference. */
    Map<PaperSize, JasperReport> compileForEachPaperSize(String resource) {
        Map<PaperSize, JasperReport> variants = new EnumMap<>(PaperSize.class);
        for (PaperSize size : PaperSize.values()) {
            JasperDesign design = load(resource);
            resize(design, size);
            variants.put(size, compile(resource, design));
        }
        return variants;
    }

    private static void resize(JasperDesign design, PaperSize size) {
        int sideMargins = size.width() - design.getColumnWidth();
        design.setPageWidth(size.width());
        design.setPageHeight(size.height());
        design.setLeftMargin(sideMargins / 2);
        design.setRightMargin(sideMargins - sideMargins / 2);
    }

    private static JasperReport compile(String resource, JasperDesign design) {
        try {
            return JasperCompileManager.compileReport(design);
        } catch (JRException e) {
            throw new ReportRenderingException("Cannot compile report template " + resource, e);
        }
    }

    private static JasperDesign load(String resource) {
        try (InputStream jrxml = TemplateCompiler.class.getClassLoader().getResourceAsStream(resource)) {
            if (jrxml == null) {
                throw new ReportRenderingException("Report template " + resource + " is not on the classpath", null);
            }
            return JRXmlLoader.load(jrxml);
        } catch (IOException | JRException e) {
            throw new ReportRenderingException("Cannot read report template " + resource, e);
        }
    }
}

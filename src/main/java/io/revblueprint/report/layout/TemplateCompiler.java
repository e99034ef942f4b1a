package io.revblueprint.report.layout;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.apache.commons.codec.digest.DigestUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Compiles JRXML files from the classpath; a master page once per paper size. The build compiles them ahead
 * ({@link #save}, beside the JRXML as {@code .jasper}), so a run only loads them: compiling took seconds per run. A
 * compiled copy made from other JRXML than the one on the classpath (an edit not yet built) is ignored.
 */
final class TemplateCompiler {

    /** The SHA-256 of the JRXML a compiled template was made from, kept among its properties. */
    static final String SOURCE_DIGEST = "io.revblueprint.template.source.sha256";

    private final ClassLoader classpath;

    TemplateCompiler() {
        this(TemplateCompiler.class.getClassLoader());
    }

    TemplateCompiler(ClassLoader classpath) {
        this.classpath = classpath;
    }

    JasperReport compile(String resource) {
        return compiled(resource, null);
    }

    /** Same layout, page resized: the content width stays, the side margins absorb the difference. */
    Map<PaperSize, JasperReport> compileForEachPaperSize(String resource) {
        Map<PaperSize, JasperReport> variants = new EnumMap<>(PaperSize.class);
        for (PaperSize size : PaperSize.values()) {
            variants.put(size, compiled(resource, size));
        }
        return variants;
    }

    /** Compiles the template (for each paper size when {@code perPaperSize}) into {@code folder}, as a run will look for it. */
    void save(String resource, boolean perPaperSize, Path folder) {
        for (PaperSize size : perPaperSize ? PaperSize.values() : new PaperSize[] {null}) {
            Path file = folder.resolve(compiledName(resource, size));
            try {
                Files.createDirectories(file.getParent());
                JRSaver.saveObject(compile(resource, design(resource, read(resource), size)), file.toFile());
            } catch (IOException | JRException e) {
                throw new ReportRenderingException("Cannot write compiled template " + file, e);
            }
        }
    }

    /** The build's compiled copy when it was made from this JRXML, else the JRXML compiled now. */
    private JasperReport compiled(String resource, PaperSize size) {
        byte[] source = read(resource);
        JasperReport built = loadCompiled(compiledName(resource, size));
        if (built != null && digest(source).equals(built.getProperty(SOURCE_DIGEST))) {
            return built;
        }
        return compile(resource, design(resource, source, size));
    }

    static JasperDesign design(String resource, byte[] source, PaperSize size) {
        try {
            JasperDesign design = JRXmlLoader.load(new ByteArrayInputStream(source));
            design.setProperty(SOURCE_DIGEST, digest(source));
            if (size != null) {
                resize(design, size);
            }
            return design;
        } catch (JRException e) {
            throw new ReportRenderingException("Cannot read report template " + resource, e);
        }
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

    /** {@code templates/x.jrxml} → {@code templates/x.jasper}, or {@code templates/x.A4.jasper} for one paper size. */
    private static String compiledName(String resource, PaperSize size) {
        String base = resource.substring(0, resource.length() - ".jrxml".length());
        return base + (size == null ? "" : "." + size.name()) + ".jasper";
    }

    private JasperReport loadCompiled(String compiledName) {
        try (InputStream compiled = classpath.getResourceAsStream(compiledName)) {
            return compiled == null ? null : (JasperReport) JRLoader.loadObject(compiled);
        } catch (IOException | JRException | ClassCastException e) {
            return null; // made by another JasperReports version, say: compile from the JRXML instead
        }
    }

    private byte[] read(String resource) {
        try (InputStream jrxml = classpath.getResourceAsStream(resource)) {
            if (jrxml == null) {
                throw new ReportRenderingException("Report template " + resource + " is not on the classpath", null);
            }
            return jrxml.readAllBytes();
        } catch (IOException e) {
            throw new ReportRenderingException("Cannot read report template " + resource, e);
        }
    }

    static String digest(byte[] source) {
        return DigestUtils.sha256Hex(source);
    }
}

package io.revblueprint.report.layout;

import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.util.JRSaver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's compiled templates are used while they match their JRXML, and never once it has changed. */
class TemplateCompilerTest {

    private static final String TEMPLATE = "templates/tables/bullet-list.jrxml";

    @TempDir
    Path classes;

    @Test
    void theBuildCompiledEveryTemplateFromTheJrxmlItShips() throws Exception {
        byte[] jrxml = read(TEMPLATE);
        JasperReport compiled = new TemplateCompiler().compile(TEMPLATE);

        assertThat(getClass().getClassLoader().getResource("templates/tables/bullet-list.jasper")).isNotNull();
        assertThat(getClass().getClassLoader().getResource("templates/team-blueprint.LETTER.jasper")).isNotNull();
        assertThat(compiled.getProperty(TemplateCompiler.SOURCE_DIGEST)).isEqualTo(TemplateCompiler.digest(jrxml));
    }

    @Test
    void aCompiledCopyOfTheSameJrxmlIsLoadedNotCompiledAgain() throws Exception {
        byte[] jrxml = read(TEMPLATE);
        Files.createDirectories(classes.resolve("t"));
        Files.write(classes.resolve("t/list.jrxml"), jrxml);
        saveMarked(jrxml, "from the build");

        assertThat(compiler().compile("t/list.jrxml").getProperty("marker")).isEqualTo("from the build");
    }

    @Test
    void aCompiledCopyOfOtherJrxmlIsIgnored() throws Exception {
        byte[] before = read(TEMPLATE);
        byte[] edited = new String(before, StandardCharsets.UTF_8).replace("</jasperReport>",
                "<!-- edited --></jasperReport>").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(classes.resolve("t"));
        Files.write(classes.resolve("t/list.jrxml"), edited);
        saveMarked(before, "stale");

        JasperReport compiled = compiler().compile("t/list.jrxml");

        assertThat(compiled.getProperty("marker")).isNull();
        assertThat(compiled.getProperty(TemplateCompiler.SOURCE_DIGEST)).isEqualTo(TemplateCompiler.digest(edited));
    }

    /** A compiled copy of {@code source}, as the build makes it, with a marker property to tell it apart. */
    private void saveMarked(byte[] source, String marker) throws Exception {
        JasperDesign design = TemplateCompiler.design("t/list.jrxml", source, null);
        design.setProperty("marker", marker);
        JRSaver.saveObject(JasperCompileManager.compileReport(design), classes.resolve("t/list.jasper").toFile());
    }

    private TemplateCompiler compiler() throws Exception {
        return new TemplateCompiler(new URLClassLoader(new URL[] {classes.toUri().toURL()}, null));
    }

    private static byte[] read(String resource) throws Exception {
        try (InputStream in = TemplateCompilerTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}

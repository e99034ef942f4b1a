package io.revblueprint.report.layout;

import net.sf.jasperreports.engine.JasperReport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The compiled templates of a run. Compiling is the slow part of rendering, so it happens once here and every
 * document reuses the result. Masters exist once per {@link PaperSize}; sections and tables are size-independent.
 */
public final class ReportTemplates {

    private final Map<String, Map<PaperSize, JasperReport>> masters;
    private final Map<String, JasperReport> subreports;

    private ReportTemplates(Map<String, Map<PaperSize, JasperReport>> masters, Map<String, JasperReport> subreports) {
        this.masters = Map.copyOf(masters);
        this.subreports = Map.copyOf(subreports);
    }

    /** Loads and compiles the masters (classpath paths) and every section and table they use. */
    public static ReportTemplates compile(List<String> masterPaths, List<SectionTemplate> sections) {
        TemplateCompiler compiler = new TemplateCompiler();
        Map<String, Map<PaperSize, JasperReport>> masters = new HashMap<>();
        masterPaths.forEach(path -> masters.put(path, compiler.compileForEachPaperSize(path)));
        Map<String, JasperReport> subreports = new HashMap<>();
        for (SectionTemplate section : sections) {
            subreports.computeIfAbsent(section.reportParameter(), name -> compiler.compile(section.path()));
            section.tables().forEach(table ->
                    subreports.computeIfAbsent(table.parameter(), name -> compiler.compile(table.path())));
        }
        return new ReportTemplates(masters, subreports);
    }

    /** Compiles the masters (for each paper size) and every section and table into {@code folder}, as the build does. */
    public static void precompile(List<String> masterPaths, List<SectionTemplate> sections, Path folder) {
        TemplateCompiler compiler = new TemplateCompiler();
        masterPaths.forEach(path -> compiler.save(path, true, folder));
        sections.stream()
                .flatMap(section -> Stream.concat(Stream.of(section.path()),
                        section.tables().stream().map(SectionTemplate.Table::path)))
                .distinct()
                .forEach(path -> compiler.save(path, false, folder));
    }

    public JasperReport master(String path, PaperSize size) {
        return masters.get(path).get(size);
    }

    /** Every compiled section and table, keyed by the parameter a template receives it in. */
    public Map<String, JasperReport> subreports() {
        return subreports;
    }
}

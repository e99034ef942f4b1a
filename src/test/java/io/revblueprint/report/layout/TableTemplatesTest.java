package io.revblueprint.report.layout;

import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.SplitTypeEnum;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table keeps a row on one page and never leaves its header alone at the foot of a page: the readers saw a
 * scorecard row split across two pages, and a header with no row under it.
 */
class TableTemplatesTest {

    private static final Set<String> APPENDIX_LISTS = Set.of("term-table.jrxml", "health-table.jrxml");

    static List<Path> tables() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("templates/tables"))) {
            return files.filter(file -> file.toString().endsWith(".jrxml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("tables")
    void aRowIsNeverSplitAndAHeaderNeverStandsAlone(Path table) throws Exception {
        JasperDesign design = JRXmlLoader.load(table.toFile());

        for (JRBand row : design.getDetailSection().getBands()) {
            assertThat(row.getSplitType()).as(table + " detail").isEqualTo(SplitTypeEnum.PREVENT);
        }
        // A column header is printed wherever the page has room for it, with or without a row below.
        assertThat(design.getColumnHeader()).as(table + " column header").isNull();
        for (JRGroup header : design.getGroups()) {
            // The appendix's long lists keep three rows under their title (TCRM's ended a page with one).
            assertThat(header.getMinDetailsToStartFromTop()).as(table + " group " + header.getName())
                    .isEqualTo(APPENDIX_LISTS.contains(table.getFileName().toString()) ? 3 : 1);
            assertThat(header.isReprintHeaderOnEachPage()).as(table + " group " + header.getName()).isTrue();
        }
    }
}

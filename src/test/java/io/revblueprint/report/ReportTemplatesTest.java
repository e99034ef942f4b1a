package io.revblueprint.report;

import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTemplatesTest {

    @Test
    void oneCompiledSetRendersManyTeams() throws IOException {
        ReportTemplates templates = SharedRenderer.TEMPLATES;
        JasperReport compiledBefore = templates.teamBlueprint(PaperSize.A4);

        byte[] enterprise = SharedRenderer.RENDERER.renderTeam(SampleBlueprints.team("t-ent", "Enterprise Sales", PaperSize.A4));
        byte[] midMarket = SharedRenderer.RENDERER.renderTeam(SampleBlueprints.team("t-mid", "Mid-Market Sales", PaperSize.A4));

        try (RenderedPdf first = new RenderedPdf(enterprise); RenderedPdf second = new RenderedPdf(midMarket)) {
            assertThat(first.text()).contains("Enterprise Sales").doesNotContain("Mid-Market Sales");
            assertThat(second.text()).contains("Mid-Market Sales").doesNotContain("Enterprise Sales");
        }
        assertThat(templates.teamBlueprint(PaperSize.A4)).isSameAs(compiledBefore);
    }

    @Test
    void compilingIsOnlyPossibleByCreatingTheTemplates() {
        assertThat(Arrays.stream(ReportTemplates.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::getName))
                .containsExactly("compile");
        assertThat(ReportTemplates.class.getConstructors()).isEmpty();
    }

    @Test
    void everyPaperSizeHasItsOwnCompiledMaster() {
        for (PaperSize size : PaperSize.values()) {
            assertThat(SharedRenderer.TEMPLATES.teamBlueprint(size).getPageWidth()).isEqualTo(size.width());
            assertThat(SharedRenderer.TEMPLATES.executiveSummary(size).getPageHeight()).isEqualTo(size.height());
        }
    }
}

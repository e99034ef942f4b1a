package io.revblueprint.report.section;

import io.revblueprint.report.RenderedPdf;
import io.revblueprint.report.SampleBlueprints;
import io.revblueprint.report.SharedRenderer;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.layout.PaperSize;
import io.revblueprint.report.layout.ReportTemplates;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTemplatesTest {

    @Test
    void oneCompiledSetRendersManyTeams() throws IOException {
        ReportTemplates templates = SharedRenderer.TEMPLATES;
        JasperReport compiledBefore = templates.master(DocumentLayout.TEAM_BLUEPRINT.master(), PaperSize.A4);

        byte[] enterprise = SharedRenderer.RENDERER.renderTeam(SampleBlueprints.team("t-ent", "Enterprise Sales", PaperSize.A4));
        byte[] midMarket = SharedRenderer.RENDERER.renderTeam(SampleBlueprints.team("t-mid", "Mid-Market Sales", PaperSize.A4));

        try (RenderedPdf first = new RenderedPdf(enterprise); RenderedPdf second = new RenderedPdf(midMarket)) {
            assertThat(first.text()).contains("Enterprise Sales").doesNotContain("Mid-Market Sales");
            assertThat(second.text()).contains("Mid-Market Sales").doesNotContain("Enterprise Sales");
        }
        assertThat(templates.master(DocumentLayout.TEAM_BLUEPRINT.master(), PaperSize.A4)).isSameAs(compiledBefore);
    }

    @Test
    void templatesAreOnlyMadeByCompilingThem() {
        assertThat(ReportTemplates.class.getConstructors()).isEmpty();
    }

    @Test
    void aDocumentTakesExactlyItsSectionsInItsOrder() {
        TeamBlueprint blueprint = SampleBlueprints.team("t-ent", "Enterprise Sales", PaperSize.A4);
        Map<String, Object> parameters = DocumentLayout.EXECUTIVE_SUMMARY.parameters("Title",
                List.of(AnswerSection.of(SampleBlueprints.company(PaperSize.A4), List.of("A finding.")),
                        RankingSection.of(SampleBlueprints.company(PaperSize.A4)),
                        ScorecardSection.ofCompany(SampleBlueprints.company(PaperSize.A4))),
                SharedRenderer.TEMPLATES);

        assertThat(parameters).containsKeys("RunningTitle", "Answer", "Ranking", "Scorecard",
                "ScorecardReport", "TilesTable", "LeakTable", "RankingTable");
        assertThatThrownBy(() -> DocumentLayout.TEAM_BLUEPRINT.parameters("Title",
                List.of(ScorecardSection.of(blueprint)), SharedRenderer.TEMPLATES))
                .hasMessageStartingWith("TEAM_BLUEPRINT lays out");
    }

    @Test
    void everyPaperSizeHasItsOwnCompiledMaster() {
        for (PaperSize size : PaperSize.values()) {
            assertThat(SharedRenderer.TEMPLATES.master(DocumentLayout.TEAM_BLUEPRINT.master(), size).getPageWidth()).isEqualTo(size.width());
            assertThat(SharedRenderer.TEMPLATES.master(DocumentLayout.EXECUTIVE_SUMMARY.master(), size).getPageHeight()).isEqualTo(size.height());
        }
    }
}

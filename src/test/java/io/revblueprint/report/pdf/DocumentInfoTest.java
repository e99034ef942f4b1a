package io.revblueprint.report.pdf;

import io.revblueprint.report.SampleBlueprints;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.RunContext;
import io.revblueprint.report.layout.PaperSize;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The executive summary's subject names the company when the snapshot does, and never says "null". */
class DocumentInfoTest {

    @Test
    void namesTheCompanyWhenKnown() {
        assertThat(DocumentInfo.of(SampleBlueprints.company(PaperSize.A4)).subject())
                .startsWith("Teams of Acme Analytics GmbH ranked by revenue at stake in 2026-Q3");
    }

    @Test
    void leavesAnUnknownCompanyOut() {
        ExecutiveSummary known = SampleBlueprints.company(PaperSize.A4);
        RunContext run = known.run();
        RunContext noCompany = new RunContext(null, run.period(), run.dataUntil(), run.asOf(), run.runId(),
                run.currency(), run.sla(), run.targets(), run.lossReasons(), run.benchmarkRules(), run.paperSize(),
                run.snapshotMqlDays());
        ExecutiveSummary unnamed = new ExecutiveSummary(noCompany, known.company(), known.teams(),
                known.notInRun(), known.dataHealth(), known.annualBookings());
        assertThat(DocumentInfo.of(unnamed).subject())
                .isEqualTo("Teams ranked by revenue at stake in 2026-Q3, with each team's top fix");
    }
}

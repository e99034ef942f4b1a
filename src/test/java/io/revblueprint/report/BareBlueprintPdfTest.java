package io.revblueprint.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** With nothing to judge by, no benchmarks and no history, a blueprint still has every section, each saying why it is short. */
class BareBlueprintPdfTest {

    @Test
    void saysInWordsWhatIsNotThereYet() throws IOException {
        try (RenderedPdf pdf = new RenderedPdf(SharedRenderer.RENDERER.renderTeam(
                SampleBlueprints.bare("t-mid", "Mid-Market Sales")))) {
            assertThat(pdf.bookmarkTitles()).hasSize(8);
            assertThat(pdf.prose()).contains(
                    "Nothing at Mid-Market Sales could be judged in 2026-Q3: no figure has a target or a published"
                            + " benchmark to hold it to.",
                    "No SLA or conversion figure that could be measured has a target or benchmark to be judged against;"
                            + " response SLA compliance is 61 % (±6 pts); high-intent leads are the worst at 48 %.",
                    "Trends appear here from the second period on",
                    "No peer team and no published benchmark covers the metrics of Mid-Market Sales",
                    "No fix this period: no metric of Mid-Market Sales misses its target or benchmark.",
                    "Progress on earlier fixes: none to follow up; this is the first period with a plan for Mid-Market Sales.",
                    "Response SLA compliance — 61.0 % 55.0–67.0 % 180 —");
            for (int page = 0; page < pdf.pageCount(); page++) {
                assertThat(pdf.inkShare(page)).as("ink on page %d", page + 1).isGreaterThan(0.005);
            }
        }
    }
}

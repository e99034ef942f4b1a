package io.revblueprint.report;

import io.revblueprint.report.layout.PaperSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** veraPDF, the PDF Association's reference validator, finds no PDF/A-3b violation in a team blueprint or the summary. */
class PdfAConformanceTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void teamBlueprintIsPdfA3b() throws Exception {
        assertThat(violations(SharedRenderer.RENDERER.renderTeam(
                SampleBlueprints.team("t-ent", "Enterprise Sales", PaperSize.A4)))).isEmpty();
    }

    @Test
    void executiveSummaryIsPdfA3b() throws Exception {
        assertThat(violations(SharedRenderer.RENDERER.renderExecutiveSummary(SampleBlueprints.company(PaperSize.LETTER))))
                .isEmpty();
    }

    /** Each failed rule as "clause-test: description". */
    private static List<String> violations(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage())
                    .distinct()
                    .toList();
        }
    }
}

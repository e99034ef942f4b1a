package io.revblueprint.metrics;

import io.revblueprint.crm.Segment;
import io.revblueprint.crm.SourceCategory;
import org.junit.jupiter.api.Test;

import static io.revblueprint.metrics.Cases.BER;
import static io.revblueprint.metrics.Cases.UNASSIGNED;
import static io.revblueprint.metrics.Cases.deal;
import static io.revblueprint.metrics.Cases.fraction;
import static io.revblueprint.metrics.Cases.lead;
import static org.assertj.core.api.Assertions.assertThat;

/** Completeness and attribution of the cohorts on hand-computed cases. */
class DataHealthMetricsTest {

    @Test
    void aCompleteLeadHasAKnownOwnerSourceScoreIndustryAndCompanySize() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptMql(lead("L-1").of(BER, null));
        calculator.acceptMql(lead("L-2").score(null).of(BER, null));
        calculator.acceptMql(lead("L-3").industry(null).of(BER, null));
        calculator.acceptMql(lead("L-4").companySize(null).of(BER, null));
        calculator.acceptMql(lead("L-5").owner("U-404").of(UNASSIGNED, null)); // owner not a user
        calculator.acceptMql(lead("L-6").owner(null).of(UNASSIGNED, null));
        MetricResults results = calculator.results();
        assertThat(fraction(results, BER, "crm_completeness_leads", "")).isEqualTo("1/4");
        assertThat(fraction(results, UNASSIGNED, "crm_completeness_leads", "")).isEqualTo("0/2");
        assertThat(fraction(results, "ALL", "crm_completeness_leads", "")).isEqualTo("1/6");
    }

    @Test
    void aCompleteDealHasAnAmountASourceAndWhenLostAReason() {
        MetricsCalculator calculator = Cases.calculator();
        var lead = new OpportunityFacts.OriginLead("Webinar", SourceCategory.MARKETING, null);
        calculator.acceptClosed(deal("O-1").of(BER));
        calculator.acceptClosed(deal("O-2").source(null, null).of(BER, Segment.SMB, lead)); // the lead's source
        calculator.acceptClosed(deal("O-3").source(null, null).of(BER)); // no source at all
        calculator.acceptClosed(deal("O-4").amount(null, "EUR").of(BER));
        calculator.acceptClosed(deal("O-5").lost("Price").of(BER));
        calculator.acceptClosed(deal("O-6").lost(null).of(BER));
        assertThat(fraction(calculator.results(), BER, "crm_completeness_opportunities", "")).isEqualTo("3/6");
    }

    @Test
    void attributionIsOverWonDealsOnly() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptClosed(deal("O-1").of(BER, Segment.SMB, new OpportunityFacts.OriginLead("Webinar",
                SourceCategory.MARKETING, "C-1")));
        calculator.acceptClosed(deal("O-2").of(BER, Segment.SMB, new OpportunityFacts.OriginLead("Outbound",
                SourceCategory.SALES, null)));
        calculator.acceptClosed(deal("O-3").of(BER)); // lead_id names no lead of the snapshot
        calculator.acceptClosed(deal("O-4").lost("Price").of(BER));
        MetricResults results = calculator.results();
        assertThat(fraction(results, BER, "attribution_coverage", "")).isEqualTo("2/3");
        assertThat(fraction(results, BER, "campaign_attribution_coverage", "")).isEqualTo("1/3");
    }

    @Test
    void nothingWonMeansNoAttributionRates() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptClosed(deal("O-1").lost("Price").of(BER));
        MetricResults results = calculator.results();
        assertThat(fraction(results, BER, "attribution_coverage", "")).isEqualTo("absent");
        assertThat(fraction(results, BER, "campaign_attribution_coverage", "")).isEqualTo("absent");
        assertThat(fraction(results, BER, "crm_completeness_opportunities", "")).isEqualTo("1/1");
    }
}

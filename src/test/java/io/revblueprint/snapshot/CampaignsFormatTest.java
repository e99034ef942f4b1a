package io.revblueprint.snapshot;

import io.revblueprint.crm.Campaign;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.revblueprint.snapshot.QuarantineAssertions.assertAccepted;
import static io.revblueprint.snapshot.QuarantineAssertions.assertImportFailsWithout;
import static io.revblueprint.snapshot.QuarantineAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class CampaignsFormatTest {

    private static final CampaignsFormat FORMAT = new CampaignsFormat();

    private static final TestRow VALID = TestRow.of("campaign_id", "C1", "name", "Autumn webinar", "channel", "Webinar",
            "cost", "12500.50", "currency", "usd");

    @Test
    void aCompleteRowIsStoredAsWritten() {
        assertThat(assertAccepted(VALID.readBy(FORMAT)))
                .isEqualTo(new Campaign("C1", "Autumn webinar", "Webinar", new BigDecimal("12500.50"), "USD"));
    }

    @Test
    void optionalColumnsLeftEmptyTakeTheirDefaults() {
        assertThat(assertAccepted(TestRow.of("campaign_id", "C1").readBy(FORMAT)))
                .isEqualTo(new Campaign("C1", null, null, null, TestRow.CONTEXT.defaultCurrency()));
    }

    @Test
    void theIdColumnMissingFromTheHeaderFailsTheImport() {
        assertImportFailsWithout("campaign_id", VALID, FORMAT);
    }

    @Test
    void anEmptyIdIsQuarantined() {
        assertRejected(VALID.with("campaign_id", "").readBy(FORMAT), "campaign_id", "missing campaign_id");
    }

    @Test
    void theCostIsAPlainDecimal() {
        assertRejected(VALID.with("cost", "12,500.50").readBy(FORMAT), "cost",
                "not a decimal '12,500.50' (a plain number with '.', like 1500.50: no currency symbol,"
                        + " no thousands separator)");
    }

    @Test
    void theCurrencyIsAnIso4217Code() {
        assertRejected(VALID.with("currency", "EURO").readBy(FORMAT), "currency",
                "unknown currency 'EURO' (ISO 4217 code expected)");
    }

    @Test
    void aSecondRowWithTheSameIdIsQuarantined() {
        List<ParsedRow<Campaign>> rows = new InMemoryStore().write(FORMAT, VALID, VALID.with("name", "Spring webinar"));

        assertAccepted(rows.get(0));
        assertRejected(rows.get(1), "campaign_id", "duplicate campaign_id C1");
    }

    @Test
    void theFirstBrokenRuleInColumnOrderIsReported() {
        assertRejected(VALID.with("cost", "12,500.50").with("currency", "EURO").readBy(FORMAT), "cost",
                "not a decimal '12,500.50' (a plain number with '.', like 1500.50: no currency symbol,"
                        + " no thousands separator)");
    }
}

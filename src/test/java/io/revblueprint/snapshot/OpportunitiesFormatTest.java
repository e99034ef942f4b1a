package io.revblueprint.snapshot;

import io.revblueprint.crm.Opportunity;
import io.revblueprint.crm.Segment;
import io.revblueprint.crm.SourceCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.revblueprint.snapshot.QuarantineAssertions.assertAccepted;
import static io.revblueprint.snapshot.QuarantineAssertions.assertImportFailsWithout;
import static io.revblueprint.snapshot.QuarantineAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class OpportunitiesFormatTest {

    private static final OpportunitiesFormat FORMAT = new OpportunitiesFormat();

    /** A lost deal: every column set. */
    private static final TestRow VALID = TestRow.of("opportunity_id", "O1", "created_at", "2026-08-03T09:00:00",
            "owner_id", "U1", "lead_id", "L1", "account_id", "ACC-1", "source", "Webinar", "source_category", "Marketing",
            "segment", "enterprise", "amount", "24000.50", "currency", "usd", "stage", "Closed Lost", "is_closed", "true",
            "is_won", "No", "closed_at", "2026-09-15T12:00:00Z", "loss_reason", "NO_BUDGET", "competitor", "Rival Inc");

    /** An open deal: the required columns only, closed_at empty. */
    private static final TestRow OPEN = TestRow.of("opportunity_id", "O1", "created_at", "2026-08-03T07:00:00Z",
            "owner_id", "U1", "stage", "Discovery", "is_closed", "false", "is_won", "false", "closed_at", "");

    private final InMemoryStore stored = new InMemoryStore().holding("crm_user", "U1");

    @Test
    void aCompleteRowIsStoredAsWrittenWithOffsetLessTimesInTheCompanyZone() {
        assertThat(assertAccepted(VALID.readBy(FORMAT))).isEqualTo(new Opportunity("O1",
                Instant.parse("2026-08-03T07:00:00Z"), "U1", "L1", "ACC-1", "Webinar", SourceCategory.MARKETING,
                Segment.ENTERPRISE, new BigDecimal("24000.50"), "USD", "Closed Lost", true, false,
                Instant.parse("2026-09-15T12:00:00Z"), "NO_BUDGET", "Rival Inc"));
    }

    @Test
    void optionalColumnsLeftEmptyTakeTheirDefaults() {
        assertThat(assertAccepted(OPEN.readBy(FORMAT))).isEqualTo(new Opportunity("O1",
                Instant.parse("2026-08-03T07:00:00Z"), "U1", null, null, null, null, null, null,
                TestRow.CONTEXT.defaultCurrency(), "Discovery", false, false, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"opportunity_id", "created_at", "owner_id", "stage", "is_closed", "is_won", "closed_at"})
    void aRequiredColumnMissingFromTheHeaderFailsTheImport(String column) {
        assertImportFailsWithout(column, VALID, FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"opportunity_id", "created_at", "owner_id", "stage", "is_closed", "is_won"})
    void anEmptyRequiredValueIsQuarantined(String column) {
        assertRejected(VALID.with(column, "").readBy(FORMAT), column, "missing " + column);
    }

    @ParameterizedTest
    @CsvSource({"source_category, EVENTS", "segment, HUGE"})
    void anUnlistedValueIsQuarantined(String column, String value) {
        assertRejected(VALID.with(column, value).readBy(FORMAT), column, "unknown " + column + " '" + value + "'");
    }

    @Test
    void theAmountIsAPlainDecimal() {
        assertRejected(VALID.with("amount", "24.000,50").readBy(FORMAT), "amount",
                "not a decimal '24.000,50' (a plain number with '.', like 1500.50: no currency symbol,"
                        + " no thousands separator)");
    }

    @Test
    void theCurrencyIsAnIso4217Code() {
        assertRejected(VALID.with("currency", "DOLLAR").readBy(FORMAT), "currency",
                "unknown currency 'DOLLAR' (ISO 4217 code expected)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"is_closed", "is_won"})
    void closedAndWonAreBooleans(String column) {
        assertRejected(VALID.with(column, "maybe").readBy(FORMAT), column, "not a boolean 'maybe'");
    }

    @Test
    void wonImpliesClosed() {
        assertRejected(OPEN.with("is_won", "true").readBy(FORMAT), "is_won", "won but not closed");
    }

    @Test
    void aClosedDealNeedsClosedAt() {
        assertRejected(VALID.with("closed_at", "").readBy(FORMAT), "closed_at", "closed without closed_at");
    }

    @Test
    void closedAtIsNotBeforeCreatedAt() {
        assertRejected(VALID.with("closed_at", "2026-08-03T06:59:59Z").readBy(FORMAT), "closed_at",
                "closed_at before created_at");
    }

    @Test
    void aDealMayCloseTheInstantItWasCreated() {
        assertAccepted(VALID.with("closed_at", "2026-08-03T07:00:00Z").readBy(FORMAT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"created_at", "closed_at"})
    void aDateAloneIsNotATimestamp(String column) {
        assertRejected(VALID.with(column, "2026-09-14").readBy(FORMAT), column,
                "unparseable timestamp '2026-09-14' (ISO-8601 expected)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"created_at", "closed_at"})
    void noTimestampIsLaterThanAsOf(String column) {
        assertRejected(VALID.with(column, "2026-10-01T00:00:01Z").readBy(FORMAT), column,
                "later than as_of 2026-10-01T00:00:00Z: '2026-10-01T00:00:01Z'");
    }

    @Test
    void anOwnerTheSnapshotLacksIsQuarantined() {
        assertRejected(stored.write(FORMAT, VALID.with("owner_id", "U9")).get(0), "owner_id", "unknown user U9: not in users.csv, or quarantined there");
    }

    @Test
    void aLeadTheSnapshotLacksIsKeptForTheDealToCountAsNotAttributed() {
        assertThat(assertAccepted(stored.write(FORMAT, VALID.with("lead_id", "L9")).get(0)).leadId()).isEqualTo("L9");
    }

    @Test
    void aSecondRowWithTheSameIdIsQuarantined() {
        List<ParsedRow<Opportunity>> rows = stored.write(FORMAT, VALID, OPEN);

        assertAccepted(rows.get(0));
        assertRejected(rows.get(1), "opportunity_id", "duplicate opportunity_id O1");
    }

    @Test
    void theFirstBrokenRuleInColumnOrderIsReported() {
        assertRejected(VALID.with("owner_id", "").with("amount", "24.000,50").readBy(FORMAT), "owner_id",
                "missing owner_id");
    }
}

package io.revblueprint.snapshot;

import io.revblueprint.crm.Lead;
import io.revblueprint.crm.SourceCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static io.revblueprint.snapshot.QuarantineAssertions.assertAccepted;
import static io.revblueprint.snapshot.QuarantineAssertions.assertImportFailsWithout;
import static io.revblueprint.snapshot.QuarantineAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class LeadsFormatTest {

    private static final LeadsFormat FORMAT = new LeadsFormat();

    private static final TestRow VALID = TestRow.of("lead_id", "L1", "created_at", "2026-09-01T10:00:00+02:00",
            "owner_id", "U1", "source", "Webinar", "source_category", "marketing", "campaign_id", "C1", "score", "80",
            "industry", "Software", "company_size", "250", "country", "DE", "mql_at", "2026-09-02T09:00:00Z",
            "accepted_at", "2026-09-02T13:30:00", "rejected_at", "", "sql_at", "2026-09-10T12:00:00Z",
            "disqualified_at", "", "disqualification_reason", "", "converted_opportunity_id", "O1");

    private static final TestRow REQUIRED_ONLY = TestRow.of("lead_id", "L1", "created_at", "2026-09-01T08:00:00Z",
            "source", "Webinar");

    @Test
    void aCompleteRowIsStoredAsWrittenWithOffsetLessTimesInTheCompanyZone() {
        assertThat(assertAccepted(VALID.readBy(FORMAT))).isEqualTo(new Lead("L1", Instant.parse("2026-09-01T08:00:00Z"),
                "U1", "Webinar", SourceCategory.MARKETING, "C1", 80, "Software", 250, "DE",
                Instant.parse("2026-09-02T09:00:00Z"), Instant.parse("2026-09-02T11:30:00Z"), null,
                Instant.parse("2026-09-10T12:00:00Z"), null, null, "O1"));
    }

    @Test
    void optionalColumnsLeftEmptyTakeTheirDefaults() {
        assertThat(assertAccepted(REQUIRED_ONLY.readBy(FORMAT))).isEqualTo(new Lead("L1",
                Instant.parse("2026-09-01T08:00:00Z"), null, "Webinar", SourceCategory.OTHER, null, null, null, null,
                null, null, null, null, null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead_id", "created_at", "source"})
    void aRequiredColumnMissingFromTheHeaderFailsTheImport(String column) {
        assertImportFailsWithout(column, VALID, FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead_id", "created_at"})
    void anEmptyRequiredValueIsQuarantined(String column) {
        assertRejected(VALID.with(column, "").readBy(FORMAT), column, "missing " + column);
    }

    @Test
    void anEmptySourceIsTheSourceUnknown() {
        assertThat(assertAccepted(VALID.with("source", " ").readBy(FORMAT)).source()).isEqualTo("UNKNOWN");
    }

    @ParameterizedTest
    @EnumSource(names = {"MARKETING", "SALES", "PARTNER", "OTHER"})
    void everyListedSourceCategoryIsAccepted(SourceCategory category) {
        assertThat(assertAccepted(VALID.with("source_category", category.name()).readBy(FORMAT)).sourceCategory())
                .isEqualTo(category);
    }

    @Test
    void anUnlistedSourceCategoryIsQuarantined() {
        assertRejected(VALID.with("source_category", "EVENTS").readBy(FORMAT), "source_category",
                "unknown source_category 'EVENTS'");
    }

    @ParameterizedTest
    @CsvSource({"score, 7.5", "company_size, 250 employees"})
    void scoreAndCompanySizeAreIntegers(String column, String value) {
        assertRejected(VALID.with(column, value).readBy(FORMAT), column, "not an integer '" + value + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"created_at", "mql_at", "accepted_at", "rejected_at", "sql_at", "disqualified_at"})
    void aDateAloneIsNotATimestamp(String column) {
        assertRejected(REQUIRED_ONLY.with(column, "2026-09-14").readBy(FORMAT), column,
                "unparseable timestamp '2026-09-14' (ISO-8601 expected)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"created_at", "mql_at", "accepted_at", "rejected_at", "sql_at", "disqualified_at"})
    void noTimestampIsLaterThanAsOf(String column) {
        assertRejected(REQUIRED_ONLY.with(column, "2026-10-01T00:00:01Z").readBy(FORMAT), column,
                "later than as_of 2026-10-01T00:00:00Z: '2026-10-01T00:00:01Z'");
    }

    @ParameterizedTest(name = "{1} before {0}")
    @CsvSource({"created_at, mql_at", "mql_at, accepted_at", "mql_at, rejected_at", "mql_at, sql_at",
            "mql_at, disqualified_at", "accepted_at, sql_at", "created_at, accepted_at", "created_at, rejected_at",
            "created_at, sql_at", "created_at, disqualified_at"})
    void eachLifecyclePairIsInOrder(String earlier, String later) {
        TestRow lead = REQUIRED_ONLY.with(earlier, "2026-09-10T12:00:00Z").with(later, "2026-09-10T11:59:59Z");

        assertRejected(lead.readBy(FORMAT), later, later + " before " + earlier);
    }

    @Test
    void lifecycleStepsAtTheSameInstantAreInOrder() {
        String instant = "2026-09-10T12:00:00Z";
        TestRow lead = REQUIRED_ONLY.with("created_at", instant).with("mql_at", instant).with("accepted_at", instant)
                .with("rejected_at", instant).with("sql_at", instant).with("disqualified_at", instant);

        assertAccepted(lead.readBy(FORMAT));
    }

    @Test
    void aLeadMaySkipLifecycleSteps() {
        assertThat(assertAccepted(REQUIRED_ONLY.with("sql_at", "2026-09-10T12:00:00Z").readBy(FORMAT)).mqlAt()).isNull();
    }

    @Test
    void anUndocumentedDisqualificationReasonIsKeptAsWritten() {
        TestRow lead = VALID.with("disqualified_at", "2026-09-12T12:00:00Z").with("disqualification_reason", "gone quiet");

        assertThat(assertAccepted(lead.readBy(FORMAT)).disqualificationReason()).isEqualTo("gone quiet");
    }

    @Test
    void anOwnerTheSnapshotLacksIsKeptForTheLeadToCountAsUnassigned() {
        assertThat(assertAccepted(new InMemoryStore().write(FORMAT, VALID.with("owner_id", "U9")).get(0)).ownerId())
                .isEqualTo("U9");
    }

    @Test
    void aSecondRowWithTheSameIdIsQuarantined() {
        List<ParsedRow<Lead>> rows = new InMemoryStore().write(FORMAT, VALID, VALID.with("source", "Outbound"));

        assertAccepted(rows.get(0));
        assertRejected(rows.get(1), "lead_id", "duplicate lead_id L1");
    }

    @Test
    void theFirstBrokenRuleInColumnOrderIsReported() {
        assertRejected(VALID.with("created_at", "yesterday").with("score", "high").readBy(FORMAT), "created_at",
                "unparseable timestamp 'yesterday' (ISO-8601 expected)");
    }

    @Test
    void anUnreadableTimestampSaysWhatItsSourceReads() {
        RowContext mapped = new RowContext(ZoneOffset.UTC, Instant.parse("2026-10-01T06:00:00Z"), "EUR", null,
                "ISO-8601 or M/d/yyyy expected; name another form in read.date_formats");
        assertRejected(VALID.with("created_at", "Jun 15, 2026").readBy(FORMAT, mapped), "created_at",
                "unparseable timestamp 'Jun 15, 2026' (ISO-8601 or M/d/yyyy expected; name another form in"
                        + " read.date_formats)");
    }
}

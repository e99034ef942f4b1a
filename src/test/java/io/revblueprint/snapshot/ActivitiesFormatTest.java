package io.revblueprint.snapshot;

import io.revblueprint.crm.Activity;
import io.revblueprint.crm.ActivityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static io.revblueprint.snapshot.QuarantineAssertions.assertAccepted;
import static io.revblueprint.snapshot.QuarantineAssertions.assertImportFailsWithout;
import static io.revblueprint.snapshot.QuarantineAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Duplicate activity ids and the checks' other mechanics are in {@link RowChecksTest}. */
class ActivitiesFormatTest {

    private static final ActivitiesFormat FORMAT = new ActivitiesFormat();

    private static final TestRow VALID = TestRow.of("activity_id", "A1", "lead_id", "L1", "opportunity_id", "O1",
            "owner_id", "U1", "type", "call", "occurred_at", "2026-09-02T10:15:00", "automated", "TRUE");

    private final InMemoryStore stored = new InMemoryStore()
            .holding("crm_lead", "L1").holding("crm_opportunity", "O1").holding("crm_user", "U1");

    @Test
    void aCompleteRowIsStoredAsWrittenWithOffsetLessTimesInTheCompanyZone() {
        assertThat(assertAccepted(VALID.readBy(FORMAT)))
                .isEqualTo(new Activity("A1", "L1", "O1", "U1", ActivityType.CALL, Instant.parse("2026-09-02T08:15:00Z"), true));
    }

    @Test
    void anActivityIsNotAutomatedUnlessSaidSo() {
        assertThat(assertAccepted(VALID.with("automated", "").readBy(FORMAT)).automated()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"activity_id", "owner_id", "type", "occurred_at"})
    void aRequiredColumnMissingFromTheHeaderFailsTheImport(String column) {
        assertImportFailsWithout(column, VALID, FORMAT);
    }

    @Test
    void aHeaderWithNeitherLeadNorOpportunityFailsTheImport() {
        TestRow neither = VALID.without("lead_id").without("opportunity_id");

        assertThatThrownBy(() -> neither.header(FORMAT).requireColumns(FORMAT)).isInstanceOf(SnapshotFileException.class)
                .hasMessage("activities.csv: the header needs at least one of the columns lead_id, opportunity_id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead_id", "opportunity_id"})
    void aHeaderWithOnlyOneOfLeadAndOpportunityIsEnough(String absent) {
        assertThatCode(() -> VALID.without(absent).header(FORMAT).requireColumns(FORMAT)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"activity_id", "owner_id", "type", "occurred_at"})
    void anEmptyRequiredValueIsQuarantined(String column) {
        assertRejected(VALID.with(column, "").readBy(FORMAT), column, "missing " + column);
    }

    @Test
    void anActivityNamesALeadOrAnOpportunity() {
        assertRejected(VALID.with("lead_id", "").with("opportunity_id", "").readBy(FORMAT), "lead_id",
                "neither lead_id nor opportunity_id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead_id", "opportunity_id"})
    void eitherALeadOrAnOpportunityIsEnough(String empty) {
        assertAccepted(VALID.with(empty, "").readBy(FORMAT));
    }

    @ParameterizedTest
    @EnumSource(names = {"CALL", "EMAIL", "MEETING", "SOCIAL", "OTHER"})
    void everyListedTypeIsAccepted(ActivityType type) {
        assertThat(assertAccepted(VALID.with("type", type.name()).readBy(FORMAT)).type()).isEqualTo(type);
    }

    @Test
    void anUnlistedTypeIsQuarantined() {
        assertRejected(VALID.with("type", "VISIT").readBy(FORMAT), "type", "unknown type 'VISIT'");
    }

    @Test
    void automatedIsABoolean() {
        assertRejected(VALID.with("automated", "sometimes").readBy(FORMAT), "automated", "not a boolean 'sometimes'");
    }

    @Test
    void aDateAloneIsNotATimestamp() {
        assertRejected(VALID.with("occurred_at", "2026-09-14").readBy(FORMAT), "occurred_at",
                "unparseable timestamp '2026-09-14' (ISO-8601 expected)");
    }

    @Test
    void occurredAtIsNotLaterThanAsOf() {
        assertRejected(VALID.with("occurred_at", "2026-10-01T00:00:01Z").readBy(FORMAT), "occurred_at",
                "later than as_of 2026-10-01T00:00:00Z: '2026-10-01T00:00:01Z'");
    }

    @ParameterizedTest
    @CsvSource({"lead_id, L9, lead, leads.csv", "opportunity_id, O9, opportunity, opportunities.csv",
            "owner_id, U9, user, users.csv"})
    void aRowTheSnapshotLacksIsAnUnknownReference(String column, String id, String kind, String file) {
        assertRejected(stored.write(FORMAT, VALID.with(column, id)).get(0), column, "unknown " + kind + " " + id
                + ": not in " + file + ", or quarantined there");
    }

    @Test
    void theFirstBrokenRuleInColumnOrderIsReported() {
        assertRejected(VALID.with("owner_id", "").with("type", "VISIT").readBy(FORMAT), "owner_id", "missing owner_id");
    }
}

package io.revblueprint.snapshot;

import io.revblueprint.crm.StageChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static io.revblueprint.snapshot.QuarantineAssertions.assertAccepted;
import static io.revblueprint.snapshot.QuarantineAssertions.assertImportFailsWithout;
import static io.revblueprint.snapshot.QuarantineAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class StagesFormatTest {

    private static final StagesFormat FORMAT = new StagesFormat();

    private static final TestRow VALID = TestRow.of("opportunity_id", "O1", "stage", "Negotiation",
            "entered_at", "2026-09-03T14:00:00");

    @Test
    void aCompleteRowIsStoredAsWrittenWithOffsetLessTimesInTheCompanyZone() {
        assertThat(assertAccepted(VALID.readBy(FORMAT)))
                .isEqualTo(new StageChange("O1", "Negotiation", Instant.parse("2026-09-03T12:00:00Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"opportunity_id", "stage", "entered_at"})
    void aRequiredColumnMissingFromTheHeaderFailsTheImport(String column) {
        assertImportFailsWithout(column, VALID, FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"opportunity_id", "stage", "entered_at"})
    void anEmptyRequiredValueIsQuarantined(String column) {
        assertRejected(VALID.with(column, "").readBy(FORMAT), column, "missing " + column);
    }

    @Test
    void aDateAloneIsNotATimestamp() {
        assertRejected(VALID.with("entered_at", "2026-09-14").readBy(FORMAT), "entered_at",
                "unparseable timestamp '2026-09-14' (ISO-8601 expected)");
    }

    @Test
    void enteredAtIsNotLaterThanAsOf() {
        assertRejected(VALID.with("entered_at", "2026-10-01T00:00:01Z").readBy(FORMAT), "entered_at",
                "later than as_of 2026-10-01T00:00:00Z: '2026-10-01T00:00:01Z'");
    }

    @Test
    void aStageOfAnOpportunityTheSnapshotLacksIsQuarantined() {
        assertRejected(new InMemoryStore().write(FORMAT, VALID).get(0), "opportunity_id", "unknown opportunity O1: not in opportunities.csv, or quarantined there");
    }

    @Test
    void theFirstBrokenRuleInColumnOrderIsReported() {
        assertRejected(VALID.with("opportunity_id", "").with("entered_at", "2026-09-14").readBy(FORMAT),
                "opportunity_id", "missing opportunity_id");
    }
}

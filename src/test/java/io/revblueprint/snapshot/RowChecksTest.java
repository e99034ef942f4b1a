package io.revblueprint.snapshot;

import io.revblueprint.crm.Activity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.revblueprint.snapshot.QuarantineAssertions.assertAccepted;
import static io.revblueprint.snapshot.QuarantineAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Duplicates and references over whole chunks, on activities: an id, one required and two optional references. */
class RowChecksTest {

    private static final ActivitiesFormat ACTIVITIES = new ActivitiesFormat();

    private final InMemoryStore stored = new InMemoryStore().holding("crm_lead", "L1").holding("crm_user", "U1");

    @Test
    void aSecondRowWithAnIdOfTheSameChunkIsQuarantined() {
        List<ParsedRow<Activity>> rows = stored.write(ACTIVITIES, touch("A1", "L1"), touch("A1", "L1"));

        assertAccepted(rows.get(0));
        assertRejected(rows.get(1), "activity_id", "duplicate activity_id A1");
    }

    @Test
    void aRowWithAnIdAlreadyStoredIsQuarantined() {
        stored.write(ACTIVITIES, touch("A1", "L1"));

        assertRejected(stored.write(ACTIVITIES, touch("A1", "L1")).get(0), "activity_id", "duplicate activity_id A1");
    }

    @Test
    void theFirstValidRowWithAnIdStands() {
        List<ParsedRow<Activity>> rows = stored.write(ACTIVITIES,
                touch("A1", "L1").with("type", "VISIT"), touch("A1", "L9"), touch("A1", "L1"), touch("A1", "L1"));

        assertRejected(rows.get(0), "type", "unknown type 'VISIT'");
        assertRejected(rows.get(1), "lead_id", "unknown lead L9: not in leads.csv, or quarantined there");
        assertAccepted(rows.get(2));
        assertRejected(rows.get(3), "activity_id", "duplicate activity_id A1");
    }

    @Test
    void aDuplicateIsReportedBeforeAnUnknownReference() {
        assertRejected(stored.write(ACTIVITIES, touch("A1", "L1"), touch("A1", "L9")).get(1), "activity_id",
                "duplicate activity_id A1");
    }

    @Test
    void onlyTheRowNamingAMissingRowIsQuarantined() {
        List<ParsedRow<Activity>> rows = stored.write(ACTIVITIES, touch("A1", "L1"), touch("A2", "L9"));

        assertAccepted(rows.get(0));
        assertRejected(rows.get(1), "lead_id", "unknown lead L9: not in leads.csv, or quarantined there");
    }

    @Test
    void aReferenceToAQuarantinedRowCountsAsMissing() {
        TestRow lead = TestRow.of("lead_id", "L2", "created_at", "2026-09-01T08:00:00Z", "source", "Webinar");
        stored.write(new LeadsFormat(), lead.with("score", "high"), lead.with("lead_id", "L3"));

        List<ParsedRow<Activity>> rows = stored.write(ACTIVITIES, touch("A1", "L2"), touch("A2", "L3"));

        assertRejected(rows.get(0), "lead_id", "unknown lead L2: not in leads.csv, or quarantined there");
        assertAccepted(rows.get(1));
    }

    @Test
    void aRowNamingNothingInAnOptionalReferencePasses() {
        assertThat(assertAccepted(stored.write(ACTIVITIES, touch("A1", "L1")).get(0)).opportunityId()).isNull();
    }

    @Test
    void eachCheckLooksUpAChunkOnceWithTheIdsOfItsReadableRows() {
        stored.write(ACTIVITIES, touch("A1", "L1"), touch("A2", "L1").with("opportunity_id", "O1"), touch("A3", "L9"),
                touch("A4", "L8").with("type", "VISIT"));

        assertThat(stored.lookups()).containsExactly(
                "crm_lead.lead_id [L1, L9]",
                "crm_opportunity.opportunity_id [O1]",
                "crm_user.user_id [U1]",
                "crm_activity.activity_id [A1, A2, A3]");
    }

    @Test
    void whenTheStoreRefusesDuplicatesOnlyFailingRowsHaveTheirIdLookedUp() {
        InMemoryStore refusing = new InMemoryStore().holding("crm_lead", "L1").holding("crm_user", "U1")
                .holding("crm_activity", "A1", "A2").refusingDuplicates();

        List<ParsedRow<Activity>> rows = refusing.write(ACTIVITIES, touch("A1", "L1"), touch("A2", "L9"),
                touch("A3", "L9"), touch("A4", "L1"), touch("A4", "L1"));

        assertAccepted(rows.get(0));
        assertRejected(rows.get(1), "activity_id", "duplicate activity_id A2");
        assertRejected(rows.get(2), "lead_id", "unknown lead L9: not in leads.csv, or quarantined there");
        assertAccepted(rows.get(3));
        assertRejected(rows.get(4), "activity_id", "duplicate activity_id A4");
        assertThat(refusing.lookups()).containsExactly(
                "crm_lead.lead_id [L1, L9]", "crm_user.user_id [U1]", "crm_activity.activity_id [A2, A3]");
    }

    @Test
    void whenTheStoreRefusesDuplicatesAChunkWhereEveryRowPassedGoesToItAsItIs() {
        InMemoryStore refusing = new InMemoryStore().holding("crm_lead", "L1").holding("crm_user", "U1")
                .holding("crm_activity", "A1").refusingDuplicates();

        List<ParsedRow<Activity>> rows = refusing.write(ACTIVITIES, touch("A1", "L1"), touch("A2", "L1"),
                touch("A2", "L1"));

        rows.forEach(QuarantineAssertions::assertAccepted);
        assertThat(refusing.lookups()).containsExactly("crm_lead.lead_id [L1]", "crm_user.user_id [U1]");
    }

    /** A call by U1 on a lead, on no opportunity. */
    private static TestRow touch(String activityId, String leadId) {
        return TestRow.of("activity_id", activityId, "lead_id", leadId, "opportunity_id", "", "owner_id", "U1",
                "type", "CALL", "occurred_at", "2026-09-02T08:15:00Z");
    }
}

package io.revblueprint.snapshot;

import io.revblueprint.crm.Activity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** References looked up ahead of the step count as known only when found, and only for the last few blocks. */
class ReferencePrefetchTest {

    private static final ActivitiesFormat ACTIVITIES = new ActivitiesFormat();

    private final InMemoryStore stored = new InMemoryStore().holding("crm_lead", "L1", "L2").holding("crm_user", "U1");
    private final ReferencePrefetch prefetch = new ReferencePrefetch(ACTIVITIES, stored);

    @Test
    void holdsWhatTheReferencedTablesHold() {
        prefetch.lookUp(block(touch("A1", "L1"), touch("A2", "L9")));

        assertThat(prefetch.holds("crm_lead", "L1")).isTrue();
        assertThat(prefetch.holds("crm_lead", "L9")).isFalse();
        assertThat(prefetch.holds("crm_user", "U1")).isTrue();
        assertThat(stored.lookups()).containsExactly("crm_lead.lead_id [L1, L9]", "crm_user.user_id [U1]");
    }

    @Test
    void forgetsBlocksTheStepHasLongPassed() {
        prefetch.lookUp(block(touch("A1", "L1")));
        for (int i = 0; i < 4; i++) {
            prefetch.lookUp(block(touch("A2", "L2")));
        }

        assertThat(prefetch.holds("crm_lead", "L1")).isFalse();
        assertThat(prefetch.holds("crm_lead", "L2")).isTrue();
    }

    @Test
    void theChecksAskTheDatabaseOnlyForWhatWasNotFoundAhead() {
        prefetch.lookUp(block(touch("A1", "L1")));
        List<String> lookupsAhead = new ArrayList<>(stored.lookups());

        List<ParsedRow<Activity>> rows = new RowChecks<>(ACTIVITIES, stored, false, prefetch::holds)
                .check(List.of(touch("A1", "L1").readBy(ACTIVITIES), touch("A2", "L9").readBy(ACTIVITIES))).rows();

        QuarantineAssertions.assertAccepted(rows.get(0));
        QuarantineAssertions.assertRejected(rows.get(1), "lead_id", "unknown lead L9");
        assertThat(stored.lookups().subList(lookupsAhead.size(), stored.lookups().size()))
                .containsExactly("crm_lead.lead_id [L9]", "crm_activity.activity_id [A1, A2]");
    }

    private static List<ParsedRow<?>> block(TestRow... rows) {
        return Stream.of(rows).<ParsedRow<?>>map(row -> row.readBy(ACTIVITIES)).toList();
    }

    /** A call by U1 on a lead, on no opportunity. */
    private static TestRow touch(String activityId, String leadId) {
        return TestRow.of("activity_id", activityId, "lead_id", leadId, "opportunity_id", "", "owner_id", "U1",
                "type", "CALL", "occurred_at", "2026-09-02T08:15:00Z");
    }
}

package io.revblueprint.snapshot;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A block's references, checked on the reading thread: one lookup per reference, missing ones marked for the checks. */
class ReferenceCheckTest {

    private static final ActivitiesFormat ACTIVITIES = new ActivitiesFormat();

    private final InMemoryStore stored = new InMemoryStore().holding("crm_lead", "L1", "L2").holding("crm_user", "U1");
    private final ReferenceCheck check = new ReferenceCheck(ACTIVITIES, stored);

    @Test
    void looksUpEachReferenceOnceForTheWholeBlock() {
        check.resolve(block(touch("A1", "L1"), touch("A2", "L2"), touch("A3", "L1")));

        assertThat(stored.lookups()).containsExactly("crm_lead.lead_id [L1, L2]", "crm_user.user_id [U1]");
    }

    @Test
    void marksARowNamingAMissingRowAndKeepsItsValueForTheIdCheck() {
        List<ParsedRow<?>> rows = check.resolve(block(touch("A1", "L1"), touch("A2", "L9")));

        QuarantineAssertions.assertAccepted(rows.get(0));
        QuarantineAssertions.assertRejected(rows.get(1), "lead_id", "unknown lead L9: not in leads.csv, or quarantined there");
        assertThat(rows.get(1).isReadable()).isTrue();
    }

    @Test
    void leavesAnUnreadableRowAsItIsAndDoesNotLookUpWhatItNames() {
        ParsedRow<?> unreadable = touch("A1", "L7").with("type", "VISIT").readBy(ACTIVITIES);

        assertThat(check.resolve(List.of(unreadable))).containsExactly(unreadable);
        assertThat(stored.lookups()).isEmpty();
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

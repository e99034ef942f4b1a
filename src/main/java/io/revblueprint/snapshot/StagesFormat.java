package io.revblueprint.snapshot;

import io.revblueprint.crm.StageChange;

import java.sql.SQLException;
import java.util.List;

/** opportunity_stages.csv (optional) */
final class StagesFormat extends SnapshotFormat<StageChange> {

    StagesFormat() {
        super("opportunity_stages.csv", false, "crm_stage_change", null,
                List.of("opportunity_id", "stage", "entered_at"),
                List.of(),
                List.of("opportunity_id", "stage", "entered_at"));
    }

    @Override
    StageChange parse(Fields fields) {
        return new StageChange(fields.requiredText("opportunity_id"), fields.requiredText("stage"),
                fields.requiredInstant("entered_at"));
    }

    @Override
    void bind(RowValues values, StageChange change) throws SQLException {
        values.text(change.opportunityId()).text(change.stage()).instant(change.enteredAt());
    }

    @Override
    String id(StageChange change) {
        return null;
    }

    @Override
    List<Reference<StageChange>> references() {
        return List.of(new Reference<>("opportunity_id", "opportunity", "crm_opportunity", "opportunity_id",
                StageChange::opportunityId));
    }
}

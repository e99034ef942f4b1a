package io.revblueprint.snapshot;

import io.revblueprint.crm.Activity;
import io.revblueprint.crm.ActivityType;

import java.sql.SQLException;
import java.util.List;

/** activities.csv: a touch names a lead or an opportunity (or both), and its owner. */
final class ActivitiesFormat extends SnapshotFormat<Activity> {

    ActivitiesFormat() {
        super("activities.csv", true, "crm_activity", "activity_id",
                List.of("activity_id", "owner_id", "type", "occurred_at"),
                List.of("lead_id", "opportunity_id", "automated"),
                List.of("activity_id", "lead_id", "opportunity_id", "owner_id", "activity_type", "occurred_at",
                        "automated"));
    }

    @Override
    List<List<String>> requiredOneOf() {
        return List.of(List.of("lead_id", "opportunity_id"));
    }

    @Override
    Activity parse(Fields fields) {
        Activity activity = new Activity(
                fields.requiredText("activity_id"),
                fields.text("lead_id"),
                fields.text("opportunity_id"),
                fields.requiredText("owner_id"),
                fields.requiredEnum("type", ActivityType.class),
                fields.requiredInstant("occurred_at"),
                fields.bool("automated", false));
        if (activity.leadId() == null && activity.opportunityId() == null) {
            throw Fields.reject("lead_id", "neither lead_id nor opportunity_id");
        }
        return activity;
    }

    @Override
    void bind(RowValues values, Activity activity) throws SQLException {
        values.text(activity.activityId()).text(activity.leadId()).text(activity.opportunityId())
                .text(activity.ownerId()).name(activity.type()).instant(activity.occurredAt())
                .bool(activity.automated());
    }

    @Override
    String id(Activity activity) {
        return activity.activityId();
    }

    @Override
    List<Reference<Activity>> references() {
        return List.of(
                new Reference<>("lead_id", "lead", "crm_lead", "lead_id", Activity::leadId),
                new Reference<>("opportunity_id", "opportunity", "crm_opportunity", "opportunity_id",
                        Activity::opportunityId),
                new Reference<>("owner_id", "user", "crm_user", "user_id", Activity::ownerId));
    }
}

package io.revblueprint.snapshot;

import java.util.List;

/** The canonical snapshot's files, in the order that lets each reference point at an imported file. */
public final class SnapshotFormats {

    public static final List<SnapshotFormat<?>> IN_IMPORT_ORDER = List.of(
            new TeamsFormat(),
            new UsersFormat(),
            new HolidaysFormat(),
            new CampaignsFormat(),
            new LeadsFormat(),
            new OpportunitiesFormat(),
            new ActivitiesFormat(),
            new StagesFormat());

    private SnapshotFormats() {
    }
}

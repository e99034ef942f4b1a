package io.revblueprint.demo;

import io.revblueprint.crm.Opportunity;
import io.revblueprint.crm.StageChange;

import java.util.List;

/** A generated deal, the team and AE working it, and its stage history. */
record DemoOpportunity(Opportunity opportunity, DemoTeam team, DemoUser owner, List<StageChange> stages) {

    DemoOpportunity {
        stages = List.copyOf(stages);
    }
}

package io.revblueprint.history;

import io.revblueprint.plan.TeamPlan;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * PLACEHOLDER so the report compiles while the planner is built: the real PlanHistory (branch plan) replaces this
 * file at merge. Until then no plan is stored, and blueprints render without judgements, benchmarks or progress.
 */
@Repository
public class PlanHistory {

    public Optional<TeamPlan> load(long runId, String scope) {
        return Optional.empty();
    }
}

package io.revblueprint.plan;

import io.revblueprint.metrics.Metric;

import java.util.Map;
import java.util.TreeMap;

/**
 * The levels metrics should reach: the company's ({@code blueprint.targets.<metric>}), overridden per team
 * ({@code blueprint.teams.<team_id>.targets.<metric>}). Checked when built, so a misspelt metric or a rate given
 * in percent stops the run before any work.
 */
public final class Targets {

    private final Map<String, Target> company;
    private final Map<String, Map<String, Target>> byTeam = new TreeMap<>();

    public Targets(Map<String, Double> company, Map<String, Map<String, Double>> teamOverrides) {
        this.company = targets(company, "blueprint.targets.");
        teamOverrides.forEach((team, overrides) ->
                byTeam.put(team, targets(overrides, "blueprint.teams." + team + ".targets.")));
    }

    /** The team's targets: the company's, with the team's overrides. */
    public Map<String, Target> forTeam(String teamId) {
        Map<String, Target> targets = new TreeMap<>(company);
        targets.putAll(byTeam.getOrDefault(teamId, Map.of()));
        return targets;
    }

    private static Map<String, Target> targets(Map<String, Double> levels, String prefix) {
        Map<String, Target> targets = new TreeMap<>();
        levels.forEach((metric, level) -> {
            if (!Metric.isKnown(metric)) {
                throw new IllegalArgumentException(prefix + metric + ": " + Metric.unknown(metric));
            }
            if (level == null || !Double.isFinite(level) || level < 0
                    || (Metric.isRate(metric) && level > 1)) {
                throw new IllegalArgumentException(prefix + metric + ": " + level + " is not a level for " + metric
                        + (Metric.isRate(metric) ? "; give rates as fractions from 0 to 1 (90% is 0.9)"
                        : "; give a non-negative number"));
            }
            targets.put(metric, new Target(metric, level, Metric.higherIsBetter(metric)));
        });
        return targets;
    }
}

package io.revblueprint.plan;

import io.revblueprint.metrics.Metric;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The levels metrics should reach: the catalogue's defaults ({@link Metric#defaultTarget()}), overridden by the
 * company's ({@code blueprint.targets.<metric>}), overridden per team ({@code blueprint.teams.<team_id>.targets.<metric>}).
 * Checked when built, so a misspelt metric or a rate given in percent stops the run before any work.
 */
public final class Targets {

    private final Map<Metric, Target> company = new EnumMap<>(Metric.class);
    private final Map<String, Map<Metric, Target>> byTeam = new TreeMap<>();

    public Targets(Map<String, Double> companyOverrides, Map<String, Map<String, Double>> teamOverrides) {
        Arrays.stream(Metric.values()).filter(metric -> metric.defaultTarget() != null)
                .forEach(metric -> company.put(metric, new Target(metric, metric.defaultTarget())));
        company.putAll(targets(companyOverrides, "blueprint.targets."));
        teamOverrides.forEach((team, overrides) ->
                byTeam.put(team, targets(overrides, "blueprint.teams." + team + ".targets.")));
    }

    /** The team's targets: the company's, with the team's overrides. */
    public Map<Metric, Target> forTeam(String teamId) {
        Map<Metric, Target> targets = new EnumMap<>(company);
        targets.putAll(byTeam.getOrDefault(teamId, Map.of()));
        return targets;
    }

    private static Map<Metric, Target> targets(Map<String, Double> levels, String prefix) {
        Map<Metric, Target> targets = new EnumMap<>(Metric.class);
        levels.forEach((key, level) -> {
            Metric metric;
            try {
                // BLUEPRINT_TARGETS_WIN_RATE reaches us as "win.rate": a variable's name has no other form.
                metric = Metric.fromKey(key.replace('.', '_').replace('-', '_').toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException(prefix + key + ": " + unknown.getMessage());
            }
            if (level == null || !Double.isFinite(level) || level < 0 || (metric.isRate() && level > 1)) {
                throw new IllegalArgumentException(prefix + key + ": " + level + " is not a level for " + key
                        + (metric.isRate() ? "; give rates as fractions from 0 to 1 (90% is 0.9)"
                        : "; give a non-negative number"));
            }
            targets.put(metric, new Target(metric, level));
        });
        return targets;
    }
}

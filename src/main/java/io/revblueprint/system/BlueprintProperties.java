package io.revblueprint.system;

import io.revblueprint.metrics.SlaPolicy;
import io.revblueprint.plan.Target;
import io.revblueprint.report.PaperSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Everything under {@code blueprint.*}; defaults are the contract's. */
@ConfigurationProperties("blueprint")
public record BlueprintProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("UTC") ZoneId companyTimezone,
        @DefaultValue("EUR") String currency,
        @Name("import") @DefaultValue ImportSettings importSettings,
        @DefaultValue Sla sla,
        Map<String, Double> targets,
        @DefaultValue Report report,
        @DefaultValue Delivery delivery) {

    /** Metrics where a lower figure is better; every other target is a floor. */
    private static final Set<String> LOWER_IS_BETTER = Set.of("lead_response_hours_median", "lead_response_hours_p90",
            "sales_cycle_days_median", "sales_cycle_days_p75");

    public SlaPolicy slaPolicy() {
        return new SlaPolicy(sla.highIntentScoreAbove(), sla.highIntentResponseHours(), sla.standardResponseHours(),
                sla.acceptRejectHours(), sla.minTouches(), sla.minTouchDays());
    }

    /** The configured targets by metric name. */
    public Map<String, Target> targetsByMetric() {
        Map<String, Target> byMetric = new TreeMap<>();
        (targets == null ? Map.<String, Double>of() : targets).forEach((metric, value) ->
                byMetric.put(metric, new Target(metric, value, !LOWER_IS_BETTER.contains(metric))));
        return byMetric;
    }

    /** How tolerant the import is of bad rows. */
    public record ImportSettings(@DefaultValue("0.01") double maxBadRowRatio, @DefaultValue("1000") int chunkSize) {
    }

    /** How blueprints are printed. */
    public record Report(@DefaultValue("A4") PaperSize paperSize) {
    }

    /** Who receives what beyond team leaders (their team) and executives (the executive summary). */
    public record Delivery(@DefaultValue("false") boolean executivesReceiveTeamBlueprints) {
    }

    /** The SLA policy; defaults from the seed SLA template. */
    public record Sla(
            @DefaultValue("85") int highIntentScoreAbove,
            @DefaultValue("2") double highIntentResponseHours,
            @DefaultValue("4") double standardResponseHours,
            @DefaultValue("4") double acceptRejectHours,
            @DefaultValue("8") int minTouches,
            @DefaultValue("14") int minTouchDays) {
    }
}

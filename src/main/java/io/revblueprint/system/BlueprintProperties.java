package io.revblueprint.system;

import io.revblueprint.metrics.LossReasons;
import io.revblueprint.metrics.SlaPolicy;
import io.revblueprint.plan.PlanPolicy;
import io.revblueprint.plan.Targets;
import io.revblueprint.report.layout.PaperSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything under {@code blueprint.*}; defaults are the contract's. */
@ConfigurationProperties("blueprint")
public record BlueprintProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("UTC") ZoneId companyTimezone,
        @DefaultValue("EUR") String currency,
        @Name("import") @DefaultValue ImportSettings importSettings,
        @DefaultValue Source source,
        @DefaultValue Sla sla,
        Map<String, Double> targets,
        Map<String, TeamSettings> teams,
        @DefaultValue Plan plan,
        @DefaultValue Report report,
        @DefaultValue Delivery delivery,
        List<String> ownBenchmarks) {

    /** Own benchmark files as a list or comma-separated: {@code @Value} read a YAML list as nothing at all. */
    public BlueprintProperties {
        ownBenchmarks = ownBenchmarks == null ? List.of()
                : ownBenchmarks.stream().map(String::strip).filter(location -> !location.isEmpty()).toList();
    }

    public SlaPolicy slaPolicy() {
        return new SlaPolicy(sla.highIntentScoreAbove(), sla.highIntentResponseHours(), sla.standardResponseHours(),
                sla.acceptRejectHours(), sla.minTouches(), sla.minTouchDays());
    }

    /** The plan's targets (the company's, with each team's overrides), minimum cases and currency; checked here. */
    public PlanPolicy planPolicy() {
        Map<String, Map<String, Double>> overrides = new TreeMap<>();
        (teams == null ? Map.<String, TeamSettings>of() : teams).forEach((team, settings) ->
                overrides.put(team, settings.targets() == null ? Map.of() : settings.targets()));
        return new PlanPolicy(new Targets(targets == null ? Map.of() : targets, overrides), plan.minN(), currency,
                plan.benchmarkMaxAgeYears());
    }

    /** These settings with the SLA, targets, plan rules, currency and time zone of {@code figures}. */
    BlueprintProperties withFiguresOf(BlueprintProperties figures) {
        return new BlueprintProperties(dataDir, figures.companyTimezone, figures.currency, importSettings, source,
                figures.sla, figures.targets, figures.teams, figures.plan, report, delivery, ownBenchmarks);
    }

    /** A team's own settings: targets that override the company's for that team. */
    public record TeamSettings(Map<String, Double> targets) {
    }

    /**
     * How the plan judges: a figure on fewer than {@code minN} cases is insufficient data; a published benchmark
     * more than {@code benchmarkMaxAgeYears} older than the run is context only.
     */
    public record Plan(@DefaultValue("20") int minN, @DefaultValue("5") int benchmarkMaxAgeYears) {

        public Plan {
            if (minN < 1) {
                throw new IllegalArgumentException("blueprint.plan.min-n=" + minN + " must be 1 or more");
            }
        }
    }

    /**
     * How CRM exports are read: {@code encoding} every export file is in (default: UTF-8 when the bytes are valid
     * UTF-8, else Windows-1252), {@code asOf} the cutoff of an export (default: the mapping's), and the replica
     * {@code jdbc} reads for {@code --source=jdbc} (its password from the environment).
     */
    public record Source(String encoding, String asOf, @DefaultValue Jdbc jdbc, @DefaultValue Archive archive) {
    }

    /** How much a snapshot archive may unpack to (a zip bomb stops here, not at a full disk). */
    public record Archive(@DefaultValue("20GB") DataSize maxSize, @DefaultValue("10000") int maxEntries,
                          @DefaultValue("200") int maxRatio) {
    }

    /** The MySQL replica of the CRM: a Fivetran-style copy of Salesforce. */
    public record Jdbc(String url, String username, String password) {
    }

    /** How tolerant the import is of bad rows, and how long what an abandoned run left in {@code .staging} stays. */
    public record ImportSettings(@DefaultValue("0.01") double maxBadRowRatio, @DefaultValue("5000") int chunkSize,
                                 @DefaultValue("7d") Duration stagingMaxAge) {

        /** A ratio of 5 (meant as 5 %) switched the import's gate off. */
        public ImportSettings {
            if (!(maxBadRowRatio >= 0 && maxBadRowRatio <= 1)) {
                throw new IllegalArgumentException("blueprint.import.max-bad-row-ratio=" + maxBadRowRatio + " is not a"
                        + " share; give a fraction from 0 to 1 (5 % is 0.05)");
            }
            if (chunkSize < 1) {
                throw new IllegalArgumentException("blueprint.import.chunk-size=" + chunkSize + " must be 1 or more");
            }
        }
    }

    /**
     * How blueprints are printed, which loss reasons they count as one (canonical reason → phrases that mean it,
     * added to {@link LossReasons#DEFAULT_VARIANTS}), and whether the benchmark page names the best peer team.
     */
    public record Report(@DefaultValue("A4") PaperSize paperSize, Map<String, List<String>> lossReasons,
                         @DefaultValue("true") boolean namePeerTeams) {

        public LossReasons lossReasonVariants() {
            return new LossReasons(lossReasons);
        }
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

        /** A negative SLA made every response a breach: a leak made up by a typo. */
        public Sla {
            requirePositive("high-intent-response-hours", highIntentResponseHours);
            requirePositive("standard-response-hours", standardResponseHours);
            requirePositive("accept-reject-hours", acceptRejectHours);
            requirePositive("min-touches", minTouches);
            if (minTouchDays < 0) {
                throw new IllegalArgumentException("blueprint.sla.min-touch-days=" + minTouchDays + " is negative;"
                        + " give the days the touches must span, 0 or more (default 14)");
            }
        }

        private static void requirePositive(String key, double value) {
            if (!(value > 0)) {
                throw new IllegalArgumentException("blueprint.sla." + key + "=" + value + " must be more than 0;"
                        + " correct the setting");
            }
        }
    }
}

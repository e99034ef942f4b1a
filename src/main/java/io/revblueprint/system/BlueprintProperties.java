package io.revblueprint.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

import java.nio.file.Path;
import java.time.ZoneId;

/** Everything under {@code blueprint.*}; defaults are the contract's. */
@ConfigurationProperties("blueprint")
public record BlueprintProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("UTC") ZoneId companyTimezone,
        @DefaultValue("EUR") String currency,
        @Name("import") @DefaultValue ImportSettings importSettings,
        @DefaultValue Sla sla) {

    /** How tolerant the import is of bad rows. */
    public record ImportSettings(@DefaultValue("0.01") double maxBadRowRatio, @DefaultValue("1000") int chunkSize) {
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

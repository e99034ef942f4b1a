package io.revblueprint.system;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings a run keeps for its rerun, and what the rerun says when they are not today's. */
class FigureSettingsTest {

    @Test
    void changedAddedAndRemovedSettingsAreNamedWithBothValues() {
        String then = "blueprint.sla.standard-response-hours=8.0\nblueprint.targets.win_rate=0.5\nblueprint.currency=EUR";
        String now = "blueprint.sla.standard-response-hours=4.0\nblueprint.currency=EUR\nblueprint.plan.min-n=30";

        assertThat(FigureSettings.differences(then, now)).containsExactly(
                "blueprint.plan.min-n: not set then, 30 now",
                "blueprint.sla.standard-response-hours: 8.0 then, 4.0 now",
                "blueprint.targets.win_rate: 0.5 then, not set now");
        assertThat(FigureSettings.differences(then, then)).isEmpty();
    }

    @Test
    void aRunsKeptSettingsReplaceTodaysFigureSettingsAndNothingElse() {
        BlueprintProperties then = bound(Map.of("blueprint.sla.standard-response-hours", "8",
                "blueprint.targets.win_rate", "0.3", "blueprint.teams.T-BER.targets.mql_to_sql", "0.4",
                "blueprint.plan.min-n", "30", "blueprint.currency", "USD", "blueprint.company-timezone", "Europe/Berlin"));
        BlueprintProperties today = bound(Map.of("blueprint.data-dir", "/var/blueprint",
                "blueprint.targets.lead_velocity", "0.1", "blueprint.teams.T-NYC.targets.win_rate", "0.2",
                "blueprint.import.chunk-size", "100"));

        BlueprintProperties rerun = FigureSettings.applied(FigureSettings.of(then), today);

        assertThat(FigureSettings.of(rerun)).isEqualTo(FigureSettings.of(then));
        assertThat(rerun.sla().standardResponseHours()).isEqualTo(8.0);
        assertThat(rerun.targets()).containsExactly(Map.entry("win_rate", 0.3));
        assertThat(rerun.teams()).containsOnlyKeys("T-BER");
        assertThat(rerun.companyTimezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(rerun.dataDir()).isEqualTo(Path.of("/var/blueprint"));
        assertThat(rerun.importSettings().chunkSize()).isEqualTo(100);
    }

    private static BlueprintProperties bound(Map<String, Object> settings) {
        return new Binder(ConfigurationPropertySources.from(new MapPropertySource("settings", settings)))
                .bindOrCreate("blueprint", BlueprintProperties.class);
    }
}

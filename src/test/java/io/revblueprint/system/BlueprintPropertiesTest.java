package io.revblueprint.system;

import io.revblueprint.metrics.Metric;
import io.revblueprint.plan.PlanPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan's part of application.yml, bound as the application binds it, with overrides on top. */
class BlueprintPropertiesTest {

    @Test
    void shipsTheCataloguesTargetsAndAMinimumOfTwentyCases() throws IOException {
        PlanPolicy policy = bind(Map.of()).planPolicy();

        assertThat(policy.minimumCases()).isEqualTo(20);
        assertThat(policy.targets().forTeam("T-BER")).extractingFromEntries(entry -> entry.getKey() + " "
                        + entry.getValue().value() + (entry.getValue().higherIsBetter() ? " floor" : " ceiling"))
                .containsExactlyInAnyOrder(
                        "mql_to_sql_rate 0.25 floor", "mql_acceptance_rate 0.7 floor",
                        "lead_response_hours_median 4.0 ceiling", "disqualification_reason_coverage 1.0 floor",
                        "follow_up_compliance 1.0 floor", "response_sla_compliance 0.9 floor",
                        "crm_completeness_leads 1.0 floor", "attribution_coverage 1.0 floor");
    }

    @Test
    void aTeamOverridesATargetAndTheMinimumIsConfigurable() throws IOException {
        BlueprintProperties properties = bind(Map.of(
                "blueprint.teams.T-ENT.targets.mql_to_sql_rate", "0.15",
                "blueprint.plan.min-n", "30"));

        assertThat(properties.planPolicy().targets().forTeam("T-ENT").get(Metric.MQL_TO_SQL_RATE).value()).isEqualTo(0.15);
        assertThat(properties.planPolicy().targets().forTeam("T-BER").get(Metric.MQL_TO_SQL_RATE).value()).isEqualTo(0.25);
        assertThat(properties.planPolicy().minimumCases()).isEqualTo(30);
    }

    @Test
    void aMisspeltTargetStopsTheRunNamingTheProperty() throws IOException {
        BlueprintProperties properties = bind(Map.of("blueprint.targets.win_rates", "0.3"));

        assertThatThrownBy(properties::planPolicy).hasMessageStartingWith("blueprint.targets.win_rates: unknown metric");
    }

    @Test
    void aTargetThatIsNoNumberIsABindingError() {
        assertThatThrownBy(() -> bind(Map.of("blueprint.targets.win_rate", "thirty percent")))
                .isInstanceOf(BindException.class);
    }

    private static BlueprintProperties bind(Map<String, String> overrides) throws IOException {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"));
        List<ConfigurationPropertySource> sources = new ArrayList<>();
        sources.add(new MapConfigurationPropertySource(overrides));
        ConfigurationPropertySources.from(yaml).forEach(sources::add);
        return new Binder(sources).bind("blueprint", BlueprintProperties.class).get();
    }
}

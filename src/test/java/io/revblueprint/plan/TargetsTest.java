package io.revblueprint.plan;

import io.revblueprint.metrics.Metric;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetsTest {

    @Test
    void teamsGetTheCompanyTargetsWithTheirOwnOverrides() {
        Targets targets = new Targets(Map.of("mql_to_sql_rate", 0.25, "lead_response_hours_median", 4.0),
                Map.of("T-ENT", Map.of("mql_to_sql_rate", 0.15)));

        assertThat(targets.forTeam("T-ENT").get(Metric.MQL_TO_SQL_RATE).value()).isEqualTo(0.15);
        assertThat(targets.forTeam("T-SMB").get(Metric.MQL_TO_SQL_RATE).value()).isEqualTo(0.25);
        assertThat(targets.forTeam("T-ENT").get(Metric.LEAD_RESPONSE_HOURS_MEDIAN))
                .isEqualTo(new Target(Metric.LEAD_RESPONSE_HOURS_MEDIAN, 4.0));
    }

    /** BLUEPRINT_TARGETS_WIN_RATE binds as "win.rate", and was refused as an unknown metric. */
    @Test
    void aTargetFromAnEnvironmentVariableNamesItsMetricWithDots() {
        assertThat(new Targets(Map.of("win.rate", 0.3), Map.of()).forTeam("T-ENT").get(Metric.WIN_RATE).value())
                .isEqualTo(0.3);
    }

    @Test
    void anUnknownMetricNamesTheProperty() {
        assertThatThrownBy(() -> new Targets(Map.of(), Map.of("T-ENT", Map.of("mql_to_sql", 0.2))))
                .hasMessageStartingWith("blueprint.teams.T-ENT.targets.mql_to_sql: unknown metric 'mql_to_sql'");
    }

    @Test
    void aRateGivenInPercentIsRefused() {
        assertThatThrownBy(() -> new Targets(Map.of("response_sla_compliance", 90.0), Map.of()))
                .hasMessage("blueprint.targets.response_sla_compliance: 90.0 is not a level for response_sla_compliance;"
                        + " give rates as fractions from 0 to 1 (90% is 0.9)");
    }
}

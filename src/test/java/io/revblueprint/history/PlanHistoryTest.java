package io.revblueprint.history;

import io.revblueprint.benchmark.PeerComparison;
import io.revblueprint.plan.TeamPlan;
import io.revblueprint.report.SampleBlueprints;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanHistoryTest {

    private final JdbcTemplate jdbc = migratedDatabase();
    private final PlanHistory history = new PlanHistory(jdbc, new MetricHistory(jdbc));

    @Test
    void teamsRankedAgainstTheSamePeersShareOneStoredListAndLoadAsPlanned() {
        TeamPlan third = SampleBlueprints.plan("T-1");
        PeerComparison shared = third.peers().get(0);
        TeamPlan best = withPeers(SampleBlueprints.plan("t-peer-1"), new PeerComparison("t-peer-1", shared.metric(),
                shared.segment(), shared.peers(), shared.median(), shared.bestQuartile(), 1));

        history.save(7, "2026-Q3", List.of(third, best));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM team_plan_peers WHERE run_id = 7", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT plan_json FROM team_plan WHERE run_id = 7", String.class))
                .hasSize(2).noneMatch(json -> json.contains("Peer One"));
        Map<String, TeamPlan> loaded = history.plansOf(7);
        assertThat(loaded.get("T-1").peers()).isEqualTo(third.peers());
        assertThat(loaded.get("t-peer-1").peers()).isEqualTo(best.peers());
        assertThat(loaded.get("T-1").judgements()).isEqualTo(third.judgements());
    }

    @Test
    void aPlanStoredWithItsPeersInsideLoadsAsBefore() {
        TeamPlan plan = SampleBlueprints.plan("T-1");
        history.save(8, "2026-Q3", List.of(plan));
        String peersInside = JsonMapper.builder().build().writeValueAsString(Map.of("judgements", List.of(),
                "progress", List.of(), "benchmarks", List.of(), "caveats", Map.of(), "peers", plan.peers()));
        jdbc.update("UPDATE team_plan SET plan_json = ? WHERE run_id = 8", peersInside);
        jdbc.update("DELETE FROM team_plan_peers WHERE run_id = 8");

        assertThat(history.plansOf(8).get("T-1").peers()).isEqualTo(plan.peers());
    }

    @Test
    void aPlanWhosePeerListIsGoneSaysWhichAndWhatToDo() {
        history.save(9, "2026-Q3", List.of(SampleBlueprints.plan("T-1")));
        jdbc.update("DELETE FROM team_plan_peers WHERE run_id = 9");

        assertThatThrownBy(() -> history.plansOf(9)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("T-1").hasMessageContaining("peer list 0")
                .hasMessageContaining("rerun the period");
    }

    private static TeamPlan withPeers(TeamPlan plan, PeerComparison peers) {
        return new TeamPlan(plan.scope(), plan.judgements(), plan.fixes(), plan.progress(), List.of(peers),
                plan.benchmarks(), plan.caveats(), plan.annualBookings());
    }

    private static JdbcTemplate migratedDatabase() {
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        return new JdbcTemplate(database);
    }
}

package io.revblueprint.job;

import io.revblueprint.crm.Segment;
import io.revblueprint.crm.Team;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.crm.WorkCalendar;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What --teams may name: sales teams of the snapshot. */
class RequestCheckTest {

    private static final List<Team> TEAMS = List.of(team("T-001", TeamFunction.SALES), team("T-002", TeamFunction.SALES),
            team("T-MKT", TeamFunction.MARKETING));

    @Test
    void aMarketingTeamGetsNoBlueprintOfItsOwnAndIsRefused() {
        assertThatThrownBy(() -> RequestCheck.teams(List.of("T-001", "T-MKT"), TEAMS, team -> Optional.empty()))
                .isInstanceOf(RequestException.class)
                .hasMessage("T-MKT in --teams is a marketing team; blueprints are made per sales team (T-001, T-002);"
                        + " its people receive the blueprints of the sales teams whose fixes they own");
    }

    @Test
    void salesTeamsOfTheSnapshotPass() {
        assertThatCode(() -> RequestCheck.teams(List.of("T-002"), TEAMS, team -> Optional.empty())).doesNotThrowAnyException();
    }

    /** blueprint.teams.T-01.targets.win_rate=0.9 was ignored: T-001 stayed on the company's target without a word. */
    @Test
    void aTeamsSettingForNoTeamOfTheSnapshotIsRefused() {
        assertThatThrownBy(() -> RequestCheck.configuredTeams(Set.of("T-01"), TEAMS)).isInstanceOf(RequestException.class)
                .hasMessage("blueprint.teams.T-01 names no team of the snapshot; its teams are T-001, T-002, T-MKT"
                        + " (team ids are case-sensitive)");
        assertThatCode(() -> RequestCheck.configuredTeams(Set.of("T-002", "UNASSIGNED"), TEAMS))
                .doesNotThrowAnyException();
    }

    private static Team team(String id, TeamFunction function) {
        return new Team(id, id, function, Segment.DEFAULT, WorkCalendar.standard(ZoneId.of("UTC")), null);
    }
}

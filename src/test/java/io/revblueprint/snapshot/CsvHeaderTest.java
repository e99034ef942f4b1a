package io.revblueprint.snapshot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class CsvHeaderTest {

    private static final TeamsFormat TEAMS = new TeamsFormat();

    @Test
    void headerNamesMatchInAnyCaseAndOrder() {
        CsvHeader header = CsvHeader.of("teams.csv", List.of(" Function", "NAME", "Team_Id"));

        assertThatCode(() -> header.requireColumns(TEAMS)).doesNotThrowAnyException();
    }

    @Test
    void unknownColumnsAreListedInHeaderOrder() {
        CsvHeader header = CsvHeader.of("teams.csv", List.of("team_id", "Region", "name", "function", "cost_center"));

        assertThat(header.unknownColumns(TEAMS)).containsExactly("region", "cost_center");
    }
}

package io.revblueprint.snapshot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aColumnNamedTwiceIsAnErrorNotTheFirstOneSilently() {
        assertThatThrownBy(() -> CsvHeader.of("teams.csv", List.of("team_id", "name", "Team_ID")))
                .isInstanceOf(SnapshotFileException.class)
                .hasMessage("teams.csv: the header names column 'Team_ID' twice (columns 1 and 3); a cell must have"
                        + " one meaning: rename or remove one of them");
    }
}

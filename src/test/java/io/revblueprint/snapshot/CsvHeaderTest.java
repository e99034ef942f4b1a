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

    /** Excel in a German locale saves "CSV" with semicolons: "add lead_id" beside a header that has it misled. */
    @Test
    void aFileSeparatedBySemicolonsIsSaidSoNotAMissingColumn() {
        CsvHeader header = CsvHeader.of("teams.csv", List.of("team_id;name;function"));

        assertThatThrownBy(() -> header.requireColumns(TEAMS)).isInstanceOf(SnapshotFileException.class)
                .hasMessage("teams.csv: the header is one column, 'team_id;name;function': the file is separated by"
                        + " semicolons, not by commas; save it as comma-separated CSV (in Excel: CSV UTF-8) and run"
                        + " again");
    }
}

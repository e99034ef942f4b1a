package io.revblueprint.snapshot;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.revblueprint.snapshot.QuarantineAssertions.assertAccepted;
import static io.revblueprint.snapshot.QuarantineAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What every file of the snapshot shares. */
class SnapshotFormatTest {

    @Test
    void theSnapshotsFilesAreRequiredOrOptionalAsDocumentedAndImportedInReferenceOrder() {
        assertThat(SnapshotFormats.IN_IMPORT_ORDER).extracting(SnapshotFormat::fileName, SnapshotFormat::isRequired)
                .containsExactly(tuple("teams.csv", true), tuple("users.csv", true), tuple("holidays.csv", false),
                        tuple("campaigns.csv", false), tuple("leads.csv", true), tuple("opportunities.csv", true),
                        tuple("activities.csv", true), tuple("opportunity_stages.csv", false));
    }

    @Test
    void everyReferencePointsAtAFileImportedBefore() {
        List<String> imported = new ArrayList<>();
        for (SnapshotFormat<?> format : SnapshotFormats.IN_IMPORT_ORDER) {
            assertThat(format.references()).extracting(Reference::table).as(format.fileName()).isSubsetOf(imported);
            imported.add(format.table());
        }
    }

    @Test
    void aCellLongerThanItsColumnHoldsIsQuarantinedSurroundingSpacesAside() {
        TeamsFormat teams = new TeamsFormat();
        RowContext fiveCharacterNames = new RowContext(TestRow.CONTEXT.companyZone(), TestRow.CONTEXT.asOf(), "EUR",
                new ColumnLimits(Map.of("crm_team", Map.of("name", 5))));
        TestRow team = TestRow.of("team_id", "T1", "name", "Sales", "function", "SALES");

        assertAccepted(team.readBy(teams, fiveCharacterNames));
        assertAccepted(team.with("name", "  Sales ").readBy(teams, fiveCharacterNames));
        assertRejected(team.with("name", " Saless").readBy(teams, fiveCharacterNames), "name",
                "name is 6 characters long; it holds at most 5");
    }

    @Test
    void aRecordWithMoreOrFewerFieldsThanTheHeaderIsQuarantinedAsARow() {
        CsvRow row = new CsvRow("teams.csv", 3, Map.of("team_id", "T1", "name", "Sales"), () -> "T1,Sales",
                "has 2 fields, the header has 3");

        assertRejected(new TeamsFormat().read(row, TestRow.CONTEXT), null, "row has 2 fields, the header has 3");
    }
}

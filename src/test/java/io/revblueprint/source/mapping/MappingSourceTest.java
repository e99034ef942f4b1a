package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.RowContext;
import io.revblueprint.snapshot.SnapshotFileException;
import io.revblueprint.snapshot.SnapshotFormats;
import io.revblueprint.snapshot.SourceRows;
import io.revblueprint.snapshot.SourceTally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The mapping language on small files: each form of value, condition and row source, and the errors it gives. */
class MappingSourceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final RowContext CONTEXT = new RowContext(BERLIN, Instant.parse("2026-10-01T00:00:00Z"), "EUR");

    @TempDir
    Path folder;

    private final List<SourceTally> tallies = new ArrayList<>();

    @Test
    void renamesColumnsSetsConstantsAndTranslatesValues() throws IOException {
        write("deals.csv", """
                Deal ID,Owner,Stage,Close Date,Value,Employees
                D1,ann,Won,2026-09-14,100.0,50
                D2,bob,Lost,2026-09-15,,5000
                D3,ann,Talking,,,
                """);
        Map<String, Map<String, String>> rows = byId(read("opportunities.csv", """
                name: test
                files: {deals: deals.csv}
                canonical:
                  opportunities:
                    - from: deals
                      columns:
                        opportunity_id: Deal ID
                        created_at: {value: "2026-09-01"}
                        owner_id: owner
                        stage: Stage
                        is_won: {column: stage, map: {won: "true"}, default: {value: "false"}}
                        is_closed: {column: Stage, map: {Won: "true", Lost: "true"}, default: {value: "false"}}
                        closed_at: {column: Close Date, type: date}
                        amount: {column: Value, type: integer}
                        segment: {column: Employees, bands: [{max: 99, value: SMB}, {max: 999, value: MID_MARKET}, {value: ENTERPRISE}]}
                """), "opportunity_id");

        assertThat(rows.get("D1")).containsEntry("owner_id", "ann").containsEntry("is_won", "true")
                .containsEntry("is_closed", "true").containsEntry("amount", "100").containsEntry("segment", "SMB")
                .containsEntry("created_at", "2026-08-31T22:00:00Z").as("a date starts at midnight, company zone")
                .containsEntry("closed_at", "2026-09-13T22:00:00Z");
        assertThat(rows.get("D2")).containsEntry("is_won", "false").containsEntry("segment", "ENTERPRISE");
        assertThat(rows.get("D3")).containsEntry("is_closed", "false").containsEntry("closed_at", null);
    }

    @Test
    void rowsCarryTheirSourceFileLineAndTextAndAreNumberedAsCanonicalLines() throws IOException {
        write("people.csv", "id,name\nU1,\"Ann\nLee\"\nU2,Bob\n");
        List<CsvRow> rows = read("users.csv", """
                files: {people: people.csv}
                canonical:
                  users:
                    - from: people
                      columns: {user_id: id, name: name, role: {value: AE}, team_id: {value: T}}
                """);

        assertThat(rows).extracting(CsvRow::file, CsvRow::line, CsvRow::sourceFile, CsvRow::sourceLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("users.csv", 2L, "people.csv", 2L),
                        org.assertj.core.groups.Tuple.tuple("users.csv", 3L, "people.csv", 4L));
        assertThat(rows.get(1).raw()).isEqualTo("U2,Bob");
    }

    @Test
    void skipsRowsOutOfScopeAndCountsThemWithTheColumnsNothingRead() throws IOException {
        write("tasks.csv", """
                Id,WhoId,WhatId,OwnerId,Done,Subject,Extra
                T1,00Q1,,U1,1,Call back,x
                T2,0031,0011,U1,1,Email,x
                T3,00Q2,,U1,0,Meeting,x
                """);
        List<CsvRow> rows = read("activities.csv", """
                files: {tasks: tasks.csv}
                canonical:
                  activities:
                    - from: tasks
                      skip:
                        - if: {column: Done, not_in: [1, "true"]}
                          reason: open task
                        - if: {all: [{ref: lead_id, present: false}, {ref: opportunity_id, present: false}]}
                          reason: on a contact or account
                      columns:
                        activity_id: Id
                        lead_id: {column: WhoId, matches: "00Q.*"}
                        opportunity_id: {column: WhatId, matches: "006.*"}
                        owner_id: OwnerId
                        type: {column: Subject, keywords: {call: CALL, email: EMAIL, meeting: MEETING}, default: {value: OTHER}}
                        occurred_at: {value: "2026-09-01T10:00:00Z"}
                """);

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.cells()).containsEntry("activity_id", "T1")
                .containsEntry("lead_id", "00Q1").containsEntry("type", "CALL"));
        assertThat(tallies).singleElement().satisfies(tally -> {
            assertThat(tally.read()).isEqualTo(3);
            assertThat(tally.mapped()).isEqualTo(1);
            assertThat(tally.skipped()).containsOnly(Map.entry("open task", 1L), Map.entry("on a contact or account", 1L));
            assertThat(tally.ignoredColumns()).containsExactly("Extra");
        });
    }

    @Test
    void looksUpValuesInOtherFilesPickingTheEarliestRowThatMeetsTheCondition() throws IOException {
        write("leads.csv", "Id,Created,Status\nL1,2026-09-01T08:00:00Z,Working\nL2,2026-09-01T08:00:00Z,Working\n");
        write("history.csv", """
                LeadId,Field,NewValue,CreatedDate
                L1,Status,Working,2026-09-03 10:00:00
                L1,Status,Working,2026-09-02 10:00:00
                L1,Rating,Working,2026-09-01 09:00:00
                """);
        Map<String, Map<String, String>> rows = byId(read("leads.csv", leadsMapping("leads: leads.csv, history: history.csv",
                """
                first:
                  - join: {file: history, key: LeadId, on: Id, column: CreatedDate, pick: {earliest: CreatedDate},
                           where: {all: [{column: Field, in: [Status]}, {column: NewValue, in: [working]}]}}
                  - {column: Created, when: {column: Status, in: [Working]}, note: MQL date is CreatedDate}
                """)), "lead_id");

        assertThat(rows.get("L1")).containsEntry("mql_at", "2026-09-02T10:00:00Z");
        assertThat(rows.get("L2")).containsEntry("mql_at", "2026-09-01T08:00:00Z");
        assertThat(tallies).extracting(SourceTally::sourceFile).containsExactly("leads.csv", "history.csv (looked up)");
        assertThat(tallies.get(0).notes()).containsExactly(Map.entry("MQL date is CreatedDate", 1L));
        assertThat(tallies.get(1).read()).isEqualTo(3);
    }

    /** Leads of an org's own statuses (TCRM's 81 "Open") fell outside the funnel with nothing to say which status. */
    @Test
    void aNoteCountsItsRowsPerValueOfTheColumnItNames() throws IOException {
        write("leads.csv", "Id,Created,Lead-Status\nL1,2026-09-01T08:00:00Z,Working\nL2,2026-09-01T08:00:00Z,Open\n"
                + "L3,2026-09-01T08:00:00Z,Open\nL4,2026-09-01T08:00:00Z,\n");
        read("leads.csv", leadsMapping("leads: leads.csv", """
                column: Created
                when: {column: Lead-Status, in: [Working]}
                default: {value: "", note: "outside the funnel, Status {Lead-Status}"}
                """));

        // A German profile's "{Deal-Phase}" was left unfilled: a column's name may hold any character but braces.
        assertThat(tallies.get(0).notes()).containsOnly(Map.entry("outside the funnel, Status Open", 2L),
                Map.entry("outside the funnel, Status none", 1L));
    }

    /**
     * TCRM's blueprint asked RevOps to start scoring leads while Lead.csv held Score1__c…Score4__c; a column empty in
     * every record (Score3__c here, Data Cloud's BudgetedCost) is no lead.
     */
    @Test
    void aColumnLeftEmptyNamesTheUnreadColumnsThatMayHoldIt() throws IOException {
        write("leads.csv", "Id,Created,Score1__c,Score2__c,Score3__c,Status\nL1,2026-09-01T08:00:00Z,12,,,Working\n"
                + "L2,2026-09-01T08:00:00Z,3,7,,Open\n");
        read("leads.csv", leadsMapping("leads: leads.csv", "Created") + """
                        score: {column: [Lead_Score__c, Score__c], default: {value: ""}}
                """);

        assertThat(tallies.get(0).notes()).containsOnly(Map.entry("score left empty; columns the mapping does not"
                + " read may hold it: Score1__c, Score2__c (a mapping profile can name one)", 2L));
    }

    @Test
    void boundsKeepTimesInOrderAndCountTheRowsTheyMoved() throws IOException {
        write("deals.csv", """
                Id,Created,CloseDate,Closed
                O1,2026-09-10T12:00:00Z,2026-09-01,1
                O2,2026-09-01T12:00:00Z,2026-12-24,1
                O3,2026-09-01T12:00:00Z,2026-12-24,0
                """);
        Map<String, Map<String, String>> rows = byId(read("opportunities.csv", """
                files: {deals: deals.csv}
                canonical:
                  opportunities:
                    - from: deals
                      columns:
                        opportunity_id: Id
                        closed_at: {column: CloseDate, type: date, when: {column: Closed, in: [1]}, not_after: {as_of: true},
                                    clamped_note: closed after the export}
                        created_at: {column: Created, not_after: {ref: closed_at}, clamped_note: closed before created}
                        owner_id: {value: U1}
                        stage: {value: Closed}
                        is_closed: Closed
                        is_won: {value: "false"}
                """), "opportunity_id");

        assertThat(rows.get("O1")).containsEntry("created_at", "2026-08-31T22:00:00Z").containsEntry("closed_at", "2026-08-31T22:00:00Z");
        assertThat(rows.get("O2")).containsEntry("closed_at", "2026-10-01T00:00:00Z");
        assertThat(rows.get("O3")).containsEntry("closed_at", null).containsEntry("created_at", "2026-09-01T12:00:00Z");
        assertThat(tallies.get(0).notes()).containsOnly(Map.entry("closed after the export", 1L),
                Map.entry("closed before created", 1L));
    }

    @Test
    void makesOneRowPerDistinctValueAndRowsWrittenInTheMapping() throws IOException {
        write("agents.csv", "agent,manager,office\nA1,M1,East\nA2,M1,East\nA3,M2,West\n");
        List<CsvRow> teams = read("teams.csv", """
                files: {agents: agents.csv}
                canonical:
                  teams:
                    - rows: [{team_id: HQ, name: Head office, function: REVOPS}]
                    - distinct: {from: agents, key: office}
                      columns: {team_id: office, name: office, function: {value: SALES}}
                """);

        assertThat(teams).extracting(row -> row.cells().get("team_id")).containsExactly("HQ", "East", "West");
        assertThat(teams.get(2).sourceLine()).as("the first record of West").isEqualTo(4);
        assertThat(tallies).extracting(SourceTally::sourceFile).containsExactly("test.yaml", "agents.csv (each office once)");
    }

    @Test
    void picksTheValueMostRowsGiveAndAddsLookedUpColumnsToRowsWrittenInTheMapping() throws IOException {
        write("agents.csv", """
                agent,office,zone
                A1,East,America/New_York
                A2,East,America/Chicago
                A3,East,America/New_York
                A4,West,America/Los_Angeles
                A5,West,America/Denver
                A6,,America/Los_Angeles
                """);
        Map<String, Map<String, String>> teams = byId(read("teams.csv", """
                files: {agents: agents.csv}
                canonical:
                  teams:
                    - rows: [{team_id: HQ, name: Head office, function: REVOPS}]
                      columns:
                        timezone: {join: {file: agents, key: {value: all}, on: {value: all}, column: zone, pick: most_common}}
                    - distinct: {from: agents, key: office}
                      columns:
                        team_id: office
                        name: office
                        function: {value: SALES}
                        timezone: {join: {file: agents, key: office, on: office, column: zone, pick: most_common}}
                """), "team_id");

        assertThat(teams.get("East")).containsEntry("timezone", "America/New_York");
        assertThat(teams.get("West")).as("a tie: the first to reach the count").containsEntry("timezone", "America/Los_Angeles");
        assertThat(teams.get("HQ")).as("over every row: 2 of 6 in New York and in Los Angeles, New York first")
                .containsEntry("timezone", "America/New_York").containsEntry("name", "Head office");
        assertThatThrownBy(() -> read("teams.csv", """
                canonical:
                  teams:
                    - rows: [{team_id: HQ, name: Head office, function: REVOPS}]
                      columns: {name: {value: Office}}
                """)).hasMessage("test.yaml: canonical.teams[0].columns.name: 'name' is written in the rows already");
    }

    @Test
    void unpivotsEachMatchingColumnWithAValueIntoARow() throws IOException {
        write("deals.csv", "Record ID,Date entered Proposal (Sales Pipeline),Date entered Closed Won (Sales Pipeline)\n"
                + "1,2026-09-01 10:00,2026-09-05 10:00\n2,2026-09-02 10:00,\n");
        List<CsvRow> stages = read("opportunity_stages.csv", """
                read: {zone: UTC}
                files: {deals: deals.csv}
                canonical:
                  opportunity_stages:
                    - from: deals
                      each_column: "Date entered (.+?)(?: \\\\(.*\\\\))?"
                      columns: {opportunity_id: Record ID, stage: {each_column: match}, entered_at: {each_column: value}}
                """);

        assertThat(stages).extracting(row -> row.cells().get("opportunity_id") + " " + row.cells().get("stage") + " "
                + row.cells().get("entered_at")).containsExactly("1 Proposal 2026-09-01T10:00:00Z",
                "1 Closed Won 2026-09-05T10:00:00Z", "2 Proposal 2026-09-02T10:00:00Z");
    }

    @Test
    void settingsAreNamedWithADollarAndAnUnknownOneIsAnError() throws IOException {
        write("agents.csv", "agent,office\nA1,East\n");
        Path mapping = write("test.yaml", """
                settings: {role: AE}
                files: {agents: agents.csv}
                canonical:
                  users:
                    - from: agents
                      columns: {user_id: agent, name: agent, role: {value: $role}, team_id: office}
                """);

        assertThat(rows(MappingSource.mapped(mapping, folder, BERLIN, null, null), "users.csv").get(0).cells())
                .containsEntry("role", "AE");
        assertThatThrownBy(() -> MappingSource.mapped(write("bad.yaml", "canonical: {users: [{from: x, columns: {role: $nope}}]}"),
                folder, BERLIN, null, null)).isInstanceOf(SnapshotFileException.class)
                .hasMessage("bad.yaml: canonical.users[0].columns.role: $nope is not one of the settings (there are none)");
    }

    @Test
    void everyMistakeInAMappingNamesTheFileThePlaceAndWhatToWrite() throws IOException {
        assertThatThrownBy(() -> read("leads.csv", """
                files: {leads: leads.csv}
                canonical:
                  leads: [{from: leads, columns: {lead_id: Id, created_at: {colum: Created}, source: Source}}]
                """)).hasMessageStartingWith("test.yaml: canonical.leads[0].columns.created_at.colum: unknown field");
        assertThatThrownBy(() -> read("leads.csv", """
                files: {leads: leads.csv}
                canonical:
                  leads: [{from: lead, columns: {lead_id: Id, created_at: Created, source: Source}}]
                """)).hasMessage("test.yaml: canonical.leads[0].from: 'lead' is not one of the mapping's files [leads]");
        assertThatThrownBy(() -> read("leads.csv", """
                files: {leads: leads.csv}
                canonical:
                  leads: [{from: leads, columns: {lead_id: Id, created_at: {ref: mql_at}, source: Source, mql_at: Mql}}]
                """)).hasMessageContaining("canonical.leads[0].columns.created_at.ref: 'mql_at' is not a canonical column mapped before this one");
        assertThatThrownBy(() -> read("leads.csv", """
                files: {leads: leads.csv}
                canonical:
                  leads: [{from: leads, columns: {lead_id: Id, source: Source}}]
                """)).hasMessage("test.yaml: canonical.leads[0].columns: gives no created_at (required in leads.csv)");
        assertThatThrownBy(() -> read("leads.csv", """
                files: {leads: leads.csv}
                canonical: {prospects: []}
                """)).hasMessageStartingWith("test.yaml: canonical: 'prospects' is not a canonical file; they are teams, users");
    }

    @Test
    void checkNamesTheMissingFileOrTheFileAndColumn() throws IOException {
        String mapping = """
                files: {leads: {file: Lead*.csv, required: true}}
                canonical:
                  leads: [{from: leads, columns: {lead_id: Id, created_at: CreatedDate, source: {column: LeadSource}}}]
                """;
        Path file = write("test.yaml", mapping);
        assertThatThrownBy(() -> MappingSource.mapped(file, folder, BERLIN, null, null).check())
                .hasMessageStartingWith("Lead*.csv is missing in " + folder);

        write("Leads-2026.csv", "Id,Created\nL1,2026-09-01T10:00:00Z\n");
        assertThatThrownBy(() -> MappingSource.mapped(file, folder, BERLIN, null, null).check())
                .hasMessageStartingWith("Leads-2026.csv: required column 'CreatedDate' is missing from the header"
                        + " (it gives leads.csv created_at)");
    }

    /** "amount: close_valu" left every amount empty and exited 0; a mapping of one's own names the export's columns. */
    @Test
    void aColumnItsOwnMappingNamesButTheFileLacksIsAnErrorWithTheNearestName() throws IOException {
        String leads = "Id,CreatedDate,Lead_Score\nL1,2026-09-01T10:00:00Z,90\n";

        assertThat(checkOfLeads(leads, "score: Lead_Scor")).hasMessage("Leads.csv: test.yaml reads column 'Lead_Scor'"
                + " (did you mean Lead_Score?), which the file does not have; correct the mapping, or export the column");
        // One of a copy's alternative names suffices.
        assertThat(checkOfLeads(leads, "score: {column: [Score__c, Lead_Score]}")).isNull();
    }

    /** "is_won: {column: Stauts, map: ..., default: ...}" made every deal open: the check passed and the run exited 0. */
    @Test
    void aDefaultDoesNotExcuseAColumnItsOwnMappingNamesButTheFileLacks() throws IOException {
        assertThat(checkOfLeads("Id,CreatedDate,Status\nL1,2026-09-01T10:00:00Z,Open\n",
                "disqualification_reason: {column: Stauts, map: {Lost: NO_FIT}, default: {value: \"\"}}"))
                .hasMessage("Leads.csv: test.yaml reads column 'Stauts', which the file does not have; its columns are"
                        + " Id, CreatedDate, Status; correct the mapping, or export the column");
    }

    /** "amount: deal_value" for Value, then the next missing column on the next run: every one at once, each guessed. */
    @Test
    void everyColumnTheFileLacksIsNamedAtOnceWithTheNearestName() throws IOException {
        assertThat(checkOfLeads("Id,CreatedDate,Value,Lead_Score\nL1,2026-09-01T10:00:00Z,5,90\n",
                "score: Lead_Scor, industry: deal_value"))
                .hasMessage("Leads.csv: test.yaml reads columns 'Lead_Scor' (did you mean Lead_Score?), 'deal_value'"
                        + " (did you mean Value?), which the file does not have; correct the mapping, or export the"
                        + " columns");
    }

    /** What the check of a leads mapping with {@code columns} besides the required ones throws; null when it passes. */
    private Throwable checkOfLeads(String leadsCsv, String columns) throws IOException {
        write("Leads.csv", leadsCsv);
        Path file = write("test.yaml", """
                files: {leads: {file: Leads.csv, required: true}}
                canonical:
                  leads: [{from: leads, columns: {lead_id: Id, created_at: CreatedDate, source: {value: Web}, %s}}]
                """.formatted(columns));
        return catchThrowable(() -> MappingSource.mapped(file, folder, BERLIN, null, null).check());
    }

    /** "column: employes" in a join into accounts left every deal's segment to the default, exit 0. */
    @Test
    void aColumnItsOwnMappingJoinsOnOrReadsInAnotherFileButThatFileLacksIsAnError() throws IOException {
        write("Leads.csv", "Id,CreatedDate,Account\nL1,2026-09-01T10:00:00Z,A1\n");
        write("Accounts.csv", "Account,Employees\nA1,5000\n");
        Path file = write("test.yaml", """
                files: {leads: {file: Leads.csv, required: true}, accounts: {file: Accounts.csv}}
                canonical:
                  leads: [{from: leads, columns: {lead_id: Id, created_at: CreatedDate, source: {value: Web},
                           industry: {join: {file: accounts, key: Account, on: Account, column: Employes}}}}]
                """);

        assertThatThrownBy(() -> MappingSource.mapped(file, folder, BERLIN, null, null).check())
                .hasMessage("Accounts.csv: test.yaml reads column 'Employes', which the file does not have; its"
                        + " columns are Account, Employees; correct the mapping, or export the column");
    }

    @Test
    void theCutoffIsTheLatestValueOfTheNamedColumnsADateLastingTheWholeDay() throws IOException {
        write("deals.csv", "Id,Closed,Engaged\nD1,2026-09-14,2026-09-01\nD2,,2026-09-20\n");
        Path mapping = write("test.yaml", """
                timezone: UTC
                as_of: {latest: [deals.Closed, deals.Engaged]}
                files: {deals: deals.csv}
                canonical: {}
                """);

        assertThat(MappingSource.mapped(mapping, folder, BERLIN, null, null).manifest().asOf())
                .isEqualTo(Instant.parse("2026-09-21T00:00:00Z"));
        assertThat(MappingSource.mapped(mapping, folder, BERLIN, null, Instant.parse("2026-10-01T00:00:00Z")).manifest().asOf())
                .as("the configured cutoff wins").isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
    }

    private List<CsvRow> read(String canonicalFile, String mapping) throws IOException {
        return rows(MappingSource.mapped(write("test.yaml", mapping), folder, BERLIN, null, null), canonicalFile);
    }

    private List<CsvRow> rows(MappingSource source, String canonicalFile) {
        List<CsvRow> rows = new ArrayList<>();
        try (SourceRows cursor = source.rows(SnapshotFormats.IN_IMPORT_ORDER.stream()
                .filter(format -> format.fileName().equals(canonicalFile)).findFirst().orElseThrow(), CONTEXT)) {
            for (CsvRow row; (row = cursor.next()) != null; ) {
                rows.add(row);
            }
            tallies.addAll(cursor.tallies());
        }
        return rows;
    }

    private static Map<String, Map<String, String>> byId(List<CsvRow> rows, String idColumn) {
        Map<String, Map<String, String>> byId = new java.util.LinkedHashMap<>();
        rows.forEach(row -> byId.put(row.cells().get(idColumn), row.cells()));
        return byId;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** A mapping of the leads file (Id, Created) with the files given and {@code mqlAt} as the mql_at rule's block. */
    private static String leadsMapping(String files, String mqlAt) {
        return """
                read: {zone: UTC}
                files: {%s}
                canonical:
                  leads:
                    - from: leads
                      columns:
                        lead_id: Id
                        created_at: Created
                        source: {value: Web}
                        mql_at:
                """.formatted(files) + mqlAt.indent(12);
    }
}

package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.RowContext;
import io.revblueprint.snapshot.SnapshotFileException;
import io.revblueprint.snapshot.TextEncoding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Salesforce preset on small exports written as Salesforce writes them, one trap of real exports per test. */
class SalesforcePresetTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant AS_OF = Instant.parse("2026-10-01T00:00:00Z");
    private static final RowContext CONTEXT = new RowContext(UTC, AS_OF, "EUR");
    private static final String LEAD = "Id|OwnerId|Status|LeadSource|CreatedDate|IsConverted|ConvertedDate"
            + "|ConvertedOpportunityId|Company|NumberOfEmployees|Rating|SystemModstamp";
    private static final String OPPORTUNITY = "Id|OwnerId|StageName|Amount|CloseDate|IsClosed|IsWon|LeadSource"
            + "|CreatedDate|AccountId|SystemModstamp";

    @TempDir
    Path folder;

    private ExportFiles export;

    @BeforeEach
    void lead() {
        export = new ExportFiles(folder)
                .write("Lead.csv", LEAD,
                        "00Q000000000001AAA|005000000000001AAA|Working - Contacted|Web|2026-09-01 08:00:00|0||000000000000000AAA|Acme|40|Hot|2026-09-30 10:00:00",
                        "00Q000000000002AAA|005000000000001AAA|Closed - Converted|Partner Referral|2026-09-02 08:00:00|1|2026-09-02|006000000000001AAA|Bolt|5000||2026-09-30 10:00:00")
                .write("Opportunity.csv", OPPORTUNITY,
                        "006000000000001AAA|005000000000001AAA|Closed Won|1200|2026-09-01|1|1||2026-09-03T10:22:00.000+0000||2026-09-30 11:00:00");
    }

    @Test
    void readsAStockExportWithNothingQuarantinedAndTheCutoffFromItsLatestChange() {
        MappingSource source = salesforce();
        source.check();

        assertThat(source.manifest().asOf()).isEqualTo(Instant.parse("2026-09-30T11:00:00Z"));
        assertThat(source.manifest().source()).isEqualTo("salesforce");
        Map<String, Map<String, String>> leads = export.rows(source, "leads.csv", CONTEXT);
        assertThat(leads.get("00Q000000000001AAA")).containsEntry("converted_opportunity_id", null)
                .as("the null sentinel").containsEntry("source_category", "MARKETING").containsEntry("score", "90")
                .containsEntry("mql_at", "2026-09-01T08:00:00Z").containsEntry("accepted_at", "2026-09-01T08:00:00Z")
                .containsEntry("sql_at", null);
        assertThat(leads.get("00Q000000000002AAA")).containsEntry("sql_at", "2026-09-02T08:00:00Z")
                .as("ConvertedDate is a day: not before the lead was created").containsEntry("company_size", "5000");
        assertThat(export.tally("Lead.csv").notes()).containsEntry(
                "MQL date is the lead's CreatedDate (no MQL date field, no LeadHistory row for its status)", 2L);
    }

    @Test
    void aDealClosedBeforeItWasCreatedHasACycleOfZeroDaysAndOneClosedAfterTheExportClosesAsOfIt() {
        export.write("Opportunity.csv", OPPORTUNITY,
                "006000000000001AAA|005000000000001AAA|Closed Won|1200|2026-09-01|1|1||2026-09-03T10:22:00.000+0000||",
                "006000000000002AAA|005000000000001AAA|Closed Lost|800|2026-12-24|1|0||2026-09-03T10:22:00.000+0000||",
                "006000000000003AAA|005000000000001AAA|Negotiation|500|2026-12-24|0|0||2026-09-03T10:22:00.000+0000||");

        Map<String, Map<String, String>> deals = export.rows(salesforce(), "opportunities.csv", CONTEXT);

        assertThat(deals.get("006000000000001AAA")).containsEntry("closed_at", "2026-09-01T00:00:00Z")
                .containsEntry("created_at", "2026-09-01T00:00:00Z").containsEntry("lead_id", "00Q000000000002AAA")
                .containsEntry("segment", "ENTERPRISE");
        assertThat(deals.get("006000000000002AAA")).containsEntry("closed_at", AS_OF.toString())
                .containsEntry("is_won", "0");
        assertThat(deals.get("006000000000003AAA")).containsEntry("closed_at", null)
                .as("an empty cell: the import gives the company currency").containsEntry("currency", "");
        assertThat(export.tally("Opportunity.csv").notes()).containsOnly(
                Map.entry("closed deals with a CloseDate before their CreatedDate: a sales cycle of 0 days", 1L),
                Map.entry("closed deals with a CloseDate after the export: closed as of the export", 1L),
                // Said, so a US org's reader knows why its amounts show in euros (and sets blueprint.currency).
                Map.entry("deals without a CurrencyIsoCode (a single-currency org): amounts taken to be in the run's"
                        + " currency (another is set with --blueprint.currency=USD, say)", 3L));
    }

    /**
     * A multi-currency report's "USD 10,000.00" and "GBP 20,000.00" were added up as euros; a deal with no amount made
     * the blueprint say its currency was assumed.
     */
    @Test
    void theCurrencyAnAmountNamesIsTheDealsOwn() {
        export.write("Opportunity.csv", OPPORTUNITY,
                "006000000000001AAA|005000000000001AAA|Closed Won|USD 10,000.00|2026-09-01|1|1||2026-09-01T10:22:00.000+0000||",
                "006000000000002AAA|005000000000001AAA|Closed Won|GBP 20,000.00|2026-09-01|1|1||2026-09-01T10:22:00.000+0000||",
                "006000000000003AAA|005000000000001AAA|Closed Won|$500|2026-09-01|1|1||2026-09-01T10:22:00.000+0000||",
                "006000000000004AAA|005000000000001AAA|Closed Won|700|2026-09-01|1|1||2026-09-01T10:22:00.000+0000||",
                "006000000000005AAA|005000000000001AAA|Prospecting||2026-12-01|0|0||2026-09-01T10:22:00.000+0000||");

        Map<String, Map<String, String>> deals = export.rows(salesforce(), "opportunities.csv", CONTEXT);

        assertThat(deals.get("006000000000001AAA")).containsEntry("amount", "10000.00").containsEntry("currency", "USD");
        assertThat(deals.get("006000000000002AAA")).containsEntry("amount", "20000.00").containsEntry("currency", "GBP");
        assertThat(deals.get("006000000000003AAA")).as("a dollar in a euro run").containsEntry("currency", "USD");
        assertThat(deals.get("006000000000004AAA")).as("the run's").containsEntry("currency", "");
        assertThat(deals.get("006000000000005AAA")).as("no amount, no currency").containsEntry("currency", null);
        assertThat(export.tally("Opportunity.csv").notes()).containsEntry("amounts written in USD", 2L)
                .containsEntry("amounts written in GBP", 1L).as("only the deal whose amount names none").containsEntry(
                        "deals without a CurrencyIsoCode (a single-currency org): amounts taken to be in the run's"
                                + " currency (another is set with --blueprint.currency=USD, say)", 1L);
    }

    /** An "Export Details" file's footer quarantined 5 rows of 26 ("has 1 fields") and stopped the import. */
    @Test
    void aReportsFooterAfterTheDataIsSkippedAndCounted() {
        export.write("Opportunity.csv", OPPORTUNITY,
                "006000000000001AAA|005000000000001AAA|Closed Won|1200|2026-09-01|1|1||2026-08-03T10:22:00.000+0000||",
                "", "Opportunities with Owner", "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.",
                "Confidential Information - Do Not Distribute", "Generated By:  Ada Admin  10/1/2026, 6:00 AM",
                "Acme Inc.");

        assertThat(export.rows(salesforce(), "opportunities.csv", CONTEXT)).containsOnlyKeys("006000000000001AAA");
        assertThat(export.tally("Opportunity.csv").read()).isEqualTo(6);
        assertThat(export.tally("Opportunity.csv").skipped())
                .containsOnly(Map.entry("lines of a report's footer (title, copyright) after the data", 5L));
    }

    @Test
    void readsWindows1252BytesWhenTheFileIsNotUtf8AndNamesTheLineWhenTold() {
        export.write("Lead.csv", TextEncoding.WINDOWS_1252, LEAD,
                "00Q000000000001AAA|005000000000001AAA|Open|Trade Show|2026-09-01 08:00:00|0|||Caf\u00e9 M\u00fcller \u20ac|40||");

        assertThat(export.rows(salesforce(), "leads.csv", CONTEXT).get("00Q000000000001AAA"))
                .containsEntry("source", "Trade Show");
        MappingSource utf8 = MappingSource.preset("salesforce", null, folder, UTC, "UTF-8", AS_OF);
        assertThatThrownBy(() -> export.rows(utf8, "leads.csv", CONTEXT)).isInstanceOf(SnapshotFileException.class)
                .hasMessageStartingWith("Lead.csv line 2 is not valid UTF-8");
    }

    @Test
    void fifteenCharacterIdsMeetTheirEighteenCharacterForm() {
        export.write("Task.csv", "Id|WhoId|WhatId|OwnerId|Subject|Type|Status|ActivityDate|CreatedDate|IsClosed",
                "00T000000000001AAA||006000000000001|005000000000001AAA|Call back||Completed|2026-09-02|2026-09-02 09:00:00|1");

        assertThat(export.rows(salesforce(), "activities.csv", CONTEXT).get("00T000000000001AAA"))
                .containsEntry("opportunity_id", "006000000000001AAA").containsEntry("type", "CALL");
    }

    @Test
    void tasksAndEventsOutOfScopeAreSkippedAndCountedNotQuarantined() {
        export.write("Task.csv", "Id|WhoId|WhatId|OwnerId|Subject|Type|Status|ActivityDate|CreatedDate|IsClosed",
                "00T000000000001AAA|003000000000001AAA|001000000000001AAA|005000000000001AAA|Lunch||Completed|2026-09-02|2026-09-02 09:00:00|1",
                "00T000000000002AAA|00Q000000000001AAA||005000000000001AAA|Email||Not Started|2026-09-02|2026-09-02 09:00:00|0",
                "00T000000000003AAA||006000000000009AAA|005000000000001AAA|Demo|Meeting|Completed|2026-09-02|2026-09-02 09:00:00|1",
                "00T000000000004AAA|00Q000000000001AAA||005000000000001AAA|Email|Email|Completed|2026-09-02|2026-09-02 09:00:00|1")
                .write("Event.csv", "Id|WhoId|WhatId|OwnerId|Subject|ActivityDateTime",
                        "00U000000000001AAA||006000000000001AAA|005000000000001AAA|Demo|2026-12-01T10:00:00.000+0000");

        assertThat(export.rows(salesforce(), "activities.csv", CONTEXT)).containsOnlyKeys("00T000000000004AAA");
        assertThat(export.tally("Task.csv").skipped()).containsOnly(
                Map.entry("on a contact or account (out of scope)", 1L), Map.entry("open task (not done yet)", 1L),
                Map.entry("on a lead or opportunity the export does not hold", 1L));
        assertThat(export.tally("Event.csv").skipped()).containsOnly(Map.entry("scheduled after the export", 1L));
    }

    @Test
    void usersGetTheirRolesTeamTheDefaultTeamWithoutOneAndOwnersMissingFromUserCsvAreAdded() {
        export.write("UserRole.csv", "Id|Name|ParentRoleId",
                        "00E000000000001AAA|Western Sales Team|", "00E000000000002AAA|VP, Marketing|")
                .write("User.csv", "Id|Name|Email|UserRoleId|IsActive|TimeZoneSidKey",
                        "005000000000001AAA|Ann Lee|ann@example.com|00E000000000001AAA|1|America/Los_Angeles",
                        "005000000000002AAA|Bo Chen|bo@example.com|00E000000000002AAA|1|America/New_York",
                        "005000000000003AAA|Cy Dunn|cy@example.com||0|America/New_York");

        Map<String, Map<String, String>> teams = export.rows(salesforce(), "teams.csv", CONTEXT);
        Map<String, Map<String, String>> users = export.rows(salesforce(), "users.csv", CONTEXT);

        assertThat(teams).containsOnlyKeys("SALES", "00E000000000001AAA", "00E000000000002AAA");
        assertThat(teams.get("00E000000000002AAA")).containsEntry("function", "MARKETING");
        assertThat(teams.get("00E000000000001AAA")).as("the zone its users work in")
                .containsEntry("timezone", "America/Los_Angeles");
        assertThat(teams.get("SALES")).as("the zone most users work in").containsEntry("timezone", "America/New_York");
        assertThat(users.get("005000000000001AAA")).containsEntry("team_id", "00E000000000001AAA").containsEntry("role", "AE");
        assertThat(users.get("005000000000002AAA")).containsEntry("role", "EXECUTIVE");
        assertThat(users.get("005000000000003AAA")).containsEntry("team_id", "SALES").containsEntry("active", "0");
        assertThat(users).hasSize(3).as("every owner is in User.csv");
    }

    @Test
    void aProfileMayNameATeamsFileAndWhichTeamEachUserIsIn() throws Exception {
        export.write("User.csv", "Id|Name|Username|Email|UserRoleId|IsActive",
                        "005000000000001AAA|Ann Lee|ann@org|ann@example.com||1",
                        "005000000000002AAA|Bo Chen|bo@org|bo@example.com||1")
                .write("teams.csv", "team_id|name|function|segment|timezone", "T-WEST|West|SALES|SMB|America/Los_Angeles")
                .write("user-teams.csv", "user|team_id", "bo@org|T-WEST");
        Path profile = Files.writeString(folder.resolve("profile.yaml"), """
                extends: salesforce
                settings: {teams_file: [teams.csv], user_teams_file: [user-teams.csv]}
                """);
        MappingSource source = MappingSource.preset("salesforce", profile, folder, UTC, null, null);

        assertThat(export.rows(source, "teams.csv", CONTEXT).get("T-WEST")).containsEntry("segment", "SMB")
                .containsEntry("timezone", "America/Los_Angeles");
        Map<String, Map<String, String>> users = export.rows(source, "users.csv", CONTEXT);
        assertThat(users.get("005000000000002AAA")).as("by Username").containsEntry("team_id", "T-WEST");
        assertThat(users.get("005000000000001AAA")).containsEntry("team_id", "SALES");
    }

    /** TCRM's 32 leads in "Qualified - Convert" were outside the funnel and its MQL→SQL read 1.4 %, a confirmed leak. */
    @Test
    void aLeadQualifiedAndWaitingToBeConvertedIsAnSql() {
        export.write("Lead.csv", LEAD,
                "00Q000000000003AAA|005000000000001AAA|Qualified - Convert|Web|2026-09-03 08:00:00|0||||40||2026-09-30 10:00:00");

        assertThat(export.rows(salesforce(), "leads.csv", CONTEXT).get("00Q000000000003AAA"))
                .containsEntry("mql_at", "2026-09-03T08:00:00Z").containsEntry("accepted_at", "2026-09-03T08:00:00Z")
                .containsEntry("sql_at", "2026-09-03T08:00:00Z");
    }

    @Test
    void lifecycleDatesComeFromLeadHistoryWhenTheExportHasIt() {
        export.write("LeadHistory.csv", "Id|LeadId|CreatedDate|Field|OldValue|NewValue",
                "017000000000001AAA|00Q000000000001AAA|2026-09-05 12:00:00|Status|Open - Not Contacted|Working - Contacted");

        assertThat(export.rows(salesforce(), "leads.csv", CONTEXT).get("00Q000000000001AAA"))
                .containsEntry("mql_at", "2026-09-05T12:00:00Z").containsEntry("accepted_at", "2026-09-05T12:00:00Z");
    }

    /** Its empty cells mean false; without the column every deal read as lost, exit 0. */
    @Test
    void anExportWithoutIsWonIsRefusedThoughItsEmptyCellsAreFalse() {
        export.write("Opportunity.csv", "Id|OwnerId|Amount|CloseDate|IsClosed|StageName|CreatedDate",
                "006000000000001AAA|005000000000001AAA|1|2026-09-01|1|Closed Won|2026-09-01 10:00:00");
        assertThatThrownBy(() -> salesforce().check()).isInstanceOf(SnapshotFileException.class)
                .hasMessage("Opportunity.csv: required column 'IsWon' is missing from the header (it gives"
                        + " opportunities.csv is_won); export it, or change salesforce preset");
    }

    @Test
    void aMissingOptionalFileIsNoErrorButARequiredOneOrColumnIsWithFileAndColumnNamed() throws Exception {
        salesforce().check();
        assertThat(export.rows(salesforce(), "activities.csv", CONTEXT)).isEmpty();

        export.write("Opportunity.csv", "Id|OwnerId|Amount|CloseDate|IsClosed|IsWon|CreatedDate", "006000000000001AAA|005000000000001AAA|1|2026-09-01|1|1|2026-09-01 10:00:00");
        assertThatThrownBy(() -> salesforce().check()).isInstanceOf(SnapshotFileException.class)
                .hasMessage("Opportunity.csv: required column 'StageName' is missing from the header (it gives"
                        + " opportunities.csv stage); export it, or change salesforce preset");

        Files.delete(folder.resolve("Opportunity.csv"));
        assertThatThrownBy(() -> salesforce().check()).hasMessage("Opportunity.csv is missing in " + folder
                + "; salesforce preset needs it");
    }

    private MappingSource salesforce() {
        return MappingSource.preset("salesforce", null, folder, UTC, null, null);
    }
}

package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.RowContext;
import io.revblueprint.snapshot.SnapshotFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HubSpot preset: owners by id, name or email, locale dates, a profile's own labels, what it needs. */
@ExtendWith(OutputCaptureExtension.class)
class HubSpotPresetTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Path NEWER_PORTAL = Path.of("src/test/resources/exports/hubspot-newer-portal");
    private static final RowContext CONTEXT = new RowContext(UTC, Instant.parse("2025-07-02T08:00:00Z"), "EUR");

    @TempDir
    Path folder;

    @Test
    void matchesOwnersByIdNameOrEmailInAWindows1252OwnersFileAndReadsLocaleDates() {
        ExportFiles export = new ExportFiles(NEWER_PORTAL);
        MappingSource source = hubspot(NEWER_PORTAL, null);

        assertThat(source.manifest().asOf()).isEqualTo(Instant.parse("2025-07-02T08:00:00Z"));
        assertThat(export.rows(source, "users.csv", CONTEXT).get("81000001")).containsEntry("name", "Zoë Müller")
                .containsEntry("team_id", "EMEA Sales");
        Map<String, Map<String, String>> deals = export.rows(source, "opportunities.csv", CONTEXT);
        assertThat(deals.get("7001")).containsEntry("owner_id", "81000001").containsEntry("closed_at", "2025-05-15T12:00:00Z")
                .containsEntry("lead_id", "201").containsEntry("is_won", "true");
        assertThat(deals.get("7005")).as("by email").containsEntry("owner_id", "81000003").containsEntry("is_won", "false")
                .containsEntry("loss_reason", "No fit");
        assertThat(deals.get("7006")).as("closed after the export").containsEntry("closed_at", "2025-07-02T08:00:00Z");
        Map<String, Map<String, String>> leads = export.rows(source, "leads.csv", CONTEXT);
        assertThat(leads.get("201")).containsEntry("owner_id", "81000001")
                .containsEntry("mql_at", "2025-04-01T10:15:00Z").containsEntry("source_category", "MARKETING")
                .as("the earliest of its two deals").containsEntry("converted_opportunity_id", "7001");
        assertThat(leads.get("204")).containsEntry("converted_opportunity_id", "7005");
    }

    /** A German portal's labels took a profile that rewrote some 70 lines of the preset's canonical section. */
    @Test
    void aProfileSetsThePortalsOwnLabelsStagesAndDateFormat() throws IOException {
        new ExportFiles(folder)
                .write("contacts.csv", "Datensatz-ID|Erstellt am|Kontaktinhaber|Quelle|Zuletzt geändert",
                        "1|14.05.2025 09:30|Ada|Messe|14.05.2025 09:30")
                .write("deals.csv", "Datensatz-ID|Deal-Phase|Abschlussdatum|Erstellt am|Deal-Inhaber|Betrag|Verlustgrund",
                        "2|Gewonnen|20.05.2025 10:00|14.05.2025 10:00|Ada|10|", "3|Angebot|20.05.2025 10:00|14.05.2025 10:00|Ada|10|");
        Path profile = Files.writeString(folder.resolve("profile.yaml"), """
                extends: hubspot
                read: {zone: Europe/Berlin, date_formats: ["dd.MM.yyyy HH:mm"]}
                settings:
                  record_id_columns: [Datensatz-ID]
                  create_date_columns: [Erstellt am]
                  close_date_columns: [Abschlussdatum]
                  deal_stage_columns: [Deal-Phase]
                  amount_columns: [Betrag]
                  closed_lost_reason_columns: [Verlustgrund]
                  as_of_columns: [contacts.Zuletzt geändert]
                  won_stages: [Gewonnen]
                  owner_columns: [Kontaktinhaber, Deal-Inhaber]
                  source_columns: [Quelle]
                """);
        ExportFiles export = new ExportFiles(folder);
        MappingSource source = hubspot(folder, profile);
        source.check();

        assertThat(source.manifest().asOf()).isEqualTo(Instant.parse("2025-05-14T07:30:00Z"));
        assertThat(export.rows(source, "leads.csv", CONTEXT).get("1")).containsEntry("created_at", "2025-05-14T07:30:00Z")
                .containsEntry("source", "Messe").containsEntry("owner_id", "Ada");
        assertThat(export.rows(source, "opportunities.csv", CONTEXT).get("2")).containsEntry("is_won", "true")
                .containsEntry("is_closed", "true").containsEntry("closed_at", "2025-05-20T08:00:00Z")
                .containsEntry("amount", "10");
        assertThat(export.tally("deals.csv").notes()).containsEntry("deals open in stage “Angebot”", 1L);
    }

    @Test
    void needsContactsAndDealsAndTheDealStageColumn() throws IOException {
        copy(NEWER_PORTAL, "all-contacts.csv");
        assertThatThrownBy(() -> hubspot(folder, null).check()).isInstanceOf(SnapshotFileException.class)
                .hasMessageStartingWith("*deal*.csv is missing in " + folder);

        Files.writeString(folder.resolve("all-deals.csv"), "\"Record ID\",\"Stage\",\"Create Date\"\n\"1\",\"x\",\"4/1/2025 9:00\"\n");
        assertThatThrownBy(() -> hubspot(folder, null).check()).isInstanceOf(SnapshotFileException.class)
                .hasMessageStartingWith("all-deals.csv: required column 'Deal Stage' is missing from the header"
                        + " (it gives opportunities.csv stage)");
    }

    @Test
    void optionalOwnersAndActivityFilesMayBeAbsent() throws IOException {
        copy(NEWER_PORTAL, "all-contacts.csv");
        copy(NEWER_PORTAL, "all-deals.csv");
        ExportFiles export = new ExportFiles(folder);
        MappingSource source = hubspot(folder, null);
        source.check();

        assertThat(export.rows(source, "activities.csv", CONTEXT)).isEmpty();
        assertThat(export.rows(source, "users.csv", CONTEXT)).as("owners as they are written")
                .containsOnlyKeys("81000001", "81000002", "Zoë Müller", "José Peña", "kim@example.com");
    }

    /** Every owner was an AE: no team had a manager, every fix read "Sales manager to be named", nobody was mailed. */
    @Test
    void anOwnersJobTitleGivesTheirRole() throws IOException {
        copy(NEWER_PORTAL, "all-contacts.csv");
        copy(NEWER_PORTAL, "all-deals.csv");
        new ExportFiles(folder).write("owners.csv", "Owner ID|First Name|Last Name|Email|Team|Job Title",
                "81000001|Zoe|Muller|zoe@example.com|EMEA Sales|EMEA Sales Manager",
                "81000002|Jose|Pena|jose@example.com|EMEA Sales|Account Executive",
                "81000003|Kim|Park|kim@example.com|Demand Marketing|Head of Marketing");
        Map<String, Map<String, String>> users = new ExportFiles(folder).rows(hubspot(folder, null), "users.csv", CONTEXT);

        assertThat(users.get("81000001")).containsEntry("role", "SALES_MANAGER");
        assertThat(users.get("81000002")).containsEntry("role", "AE");
        assertThat(users.get("81000003")).containsEntry("role", "MARKETING_MANAGER");
    }

    /**
     * Read month first, a European portal's dates past the 12th were quarantined and the others swapped; its
     * "90.000" was read as 90.
     */
    @Test
    void aEuropeanPortalsDatesAndAmountsAreReadAsItWritesThem() throws IOException {
        new ExportFiles(folder)
                .write("contacts.csv", "Record ID|Create Date|Contact owner|Last Modified Date",
                        "1|01/04/2025 09:00|Ada|01/07/2025 06:00", "2|24/04/2025 09:00|Ada|02/07/2025 06:00")
                .write("deals.csv", "Record ID|Deal Stage|Close Date|Create Date|Deal owner|Amount|Last Modified Date",
                        "3|Closed Won|05/05/2025 10:00|02/04/2025 10:00|Ada|90.000|05/05/2025 10:00");
        ExportFiles export = new ExportFiles(folder);
        MappingSource source = hubspot(folder, null);

        assertThat(source.manifest().asOf()).isEqualTo(Instant.parse("2025-07-02T06:00:00Z"));
        assertThat(export.rows(source, "leads.csv", CONTEXT).get("1")).containsEntry("created_at", "2025-04-01T09:00:00Z");
        assertThat(export.rows(source, "opportunities.csv", CONTEXT).get("3")).containsEntry("closed_at", "2025-05-05T10:00:00Z")
                .as("its thousands separator").containsEntry("amount", "90000");
    }

    /** A custom pipeline's closing stage left its deals open, and nothing said so. */
    @Test
    void eachStageThatLeavesDealsOpenIsCounted() throws IOException {
        ExportFiles export = new ExportFiles(folder).write("contacts.csv", "Record ID|Create Date|Contact owner", "1|2025-04-01|Ada")
                .write("deals.csv", "Record ID|Deal Stage|Close Date|Create Date|Deal owner|Amount",
                        "2|Contract Signed|2025-05-05|2025-04-02|Ada|10", "3|Closed Won|2025-05-05|2025-04-02|Ada|10",
                        "4|Contract Signed|2025-05-06|2025-04-02|Ada|10");
        Map<String, Map<String, String>> deals = export.rows(hubspot(folder, null), "opportunities.csv", CONTEXT);

        assertThat(deals.get("2")).containsEntry("is_closed", "false");
        assertThat(export.tally("deals.csv").notes()).containsEntry("deals open in stage “Contract Signed”", 2L)
                .doesNotContainKey("deals open in stage “Closed Won”");
    }

    /** A DACH pipeline's "Verloren" left its lost deals open: its team's win rate read 100 %. */
    @Test
    void aStageThatSaysWonOrLostAsAWordClosesItsDeals() throws IOException {
        ExportFiles export = new ExportFiles(folder).write("contacts.csv", "Record ID|Create Date|Contact owner", "1|2025-04-01|Ada")
                .write("deals.csv", "Record ID|Deal Stage|Close Date|Create Date|Deal owner|Amount|Closed Lost Reason",
                        "2|Verloren|2025-05-05|2025-04-02|Ada|10|Preis", "3|Lost - No Decision|2025-05-05|2025-04-02|Ada|10|",
                        "4|Gewonnen (DACH)|2025-05-06|2025-04-02|Ada|10|", "5|Won't proceed yet|2025-05-06|2025-04-02|Ada|10|",
                        "6|Lost Lead Review|2025-05-06|2025-04-02|Ada|10|");
        Map<String, Map<String, String>> deals = export.rows(hubspot(folder, null), "opportunities.csv", CONTEXT);

        assertThat(deals.get("2")).containsEntry("is_closed", "true").containsEntry("is_won", "false")
                .containsEntry("loss_reason", "Preis");
        assertThat(deals.get("3")).containsEntry("is_closed", "true").containsEntry("is_won", "false");
        assertThat(deals.get("4")).containsEntry("is_closed", "true").containsEntry("is_won", "true");
        assertThat(deals.get("5")).as("won't").containsEntry("is_closed", "false");
    }

    /** A German portal's dotted dates read "no [FileColumn[alias=contacts, …]] value is set", every value set. */
    @Test
    void aGermanPortalsDottedDatesAreRead() throws IOException {
        new ExportFiles(folder)
                .write("contacts.csv", "Record ID|Create Date|Contact owner|Last Modified Date",
                        "1|03.05.2025 05:00|Ada|30.06.2025 06:00")
                .write("deals.csv", "Record ID|Deal Stage|Close Date|Create Date|Deal owner|Amount",
                        "3|Closed Won|12.05.2025|03.05.2025 05:00|Ada|10");
        MappingSource source = hubspot(folder, null);

        assertThat(source.manifest().asOf()).isEqualTo(Instant.parse("2025-06-30T06:00:00Z"));
        assertThat(new ExportFiles(folder).rows(source, "leads.csv", CONTEXT).get("1"))
                .containsEntry("created_at", "2025-05-03T05:00:00Z");
    }

    /** "DACH  Sales" split a team in two, and "dach sales" left its owner in no team ("unknown team"). */
    @Test
    void aTeamWrittenWithOtherCaseOrSpacesIsOneTeam() throws IOException {
        copy(NEWER_PORTAL, "all-contacts.csv");
        copy(NEWER_PORTAL, "all-deals.csv");
        new ExportFiles(folder).write("owners.csv", "Owner ID|First Name|Last Name|Email|Team|Job Title",
                "81000001|Zoe|Muller|zoe@example.com|DACH Sales|Sales Manager",
                "81000002|Jose|Pena|jose@example.com|dach  sales |Account Executive",
                "81000003|Kim|Park|kim@example.com|UK Sales|Account Executive");
        ExportFiles export = new ExportFiles(folder);
        MappingSource source = hubspot(folder, null);

        assertThat(export.rows(source, "teams.csv", CONTEXT)).containsOnlyKeys("HUBSPOT", "DACH Sales", "UK Sales");
        assertThat(export.rows(source, "users.csv", CONTEXT).get("81000002")).containsEntry("team_id", "DACH Sales");
    }

    /** Excel saves a German CSV with semicolons, and "Unicode Text" as UTF-16: both read "Record ID is missing". */
    @Test
    void semicolonsAndUtf16AsExcelSavesThemAreRead() throws IOException {
        Files.writeString(folder.resolve("contacts.csv"), "\uFEFFRecord ID\tCreate Date\tContact owner\n"
                + "1\t2025-05-03 05:00\tZoë\n", StandardCharsets.UTF_16LE);
        Files.writeString(folder.resolve("deals.csv"), "\"Record ID\";\"Deal Stage\";\"Close Date\";\"Create Date\";"
                + "\"Deal owner\";\"Amount\"\n\"3\";\"Closed Won\";\"2025-05-12\";\"2025-05-03 05:00\";\"Zoë\";\"1.234,50\"\n");
        ExportFiles export = new ExportFiles(folder);
        MappingSource source = hubspot(folder, null);

        assertThat(export.rows(source, "leads.csv", CONTEXT).get("1")).containsEntry("owner_id", "Zoë");
        assertThat(export.rows(source, "opportunities.csv", CONTEXT).get("3")).containsEntry("amount", "1234.50");
    }

    /** A date in no form the mapping reads is refused naming one and where its form goes. */
    @Test
    void anAsOfInNoFormTheMappingReadsIsRefusedNamingOne() throws IOException {
        new ExportFiles(folder)
                .write("contacts.csv", "Record ID|Create Date|Contact owner|Last Modified Date",
                        "1|2025/06/30 06:00|Ada|2025/06/30 06:00")
                .write("deals.csv", "Record ID|Deal Stage|Close Date|Create Date|Deal owner|Amount", "3|Closed Won|||Ada|10");

        assertThatThrownBy(hubspot(folder, null)::manifest).isInstanceOf(SnapshotFileException.class)
                .hasMessage("hubspot preset: no contacts.Last Modified Date, deals.Last Modified Date, contacts.Create Date,"
                        + " deals.Create Date value is a date or time it reads ('2025/06/30 06:00' in contacts.csv line 2):"
                        + " name its form in read.date_formats, e.g. \"dd.MM.yyyy HH:mm\", or give"
                        + " --blueprint.source.as-of=…");
    }

    /** "ISO-8601 expected" alone sent a newcomer to rewrite the export, not to name its form in the profile. */
    @Test
    void anUnreadableDateSaysTheFormsReadAndWhereAnotherGoes() {
        assertThat(hubspot(folder, null).timestampsExpected()).isEqualTo("ISO-8601 or M/d/yyyy H:mm, M/d/yyyy h:mm a,"
                + " M/d/yyyy expected; name another form in read.date_formats");
    }

    @Test
    void aPortalWritingDatesMonthFirstKeepsThePresetsPatterns(CapturedOutput output) throws IOException {
        new ExportFiles(folder)
                .write("contacts.csv", "Record ID|Create Date|Contact owner|Last Modified Date|Original Source",
                        "1|04/01/2025 09:00|Ada|07/01/2025 06:00|Web", "2|04/24/2025 09:00|Ada|07/02/2025 06:00|Web")
                .write("deals.csv", "Record ID|Deal Stage|Close Date|Create Date|Deal owner|Amount", "3|Closed Won|05/06/2025 10:00|04/02/2025 10:00|Ada|10");
        MappingSource source = hubspot(folder, null);

        assertThat(source.manifest().asOf()).isEqualTo(Instant.parse("2025-07-02T06:00:00Z"));
        assertThat(new ExportFiles(folder).rows(source, "opportunities.csv", CONTEXT).get("3"))
                .containsEntry("closed_at", "2025-05-06T10:00:00Z");
        source.check();
        assertThat(output.getOut()).doesNotContain("day or the month first");
    }

    /**
     * A Renewals pipeline's wins, losses and open deals counted as new business, with no word but an open stage: the
     * summary counts deals per pipeline, and a profile leaves a pipeline out of deals, their stages and the links.
     */
    @Test
    void aPipelineAProfileLeavesOutIsSkippedAndEachPipelineIsCounted() throws IOException {
        new ExportFiles(folder)
                .write("contacts.csv", "Record ID|Create Date|Contact owner|Original Source",
                        "1|2025-04-01 09:00|Ada|Web")
                .write("deals.csv", "Record ID|Deal Stage|Pipeline|Close Date|Create Date|Deal owner|Amount|"
                                + "Associated Contact IDs|Date entered \"\"Closed Won (Renewals)\"\"",
                        "7|Closed Won|Renewals|2025-05-01 10:00|2025-04-02 10:00|Ada|50|1|2025-05-01 10:00",
                        "8|Closed Won|Sales Pipeline|2025-05-02 10:00|2025-04-03 10:00|Ada|70|1|");
        ExportFiles export = new ExportFiles(folder);
        Path profile = Files.writeString(folder.resolve("profile.yaml"),
                "extends: hubspot\nsettings: {left_out_pipelines: [Renewals]}\n");

        assertThat(export.rows(hubspot(folder, null), "opportunities.csv", CONTEXT)).containsOnlyKeys("7", "8");
        assertThat(export.tally("deals.csv").notes()).containsEntry("deals in pipeline “Renewals”", 1L)
                .containsEntry("deals in pipeline “Sales Pipeline”", 1L);
        MappingSource sales = hubspot(folder, profile);
        ExportFiles left = new ExportFiles(folder);
        assertThat(left.rows(sales, "opportunities.csv", CONTEXT)).containsOnlyKeys("8");
        assertThat(left.tally("deals.csv").skipped()).containsOnly(
                Map.entry("in a pipeline left out (left_out_pipelines)", 1L));
        assertThat(left.rows(sales, "leads.csv", CONTEXT).get("1")).as("the earliest deal left")
                .containsEntry("converted_opportunity_id", "8");
        assertThat(left.rows(sales, "opportunity_stages.csv", CONTEXT)).isEmpty();
    }

    /** A UK export of early-month days read month first, every date swapped, without a word. */
    @Test
    void anExportNoDateOfWhichShowsTheOrderIsReadAsTheMappingSaysWithAWarningNamingTheOtherOrder(CapturedOutput output)
            throws IOException {
        new ExportFiles(folder)
                .write("contacts.csv", "Record ID|Create Date|Contact owner|Last Modified Date|Original Source",
                        "1|05/05/2025 09:00|Ada|07/01/2025 06:00|Web", "2|04/01/2025 09:00|Ada|07/02/2025 06:00|Web")
                .write("deals.csv", "Record ID|Deal Stage|Close Date|Create Date|Deal owner|Amount", "3|Closed Won|||Ada|10");

        hubspot(folder, Files.writeString(folder.resolve("uk.yaml"), "extends: hubspot\nread: {date_formats: [d/M/yyyy]}"))
                .check();
        assertThat(output.getOut()).as("once told").doesNotContain("the month first");
        hubspot(folder, null).check();

        assertThat(output.getOut()).contains("hubspot preset: no date in the export shows whether it writes the day or"
                + " the month first ('07/01/2025 06:00' in contacts.csv line 2 reads either way), so dates are read"
                + " month first, as M/d/yyyy H:mm, M/d/yyyy h:mm a, M/d/yyyy; if it writes the day first, give"
                + " --mapping= a profile (or mapping) with read: {date_formats: [d/M/yyyy H:mm, d/M/yyyy h:mm a,"
                + " d/M/yyyy]}");
    }

    private void copy(Path from, String file) throws IOException {
        Files.copy(from.resolve(file), folder.resolve(file));
    }

    private static MappingSource hubspot(Path export, Path profile) {
        return MappingSource.preset("hubspot", profile, export, UTC, null, null);
    }

}

package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.delivery.OutgoingMessage;
import io.revblueprint.job.PlanSnapshots.Person;
import io.revblueprint.job.PlanSnapshots.Team;
import io.revblueprint.job.PlanSnapshots.TeamQuarter;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static io.revblueprint.job.PlanSnapshots.AS_OF;
import static io.revblueprint.job.PlanSnapshots.FIRST_MONDAY;
import static io.revblueprint.job.PlanSnapshots.LEAKY_ALPHA;
import static io.revblueprint.job.PlanSnapshots.STEADY_BETA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on small snapshots about who owns a fix, when it runs and in which money: a company that sells in
 * dollars only, a sales team fed by a marketing team next to a team without any role holder (delivered to the
 * outbox), and teams on a Monday-to-Thursday week or with holidays in the sprint.
 */
@SpringBootTest(classes = RevenueBlueprintApplication.class,
        properties = {"spring.datasource.url=jdbc:h2:mem:owners-dates-currency;DB_CLOSE_DELAY=-1",
                // The company's win-rate target: the shipped published figures are dated and there are too few peers.
                "blueprint.targets.win_rate=0.3"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnersDatesAndCurrencyJobTest {

    /** Every run happens on Friday 2 October 2026: the sprint runs Monday 5 October to Sunday 15 November. */
    @TestBean(methodName = "io.revblueprint.job.PlanSnapshots#runDay")
    Clock clock;

    /** Beta's holidays: the first day of the sprint and the Friday its two-week fixes are due. */
    static final Set<LocalDate> BETA_HOLIDAYS = Set.of(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 16));

    @Autowired
    BlueprintLauncher launcher;

    @TempDir
    static Path temp;

    PublishedPeriod inDollars;
    PublishedPeriod withMarketingTeam;
    PublishedPeriod withCalendars;

    @BeforeAll
    void publishTheSnapshots() throws Exception {
        inDollars = publish("in-dollars", snapshot(LEAKY_ALPHA, STEADY_BETA).currency("USD"), "NONE");
        // Nora leads the marketing team feeding Alpha; Mara, Beta's marketing manager, is the company's other one.
        // Gamma's only member is an AE: no SDR, no manager, no marketing team.
        withMarketingTeam = publish("with-marketing-team", snapshot(LEAKY_ALPHA.accepting(10), STEADY_BETA,
                        new TeamQuarter("T-GAMMA", 40, 20, 4, 30, 3))
                        .team(Team.of("T-MKT", "Demand Generation", "MARKETING", "MID_MARKET"),
                                new Person("U-M2", "Nora Field", "MARKETING_MANAGER", "T-MKT"))
                        .fedBy("T-ALPHA", "T-MKT")
                        .team(Team.of("T-GAMMA", "Gamma Sales", "SALES", "SMB"),
                                new Person("U-G1", "Gus Hale", "AE", "T-GAMMA")),
                "OUTBOX");
        PlanSnapshots.Snapshot calendars = snapshot(LEAKY_ALPHA, STEADY_BETA).workdays("T-ALPHA", "MON-THU");
        BETA_HOLIDAYS.forEach(holiday -> calendars.holiday("T-BETA", holiday));
        withCalendars = publish("with-calendars", calendars, "NONE");
    }

    @Test
    void aDollarSnapshotShowsMoneyInDollarsNeverEuros() throws Exception {
        // blueprint.currency is EUR: the snapshot's own currency wins wherever money is shown.
        for (String text : List.of(inDollars.teamPdf("T-ALPHA"), inDollars.teamPdf("T-BETA"),
                inDollars.executiveSummary(), inDollars.teamEmail("T-ALPHA").text(),
                inDollars.teamEmail("T-ALPHA").html())) {
            assertThat(text).doesNotContain("€", "EUR");
        }
        assertThat(inDollars.teamPdfAnswer("T-ALPHA")).contains("Revenue at stake per year $ ", "Low win rate Alma Alvarez"
                + " 30 Oct 2026 $ 238K");
        assertThat(inDollars.teamPdf("T-ALPHA")).contains("Average won deal = $ 10,000");
        assertThat(inDollars.teamEmailText("T-ALPHA")).contains("Low win rate — Alma Alvarez, due 30 Oct 2026 · $ 238K");
        assertThat(inDollars.metricsOf("T-ALPHA")).filteredOn(row -> row.get("metric").equals("avg_won_deal_size"))
                .extracting(row -> row.get("unit")).containsOnly("USD");
    }

    @Test
    void theMarketingTeamsManagerOwnsTheMqlFixesOfTheSalesTeamItFeeds() throws Exception {
        // Without marketing_team_id Alma, Alpha's manager, would own them (two marketing managers: no only holder).
        assertThat(withMarketingTeam.fixesOf("T-ALPHA")).filteredOn(metric("mql_acceptance_rate", "mql_to_sql_rate"))
                .hasSize(2).allSatisfy(row -> {
                    assertThat(row.get("owner_name")).isEqualTo("Nora Field");
                    assertThat(row.get("owner_role")).isEqualTo("MARKETING_MANAGER");
                });
        assertThat(withMarketingTeam.teamPdfAnswer("T-ALPHA")).contains("Many MQLs fall short of sales' bar Nora Field");
        // Beta names no marketing team: its own marketing manager stays the owner there.
        assertThat(withMarketingTeam.fixesOf("T-BETA")).extracting(row -> row.get("owner_name")).doesNotContain("Nora Field");
    }

    @Test
    void theMarketingManagerReceivesTheBlueprintOfTheTeamWhoseFixesSheOwns() throws Exception {
        assertThat(withMarketingTeam.teamEmail("T-ALPHA").recipients()).extracting(OutgoingMessage.Recipient::email)
                .contains("nora@plan.example");
        assertThat(withMarketingTeam.outbox()).contains("2026-q3__t-alpha__nora@plan.example.eml")
                .doesNotContain("2026-q3__t-beta__nora@plan.example.eml");
        MimeMessage toNora = withMarketingTeam.outboxMessage("2026-q3__t-alpha__nora@plan.example.eml");
        assertThat(toNora.getSubject()).isEqualTo("Revenue Growth Blueprint — Alpha Sales — 2026-Q3");
        assertThat(TinySnapshotJobTest.pdfAttachments(toNora)).singleElement().satisfies(pdf ->
                assertThat(pdf.getFileName()).isEqualTo("revenue-growth-blueprint-T-ALPHA-2026-Q3.pdf"));
    }

    @Test
    void aTeamWithoutRoleHoldersHasEveryFixOwnedByRevOpsNeverBlank() throws Exception {
        List<CSVRecord> gamma = withMarketingTeam.fixesOf("T-GAMMA");

        // blueprint.md, Owners: no holder in Gamma, no marketing team, two holders of each role in the company, no
        // manager in Gamma: the REVOPS user, for the sales manager's and the marketing manager's plays alike.
        assertThat(gamma).extracting(row -> row.get("metric"))
                .contains("response_sla_compliance", "mql_to_sql_rate", "win_rate");
        assertThat(gamma).allSatisfy(row -> {
            assertThat(row.get("owner_name")).isEqualTo("Rita Ops");
            assertThat(row.get("owner_role")).isEqualTo("REVOPS");
        });
        assertThat(withMarketingTeam.fixes()).allSatisfy(row -> assertThat(row.get("owner_name")).isNotBlank());
        assertThat(withMarketingTeam.teamPdfAnswer("T-GAMMA")).contains("Slow first touch on new MQLs Rita Ops");
        // Gus, an AE, leads nobody: the team's blueprint goes to its fixes' owner.
        assertThat(withMarketingTeam.outbox()).filteredOn(name -> name.contains("__t-gamma__"))
                .containsExactly("2026-q3__t-gamma__rita@plan.example.eml");
    }

    @Test
    void aHolidayOnAStartOrDueDateMovesThatDateToTheNearestWorkingDayOfTheFixsWeeks() throws Exception {
        // Without holidays Beta's first fix, slow response (2 weeks), runs Monday 5 to Friday 16 October.
        assertThat(slowResponseDates(inDollars)).isEqualTo("2026-10-05..2026-10-16");
        assertThat(slowResponseDates(withCalendars)).isEqualTo("2026-10-06..2026-10-15");
        assertThat(withCalendars.fixesOf("T-BETA")).filteredOn(ownedBy("Bea Costa", "Mara Diaz"))
                .isNotEmpty().allSatisfy(row -> assertThat(dates(row)).doesNotContainAnyElementsOf(BETA_HOLIDAYS));
    }

    @Test
    void aMonToThuTeamsOwnFixesNeverStartOrFallDueOnFridayOrAWeekend() throws Exception {
        // Without the short week Alpha's win-rate fix (4 weeks) is due Friday 30 October.
        assertThat(winRateDueDate(inDollars)).isEqualTo("2026-10-30");
        assertThat(winRateDueDate(withCalendars)).isEqualTo("2026-10-29");
        assertThat(withCalendars.fixesOf("T-ALPHA")).filteredOn(ownedBy("Alma Alvarez"))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(row -> assertThat(dates(row)).extracting(LocalDate::getDayOfWeek)
                        .doesNotContain(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void everyFixStartsAndFallsDueOnAWorkingDayOfItsOwnersTeam() throws Exception {
        // blueprint.md, Timeline: the owner's calendar decides, so Alpha's data fix owned by Rita may be due on a
        // Friday, and Alpha's MQL fix owned by Mara never on Beta's holidays.
        Map<String, Predicate<LocalDate>> worksOn = Map.of(
                "Alma Alvarez", day -> day.getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue(),
                "Bea Costa", day -> isWeekday(day) && !BETA_HOLIDAYS.contains(day),
                "Mara Diaz", day -> isWeekday(day) && !BETA_HOLIDAYS.contains(day),
                "Rita Ops", OwnersDatesAndCurrencyJobTest::isWeekday);
        assertThat(withCalendars.fixes()).isNotEmpty().allSatisfy(row -> assertThat(dates(row))
                .allMatch(worksOn.get(row.get("owner_name")), row.get("owner_name") + "'s working day"));
    }

    @Test
    void aWeekOfHolidaysNeverPutsAFixOnADayOff() throws Exception {
        // RevOps shuts down the sprint's first week: Beta's one-week data fixes, owned by Rita, rank 2 and 3 there.
        Set<LocalDate> shutdown = Set.of(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7),
                LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9));
        PlanSnapshots.Snapshot snapshot = snapshot(LEAKY_ALPHA, STEADY_BETA);
        shutdown.forEach(day -> snapshot.holiday("T-OPS", day));
        PublishedPeriod published = publish("ops-shutdown", snapshot, "NONE");

        assertThat(published.fixes()).filteredOn(ownedBy("Rita Ops")).isNotEmpty().allSatisfy(row -> assertThat(dates(row))
                .allMatch(day -> isWeekday(day) && !shutdown.contains(day), "a working day of T-OPS"));
    }

    private PublishedPeriod publish(String name, PlanSnapshots.Snapshot snapshot, String email) throws Exception {
        return PublishedPeriod.run(launcher, snapshot, temp.resolve(name), "2026-Q3", email);
    }

    private static PlanSnapshots.Snapshot snapshot(TeamQuarter... teams) {
        return PlanSnapshots.snapshot(AS_OF, FIRST_MONDAY, teams);
    }

    private static String slowResponseDates(PublishedPeriod published) throws Exception {
        return published.fixesOf("T-BETA").stream().filter(metric("response_sla_compliance"))
                .map(row -> row.get("start_date") + ".." + row.get("due_date")).findFirst().orElse("none");
    }

    private static String winRateDueDate(PublishedPeriod published) throws Exception {
        return published.fixesOf("T-ALPHA").stream().filter(metric("win_rate"))
                .map(row -> row.get("due_date")).findFirst().orElse("none");
    }

    private static List<LocalDate> dates(CSVRecord row) {
        return List.of(LocalDate.parse(row.get("start_date")), LocalDate.parse(row.get("due_date")));
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
    }

    private static Predicate<CSVRecord> metric(String... metrics) {
        return row -> List.of(metrics).contains(row.get("metric"));
    }

    private static Predicate<CSVRecord> ownedBy(String... owners) {
        return row -> List.of(owners).contains(row.get("owner_name"));
    }
}

package io.revblueprint.plan;

import io.revblueprint.crm.Role;
import io.revblueprint.crm.Segment;
import io.revblueprint.crm.Team;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.crm.User;
import io.revblueprint.crm.WorkCalendar;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner lookup of blueprint.md, one step of the order per case. */
class OwnersTest {

    static final WorkCalendar COMPANY = WorkCalendar.standard(ZoneOffset.UTC);
    static final List<Team> TEAMS = List.of(
            team("T-NYC", TeamFunction.SALES, "T-MKT"),
            team("T-SIN", TeamFunction.SALES, null),
            team("T-MKT", TeamFunction.MARKETING, null),
            team("T-OPS", TeamFunction.REVOPS, null));
    static final List<User> USERS = List.of(
            new User("U-1", "Sam Lee", null, Role.SDR, "T-NYC", true),
            new User("U-2", "Mia Chen", null, Role.SALES_MANAGER, "T-NYC", true),
            new User("U-3", "Old Manager", null, Role.MARKETING_MANAGER, "T-NYC", false),
            new User("U-4", "Ana Souza", null, Role.MARKETING_MANAGER, "T-MKT", true),
            new User("U-5", "Tom Ops", null, Role.MARKETING_OPS, "T-OPS", true),
            new User("U-6", "Sol Ito", null, Role.SDR, "T-SIN", true),
            new User("U-7", "Rita Ops", null, Role.REVOPS, "T-OPS", true),
            new User("U-8", "Eve Exec", null, Role.EXECUTIVE, "T-OPS", true));

    final Owners owners = new Owners(USERS, TEAMS, COMPANY);

    @Test
    void theTeamsHolderOfTheRoleOwnsTheFix() {
        assertThat(owners.resolve("T-NYC", Role.SDR)).map(User::name).contains("Sam Lee");
    }

    @Test
    void aMarketingFixGoesToTheTeamsMarketingTeamNotToAnInactiveHolder() {
        assertThat(owners.resolve("T-NYC", Role.MARKETING_MANAGER)).map(User::name).contains("Ana Souza");
    }

    @Test
    void revOpsAndMarketingOpsFixesGoToTheCompanysRevOpsTeam() {
        assertThat(owners.resolve("T-SIN", Role.REVOPS)).map(User::name).contains("Rita Ops");
        assertThat(owners.resolve("T-NYC", Role.MARKETING_OPS)).map(User::name).contains("Tom Ops");
    }

    @Test
    void withoutALinkedTeamTheCompanysOnlyHolderOfTheRoleOwnsIt() {
        assertThat(owners.resolve("T-SIN", Role.MARKETING_MANAGER)).map(User::name).contains("Ana Souza");
    }

    @Test
    void withSeveralHoldersElsewhereTheTeamsManagerOwnsIt() {
        List<User> users = new ArrayList<>(USERS);
        users.add(new User("U-9", "Kim Park", null, Role.MARKETING_MANAGER, "T-OPS", true));
        users.add(new User("U-10", "Lou Tan", null, Role.SALES_MANAGER, "T-SIN", true));

        assertThat(new Owners(users, TEAMS, COMPANY).resolve("T-SIN", Role.MARKETING_MANAGER)).map(User::name)
                .contains("Lou Tan");
    }

    @Test
    void aTeamWithoutAManagerFallsBackToRevOpsThenToAnExecutive() {
        assertThat(owners.resolve("T-SIN", Role.AE)).map(User::name).contains("Rita Ops");
        List<User> noRevOps = USERS.stream().filter(user -> user.role() != Role.REVOPS).toList();
        assertThat(new Owners(noRevOps, TEAMS, COMPANY).resolve("T-SIN", Role.AE)).map(User::name)
                .contains("Eve Exec");
    }

    @Test
    void workNoTeamOwnsGoesToMarketingOpsOrRevOps() {
        assertThat(owners.resolve(Team.UNASSIGNED, Role.MARKETING_MANAGER)).map(User::name).contains("Tom Ops");
        assertThat(owners.resolve(Team.UNASSIGNED, Role.SALES_MANAGER)).map(User::name).contains("Rita Ops");
    }

    @Test
    void nobodyToAskLeavesTheFixWithoutAName() {
        assertThat(new Owners(List.of(), TEAMS, COMPANY).resolve("T-SIN", Role.SALES_MANAGER)).isEmpty();
    }

    @Test
    void anOwnerWorksOnTheirTeamsCalendarAndUnknownTeamsOnTheCompanys() {
        assertThat(owners.calendarOf("T-NYC")).isSameAs(TEAMS.get(0).calendar());
        assertThat(owners.calendarOf(Team.UNASSIGNED)).isSameAs(COMPANY);
    }

    private static Team team(String id, TeamFunction function, String marketingTeamId) {
        return new Team(id, id, function, Segment.DEFAULT, COMPANY, marketingTeamId);
    }
}

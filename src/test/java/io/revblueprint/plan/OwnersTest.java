package io.revblueprint.plan;

import io.revblueprint.crm.Role;
import io.revblueprint.crm.User;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OwnersTest {

    final Owners owners = new Owners(List.of(
            new User("U-4", "Sam Lee", null, Role.SDR, "T-NYC", true),
            new User("U-3", "Mia Chen", null, Role.SALES_MANAGER, "T-NYC", true),
            new User("U-5", "Old Manager", null, Role.MARKETING_MANAGER, "T-NYC", false),
            new User("U-6", "Sol Ito", null, Role.SDR, "T-SIN", true),
            new User("U-9", "Rita Ops", null, Role.REVOPS, "T-OPS", true)));

    @Test
    void theTeamsHolderOfTheRoleOwnsTheFix() {
        assertThat(owners.resolve("T-NYC", Role.SDR)).map(User::name).contains("Sam Lee");
    }

    @Test
    void withoutAnActiveHolderTheTeamsManagerOwnsIt() {
        assertThat(owners.resolve("T-NYC", Role.MARKETING_MANAGER)).map(User::name).contains("Mia Chen");
    }

    @Test
    void aTeamWithoutAManagerFallsBackToTheCompanysRevOpsUser() {
        assertThat(owners.resolve("T-SIN", Role.SALES_MANAGER)).map(User::name).contains("Rita Ops");
    }

    @Test
    void nobodyToAskLeavesTheFixWithoutAName() {
        assertThat(new Owners(List.of()).resolve("T-SIN", Role.SALES_MANAGER)).isEmpty();
    }
}

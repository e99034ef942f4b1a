package io.revblueprint.report.email;

import io.revblueprint.crm.Role;
import io.revblueprint.crm.User;

import java.util.List;
import java.util.function.Predicate;

/** Who receives which blueprint: team leaders their team's, executives the executive summary (and optionally every team's). */
public final class Recipients {

    private final List<User> users;

    public Recipients(List<User> users) {
        this.users = users.stream().filter(User::active).filter(user -> user.email() != null).toList();
    }

    public List<User> ofTeamBlueprint(String teamId, boolean executivesToo) {
        return users.stream()
                .filter(leaderOf(teamId).or(user -> executivesToo && user.role() == Role.EXECUTIVE))
                .toList();
    }

    public List<User> ofExecutiveSummary() {
        return users.stream().filter(user -> user.role() == Role.EXECUTIVE).toList();
    }

    private static Predicate<User> leaderOf(String teamId) {
        return user -> user.role().leadsTeam() && user.teamId().equals(teamId);
    }
}

package io.revblueprint.plan;

import io.revblueprint.crm.Role;
import io.revblueprint.crm.User;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Resolves who owns a fix: the team's holder of the role, else the team's manager, else the company's REVOPS user. */
public final class Owners {

    private final List<User> users;

    public Owners(List<User> users) {
        this.users = users.stream().filter(User::active).sorted(Comparator.comparing(User::userId)).toList();
    }

    public Optional<User> resolve(String teamId, Role role) {
        return holder(teamId, role)
                .or(() -> users.stream().filter(user -> user.teamId().equals(teamId) && user.role().leadsTeam()).findFirst())
                .or(() -> users.stream().filter(user -> user.role() == Role.REVOPS).findFirst());
    }

    private Optional<User> holder(String teamId, Role role) {
        return users.stream().filter(user -> user.teamId().equals(teamId) && user.role() == role).findFirst();
    }
}

package io.revblueprint.plan;

import io.revblueprint.crm.Role;
import io.revblueprint.crm.Team;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.crm.User;
import io.revblueprint.crm.WorkCalendar;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who owns a fix (blueprint.md, "Owners"): the holder of the playbook's role in the team; else in the team that
 * supports it (the team's marketing team for MARKETING_* roles, the company's REVOPS team for REVOPS and
 * MARKETING_OPS); else the company's only holder of that role; else the team's manager; else a REVOPS user; else an
 * EXECUTIVE. Only active users own fixes. Leads and deals no team owns get marketing ops or RevOps.
 */
public final class Owners {

    private final List<User> users;
    private final Map<String, Team> teams;
    private final WorkCalendar companyCalendar;

    public Owners(List<User> users, List<Team> teams, WorkCalendar companyCalendar) {
        this.users = users.stream().filter(User::active).sorted(Comparator.comparing(User::userId)).toList();
        this.teams = teams.stream().collect(Collectors.toMap(Team::teamId, Function.identity()));
        this.companyCalendar = companyCalendar;
    }

    public Optional<User> resolve(String teamId, Role playRole) {
        Role role = Team.UNASSIGNED.equals(teamId) ? companyRole(playRole) : playRole;
        return holder(teamId, role)
                .or(() -> supportingTeams(teamId, role).flatMap(team -> holder(team, role).stream()).findFirst())
                .or(() -> onlyHolder(role))
                .or(() -> users.stream().filter(user -> user.teamId().equals(teamId) && user.role().leadsTeam()).findFirst())
                .or(() -> first(Role.REVOPS))
                .or(() -> first(Role.EXECUTIVE));
    }

    /** The calendar a team works on; the company's for UNASSIGNED work or a team it does not know. */
    public WorkCalendar calendarOf(String teamId) {
        Team team = teams.get(teamId);
        return team == null ? companyCalendar : team.calendar();
    }

    /** Company-level work is marketing ops' when it is marketing's, else RevOps'. */
    private static Role companyRole(Role role) {
        return role == Role.MARKETING_MANAGER || role == Role.MARKETING_OPS ? Role.MARKETING_OPS : Role.REVOPS;
    }

    private Stream<String> supportingTeams(String teamId, Role role) {
        Stream<String> marketing = isMarketing(role) && teams.containsKey(teamId)
                ? Stream.ofNullable(teams.get(teamId).marketingTeamId()) : Stream.empty();
        Stream<String> revOps = role == Role.REVOPS || role == Role.MARKETING_OPS
                ? teams.values().stream().filter(team -> team.function() == TeamFunction.REVOPS).map(Team::teamId).sorted()
                : Stream.empty();
        return Stream.concat(marketing, revOps);
    }

    private static boolean isMarketing(Role role) {
        return role == Role.MARKETING_MANAGER || role == Role.MARKETING_OPS;
    }

    private Optional<User> holder(String teamId, Role role) {
        return users.stream().filter(user -> user.teamId().equals(teamId) && user.role() == role).findFirst();
    }

    private Optional<User> onlyHolder(Role role) {
        List<User> holders = users.stream().filter(user -> user.role() == role).toList();
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    private Optional<User> first(Role role) {
        return users.stream().filter(user -> user.role() == role).findFirst();
    }
}

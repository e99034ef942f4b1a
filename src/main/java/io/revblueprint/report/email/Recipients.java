package io.revblueprint.report.email;

import io.revblueprint.crm.EmailAddress;
import io.revblueprint.crm.Role;
import io.revblueprint.crm.User;
import io.revblueprint.plan.Fix;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who receives which blueprint: a team's leaders and every owner of one of its fixes get the team's; executives
 * (and the owners of the company-level plan) the executive summary, and optionally every team's. Only active
 * users with a valid email address receive anything (data health names the others).
 */
public final class Recipients {

    private final List<User> users;

    public Recipients(List<User> users) {
        this.users = users.stream().filter(User::active).filter(user -> EmailAddress.isValid(user.email())).toList();
    }

    public List<User> ofTeamBlueprint(String teamId, List<Fix> fixes, boolean executivesToo) {
        return onePerMailbox(users.stream()
                .filter(leaderOf(teamId).or(ownerOfOneOf(fixes))
                        .or(user -> executivesToo && user.role() == Role.EXECUTIVE)));
    }

    /** {@code companyFixes}: the company-level plan's fixes, whose owners read them in the executive summary. */
    public List<User> ofExecutiveSummary(List<Fix> companyFixes) {
        return onePerMailbox(users.stream()
                .filter(ownerOfOneOf(companyFixes).or(user -> user.role() == Role.EXECUTIVE)));
    }

    /** Two user rows with one address in different case (Michael.B@…, michael.b@…) mailed that person twice. */
    private static List<User> onePerMailbox(Stream<User> users) {
        Set<String> mailboxes = new HashSet<>();
        return users.filter(user -> mailboxes.add(user.email().strip().toLowerCase(Locale.ROOT))).toList();
    }

    private static Predicate<User> leaderOf(String teamId) {
        return user -> user.role().leadsTeam() && user.teamId().equals(teamId);
    }

    private static Predicate<User> ownerOfOneOf(List<Fix> fixes) {
        Set<String> owners = fixes.stream().map(Fix::ownerId).filter(Objects::nonNull).collect(Collectors.toSet());
        return user -> owners.contains(user.userId());
    }
}

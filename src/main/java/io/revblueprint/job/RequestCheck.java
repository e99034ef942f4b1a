package io.revblueprint.job;

import io.revblueprint.crm.Team;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.metrics.Period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** What a run asked for, checked against the snapshot it imported, before anything is computed. */
final class RequestCheck {

    private RequestCheck() {
    }

    /**
     * Every team of {@code --teams} must be a sales team of the snapshot; a near miss (case) is named, and a marketing
     * or RevOps team is refused (it gets no blueprint of its own: --teams=T-MKT made none and exited 0).
     */
    static void teams(List<String> requested, List<Team> teams, Function<String, Optional<String>> whyQuarantined) {
        List<String> known = teams.stream().map(Team::teamId).toList();
        List<String> sales = teams.stream().filter(team -> team.function() == TeamFunction.SALES).map(Team::teamId)
                .toList();
        for (String team : requested) {
            if (!known.contains(team)) {
                // T-LAB, in teams.csv with an unknown time zone, was an "unknown team" the pre-import check had listed.
                whyQuarantined.apply(team).ifPresent(why -> {
                    throw new RequestException(team + " in --teams was quarantined (" + why + "); correct its row and"
                            + " run again");
                });
                Optional<String> caseless = known.stream().filter(id -> id.equalsIgnoreCase(team)).findFirst();
                throw new RequestException("unknown team '" + team + "' in --teams"
                        + caseless.map(id -> " (team ids are case-sensitive: did you mean " + id + "?)").orElse("")
                        + "; the snapshot's teams are " + String.join(", ", known));
            }
            if (!sales.contains(team)) {
                throw new RequestException(team + " in --teams is a " + teams.get(known.indexOf(team)).function().name()
                        .toLowerCase(Locale.ROOT) + " team; blueprints are made per sales team (" + String.join(", ", sales)
                        + "); its people receive the blueprints of the sales teams whose fixes they own");
            }
        }
    }

    /**
     * Every team named by blueprint.teams.&lt;id&gt;.* must be a team of the snapshot: a typo (T-01 for T-001) left the
     * team judged against the company's targets without a word.
     */
    static void configuredTeams(Set<String> configured, List<Team> teams) {
        List<String> known = teams.stream().map(Team::teamId).toList();
        // UNASSIGNED is no row of teams.csv, but its targets set those of the plan for leads and deals nobody owns.
        configured.stream().filter(team -> !known.contains(team) && !team.equals(Team.UNASSIGNED)).findFirst()
                .ifPresent(team -> {
            throw new RequestException("blueprint.teams." + team + " names no team of the snapshot; its teams are "
                    + String.join(", ", known) + " (team ids are case-sensitive)");
        });
    }

    /**
     * A period that starts at or after as_of has no data; one that ends after it is partial: it runs, labelled
     * with the last local date with data, which is returned (empty for a full period).
     */
    static Optional<LocalDate> period(Period period, Instant asOf, ZoneId zone) {
        LocalDate dataUntil = asOf.atZone(zone).toLocalDate();
        if (!period.start().isBefore(asOf)) {
            throw new RequestException("the period " + period.label() + " starts after the snapshot's data ends ("
                    + dataUntil + "); choose a period up to " + dataUntil + ", or leave --period out for the last"
                    + " full quarter");
        }
        return period.end().isAfter(asOf) ? Optional.of(dataUntil) : Optional.empty();
    }

}

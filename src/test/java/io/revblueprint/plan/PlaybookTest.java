package io.revblueprint.plan;

import io.revblueprint.crm.Role;
import io.revblueprint.crm.Team;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.Unit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaybookTest {

    static final String GOOD_ENTRY = """
            plays:
              - type: slow_response
                leak: Slow response
                title: Slow first touch
                first_step: Route every MQL within 2 hours.
                metrics: [response_sla_compliance]
                action: Route every MQL.
                owner_role: SALES_MANAGER
                sla: 2 business hours
                effort_weeks: 2
                proof_metric: response_sla_compliance
            """;

    @Test
    void theShippedPlaybookCoversEveryLeakTypeOfTheIssueWithPractice() throws IOException {
        Playbook playbook = Playbook.parse(Files.readString(Path.of("templates/playbook.yaml")), "playbook.yaml");

        Set<String> types = Stream.of("response_sla_compliance", "mql_acceptance_rate", "accept_reject_sla_compliance",
                        "mql_to_sql_rate",
                        "follow_up_compliance", "disqualification_reason_coverage", "win_rate", "sales_cycle_days_median",
                        "crm_completeness_leads", "attribution_coverage")
                .map(metric -> playbook.forMetric(Metric.fromKey(metric)).orElseThrow().type()).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrder("slow_response", "low_acceptance", "slow_decision", "low_mql_to_sql",
                "weak_follow_up", "undocumented_disqualification", "low_win_rate", "long_sales_cycle",
                "poor_crm_completeness", "poor_attribution");
        Play slow = playbook.forMetric(Metric.LEAD_RESPONSE_HOURS_MEDIAN).orElseThrow();
        assertThat(slow.type()).isEqualTo("slow_response");
        assertThat(slow.action()).contains("within 2 business hours", "weekly lead-quality sync", "shared dashboard");
        assertThat(slow.sla()).isNotBlank();
        assertThat(slow.proofMetric()).isEqualTo(Metric.RESPONSE_SLA_COMPLIANCE);
        assertThat(playbook.forMetric(Metric.FOLLOW_UP_COMPLIANCE).orElseThrow().action())
                .contains("8 touches over 14 days", "nurture");
        assertThat(playbook.forMetric(Metric.DISQUALIFICATION_REASON_COVERAGE).orElseThrow().action()).contains("pick-list");
        assertThat(playbook.forMetric(Metric.MQL_TO_SQL_RATE).orElseThrow().action()).contains("ICP workshop");
        assertThat(playbook.forMetric(Metric.ATTRIBUTION_COVERAGE).orElseThrow().action()).contains("closed-loop reporting");
        assertThat(playbook.forMetric(Metric.CRM_COMPLETENESS_LEADS).orElseThrow().ownerRole()).isEqualTo(Role.REVOPS);
        // Slow decisions are sales' own: not "too few accepted", not marketing's.
        Play slowDecision = playbook.forMetric(Metric.ACCEPT_REJECT_SLA_COMPLIANCE).orElseThrow();
        assertThat(slowDecision.title()).isEqualTo("MQLs wait for an accept or reject");
        assertThat(slowDecision.ownerRole()).isEqualTo(Role.SALES_MANAGER);
        assertThat(slowDecision.proofMetric()).isEqualTo(Metric.ACCEPT_REJECT_SLA_COMPLIANCE);
        // Leads no team owns miss their SLAs because nobody works them: routing, not an MQL sign-off.
        assertThat(playbook.forMiss(Team.UNASSIGNED, Metric.MQL_ACCEPTANCE_RATE).orElseThrow().type())
                .isEqualTo("unowned_leads");
        assertThat(playbook.forMiss(Team.UNASSIGNED, Metric.WIN_RATE).orElseThrow().type()).isEqualTo("low_win_rate");
        assertThat(playbook.forMiss("T-BER", Metric.MQL_ACCEPTANCE_RATE).orElseThrow().type()).isEqualTo("low_acceptance");
    }

    /** SQL→opportunity and lead velocity were judged leaks with no play, so a confirmed leak got no fix. */
    @Test
    void everyFigureThatCanBeJudgedALeakHasAPlay() throws IOException {
        Playbook playbook = Playbook.parse(Files.readString(Path.of("templates/playbook.yaml")), "playbook.yaml");
        // Peers judge rates, hours and days; loss reasons are shares of a breakdown, never judged.
        List<Metric> judgeable = Arrays.stream(Metric.values())
                .filter(metric -> Set.of(Unit.Kind.RATIO, Unit.Kind.HOURS, Unit.Kind.DAYS).contains(metric.unit()))
                .filter(metric -> metric != Metric.LOSS_REASON_SHARE).toList();

        assertThat(judgeable).allSatisfy(metric -> assertThat(playbook.forMetric(metric)).as(metric.key()).isPresent());
        assertThat(playbook.forMetric(Metric.LEAD_VELOCITY_RATE).orElseThrow().ownerRole())
                .isEqualTo(Role.MARKETING_MANAGER);
    }

    @Test
    void aScopeIsTeamsOrUnowned() {
        String unknownScope = GOOD_ENTRY.replace("leak: Slow response", "scope: nobody\n    leak: Slow response");
        assertThatThrownBy(() -> Playbook.parse(unknownScope, "p.yaml"))
                .hasMessage("p.yaml plays[0], scope: 'nobody' is not a scope; use teams (the default) or unowned (the"
                        + " leads and deals no team owns)");
    }

    @Test
    void aTitleIsShort() {
        assertThatThrownBy(() -> Playbook.parse(GOOD_ENTRY.replace("title: Slow first touch",
                "title: MQLs wait far too long for a first touch from sales after scoring"), "p.yaml"))
                .hasMessage("p.yaml plays[0], title: 'MQLs wait far too long for a first touch from sales after"
                        + " scoring' has 13 words; a title has 2 to 8 words, so it fits page 1 and an email line");
    }

    @Test
    void aGoodEntryTriggersOnEachOfItsMetrics() {
        assertThat(Playbook.parse(GOOD_ENTRY, "p.yaml").forMetric(Metric.RESPONSE_SLA_COMPLIANCE))
                .contains(new Play(Metric.RESPONSE_SLA_COMPLIANCE, "Slow response", "Slow first touch",
                        "Route every MQL within 2 hours.", "Route every MQL.", Role.SALES_MANAGER,
                        2, "slow_response", "2 business hours", Metric.RESPONSE_SLA_COMPLIANCE));
    }

    @Test
    void anUnknownMetricNamesTheEntryAndField() {
        assertThatThrownBy(() -> Playbook.parse(GOOD_ENTRY.replace("[response_sla_compliance]", "[response_sla]"), "p.yaml"))
                .hasMessageStartingWith("p.yaml plays[0], metrics: unknown metric 'response_sla'");
        assertThatThrownBy(() -> Playbook.parse(GOOD_ENTRY.replace("proof_metric: response_sla_compliance",
                "proof_metric: speed"), "p.yaml"))
                .hasMessageStartingWith("p.yaml plays[0], proof_metric: unknown metric 'speed'");
    }

    @Test
    void anUnknownRoleAnEffortBeyondTheSprintOrAMissingTextIsRefused() {
        assertThatThrownBy(() -> Playbook.parse(GOOD_ENTRY.replace("SALES_MANAGER", "CRO"), "p.yaml"))
                .hasMessageStartingWith("p.yaml plays[0], owner_role: 'CRO' is not a role of users.csv");
        assertThatThrownBy(() -> Playbook.parse(GOOD_ENTRY.replace("effort_weeks: 2", "effort_weeks: 7"), "p.yaml"))
                .hasMessage("p.yaml plays[0], effort_weeks: must be a whole number of weeks from 1 to 6 (the sprint's length)");
        assertThatThrownBy(() -> Playbook.parse(GOOD_ENTRY.replace("    sla: 2 business hours\n", ""), "p.yaml"))
                .hasMessage("p.yaml plays[0], sla: is missing");
    }

    @Test
    void aMisspeltFieldIsNamed() {
        assertThatThrownBy(() -> Playbook.parse(GOOD_ENTRY.replace("owner_role:", "owner-role:"), "p.yaml"))
                .hasMessageStartingWith("p.yaml plays[0], owner-role: unknown field");
    }

    @Test
    void aLeakTypeOrAMetricTwiceIsRefused() {
        String twice = GOOD_ENTRY + GOOD_ENTRY.substring("plays:\n".length());
        assertThatThrownBy(() -> Playbook.parse(twice, "p.yaml"))
                .hasMessageStartingWith("p.yaml plays[1], type: 'slow_response' is used by an earlier entry");
        assertThatThrownBy(() -> Playbook.parse(twice.replaceFirst("type: slow_response", "type: late_response"), "p.yaml"))
                .hasMessageStartingWith("p.yaml plays[1], metrics: response_sla_compliance already reveals the leak type"
                        + " late_response");
    }

    @Test
    void brokenYamlOrNoPlaysSaysSo() {
        assertThatThrownBy(() -> Playbook.parse("plays: [ {type: x", "p.yaml")).hasMessageStartingWith("p.yaml is not valid YAML");
        assertThatThrownBy(() -> Playbook.parse("leaks: []", "p.yaml"))
                .hasMessage("p.yaml: expected a non-empty list under 'plays:'");
    }
}

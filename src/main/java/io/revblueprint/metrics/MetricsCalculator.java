package io.revblueprint.metrics;

import io.revblueprint.crm.Team;
import io.revblueprint.crm.WorkCalendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the contract's metrics in one pass: feed every lead and opportunity of the cohorts, then read the
 * results for every team and for ALL. Each case is judged once (on its own team's calendar) and counted in its
 * team's tally and in the company's.
 */
public final class MetricsCalculator {

    private final MetricsContext context;
    private final Map<String, Tally> tallies = new TreeMap<>();

    public MetricsCalculator(Period period, Instant asOf, SlaPolicy policy, Map<String, WorkCalendar> calendars,
                             WorkCalendar companyCalendar) {
        this.context = new MetricsContext(period, asOf, policy, calendars, companyCalendar);
    }

    public void acceptLead(LeadFacts facts) {
        for (Tally tally : talliesFor(facts.teamId())) {
            FunnelMetrics.count(facts, context, tally);
            SlaMetrics.count(facts, context, tally);
        }
    }

    public void acceptOpportunity(OpportunityFacts facts) {
        for (Tally tally : talliesFor(facts.teamId())) {
            WinLossMetrics.count(facts, context, tally);
        }
    }

    /** Every metric row, by scope (ALL first), metric and dimension. */
    public List<MetricValue> results() {
        List<MetricValue> values = new ArrayList<>();
        tallies.values().forEach(tally -> values.addAll(tally.results()));
        return values;
    }

    private List<Tally> talliesFor(String teamId) {
        String team = teamId == null ? Team.UNASSIGNED : teamId;
        return List.of(tally(MetricValue.ALL), tally(team));
    }

    private Tally tally(String scope) {
        return tallies.computeIfAbsent(scope, Tally::new);
    }
}

package io.revblueprint.metrics;

import io.revblueprint.crm.Outcome;
import io.revblueprint.crm.Team;
import io.revblueprint.crm.WorkCalendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes every metric of the contract in one pass: feed the cohorts' facts (from several threads if need be: it takes
 * one at a time, and only each cohort's own order matters, since different cohorts feed different counters), then
 * read the rows of ALL and of every team. Each case is judged once (on its own team's calendar) and counted in its team's scope and
 * in ALL's; only counters and, for percentiles, primitive arrays are kept.
 */
public final class MetricsCalculator {

    private final MetricsContext context;
    private final ScopeMetrics company;
    private final Map<String, ScopeMetrics> teams = new TreeMap<>();

    /**
     * @param currency          the company currency: deal sizes in it are averaged, others reported apart
     * @param calendars         each team's calendar by team id
     * @param companyCalendar   the calendar of UNASSIGNED work (company zone, 09:00–17:00, MON-FRI)
     */
    public MetricsCalculator(Period period, Instant asOf, SlaPolicy policy, String currency,
                             Map<String, WorkCalendar> calendars, WorkCalendar companyCalendar) {
        this.context = new MetricsContext(period.start(), period.end(), asOf, policy, currency, calendars,
                companyCalendar);
        this.company = new ScopeMetrics(MetricValue.ALL, currency);
    }

    /** An MQL with mql_at in the period (any other lead is ignored). */
    public synchronized void acceptMql(LeadFacts facts) {
        if (!facts.lead().isMql() || !context.inPeriod(facts.lead().mqlAt())) {
            return;
        }
        JudgedMql mql = JudgedMql.judge(facts, context);
        company.count(mql);
        team(facts.teamId()).count(mql);
    }

    /** A lead rejected or disqualified in the period (what else it did is ignored). */
    public synchronized void acceptDisposition(DispositionFacts facts) {
        company.count(facts, context);
        team(facts.teamId()).count(facts, context);
    }

    /** An opportunity closed in the period (an open one, or one closed outside it, is ignored). */
    public synchronized void acceptClosed(OpportunityFacts facts) {
        if (facts.opportunity().outcome() == Outcome.OPEN
                || !context.inPeriod(facts.opportunity().closedAt())) {
            return;
        }
        company.count(facts);
        team(facts.teamId()).count(facts);
    }

    /** One team's totals over all its leads; give them for every team that owns leads. */
    public synchronized void acceptLeadTotals(LeadTotals totals) {
        company.count(totals);
        team(totals.teamId()).count(totals);
    }

    /** How many opportunities of the team are open at as_of (is_closed false). */
    public synchronized void acceptOpenOpportunities(String teamId, long opportunities) {
        company.countOpen(opportunities);
        team(teamId).countOpen(opportunities);
    }

    /** ALL's rows, then each team's by team id; each scope's in the contract's order. */
    public synchronized MetricResults results() {
        List<MetricValue> metrics = new ArrayList<>();
        List<MetricValue> evidence = new ArrayList<>();
        company.writeTo(metrics, evidence);
        teams.values().forEach(team -> team.writeTo(metrics, evidence));
        return new MetricResults(metrics, evidence);
    }

    private ScopeMetrics team(String teamId) {
        String scope = teamId == null ? Team.UNASSIGNED : teamId;
        return teams.computeIfAbsent(scope, id -> new ScopeMetrics(id, context.currency()));
    }
}

package io.revblueprint.report;

import io.revblueprint.crm.Role;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Fix;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A small, realistic team and company result to render. */
final class SampleBlueprints {

    static final Instant AS_OF = Instant.parse("2026-10-01T06:00:00Z");
    static final String PERIOD = "2026-Q3";

    private SampleBlueprints() {
    }

    static List<MetricValue> teamMetrics(String team) {
        return List.of(
                rate(team, "response_sla_compliance", null, 0.61, 0.55, 0.67, 110, 180),
                rate(team, "response_sla_compliance", "tier=HIGH_INTENT", 0.48, 0.37, 0.59, 36, 75),
                new MetricValue(team, "lead_response_hours_median", null, 5.25, null, null, null, null, "hours"),
                new MetricValue(team, "mql_count", null, 180, null, null, null, null, "count"),
                rate(team, "mql_to_sql_rate", null, 0.2167, 0.1637, 0.2808, 39, 180),
                rate(team, "mql_to_sql_rate", "source=Webinar", 0.3125, 0.1948, 0.4616, 15, 48),
                rate(team, "win_rate", null, 0.2432, 0.1763, 0.3256, 27, 111),
                rate(team, "win_rate", "source=Webinar", 0.35, 0.1812, 0.5671, 7, 20),
                rate(team, "win_rate", "source=Paid Search", 0.1833, 0.1055, 0.2981, 11, 60),
                new MetricValue(team, "avg_won_deal_size", null, 48250.5, null, null, null, null, "EUR"),
                new MetricValue(team, "win_rate_source_chi2_p", null, 0.0001, null, null, null, null, "p"));
    }

    static List<Fix> teamFixes(String team) {
        return List.of(
                new Fix(team, 1, "response_sla_compliance", 0.61, 0.9, 0.78, new BigDecimal("412500.00"),
                        "Route high-intent MQLs to the on-duty SDR with a 2-business-hour response SLA and an alert at 90 minutes",
                        "Jürgen Müller", Role.SALES_MANAGER, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 16)),
                new Fix(team, 2, "mql_to_sql_rate", 0.2167, 0.25, 0.22, new BigDecimal("187300"),
                        "Agree MQL acceptance criteria with marketing, and review rejected MQLs weekly",
                        "Ana Souza", Role.MARKETING_MANAGER, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 30)),
                new Fix(team, 3, "win_rate", 0.2432, 0.3, 0.27, new BigDecimal("96000"),
                        "Qualify paid-search deals with a discovery checklist before proposal",
                        "Chloé Dubois", Role.AE, LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 13)));
    }

    static TeamBlueprint team(String teamId, String teamName, PaperSize paperSize) {
        return new TeamBlueprint("Acme Analytics GmbH", teamId, teamName, PERIOD, AS_OF, "run-20261001-0600", "EUR",
                teamMetrics(teamId), teamFixes(teamId), paperSize);
    }

    static ExecutiveSummary company(PaperSize paperSize) {
        List<Fix> fixes = teamFixes("t-ent");
        return new ExecutiveSummary("Acme Analytics GmbH", PERIOD, AS_OF, "run-20261001-0600", "EUR",
                teamMetrics(MetricValue.ALL),
                List.of(new TeamRanking("t-mid", "Mid-Market Sales", new BigDecimal("250000"), fixes.get(1)),
                        new TeamRanking("t-ent", "Enterprise Sales", new BigDecimal("695800"), fixes.get(0)),
                        new TeamRanking("t-smb", "SMB Inbound", BigDecimal.ZERO, null)),
                paperSize);
    }

    private static MetricValue rate(String scope, String metric, String dimension, double value,
                                    double low, double high, long numerator, long denominator) {
        return new MetricValue(scope, metric, dimension, value, low, high, numerator, denominator, "ratio");
    }
}

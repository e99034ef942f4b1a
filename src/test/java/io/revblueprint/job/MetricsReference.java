package io.revblueprint.job;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent, deliberately naive reading of docs/metrics.md: it reads the snapshot's CSV files itself (minus the
 * rows the job quarantined), holds everything in memory and computes every metric of every scope straight from
 * the contract's sentences. It shares no code with the production metrics, so the two can check each other.
 */
final class MetricsReference {

    /** One expected row of metrics.csv. */
    record Row(String scope, String metric, String dimension, double value, Double ciLow, Double ciHigh,
               Long numerator, Long denominator, String unit) {

        String key() {
            return scope + " | " + metric + " | " + dimension;
        }
    }

    private static final double Z = 1.959963984540054;
    private static final Set<String> DOCUMENTED = Set.of("NO_BUDGET", "NOT_DECISION_MAKER", "TIMELINE", "COMPETITOR",
            "UNRESPONSIVE", "WRONG_CONTACT", "NOT_ICP", "DUPLICATE", "OTHER");

    record Team(String id, ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> workdays,
                Set<LocalDate> holidays, String segment) {
    }

    record Lead(String id, Instant created, String owner, String team, String source, String category,
                String campaign, Integer score, String industry, String companySize, Instant mql, Instant accepted,
                Instant rejected, Instant sql, Instant disqualified, String reason, String convertedOpportunity) {
    }

    record Touch(String leadId, Instant at, boolean automated) {
    }

    record Deal(String id, Instant created, String owner, String team, String leadId, String source,
                String category, String segment, BigDecimal amount, String currency, boolean closed, boolean won,
                Instant closedAt, String lossReason) {
    }

    private final Instant asOf;
    private final ZoneId companyZone;
    private final String currency;
    private final Map<String, Team> teams = new HashMap<>();
    private final Map<String, String> userTeams = new HashMap<>();
    private final Map<String, Lead> leads = new LinkedHashMap<>();
    private final Map<String, List<Touch>> touchesByLead = new HashMap<>();
    private final List<Deal> deals = new ArrayList<>();

    private MetricsReference(Path folder, Set<String> quarantined, String currency) throws IOException {
        String json = Files.readString(folder.resolve("snapshot.json"));
        this.asOf = Instant.parse(jsonField(json, "as_of"));
        String zone = jsonField(json, "timezone");
        this.companyZone = ZoneId.of(zone == null ? "UTC" : zone);
        this.currency = currency;
        Map<String, Set<LocalDate>> holidays = new HashMap<>();
        for (Map<String, String> row : rows(folder, "holidays.csv", quarantined)) {
            holidays.computeIfAbsent(row.get("holiday_calendar"), c -> new HashSet<>()).add(LocalDate.parse(row.get("date")));
        }
        for (Map<String, String> row : rows(folder, "teams.csv", quarantined)) {
            teams.put(row.get("team_id"), new Team(row.get("team_id"),
                    row.get("timezone") == null ? companyZone : ZoneId.of(row.get("timezone")),
                    LocalTime.parse(or(row.get("workday_start"), "09:00")), LocalTime.parse(or(row.get("workday_end"), "17:00")),
                    workdays(or(row.get("workdays"), "MON-FRI")),
                    holidays.getOrDefault(row.get("holiday_calendar"), Set.of()), or(row.get("segment"), "MID_MARKET")));
        }
        for (Map<String, String> row : rows(folder, "users.csv", quarantined)) {
            userTeams.put(row.get("user_id"), row.get("team_id"));
        }
        for (Map<String, String> row : rows(folder, "leads.csv", quarantined)) {
            String owner = row.get("owner_id");
            leads.put(row.get("lead_id"), new Lead(row.get("lead_id"), instant(row.get("created_at")), owner,
                    userTeams.getOrDefault(owner == null ? "" : owner, "UNASSIGNED"), row.get("source"),
                    or(row.get("source_category"), "OTHER"), row.get("campaign_id"),
                    row.get("score") == null ? null : Integer.valueOf(row.get("score")), row.get("industry"),
                    row.get("company_size"), instant(row.get("mql_at")), instant(row.get("accepted_at")),
                    instant(row.get("rejected_at")), instant(row.get("sql_at")), instant(row.get("disqualified_at")),
                    row.get("disqualification_reason"), row.get("converted_opportunity_id")));
        }
        for (Map<String, String> row : rows(folder, "activities.csv", quarantined)) {
            if (row.get("lead_id") != null) {
                touchesByLead.computeIfAbsent(row.get("lead_id"), id -> new ArrayList<>()).add(new Touch(
                        row.get("lead_id"), instant(row.get("occurred_at")), bool(or(row.get("automated"), "false"))));
            }
        }
        for (Map<String, String> row : rows(folder, "opportunities.csv", quarantined)) {
            deals.add(new Deal(row.get("opportunity_id"), instant(row.get("created_at")), row.get("owner_id"),
                    userTeams.get(row.get("owner_id")), row.get("lead_id"), row.get("source"), row.get("source_category"),
                    row.get("segment"), row.get("amount") == null ? null : new BigDecimal(row.get("amount")),
                    row.get("currency") == null ? currency : row.get("currency").toUpperCase(Locale.ROOT),
                    bool(row.get("is_closed")), bool(row.get("is_won")), instant(row.get("closed_at")),
                    row.get("loss_reason")));
        }
    }

    /** Every row metrics.csv should hold for the period, given the job's quarantine ({@code file:line} entries). */
    static List<Row> expected(Path folder, Set<String> quarantined, String period, String currency) throws IOException {
        return new MetricsReference(folder, quarantined, currency).compute(period);
    }

    /**
     * Every difference between metrics.csv and the expected rows: missing and extra rows, and values, intervals,
     * numerators, denominators or units that differ (numbers within 1e-9, relative to their size above 1).
     */
    static List<String> differences(List<CSVRecord> actual, List<Row> expected) {
        List<String> differences = new ArrayList<>();
        Map<String, CSVRecord> actualByKey = new TreeMap<>();
        for (CSVRecord record : actual) {
            String key = record.get("scope") + " | " + record.get("metric") + " | " + record.get("dimension");
            if (actualByKey.put(key, record) != null) {
                differences.add("duplicate row " + key);
            }
        }
        Map<String, Row> expectedByKey = new TreeMap<>();
        expected.forEach(row -> expectedByKey.put(row.key(), row));
        expectedByKey.forEach((key, row) -> {
            CSVRecord record = actualByKey.get(key);
            if (record == null) {
                differences.add("missing " + row);
                return;
            }
            compare(differences, key, "value", record.get("value"), row.value());
            compare(differences, key, "ci_low", record.get("ci_low"), row.ciLow());
            compare(differences, key, "ci_high", record.get("ci_high"), row.ciHigh());
            same(differences, key, "numerator", record.get("numerator"), row.numerator());
            same(differences, key, "denominator", record.get("denominator"), row.denominator());
            same(differences, key, "unit", record.get("unit"), row.unit());
        });
        actualByKey.keySet().stream().filter(key -> !expectedByKey.containsKey(key))
                .forEach(key -> differences.add("extra " + actualByKey.get(key).toList()));
        return differences;
    }

    private static void compare(List<String> differences, String key, String column, String actual, Double expected) {
        boolean same = expected == null ? actual.isEmpty()
                : !actual.isEmpty() && Math.abs(Double.parseDouble(actual) - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
        if (!same) {
            differences.add(key + ": " + column + " " + actual + ", expected " + expected);
        }
    }

    private static void same(List<String> differences, String key, String column, String actual, Object expected) {
        if (!actual.equals(expected == null ? "" : expected.toString())) {
            differences.add(key + ": " + column + " " + actual + ", expected " + expected);
        }
    }

    // ---------------------------------------------------------------- the metrics, scope by scope

    private List<Row> compute(String periodText) {
        LocalDate[] days = periodDays(periodText);
        Instant from = days[0].atStartOfDay(companyZone).toInstant();
        Instant to = days[1].plusDays(1).atStartOfDay(companyZone).toInstant();
        Predicate<Instant> inPeriod = t -> t != null && !t.isBefore(from) && t.isBefore(to);
        YearMonth lastMonth = YearMonth.from(days[1]);
        if (!days[1].equals(lastMonth.atEndOfMonth())) {
            lastMonth = lastMonth.minusMonths(1);
        }
        Set<String> scopes = new java.util.TreeSet<>();
        leads.values().forEach(lead -> scopes.add(lead.team()));
        deals.forEach(deal -> scopes.add(deal.team()));
        List<Row> rows = new ArrayList<>();
        scopes.add("ALL");
        for (String scope : scopes) {
            Predicate<String> inScope = team -> scope.equals("ALL") || scope.equals(team);
            List<Lead> scopeLeads = leads.values().stream().filter(lead -> inScope.test(lead.team())).toList();
            List<Deal> scopeDeals = deals.stream().filter(deal -> inScope.test(deal.team())).toList();
            Out out = new Out(scope, rows);
            sla(out, scopeLeads, inPeriod);
            funnel(out, scope, scopeLeads, inPeriod, lastMonth);
            winLoss(out, scopeDeals, inPeriod);
            dataHealth(out, scopeLeads, scopeDeals, inPeriod);
        }
        return rows;
    }

    private void sla(Out out, List<Lead> scopeLeads, Predicate<Instant> inPeriod) {
        List<Lead> cohort = scopeLeads.stream().filter(lead -> inPeriod.test(lead.mql())).toList();
        long met = 0, decided = 0, acceptMet = 0, acceptDecided = 0;
        Map<String, long[]> tiers = new TreeMap<>();
        List<Double> hours = new ArrayList<>();
        for (Lead lead : cohort) {
            Team team = calendarOf(lead.team());
            double target = lead.score() != null && lead.score() > 85 ? 2 : 4;
            Instant touch = firstTouch(lead);
            String status;
            if (touch != null) {
                double h = businessHours(lead.mql(), touch, team);
                hours.add(h);
                status = h <= target ? "MET" : "BREACHED";
            } else {
                status = businessHours(lead.mql(), asOf, team) > target ? "BREACHED" : "PENDING";
            }
            if (!status.equals("PENDING")) {
                decided++;
                met += status.equals("MET") ? 1 : 0;
                long[] tier = tiers.computeIfAbsent(target == 2 ? "tier=HIGH_INTENT" : "tier=STANDARD", t -> new long[2]);
                tier[0] += status.equals("MET") ? 1 : 0;
                tier[1]++;
            }
            Instant decision = earliest(lead.accepted(), lead.rejected(), lead.mql());
            String acceptStatus;
            if (decision != null) {
                acceptStatus = businessHours(lead.mql(), decision, team) <= 4 ? "MET" : "BREACHED";
            } else {
                acceptStatus = businessHours(lead.mql(), asOf, team) > 4 ? "BREACHED" : "PENDING";
            }
            if (!acceptStatus.equals("PENDING")) {
                acceptDecided++;
                acceptMet += acceptStatus.equals("MET") ? 1 : 0;
            }
        }
        out.rate("response_sla_compliance", "", met, decided);
        tiers.forEach((tier, counts) -> out.rate("response_sla_compliance", tier, counts[0], counts[1]));
        out.percentile("lead_response_hours_median", hours, 0.5, "hours");
        out.percentile("lead_response_hours_p90", hours, 0.9, "hours");
        out.rate("accept_reject_sla_compliance", "", acceptMet, acceptDecided);

        long unresponsive = 0, compliant = 0;
        for (Lead lead : scopeLeads) {
            if (inPeriod.test(lead.disqualified()) && "UNRESPONSIVE".equals(lead.reason())) {
                unresponsive++;
                Instant start = lead.mql() != null ? lead.mql() : lead.created();
                long touches = touchesOf(lead).stream()
                        .filter(t -> !t.at().isBefore(start) && !t.at().isAfter(lead.disqualified())).count();
                boolean longEnough = Duration.between(start, lead.disqualified()).getSeconds() >= 14 * 24 * 3600;
                compliant += touches >= 8 && longEnough ? 1 : 0;
            }
        }
        out.rate("follow_up_compliance", "", compliant, unresponsive);
        List<Lead> dispositioned = scopeLeads.stream()
                .filter(lead -> inPeriod.test(lead.rejected()) || inPeriod.test(lead.disqualified())).toList();
        out.rate("disqualification_reason_coverage", "",
                dispositioned.stream().filter(lead -> lead.reason() != null && DOCUMENTED.contains(lead.reason())).count(), dispositioned.size());
    }

    private void funnel(Out out, String scope, List<Lead> scopeLeads, Predicate<Instant> inPeriod, YearMonth lastMonth) {
        List<Lead> cohort = scopeLeads.stream().filter(lead -> inPeriod.test(lead.mql())).toList();
        if (scope.equals("ALL") || !scopeLeads.isEmpty()) {
            out.figure("mql_count", "", cohort.size(), null, null, "count");
        }
        Map<String, List<Lead>> bySource = group(cohort, Lead::source);
        bySource.forEach((source, mqls) -> out.figure("mql_count", "source=" + source, mqls.size(), null, null, "count"));
        out.rate("mql_acceptance_rate", "", cohort.stream().filter(l -> l.accepted() != null).count(), cohort.size());
        out.rate("mql_to_sql_rate", "", cohort.stream().filter(l -> l.sql() != null).count(), cohort.size());
        bySource.forEach((source, mqls) -> out.rate("mql_to_sql_rate", "source=" + source,
                mqls.stream().filter(l -> l.sql() != null).count(), mqls.size()));
        List<Lead> sqls = cohort.stream().filter(l -> l.sql() != null).toList();
        out.rate("sql_to_opportunity_rate", "", sqls.stream().filter(l -> l.convertedOpportunity() != null).count(),
                sqls.size());
        long last = scopeLeads.stream().filter(l -> inMonth(l.sql(), lastMonth)).count();
        long before = scopeLeads.stream().filter(l -> inMonth(l.sql(), lastMonth.minusMonths(1))).count();
        if (before > 0) {
            out.figure("lead_velocity_rate", "", (double) (last - before) / before, last - before, before, "ratio");
        }
    }

    private void winLoss(Out out, List<Deal> scopeDeals, Predicate<Instant> inPeriod) {
        List<Deal> closed = scopeDeals.stream().filter(d -> d.closed() && inPeriod.test(d.closedAt())).toList();
        List<Deal> won = closed.stream().filter(Deal::won).toList();
        List<Deal> lost = closed.stream().filter(d -> !d.won()).toList();
        out.rate("win_rate", "", won.size(), closed.size());
        Map<String, List<Deal>> bySource = group(closed, d -> "source=" + sourceOf(d));
        bySource.forEach((dim, ds) -> out.rate("win_rate", dim, ds.stream().filter(Deal::won).count(), ds.size()));
        group(closed, d -> "source_category=" + categoryOf(d))
                .forEach((dim, ds) -> out.rate("win_rate", dim, ds.stream().filter(Deal::won).count(), ds.size()));
        group(closed, d -> "segment=" + (d.segment() != null ? d.segment() : calendarOf(d.team()).segment()))
                .forEach((dim, ds) -> out.rate("win_rate", dim, ds.stream().filter(Deal::won).count(), ds.size()));
        group(closed, d -> "owner=" + d.owner())
                .forEach((dim, ds) -> out.rate("win_rate", dim, ds.stream().filter(Deal::won).count(), ds.size()));
        List<Deal> marketing = closed.stream().filter(d -> categoryOf(d).equals("MARKETING")).toList();
        out.rate("marketing_sourced_win_rate", "", marketing.stream().filter(Deal::won).count(), marketing.size());
        group(lost, d -> "loss_reason=" + or(d.lossReason(), "UNKNOWN"))
                .forEach((dim, ds) -> out.rate("loss_reason_share", dim, ds.size(), lost.size()));
        Map<String, List<Deal>> wonByCurrency = group(won.stream().filter(d -> d.amount() != null).toList(), Deal::currency);
        String overall = wonByCurrency.size() == 1 ? wonByCurrency.keySet().iterator().next() : currency;
        wonByCurrency.forEach((code, ds) -> out.figure("avg_won_deal_size", code.equals(overall) ? "" : "currency=" + code,
                ds.stream().mapToDouble(d -> d.amount().doubleValue()).sum() / ds.size(), null, (long) ds.size(), code));
        List<Double> cycles = won.stream()
                .map(d -> Duration.between(d.created(), d.closedAt()).toMillis() / 1000.0 / 86400).toList();
        out.percentile("sales_cycle_days_median", cycles, 0.5, "days");
        out.percentile("sales_cycle_days_p75", cycles, 0.75, "days");

        List<long[]> groups = new ArrayList<>();
        long[] pooled = new long[2];
        bySource.values().forEach(ds -> {
            long w = ds.stream().filter(Deal::won).count();
            if (ds.size() >= 5) {
                groups.add(new long[] {w, ds.size() - w});
            } else {
                pooled[0] += w;
                pooled[1] += ds.size() - w;
            }
        });
        if (pooled[0] + pooled[1] > 0) {
            groups.add(pooled);
        }
        if (groups.size() >= 2 && !won.isEmpty() && !lost.isEmpty()) {
            double p = new ChiSquareTest().chiSquareTest(groups.toArray(long[][]::new));
            out.figure("win_rate_source_chi2_p", "", p, null, (long) closed.size(), "p-value");
        }

        List<Deal> wonInCurrency = wonByCurrency.getOrDefault(overall, List.of());
        double meanCycle = cycles.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        if (!closed.isEmpty() && !wonInCurrency.isEmpty() && meanCycle > 0) {
            long open = scopeDeals.stream().filter(d -> !d.closed()).count();
            double avg = wonInCurrency.stream().mapToDouble(d -> d.amount().doubleValue()).sum() / wonInCurrency.size();
            double velocity = open * ((double) won.size() / closed.size()) * avg / meanCycle;
            out.figure("pipeline_velocity", "", velocity, null, null, overall + "/day");
        }
    }

    private void dataHealth(Out out, List<Lead> scopeLeads, List<Deal> scopeDeals, Predicate<Instant> inPeriod) {
        List<Lead> cohort = scopeLeads.stream().filter(lead -> inPeriod.test(lead.mql())).toList();
        out.rate("crm_completeness_leads", "", cohort.stream().filter(l -> l.owner() != null
                && userTeams.containsKey(l.owner()) && l.source() != null && l.score() != null && l.industry() != null
                && l.companySize() != null).count(), cohort.size());
        List<Deal> closed = scopeDeals.stream().filter(d -> d.closed() && inPeriod.test(d.closedAt())).toList();
        out.rate("crm_completeness_opportunities", "", closed.stream().filter(d -> d.amount() != null
                && (d.source() != null || (leadOf(d) != null && leadOf(d).source() != null))
                && (d.won() || d.lossReason() != null)).count(), closed.size());
        List<Deal> won = closed.stream().filter(Deal::won).toList();
        out.rate("attribution_coverage", "", won.stream().filter(d -> leadOf(d) != null).count(), won.size());
        out.rate("campaign_attribution_coverage", "",
                won.stream().filter(d -> leadOf(d) != null && leadOf(d).campaign() != null).count(), won.size());
    }

    // ---------------------------------------------------------------- definitions

    /** bh(a, b): per local working date, the overlap of [a, b] with [start, end), summed, exact to the second. */
    static double businessHours(Instant a, Instant b, Team team) {
        if (!b.isAfter(a)) {
            return 0;
        }
        long seconds = 0;
        for (LocalDate day = LocalDate.ofInstant(a, team.zone()); !day.isAfter(LocalDate.ofInstant(b, team.zone()));
             day = day.plusDays(1)) {
            if (!team.workdays().contains(day.getDayOfWeek()) || team.holidays().contains(day)) {
                continue;
            }
            Instant open = LocalDateTime.of(day, team.start()).atZone(team.zone()).toInstant();
            Instant close = LocalDateTime.of(day, team.end()).atZone(team.zone()).toInstant();
            Instant from = a.isAfter(open) ? a : open;
            Instant to = b.isBefore(close) ? b : close;
            if (to.isAfter(from)) {
                seconds += Duration.between(from, to).getSeconds();
            }
        }
        return seconds / 3600.0;
    }

    private Team calendarOf(String teamId) {
        Team team = teams.get(teamId);
        if (team == null) {
            return new Team("UNASSIGNED", companyZone, LocalTime.of(9, 0), LocalTime.of(17, 0),
                    workdays("MON-FRI"), Set.of(), "MID_MARKET");
        }
        return team;
    }

    private Instant firstTouch(Lead lead) {
        return touchesOf(lead).stream().filter(t -> !t.automated() && !t.at().isBefore(lead.mql()))
                .map(Touch::at).min(Instant::compareTo).orElse(null);
    }

    private List<Touch> touchesOf(Lead lead) {
        return touchesByLead.getOrDefault(lead.id(), List.of());
    }

    private static Instant earliest(Instant accepted, Instant rejected, Instant mql) {
        return Arrays.asList(accepted, rejected).stream()
                .filter(t -> t != null && !t.isBefore(mql)).min(Instant::compareTo).orElse(null);
    }

    private Lead leadOf(Deal deal) {
        return deal.leadId() == null ? null : leads.get(deal.leadId());
    }

    private String sourceOf(Deal deal) {
        if (deal.source() != null) {
            return deal.source();
        }
        Lead lead = leadOf(deal);
        return lead != null && lead.source() != null ? lead.source() : "UNKNOWN";
    }

    private String categoryOf(Deal deal) {
        if (deal.category() != null) {
            return deal.category();
        }
        Lead lead = leadOf(deal);
        return lead != null && lead.category() != null ? lead.category() : "OTHER";
    }

    private boolean inMonth(Instant t, YearMonth month) {
        return t != null && !t.isBefore(month.atDay(1).atStartOfDay(companyZone).toInstant())
                && t.isBefore(month.plusMonths(1).atDay(1).atStartOfDay(companyZone).toInstant());
    }

    /** First and last day of a period written in one of the contract's four forms. */
    static LocalDate[] periodDays(String text) {
        Matcher m;
        if ((m = Pattern.compile("(\\d{4})-Q(\\d)").matcher(text)).matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
            return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
        }
        if ((m = Pattern.compile("(\\d{4})-(\\d{2})").matcher(text)).matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
        }
        if ((m = Pattern.compile("(\\d{4})-W(\\d{2})").matcher(text)).matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
            return new LocalDate[] {monday, monday.plusDays(6)};
        }
        String[] range = text.split("\\.\\.");
        return new LocalDate[] {LocalDate.parse(range[0]), LocalDate.parse(range[1])};
    }

    // ---------------------------------------------------------------- output rows

    /** Appends one scope's rows: rates with the closed-form Wilson interval, other figures without. */
    private record Out(String scope, List<Row> rows) {

        void rate(String metric, String dimension, long k, long n) {
            if (n == 0) {
                return;
            }
            double p = (double) k / n;
            double denominator = 1 + Z * Z / n;
            double centre = (p + Z * Z / (2.0 * n)) / denominator;
            double half = Z / denominator * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n));
            rows.add(new Row(scope, metric, dimension, p, Math.max(0, centre - half), Math.min(1, centre + half), k, n,
                    "ratio"));
        }

        void figure(String metric, String dimension, double value, Long numerator, Long denominator, String unit) {
            rows.add(new Row(scope, metric, dimension, value, null, null, numerator, denominator, unit));
        }

        /** Nearest rank: the value at rank ⌈p·n⌉ of the n values sorted ascending. */
        void percentile(String metric, Collection<Double> values, double p, String unit) {
            if (values.isEmpty()) {
                return;
            }
            List<Double> sorted = values.stream().sorted().toList();
            int rank = (int) Math.ceil(p * sorted.size());
            figure(metric, "", sorted.get(Math.max(rank, 1) - 1), null, (long) sorted.size(), unit);
        }
    }

    // ---------------------------------------------------------------- reading the snapshot

    /** A file's rows as lower-cased column → value (empty cells absent), skipping the quarantined lines. */
    private static List<Map<String, String>> rows(Path folder, String file, Set<String> quarantined) throws IOException {
        Path path = folder.resolve(file);
        if (!Files.exists(path)) {
            return List.of();
        }
        String text = Files.readString(path);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            List<String> header = null;
            long previousLine = 0;
            for (CSVRecord record : parser) {
                long line = previousLine + 1;
                previousLine = parser.getCurrentLineNumber();
                if (header == null) {
                    header = record.toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
                    continue;
                }
                if (quarantined.contains(file + ":" + line)) {
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    if (!record.get(i).isEmpty()) {
                        row.put(header.get(i), record.get(i));
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(text).atZone(companyZone).toInstant();
        }
    }

    private static boolean bool(String text) {
        return Set.of("true", "1", "yes").contains(text.toLowerCase(Locale.ROOT));
    }

    private static Set<DayOfWeek> workdays(String text) {
        List<String> names = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
        Set<DayOfWeek> days = new HashSet<>();
        for (String part : text.split(",")) {
            String[] ends = part.strip().toUpperCase(Locale.ROOT).split("-");
            int first = names.indexOf(ends[0]);
            int last = names.indexOf(ends[ends.length - 1]);
            for (int i = first; ; i = (i + 1) % 7) {
                days.add(DayOfWeek.of(i + 1));
                if (i == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static String jsonField(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        Map<String, List<T>> groups = new TreeMap<>();
        items.forEach(item -> groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
        return groups;
    }
}

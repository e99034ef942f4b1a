package io.revblueprint.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Plants one row per contract rule that the importer must quarantine. Each is a fresh copy of a good row
 * (or a new row) that nothing else refers to, so no quarantine cascades to good rows.
 */
final class BadRowPlanter {

    private static final String LATER_THAN_AS_OF = "later than as_of";

    private final Dice dice;

    BadRowPlanter(Dice dice) {
        this.dice = dice;
    }

    void plant(SnapshotTables tables) {
        plantLeads(tables.leads);
        plantActivities(tables.activities);
        plantOpportunities(tables.opportunities);
        plantStage(tables.stages);
        plantUser(tables.users);
        plantTeam(tables.teams);
    }

    private void plantLeads(CsvTable leads) {
        Ids ids = new Ids(leads, "L-%05d");
        Predicate<CsvRow> any = row -> true;
        leadCopy(leads, any, ids).set("created_at", "yesterday")
                .plant("created_at", "unparseable timestamp 'yesterday'");
        Predicate<CsvRow> neverMql = row -> !row.has("mql_at") && !row.has("disqualified_at");
        leadCopy(leads, neverMql, ids).set("mql_at", "2026-10-04T09:12:00+02:00").plant("mql_at", LATER_THAN_AS_OF);
        leadCopy(leads, any, ids).set("company_size", "250 employees")
                .plant("company_size", "not an integer '250 employees'");
        leadCopy(leads, any, ids).set("source_category", "PRESS")
                .plant("source_category", "unknown source_category 'PRESS'");
        leadCopy(leads, any, ids).set("score", "7.5").plant("score", "not an integer '7.5'");
        CsvRow duplicate = copyAfter(leads, any).set("converted_opportunity_id", null);
        duplicate.plant("lead_id", "duplicate lead_id " + duplicate.get("lead_id"));
        plantLifecycleBreaks(leads, ids);
    }

    /** Each copy breaks exactly one ordering rule; the moved milestone stays inside the others. */
    private void plantLifecycleBreaks(CsvTable leads, Ids ids) {
        CsvRow early = leadCopy(leads, row -> row.has("mql_at"), ids);
        early.set("mql_at", Timestamps.utc(instant(early, "created_at").minus(Duration.ofHours(2))))
                .plant("mql_at", "mql_at before created_at");
        CsvRow sqlBeforeMql = leadCopy(leads,
                row -> row.has("sql_at") && gapHours(row, "created_at", "mql_at") > 2, ids);
        sqlBeforeMql.set("accepted_at", null)
                .set("sql_at", Timestamps.utc(midpoint(sqlBeforeMql, "created_at", "mql_at")))
                .plant("sql_at", "sql_at before mql_at");
        CsvRow sqlBeforeAccept = leadCopy(leads,
                row -> row.has("sql_at") && gapHours(row, "mql_at", "accepted_at") > 1, ids);
        sqlBeforeAccept.set("sql_at", Timestamps.utc(midpoint(sqlBeforeAccept, "mql_at", "accepted_at")))
                .plant("sql_at", "sql_at before accepted_at");
    }

    /** Quarantined leads must not claim a deal, so the copy never carries one. */
    private CsvRow leadCopy(CsvTable leads, Predicate<CsvRow> template, Ids ids) {
        return copyAfter(leads, template).set("lead_id", ids.next()).set("converted_opportunity_id", null);
    }

    private void plantActivities(CsvTable activities) {
        Ids ids = new Ids(activities, "A-%06d");
        Predicate<CsvRow> onLead = row -> row.has("lead_id");
        Predicate<CsvRow> onDeal = row -> row.has("opportunity_id");
        copyAfter(activities, onLead).set("activity_id", ids.next()).set("occurred_at", "2026-10-02T09:30:00+02:00")
                .plant("occurred_at", LATER_THAN_AS_OF);
        copyAfter(activities, onLead).set("activity_id", ids.next()).set("lead_id", "L-99999")
                .plant("lead_id", "unknown lead L-99999: not in leads.csv, or quarantined there");
        copyAfter(activities, onDeal).set("activity_id", ids.next()).set("opportunity_id", "O-99999")
                .plant("opportunity_id", "unknown opportunity O-99999: not in opportunities.csv, or quarantined there");
        copyAfter(activities, onLead).set("activity_id", ids.next()).set("owner_id", "U-999")
                .plant("owner_id", "unknown user U-999: not in users.csv, or quarantined there");
        copyAfter(activities, onLead).set("activity_id", ids.next()).set("lead_id", null)
                .plant("lead_id", "neither lead_id nor opportunity_id");
        copyAfter(activities, onDeal).set("activity_id", ids.next()).set("type", "FAX")
                .plant("type", "unknown type 'FAX'");
        copyAfter(activities, onLead).set("activity_id", ids.next()).set("automated", "maybe")
                .plant("automated", "not a boolean 'maybe'");
        CsvRow duplicate = copyAfter(activities, onLead);
        duplicate.plant("activity_id", "duplicate activity_id " + duplicate.get("activity_id"));
    }

    private void plantOpportunities(CsvTable opportunities) {
        Ids ids = new Ids(opportunities, "O-%05d");
        Predicate<CsvRow> closed = row -> row.has("closed_at");
        dealCopy(opportunities, row -> true, ids).set("owner_id", "U-998").plant("owner_id", "unknown user U-998: not in users.csv, or quarantined there");
        dealCopy(opportunities, row -> "true".equals(row.get("is_won")), ids).set("is_closed", false)
                .set("closed_at", null).plant("is_won", "won but not closed");
        dealCopy(opportunities, closed, ids).set("closed_at", null).plant("closed_at", "closed without closed_at");
        CsvRow backwards = dealCopy(opportunities, closed, ids);
        backwards.set("closed_at", Timestamps.utc(instant(backwards, "created_at").minus(Duration.ofDays(3))))
                .plant("closed_at", "closed_at before created_at");
        dealCopy(opportunities, row -> row.has("amount"), ids).set("amount", "12,500.00")
                .plant("amount", "not a decimal '12,500.00'");
        dealCopy(opportunities, row -> true, ids).set("stage", null).plant("stage", "missing stage");
    }

    /** Nothing refers to the copy: no lead, no stages, no activities. */
    private CsvRow dealCopy(CsvTable opportunities, Predicate<CsvRow> template, Ids ids) {
        return copyAfter(opportunities, template).set("opportunity_id", ids.next()).set("lead_id", null);
    }

    private void plantStage(CsvTable stages) {
        copyAfter(stages, row -> true).set("opportunity_id", "O-99999")
                .plant("opportunity_id", "unknown opportunity O-99999: not in opportunities.csv, or quarantined there");
    }

    private void plantUser(CsvTable users) {
        CsvRow contractor = users.detachedRow().set("user_id", new Ids(users, "U-%03d").next())
                .set("name", "Kai Brandt").set("email", "kai.brandt@" + DemoCompany.EMAIL_DOMAIN).set("role", "SDR")
                .set("team_id", "T-XX").set("active", "TRUE");
        contractor.plant("team_id", "unknown team T-XX: not in teams.csv, or quarantined there");
        users.insert(dice.between(0, users.rows().size()), contractor);
    }

    /** A team nobody belongs to, so its quarantine takes no user, lead or deal with it. */
    private void plantTeam(CsvTable teams) {
        CsvRow lab = teams.detachedRow().set("team_id", "T-LAB").set("name", "Innovation Lab").set("function", "SALES")
                .set("timezone", "Mars/Olympus").set("workdays", "MON-FRI");
        lab.plant("timezone", "unknown time zone 'Mars/Olympus'");
        teams.insert(dice.between(0, teams.rows().size()), lab);
    }

    /** A copy of a random good row matching the template, inserted a little after it. */
    private CsvRow copyAfter(CsvTable table, Predicate<CsvRow> template) {
        List<CsvRow> candidates = table.rows().stream().filter(row -> row.fault() == null).filter(template).toList();
        CsvRow original = dice.pick(candidates);
        CsvRow copy = original.copy();
        table.insert(table.indexOf(original) + dice.between(1, 40), copy);
        return copy;
    }

    private static Instant instant(CsvRow row, String column) {
        return Timestamps.parse(row.get(column));
    }

    private static Instant midpoint(CsvRow row, String from, String to) {
        Instant start = instant(row, from);
        return start.plusSeconds(Duration.between(start, instant(row, to)).getSeconds() / 2);
    }

    private static double gapHours(CsvRow row, String from, String to) {
        return row.has(from) && row.has(to)
                ? Duration.between(instant(row, from), instant(row, to)).toSeconds() / 3600.0 : -1;
    }

    /** Fresh ids after the highest one the generator used, in the file's own format. */
    private static final class Ids {

        private final String format;
        private int last;

        Ids(CsvTable table, String format) {
            this.format = format;
            this.last = table.rows().size();
        }

        String next() {
            return String.format(format, ++last);
        }
    }
}

package io.revblueprint.demo;

import io.revblueprint.crm.Activity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a valid snapshot of any size with the demo's realism: {@code leads} leads over the demo's two quarters,
 * one sales team per 5,000 of them (4 to 198, plus marketing and RevOps: at most 200 teams), nothing planted bad.
 * Rows are streamed to the files day by day, so memory stays flat and time grows linearly with the size; the same
 * seed and size always write byte-identical files.
 */
public final class ScaleSnapshotGenerator {

    static final int LEADS_PER_TEAM = 5_000;
    static final int MAX_TEAMS = 200;
    private static final int BACK_OFFICE_TEAMS = 2;
    /** The demo's share of deals an AE sources per lead of the team (about 22 per 1,250 leads). */
    private static final double SALES_SOURCED_PER_LEAD = 22.0 / 1_250;

    private final long seed;
    private final int leads;

    public ScaleSnapshotGenerator(long seed, int leads) {
        if (leads < 1) {
            throw new IllegalArgumentException("--leads must be at least 1, not " + leads);
        }
        this.seed = seed;
        this.leads = leads;
    }

    /** Sales teams for a snapshot of that many leads. */
    static int salesTeams(int leads) {
        return Math.max(4, Math.min(MAX_TEAMS, leads / LEADS_PER_TEAM) - BACK_OFFICE_TEAMS);
    }

    /** Writes snapshot.json and the eight CSV files into {@code folder} (created if missing). */
    public DemoSnapshot writeTo(Path folder) throws IOException {
        Dice dice = new Dice(seed);
        Roster roster = Roster.scaled(salesTeams(leads));
        Files.createDirectories(folder);
        SnapshotJson.write(folder);
        SnapshotTables tables = new SnapshotTables(roster, dice);
        CsvTableStream files = new CsvTableStream(folder, tables.all());
        try (files) {
            new Run(roster, dice, tables, files).write();
        }
        return new DemoSnapshot(folder, DemoCompany.AS_OF, files.rowCounts(), List.of());
    }

    /** One generation: the factories share the dice, ids are numbered as rows are written. */
    private final class Run {

        private final Roster roster;
        private final SnapshotTables tables;
        private final CsvTableStream files;
        private final LeadFactory prospects;
        private final LeadLifecycle lifecycle;
        private final OpportunityFactory deals;
        private final ActivityFactory touches;
        private final Dice dice;
        private int leadCount;
        private int dealCount;
        private int activityCount;

        Run(Roster roster, Dice dice, SnapshotTables tables, CsvTableStream files) {
            this.roster = roster;
            this.dice = dice;
            this.tables = tables;
            this.files = files;
            this.prospects = new LeadFactory(roster, dice);
            this.lifecycle = new LeadLifecycle(roster, dice);
            this.deals = new OpportunityFactory(roster, dice);
            this.touches = new ActivityFactory(roster, dice);
        }

        void write() {
            files.drain();
            double total = 0;
            for (LocalDate day = DemoCompany.FIRST_LEAD_DAY; !day.isAfter(DemoCompany.LAST_LEAD_DAY); day = day.plusDays(1)) {
                total += LeadFactory.weight(day);
            }
            double due = 0;
            for (LocalDate day = DemoCompany.FIRST_LEAD_DAY; !day.isAfter(DemoCompany.LAST_LEAD_DAY); day = day.plusDays(1)) {
                due += leads * LeadFactory.weight(day) / total;
                int count = day.equals(DemoCompany.LAST_LEAD_DAY) ? leads - leadCount : (int) Math.round(due) - leadCount;
                prospects.drawOn(day, count).forEach(this::lead);
                files.drain();
            }
            salesSourcedDeals();
        }

        private void lead(Prospect prospect) {
            DemoLead lead = lifecycle.simulate(String.format("L-%07d", ++leadCount), prospect);
            DemoOpportunity deal = deals.fromLead(lead, String.format("O-%07d", dealCount + 1));
            List<Activity> activities = new ArrayList<>(touches.onLead(lead));
            if (deal == null) {
                tables.addLeads(List.of(lead), Map.of());
            } else {
                dealCount++;
                tables.addLeads(List.of(lead), Map.of(lead.lead().leadId(), deal.opportunity().opportunityId()));
                tables.addOpportunities(List.of(deal));
                activities.addAll(touches.onOpportunity(deal));
            }
            addActivities(activities);
        }

        private void salesSourcedDeals() {
            int perTeam = (int) Math.round(SALES_SOURCED_PER_LEAD * leads / roster.salesTeams().size());
            for (DemoTeam team : roster.salesTeams()) {
                int count = Math.max(0, perTeam + dice.between(-4, 4));
                for (int i = 0; i < count; i++) {
                    DemoOpportunity deal = deals.salesSourced(team, String.format("O-%07d", ++dealCount));
                    tables.addOpportunities(List.of(deal));
                    addActivities(touches.onOpportunity(deal));
                }
                files.drain();
            }
        }

        private void addActivities(List<Activity> activities) {
            tables.addActivities(activities.stream()
                    .map(activity -> ActivityFactory.numbered(activity, String.format("A-%08d", ++activityCount)))
                    .toList());
        }
    }
}

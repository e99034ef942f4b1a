package io.revblueprint.demo;

import io.revblueprint.crm.Activity;
import io.revblueprint.crm.Opportunity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes the demo snapshot of "Northwind Analytics": two quarters of leads, touches and deals of four sales teams
 * that each leak revenue in their own way, plus a few planted rows the importer must quarantine.
 * The same seed always writes byte-identical files.
 */
public final class DemoSnapshotGenerator {

    private final long seed;

    public DemoSnapshotGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes snapshot.json and the eight CSV files into {@code folder} (created if missing). */
    public DemoSnapshot writeTo(Path folder) throws IOException {
        Dice dice = new Dice(seed);
        Roster roster = new Roster();
        List<DemoLead> leads = leads(roster, dice);
        List<DemoOpportunity> deals = new OpportunityFactory(roster, dice).create(leads);
        List<Activity> activities = new ActivityFactory(roster, dice).create(leads, deals);
        SnapshotTables tables = new SnapshotTables(roster, dice);
        tables.addLeads(leads, opportunityByLead(deals));
        tables.addOpportunities(deals);
        tables.addActivities(activities);
        new BadRowPlanter(dice).plant(tables);
        return write(tables, folder);
    }

    private static List<DemoLead> leads(Roster roster, Dice dice) {
        List<Prospect> prospects = new LeadFactory(roster, dice).draw();
        LeadLifecycle lifecycle = new LeadLifecycle(roster, dice);
        return IntStream.range(0, prospects.size())
                .mapToObj(i -> lifecycle.simulate(String.format("L-%05d", i + 1), prospects.get(i))).toList();
    }

    private static Map<String, String> opportunityByLead(List<DemoOpportunity> deals) {
        return deals.stream().map(DemoOpportunity::opportunity).filter(deal -> Objects.nonNull(deal.leadId()))
                .collect(Collectors.toMap(Opportunity::leadId, Opportunity::opportunityId));
    }

    private static DemoSnapshot write(SnapshotTables tables, Path folder) throws IOException {
        Files.createDirectories(folder);
        SnapshotJson.write(folder);
        Map<String, Integer> rowCounts = new LinkedHashMap<>();
        List<PlantedBadRow> planted = new ArrayList<>();
        for (CsvTable table : tables.all()) {
            CsvTableWriter.Written written = CsvTableWriter.write(table, folder);
            rowCounts.put(table.file(), written.rows());
            planted.addAll(written.planted());
        }
        return new DemoSnapshot(folder, DemoCompany.AS_OF, rowCounts, planted);
    }
}

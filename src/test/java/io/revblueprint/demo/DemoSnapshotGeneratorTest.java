package io.revblueprint.demo;

import io.revblueprint.demo.SnapshotReader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class DemoSnapshotGeneratorTest {

    private static final long SEED = 20261002L;
    private static final Instant AS_OF = Instant.parse("2026-10-02T02:00:00Z");
    private static final List<String> FILES = List.of("snapshot.json", "teams.csv", "users.csv", "holidays.csv",
            "leads.csv", "activities.csv", "opportunities.csv", "opportunity_stages.csv", "campaigns.csv");
    private static final Pattern QUOTED_VALUE = Pattern.compile("'(.*)'");
    private static final Pattern X_BEFORE_Y = Pattern.compile("(\\w+) before (\\w+)");

    @TempDir
    static Path temp;
    private static DemoSnapshot snapshot;

    @BeforeAll
    static void generate() throws IOException {
        snapshot = new DemoSnapshotGenerator(SEED).writeTo(temp.resolve("demo"));
    }

    @Test
    void sameSeedWritesIdenticalBytes() throws IOException {
        Path again = new DemoSnapshotGenerator(SEED).writeTo(temp.resolve("again")).folder();
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(snapshot.folder().resolve(file)),
                    Files.readAllBytes(again.resolve(file)), file);
        }
    }

    @Test
    void otherSeedWritesOtherLeads() throws IOException {
        Path other = new DemoSnapshotGenerator(SEED + 1).writeTo(temp.resolve("other")).folder();
        String leads = Files.readString(snapshot.folder().resolve("leads.csv"));
        assertFalse(leads.equals(Files.readString(other.resolve("leads.csv"))));
    }

    @Test
    void snapshotJsonCarriesTheCutoffAndCompanyZone() throws IOException {
        String json = Files.readString(snapshot.folder().resolve("snapshot.json"));
        assertTrue(json.contains("\"as_of\" : \"2026-10-02T02:00:00Z\""), json);
        assertTrue(json.contains("\"timezone\" : \"Europe/Berlin\""), json);
        assertEquals(AS_OF, snapshot.asOf());
    }

    @Test
    void fourSalesTeamsInFourZonesOneWorkingFourDays() throws IOException {
        List<Row> sales = good("teams.csv").stream().filter(team -> "SALES".equals(team.get("function"))).toList();
        assertTrue(sales.size() >= 4, "sales teams: " + sales.size());
        assertTrue(sales.stream().map(team -> team.get("timezone")).distinct().count() >= 4);
        assertTrue(sales.stream().anyMatch(team -> "MON,TUE,WED,THU".equals(team.get("workdays"))));
    }

    @Test
    void aboutFiveThousandLeads() throws IOException {
        int leads = good("leads.csv").size();
        assertTrue(leads >= 4_500 && leads <= 5_500, "leads: " + leads);
    }

    @Test
    void everyGoodLeadKeepsLifecycleOrder() throws IOException {
        for (Row lead : good("leads.csv")) {
            Instant created = lead.instant("created_at");
            Instant mql = lead.instant("mql_at");
            assertNotNull(created, "created_at on line " + lead.line());
            assertNotAfter(created, mql, lead);
            for (String milestone : List.of("accepted_at", "rejected_at", "sql_at", "disqualified_at")) {
                assertNotAfter(mql, lead.instant(milestone), lead);
                assertNotAfter(created, lead.instant(milestone), lead);
            }
            assertNotAfter(lead.instant("accepted_at"), lead.instant("sql_at"), lead);
        }
    }

    @Test
    void nothingGoodIsLaterThanAsOf() throws IOException {
        Map<String, List<String>> timestamps = Map.of(
                "leads.csv", List.of("created_at", "mql_at", "accepted_at", "rejected_at", "sql_at", "disqualified_at"),
                "activities.csv", List.of("occurred_at"),
                "opportunities.csv", List.of("created_at", "closed_at"),
                "opportunity_stages.csv", List.of("entered_at"));
        for (Map.Entry<String, List<String>> file : timestamps.entrySet()) {
            for (Row row : good(file.getKey())) {
                for (String column : file.getValue()) {
                    assertNotAfter(row.instant(column), AS_OF, row);
                }
            }
        }
    }

    @Test
    void plantedRowsAreUnderOnePercentAndEachRuleOnce() {
        List<PlantedBadRow> planted = snapshot.plantedBadRows();
        assertTrue(planted.size() >= 20, "planted: " + planted.size());
        assertTrue(planted.size() < snapshot.rowCounts().values().stream().mapToInt(Integer::intValue).sum() / 100.0, planted.size() + " of " + snapshot.rowCounts().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(planted.size(), planted.stream().map(bad -> bad.file() + bad.reason()).distinct().count());
    }

    @Test
    void everyPlantedLineHoldsItsFault() throws IOException {
        for (PlantedBadRow bad : snapshot.plantedBadRows()) {
            List<Row> rows = SnapshotReader.read(snapshot.folder().resolve(bad.file()));
            Row row = rows.stream().filter(r -> r.line() == bad.line()).findFirst()
                    .orElseThrow(() -> new AssertionError("no record starts at " + bad));
            assertTrue(row.cells().containsKey(bad.column()), bad.toString());
            assertFault(bad, row, rows);
        }
    }

    @Test
    void goodRowsOnlyReferToGoodRows() throws IOException {
        Set<String> teams = ids("teams.csv", "team_id");
        Set<String> users = ids("users.csv", "user_id");
        Set<String> leads = ids("leads.csv", "lead_id");
        Set<String> deals = ids("opportunities.csv", "opportunity_id");
        good("users.csv").forEach(user -> assertTrue(teams.contains(user.get("team_id")), user.toString()));
        good("opportunities.csv").forEach(deal -> assertTrue(users.contains(deal.get("owner_id")), deal.toString()));
        good("opportunity_stages.csv").forEach(stage -> assertTrue(deals.contains(stage.get("opportunity_id"))));
        for (Row activity : good("activities.csv")) {
            assertTrue(users.contains(activity.get("owner_id")), activity.toString());
            String lead = activity.get("lead_id");
            String deal = activity.get("opportunity_id");
            assertTrue(lead != null || deal != null, activity.toString());
            assertTrue(lead == null || leads.contains(lead), activity.toString());
            assertTrue(deal == null || deals.contains(deal), activity.toString());
        }
    }

    @Test
    void everySalesTeamClosesThirtyDealsInTheThirdQuarter() throws IOException {
        Map<String, String> teamOfUser = good("users.csv").stream()
                .collect(Collectors.toMap(user -> user.get("user_id"), user -> user.get("team_id")));
        Instant from = LocalDate.of(2026, 7, 1).atStartOfDay(SnapshotReader.COMPANY_ZONE).toInstant();
        Instant to = LocalDate.of(2026, 10, 1).atStartOfDay(SnapshotReader.COMPANY_ZONE).toInstant();
        Map<String, Long> closed = good("opportunities.csv").stream()
                .filter(deal -> "true".equals(deal.get("is_closed")))
                .filter(deal -> !deal.instant("closed_at").isBefore(from) && deal.instant("closed_at").isBefore(to))
                .collect(Collectors.groupingBy(deal -> teamOfUser.get(deal.get("owner_id")), Collectors.counting()));
        for (Row team : good("teams.csv")) {
            if ("SALES".equals(team.get("function"))) {
                assertTrue(closed.getOrDefault(team.get("team_id"), 0L) >= 30, team.get("team_id") + ": " + closed);
            }
        }
    }

    @Test
    void goodRowsExerciseQuotingAndOnlyLeadsHaveABom() throws IOException {
        List<String> values = FILES.stream().filter(file -> file.endsWith(".csv"))
                .flatMap(file -> goodQuietly(file).stream()).flatMap(row -> row.cells().values().stream()).toList();
        assertTrue(values.stream().anyMatch(value -> value.contains(",")), "embedded comma");
        assertTrue(values.stream().anyMatch(value -> value.contains("\"")), "embedded quote");
        assertTrue(values.stream().anyMatch(value -> value.contains("\n")), "multi-line field");
        assertTrue(values.contains("Jürgen Müller"));
        for (String file : FILES) {
            byte[] bytes = Files.readAllBytes(snapshot.folder().resolve(file));
            boolean bom = bytes.length > 2 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB;
            assertEquals(file.equals("leads.csv"), bom, file);
        }
    }

    /** Checks that the row really breaks the rule the planted reason names. */
    private static void assertFault(PlantedBadRow bad, Row row, List<Row> rows) {
        String reason = bad.reason();
        String cell = row.get(bad.column());
        Matcher quoted = QUOTED_VALUE.matcher(reason);
        Matcher order = X_BEFORE_Y.matcher(reason);
        if (quoted.find()) {
            assertEquals(quoted.group(1), cell, bad.toString());
        } else if (reason.startsWith("unknown ")) {
            assertEquals(lastWord(reason.substring(0, reason.indexOf(':'))), cell, bad.toString());
        } else if (reason.startsWith("duplicate ")) {
            assertEquals(lastWord(reason), cell, bad.toString());
            assertTrue(rows.stream().anyMatch(earlier -> earlier.line() < row.line()
                    && cell.equals(earlier.get(bad.column()))), bad.toString());
        } else if (reason.startsWith("missing ")) {
            assertNull(cell, bad.toString());
        } else if (reason.equals("later than as_of")) {
            assertTrue(row.instant(bad.column()).isAfter(AS_OF), bad.toString());
        } else if (order.matches()) {
            assertEquals(order.group(1), bad.column(), bad.toString());
            assertTrue(row.instant(order.group(1)).isBefore(row.instant(order.group(2))), bad.toString());
        } else if (reason.equals("won but not closed")) {
            assertEquals("true", row.get("is_won"), bad.toString());
            assertEquals("false", row.get("is_closed"), bad.toString());
        } else if (reason.equals("closed without closed_at")) {
            assertEquals("true", row.get("is_closed"), bad.toString());
            assertNull(cell, bad.toString());
        } else if (reason.equals("neither lead_id nor opportunity_id")) {
            assertNull(row.get("lead_id"), bad.toString());
            assertNull(row.get("opportunity_id"), bad.toString());
        } else {
            fail("no check for " + bad);
        }
    }

    private static void assertNotAfter(Instant earlier, Instant later, Row row) {
        if (earlier != null && later != null) {
            assertFalse(earlier.isAfter(later), earlier + " after " + later + " in " + row);
        }
    }

    private static String lastWord(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    private static Set<String> ids(String file, String column) throws IOException {
        return good(file).stream().map(row -> row.get(column)).collect(Collectors.toCollection(HashSet::new));
    }

    /** The rows of a file that were not planted bad. */
    private static List<Row> good(String file) throws IOException {
        Set<Long> planted = snapshot.plantedBadRows().stream().filter(bad -> bad.file().equals(file))
                .map(PlantedBadRow::line).collect(Collectors.toSet());
        List<Row> rows = SnapshotReader.read(snapshot.folder().resolve(file));
        assertEquals(snapshot.rowCounts().get(file), rows.size(), file);
        return rows.stream().filter(row -> !planted.contains(row.line())).toList();
    }

    private static List<Row> goodQuietly(String file) {
        try {
            return good(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

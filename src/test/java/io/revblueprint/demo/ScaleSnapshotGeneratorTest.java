package io.revblueprint.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaleSnapshotGeneratorTest {

    private static final List<String> FILES = List.of("snapshot.json", "teams.csv", "users.csv", "holidays.csv",
            "leads.csv", "activities.csv", "opportunities.csv", "opportunity_stages.csv", "campaigns.csv");

    @TempDir
    Path temp;

    @Test
    void sameSeedAndSizeWriteIdenticalBytes() throws IOException {
        Path first = new ScaleSnapshotGenerator(7, 3_000).writeTo(temp.resolve("first")).folder();
        Path second = new ScaleSnapshotGenerator(7, 3_000).writeTo(temp.resolve("second")).folder();
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    @Test
    void writesExactlyTheLeadsAskedForWithDealsAndTouches() throws IOException {
        DemoSnapshot snapshot = new ScaleSnapshotGenerator(7, 3_000).writeTo(temp);

        assertEquals(3_000, snapshot.rowCounts().get("leads.csv"));
        assertTrue(snapshot.rowCounts().get("opportunities.csv") > 300, snapshot.rowCounts().toString());
        assertTrue(snapshot.rowCounts().get("activities.csv") > 10_000, snapshot.rowCounts().toString());
        assertTrue(snapshot.plantedBadRows().isEmpty());
    }

    @Test
    void oneTeamPerFiveThousandLeadsAtLeastTheDemosAndAtMostTwoHundred() throws IOException {
        assertEquals(4, ScaleSnapshotGenerator.salesTeams(1_000));
        assertEquals(4, ScaleSnapshotGenerator.salesTeams(30_000));
        assertEquals(48, ScaleSnapshotGenerator.salesTeams(250_000));
        assertEquals(198, ScaleSnapshotGenerator.salesTeams(1_000_000));
        assertEquals(198, ScaleSnapshotGenerator.salesTeams(5_000_000));
        assertEquals(6, new ScaleSnapshotGenerator(7, 1_000).writeTo(temp).rowCounts().get("teams.csv"));
    }
}

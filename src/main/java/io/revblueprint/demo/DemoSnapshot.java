package io.revblueprint.demo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo snapshot folder as written.
 *
 * @param rowCounts      data rows (header excluded, planted rows included) per CSV file, in writing order
 * @param plantedBadRows the rows the importer must quarantine, and nothing else
 */
public record DemoSnapshot(
        Path folder, Instant asOf, Map<String, Integer> rowCounts, List<PlantedBadRow> plantedBadRows) {

    public DemoSnapshot {
        rowCounts = Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
        plantedBadRows = List.copyOf(plantedBadRows);
    }
}

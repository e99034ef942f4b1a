package io.revblueprint.demo;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
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

    /** The quarter before the last full one at as-of (UTC), "2026-Q2": the demo runs it first to have history. */
    public String quarterBeforeLast() {
        LocalDate twoQuartersBack = asOf.atZone(ZoneOffset.UTC).toLocalDate().minusMonths(6);
        return twoQuartersBack.getYear() + "-Q" + twoQuartersBack.get(IsoFields.QUARTER_OF_YEAR);
    }
}

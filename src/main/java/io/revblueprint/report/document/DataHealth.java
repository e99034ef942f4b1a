package io.revblueprint.report.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The snapshot's input rows (stored plus quarantined) and the quarantined rows per file, most first. */
public record DataHealth(long inputRows, Map<String, Long> quarantinedByFile) {

    public DataHealth {
        quarantinedByFile = Collections.unmodifiableMap(new LinkedHashMap<>(quarantinedByFile));
    }

    public long quarantinedRows() {
        return quarantinedByFile.values().stream().mapToLong(Long::longValue).sum();
    }
}

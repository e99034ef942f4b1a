package io.revblueprint.metrics;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** How many rows of a snapshot record each input; an input with none is not recorded at all. */
public record RecordedInputs(Map<RecordedInput, Long> rows) {

    public RecordedInputs {
        rows = Map.copyOf(rows);
    }

    public boolean isRecorded(RecordedInput input) {
        return rows.getOrDefault(input, 0L) > 0;
    }

    /**
     * The inputs {@code metric} needs that the snapshot does not record, each said as the widest unrecorded input that
     * covers it (no leads at all, rather than no SQL dates); empty when it is measurable.
     */
    public Set<RecordedInput> missingFor(Metric metric) {
        Set<RecordedInput> missing = EnumSet.noneOf(RecordedInput.class);
        metric.inputs().stream().filter(input -> !isRecorded(input)).map(this::widestMissing).forEach(missing::add);
        return missing;
    }

    private RecordedInput widestMissing(RecordedInput input) {
        RecordedInput widest = input;
        while (widest.coveredBy() != null && !isRecorded(widest.coveredBy())) {
            widest = widest.coveredBy();
        }
        return widest;
    }

    public boolean isMeasurable(Metric metric) {
        return missingFor(metric).isEmpty();
    }

    /** The unrecorded inputs that each need a data fix: those not recorded by the fix of another, wider one. */
    public Set<RecordedInput> needingAFix() {
        Set<RecordedInput> missing = EnumSet.noneOf(RecordedInput.class);
        for (RecordedInput input : RecordedInput.values()) {
            if (!isRecorded(input) && widestMissing(input) == input) {
                missing.add(input);
            }
        }
        return missing;
    }
}

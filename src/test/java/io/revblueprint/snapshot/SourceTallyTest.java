package io.revblueprint.snapshot;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceTallyTest {

    @Test
    void reasonsAndNotesKeepTheOrderTheyWereFirstMetIn() {
        Map<String, Long> firstMet = new LinkedHashMap<>();
        IntStream.range(0, 20).forEach(i -> firstMet.put("reason " + (19 - i), (long) i));

        SourceTally tally = new SourceTally("Task.csv", 190, 0, firstMet, List.of(), firstMet);

        assertThat(tally.skipped().keySet()).containsExactlyElementsOf(firstMet.keySet());
        assertThat(tally.notes().keySet()).containsExactlyElementsOf(firstMet.keySet());
        assertThat(tally.skippedRows()).isEqualTo(190);
        assertThatThrownBy(() -> tally.skipped().put("later", 1L)).isInstanceOf(UnsupportedOperationException.class);
    }
}

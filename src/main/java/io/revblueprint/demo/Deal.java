package io.revblueprint.demo;

import java.time.Instant;
import java.util.List;

/** How a deal went up to as_of: the stages it entered and, once closed, when and how. */
record Deal(String stage, boolean closed, boolean won, Instant closedAt, List<StageEntry> history) {

    static final String WON = "Closed Won";
    static final String LOST = "Closed Lost";

    Deal {
        history = List.copyOf(history);
    }

    boolean lost() {
        return closed && !won;
    }

    /** One row of stage history, before the opportunity has its id. */
    record StageEntry(String stage, Instant enteredAt) {
    }
}

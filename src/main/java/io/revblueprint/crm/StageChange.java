package io.revblueprint.crm;

import java.time.Instant;

/** One row of an opportunity's stage history. */
public record StageChange(String opportunityId, String stage, Instant enteredAt) {
}

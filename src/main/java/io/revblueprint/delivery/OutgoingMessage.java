package io.revblueprint.delivery;

import java.util.List;
import java.util.Objects;

/**
 * A message the report step wrote next to its PDF, for delivery to send as it is: which blueprint (a team's, or
 * {@code ALL} for the executive summary) of which period ("2026-Q3"; "2026-Q4-partial" before it is over), the
 * subject, the plain and HTML bodies, the PDF's file name (in the same folder) and who receives it.
 */
public record OutgoingMessage(String scope, String periodLabel, String subject, String text, String html,
                              String attachment, List<Recipient> recipients) {

    /** One person a message goes to. */
    public record Recipient(String email, String name) {
    }

    public OutgoingMessage {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(periodLabel, "periodLabel");
        Objects.requireNonNull(attachment, "attachment");
        recipients = List.copyOf(recipients);
    }
}

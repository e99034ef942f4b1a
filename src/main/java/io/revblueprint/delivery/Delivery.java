package io.revblueprint.delivery;

import java.nio.file.Path;

/** One message to one person: a blueprint (a team's, or the executive summary for scope ALL) and its PDF. */
public record Delivery(OutgoingMessage.Recipient recipient, OutgoingMessage message, Path pdf) {

    public String recipientEmail() {
        return recipient.email();
    }

    public String scope() {
        return message.scope();
    }

    public String periodLabel() {
        return message.periodLabel();
    }
}

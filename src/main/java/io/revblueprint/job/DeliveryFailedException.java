package io.revblueprint.job;

import io.revblueprint.delivery.DeliveryLog;

import java.util.List;
import java.util.stream.Collectors;

/** Some messages of the run could not be sent: who, and why; the rest were sent, and a rerun sends only these. */
class DeliveryFailedException extends RuntimeException {

    /** {@code delivered}: how many messages of the period have left, by this run or an earlier one. */
    DeliveryFailedException(List<DeliveryLog.Failure> failures, long delivered) {
        super(failures.size() + (failures.size() == 1 ? " message was" : " messages were") + " not delivered: "
                + failures.stream().limit(5).map(failure -> failure.recipient() + " (" + failure.error() + ")")
                .collect(Collectors.joining("; ")) + (failures.size() > 5 ? "; and " + (failures.size() - 5)
                + " more" : "") + ". " + (delivered == 0 ? "No message of this period has been delivered"
                : delivered + (delivered == 1 ? " other message" : " other messages") + " of this period "
                + (delivered == 1 ? "has" : "have") + " been delivered") + "; run the same command again to send only"
                + " these");
    }
}

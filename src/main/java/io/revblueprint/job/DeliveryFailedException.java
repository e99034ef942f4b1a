package io.revblueprint.job;

import io.revblueprint.delivery.DeliveryLog;

import java.util.List;
import java.util.stream.Collectors;

/** Some messages of the run could not be sent: who, and why; the rest were sent, and a rerun sends only these. */
class DeliveryFailedException extends RuntimeException {

    /** {@code sent}: how many of the run's messages did leave (none when the server could not be reached). */
    DeliveryFailedException(List<DeliveryLog.Failure> failures, long sent) {
        super(failures.size() + (failures.size() == 1 ? " message was" : " messages were") + " not delivered: "
                + failures.stream().limit(5).map(failure -> failure.recipient() + " (" + failure.error() + ")")
                .collect(Collectors.joining("; ")) + (failures.size() > 5 ? "; and " + (failures.size() - 5)
                + " more" : "") + ". " + (sent == 0 ? "Nothing was sent" : sent + " other" + (sent == 1 ? " was" : "s were")
                + " sent") + "; run the same command again to send only these");
    }
}

package io.revblueprint.delivery;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.util.Locale;

/** Delivers a blueprint once per recipient and period (again only when forced), over SMTP or into the outbox. */
@Service
public class Deliverer {

    private static final Logger log = LoggerFactory.getLogger(Deliverer.class);

    private final Mailer mailer;
    private final DeliveryLog deliveryLog;
    private final String from;

    public Deliverer(Mailer mailer, DeliveryLog deliveryLog,
                     @Value("${blueprint.delivery.from:Revenue Blueprint <blueprint@localhost>}") String from) {
        this.mailer = mailer;
        this.deliveryLog = deliveryLog;
        this.from = from;
    }

    /** False when email is off, or the recipient already has this blueprint for the period and no resend was forced. */
    public boolean isDue(Delivery delivery, String channel, boolean force) {
        return !channel.equalsIgnoreCase("NONE") && (force || !deliveryLog.wasDelivered(delivery));
    }

    public void send(Delivery delivery, String channel, long runId, Path outbox) {
        String mode = channel.toUpperCase(Locale.ROOT);
        MimeMessage message = BlueprintMessage.build(delivery, from);
        // Recorded first, in the step's transaction: a failed send rolls the record back and a restart retries it.
        deliveryLog.record(delivery, runId, mode);
        if (mode.equals("SMTP")) {
            mailer.sendSmtp(message);
        } else {
            mailer.writeToOutbox(message, delivery, outbox);
        }
        log.info("Delivered \"{}\" to {} ({})", delivery.message().subject(), delivery.recipientEmail(),
                mode.toLowerCase(Locale.ROOT));
    }
}

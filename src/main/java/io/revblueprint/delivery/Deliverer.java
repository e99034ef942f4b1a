package io.revblueprint.delivery;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Service;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Delivers a blueprint at most once per recipient and period (again only when forced), over SMTP or into the
 * outbox. A message that will not leave is retried a few times with a growing pause, then recorded as failed and
 * the next one is sent: one bad server answer or address never stops everyone's mail.
 */
@Service
public class Deliverer {

    private static final Logger log = LoggerFactory.getLogger(Deliverer.class);

    private final Mailer mailer;
    private final DeliveryLog deliveryLog;
    private final SenderAddress from;
    private final AtomicBoolean placeholderWarned = new AtomicBoolean();
    private final int attempts;
    private final Duration firstPause;

    public Deliverer(Mailer mailer, DeliveryLog deliveryLog,
                     @Value("${blueprint.delivery.from:}") String from,
                     @Value("${spring.mail.username:}") String smtpUsername,
                     @Value("${blueprint.delivery.attempts:3}") int attempts,
                     @Value("${blueprint.delivery.retry-pause:2s}") Duration firstPause) {
        this.mailer = mailer;
        this.deliveryLog = deliveryLog;
        this.from = SenderAddress.of(from, smtpUsername);
        this.attempts = Math.max(1, attempts);
        this.firstPause = firstPause;
    }

    /**
     * False when email is off, or the recipient already has this blueprint for the period and no resend was forced.
     * A message left "sending" by a process killed mid-send may have left: into the outbox it is checked (the file
     * is there or not), over SMTP it is not sent again.
     */
    public boolean isDue(Delivery delivery, String channel, boolean force, Path outbox) {
        if (channel.equalsIgnoreCase("NONE")) {
            return false;
        }
        if (force) {
            return true;
        }
        return deliveryLog.status(delivery).map(status -> switch (status) {
            case SENT -> onlyWrittenToTheOutbox(delivery, channel);
            case FAILED -> true;
            case SENDING -> reconcile(delivery, channel, outbox);
        }).orElse(true);
    }

    /**
     * A message written to the outbox was not mailed: once SMTP was set up (a misspelt SPRING_MAIL_HOST had sent the
     * run to the outbox), the run said "13 already delivered earlier" and mailed nobody.
     */
    private boolean onlyWrittenToTheOutbox(Delivery delivery, String channel) {
        return channel.equalsIgnoreCase("SMTP") && deliveryLog.channel(delivery).filter("OUTBOX"::equalsIgnoreCase)
                .isPresent();
    }

    private boolean reconcile(Delivery delivery, String channel, Path outbox) {
        if (channel.equalsIgnoreCase("OUTBOX")) {
            boolean written = Files.exists(mailer.outboxFile(delivery, outbox));
            if (written) {
                deliveryLog.sent(delivery);
            }
            return !written;
        }
        log.warn("\"{}\" to {} may have been delivered ({}); not sent again (--force resends)",
                delivery.message().subject(), delivery.recipientEmail(), deliveryLog.lastError(delivery)
                        .orElse("the last run stopped while it was being sent"));
        return false;
    }

    /**
     * Sends the message, or records why it could not be sent; never throws for one message. When the server could
     * not be reached at all (refused, unknown, no route, connect timed out) or took a message and never confirmed
     * it, says so: the messages after it fail at once ({@link #failUnsent}) instead of each paying every attempt and
     * pause, which at 600 messages took hours. A message the server never confirmed may have been delivered: it is
     * not tried again, and not sent again by a rerun (a slow server received every message three times).
     */
    public Attempt send(Delivery delivery, String channel, long runId, Path outbox) {
        String mode = channel.toUpperCase(Locale.ROOT);
        deliveryLog.sending(delivery, runId, mode);
        try {
            MimeMessage message = BlueprintMessage.build(delivery, from.address());
            if (mode.equals("SMTP")) {
                warnOfPlaceholderSender();
                sendWithRetries(message);
            } else {
                mailer.writeToOutbox(message, delivery, outbox);
            }
            deliveryLog.sent(delivery);
            log.info("Delivered \"{}\" to {} ({})", delivery.message().subject(), delivery.recipientEmail(),
                    mode.toLowerCase(Locale.ROOT));
            return new Attempt(true, Optional.empty());
        } catch (UnconfirmedException e) {
            deliveryLog.unconfirmed(delivery, e.getMessage());
            log.error("\"{}\" to {} may have been delivered: {}; not sent again (--force resends)",
                    delivery.message().subject(), delivery.recipientEmail(), e.getMessage());
            return new Attempt(false, Optional.of("did not confirm an earlier message in time"));
        } catch (RuntimeException e) {
            String why = Mailer.describe(e);
            failed(delivery, why);
            return new Attempt(false, isUnreachable(e) ? Optional.of("could not be reached for an earlier message ("
                    + why + ")") : Optional.empty());
        }
    }

    /**
     * Whether one message was delivered; when the rest should not be tried, what the server did ("could not be
     * reached for an earlier message (…)").
     */
    public record Attempt(boolean delivered, Optional<String> serverFailed) {
    }

    /** Records the message as not sent, for what the server did with an earlier one. */
    public void failUnsent(Delivery delivery, String channel, long runId, String serverFailed) {
        deliveryLog.sending(delivery, runId, channel.toUpperCase(Locale.ROOT));
        failed(delivery, "not tried, as the server " + serverFailed);
    }

    private void failed(Delivery delivery, String why) {
        deliveryLog.failed(delivery, why);
        log.error("Not delivered \"{}\" to {}: {}", delivery.message().subject(), delivery.recipientEmail(), why);
    }

    /**
     * Refused, unknown host, no route, or a timeout while connecting (a server that takes the connection and never
     * greets times out in Spring's connect step); a server that answers and refuses the session (421, TLS) is not.
     */
    private static boolean isUnreachable(Throwable failure) {
        return causes(failure).anyMatch(cause -> cause instanceof ConnectException
                || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException)
                || isConnecting(failure) && timedOut(failure);
    }

    /**
     * A timeout once connected, in the message's own failure (not in closing the connection after a refusal): the
     * server may have taken the message and not said so in time.
     */
    private static boolean isUnconfirmed(MailException failure) {
        Stream<Throwable> ofMessage = failure instanceof MailSendException send && send.getMessageExceptions().length > 0
                ? Arrays.stream(send.getMessageExceptions()).flatMap(Deliverer::causes) : causes(failure);
        return ofMessage.anyMatch(SocketTimeoutException.class::isInstance) && !isConnecting(failure);
    }

    /** Spring reports a server that accepted the message and then stalled on QUIT as a failed send. */
    private static boolean onlyClosingFailed(MailException failure) {
        return failure instanceof MailSendException send && send.getFailedMessages().isEmpty()
                && String.valueOf(send.getMessage()).startsWith("Failed to close server connection after message sending");
    }

    private static boolean isConnecting(Throwable failure) {
        return causes(failure).anyMatch(cause -> String.valueOf(cause.getMessage())
                .startsWith("Mail server connection failed"));
    }

    private static boolean timedOut(Throwable failure) {
        return causes(failure).anyMatch(SocketTimeoutException.class::isInstance);
    }

    /** The failure, its causes, and those of the messages Spring reports failed. */
    private static Stream<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
            if (cause instanceof MailSendException send) {
                Arrays.stream(send.getMessageExceptions()).flatMap(Deliverer::causes).forEach(causes::add);
            }
        }
        return causes.stream();
    }

    private void warnOfPlaceholderSender() {
        if (from.placeholder() && !placeholderWarned.getAndSet(true)) {
            log.warn("Mail goes out from {}, which many servers reject or file as spam: set BLUEPRINT_DELIVERY_FROM"
                    + " (blueprint.delivery.from) to an address of your domain", from.address());
        }
    }

    private void sendWithRetries(MimeMessage message) {
        Duration pause = firstPause;
        for (int attempt = 1; ; attempt++) {
            try {
                mailer.sendSmtp(message);
                return;
            } catch (MailAuthenticationException wrongCredentials) {
                throw wrongCredentials;
            } catch (MailException e) {
                if (onlyClosingFailed(e)) {
                    log.warn("{}: the message was accepted; closing the connection after it failed: {}",
                            mailer.server(), Mailer.describe(e));
                    return;
                }
                if (isUnconfirmed(e)) {
                    throw new UnconfirmedException(mailer.server() + ": the server did not answer within "
                            + mailer.answerTimeout() + " once the message was under way");
                }
                if (attempt >= attempts) {
                    throw new MailDeliveryException(mailer.server() + ": " + Mailer.describe(e) + " (after "
                            + attempts + " attempts)", e);
                }
                log.warn("{}: sending failed on attempt {} of {}: {}; trying again in {} s", mailer.server(), attempt,
                        attempts, Mailer.describe(e), pause.toSeconds());
                sleep(pause);
                pause = pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to send again", e);
        }
    }

    /** A message the SMTP server took and never confirmed: it may have been delivered. */
    private static final class UnconfirmedException extends RuntimeException {
        UnconfirmedException(String message) {
            super(message);
        }
    }

    /** A message the SMTP server would not take, with the server's address and what it said. */
    static final class MailDeliveryException extends RuntimeException {
        MailDeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

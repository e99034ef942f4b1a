package io.revblueprint.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Sends a built message over SMTP, or writes it as an .eml file into the outbox folder. */
@Component
public class Mailer {

    private final ObjectProvider<JavaMailSender> smtp;

    public Mailer(ObjectProvider<JavaMailSender> smtp) {
        this.smtp = smtp;
    }

    void sendSmtp(MimeMessage message) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("--email=smtp needs spring.mail.host (SPRING_MAIL_HOST) to be set");
        }
        sender.send(message);
    }

    /** "SMTP smtp.example.com:587" (never its user or password), to name the server in an error. */
    String server() {
        return smtp.getIfAvailable() instanceof JavaMailSenderImpl sender
                ? "SMTP " + sender.getHost() + ":" + (sender.getPort() > 0 ? sender.getPort() : 25) : "SMTP";
    }

    /** How long the server may take to answer: "30 s" (spring.mail.properties[mail.smtp.timeout]); never throws. */
    String answerTimeout() {
        String setting = smtp.getIfAvailable() instanceof JavaMailSenderImpl sender
                ? sender.getJavaMailProperties().getProperty("mail.smtp.timeout") : null;
        try {
            long millis = Long.parseLong(String.valueOf(setting).strip());
            return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
        } catch (NumberFormatException notDecimal) {
            return "the time allowed";
        }
    }

    /** Writes {@code <outbox>/<period>__<scope>__<recipient>.eml}; the name is stable, so a forced resend replaces it. */
    Path writeToOutbox(MimeMessage message, Delivery delivery, Path outbox) {
        Path file = outboxFile(delivery, outbox);
        try {
            Files.createDirectories(outbox);
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            // Buffered: the MIME writer hands over one base64 line (78 bytes) at a time.
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
                message.writeTo(out);
            }
            // Whole or not at all: a kill mid-write leaves a .part file, never a half message under the real name.
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException | MessagingException e) {
            throw WriteFailure.of(file, e instanceof IOException io ? io : new IOException(e));
        }
    }

    Path outboxFile(Delivery delivery, Path outbox) {
        return outbox.resolve(FileNames.lowerCase(delivery.periodLabel()) + "__"
                + FileNames.lowerCase(delivery.scope()) + "__" + FileNames.lowerCase(delivery.recipientEmail()) + ".eml");
    }

    /** The innermost cause of a failed send in one line: what the server or the network said. */
    static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return failure instanceof Deliverer.MailDeliveryException ? failure.getMessage()
                : message.replaceAll("\\s+", " ").strip();
    }
}

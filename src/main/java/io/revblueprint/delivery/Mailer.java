package io.revblueprint.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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

    /** Writes {@code <outbox>/<period>__<scope>__<recipient>.eml}; the name is stable, so a forced resend replaces it. */
    Path writeToOutbox(MimeMessage message, Delivery delivery, Path outbox) {
        Path file = outbox.resolve(safe(delivery.periodLabel()) + "__" + safe(delivery.scope()) + "__"
                + safe(delivery.recipientEmail()) + ".eml");
        try {
            Files.createDirectories(outbox);
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
            return file;
        } catch (IOException | MessagingException e) {
            throw new UncheckedIOException("cannot write " + file, e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static String safe(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@._-]", "_");
    }
}

package io.revblueprint.delivery;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.io.UnsupportedEncodingException;
import java.util.Properties;

/** Builds the MIME message of a delivery: the written subject and bodies, to its recipient, the PDF attached. */
final class BlueprintMessage {

    // Made once: a Session and a MIME type map each scan the class path for providers and mime.types files.
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final FileTypeMap TYPES = new ConfigurableMimeFileTypeMap();

    private BlueprintMessage() {
    }

    static MimeMessage build(Delivery delivery, String from) {
        try {
            MimeMessage message = new MimeMessage(SESSION);
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8") {
                @Override
                protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
                    return TYPES;
                }
            };
            helper.setFrom(from);
            helper.setTo(new InternetAddress(delivery.recipientEmail(), delivery.recipient().name(), "UTF-8"));
            helper.setSubject(delivery.message().subject());
            helper.setText(delivery.message().text(), delivery.message().html());
            helper.addAttachment(delivery.pdf().getFileName().toString(), new FileSystemResource(delivery.pdf()),
                    "application/pdf");
            message.saveChanges();
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("cannot build the email to " + delivery.recipientEmail() + ": " + e.getMessage(), e);
        }
    }
}

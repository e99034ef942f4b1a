package io.revblueprint.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.io.UnsupportedEncodingException;
import java.util.Properties;

/** Builds the email: the contract's subject, a phone-friendly HTML body (headlines, top 3 fixes), the PDF attached. */
final class BlueprintMessage {

    private BlueprintMessage() {
    }

    static MimeMessage build(Delivery delivery, Session session, String from) {
        try {
            MimeMessage message = new MimeMessage(session == null ? Session.getInstance(new Properties()) : session);
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(new InternetAddress(delivery.recipientEmail(), delivery.recipientName(), "UTF-8"));
            helper.setSubject(delivery.subject());
            helper.setText(plainText(delivery), html(delivery));
            helper.addAttachment(delivery.pdf().getFileName().toString(), new FileSystemResource(delivery.pdf()),
                    "application/pdf");
            message.saveChanges();
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("cannot build the email to " + delivery.recipientEmail() + ": " + e.getMessage(), e);
        }
    }

    private static String html(Delivery delivery) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                + "<body style=\"margin:0;padding:16px;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;"
                + "color:#1f2933;max-width:600px\">");
        html.append("<h1 style=\"font-size:20px;margin:0 0 4px\">Revenue Growth Blueprint</h1>")
                .append("<p style=\"margin:0 0 16px;color:#52606d\">").append(escape(delivery.scopeName()))
                .append(" · ").append(escape(delivery.periodLabel())).append("</p>");
        html.append("<h2 style=\"font-size:16px;margin:16px 0 8px\">Headlines</h2>");
        delivery.headlines().forEach(line -> html.append("<p style=\"margin:0 0 8px;padding:10px;background:#f0f4f8;"
                + "border-radius:6px\">").append(escape(line)).append("</p>"));
        html.append("<h2 style=\"font-size:16px;margin:16px 0 8px\">Top fixes</h2><ol style=\"padding-left:20px;margin:0\">");
        delivery.topFixes().forEach(fix -> html.append("<li style=\"margin:0 0 8px\">").append(escape(fix)).append("</li>"));
        html.append("</ol><p style=\"margin:16px 0 0;color:#52606d\">The full blueprint is attached as a PDF.</p></body></html>");
        return html.toString();
    }

    private static String plainText(Delivery delivery) {
        StringBuilder text = new StringBuilder("Revenue Growth Blueprint — ").append(delivery.scopeName()).append(" — ")
                .append(delivery.periodLabel()).append("\n\nHeadlines\n");
        delivery.headlines().forEach(line -> text.append("- ").append(line).append('\n'));
        text.append("\nTop fixes\n");
        for (int i = 0; i < delivery.topFixes().size(); i++) {
            text.append(i + 1).append(". ").append(delivery.topFixes().get(i)).append('\n');
        }
        return text.append("\nThe full blueprint is attached as a PDF.\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
